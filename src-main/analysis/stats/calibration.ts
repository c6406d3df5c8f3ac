/** One band of a calibration chart: the mean predicted probability against the observed rate. */
export interface CalibrationBand {
  /** Accounts in the band. */
  count: number;
  predicted: number;
  observed: number;
}

/**
 * Predicted against observed, by band of prediction: the accounts are ordered by their predicted
 * probability (ties by their position, so the bands do not depend on the sort) and cut into
 * `bands` groups as equal in size as whole accounts allow; each band gives the mean prediction and
 * the share of accounts whose label is 1. A well-calibrated model keeps the two close.
 */
export function calibrationBands(
  predicted: ArrayLike<number>,
  labels: ArrayLike<number>,
  bands = 10,
): CalibrationBand[] {
  const n = predicted.length;
  if (n !== labels.length) throw new RangeError('Predictions and labels differ in length.');
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => predicted[a] - predicted[b] || a - b,
  );
  const groups = Math.min(bands, n);
  const result: CalibrationBand[] = [];
  for (let g = 0; g < groups; g += 1) {
    const from = Math.floor((g * n) / groups);
    const to = Math.floor(((g + 1) * n) / groups);
    let p = 0;
    let y = 0;
    for (let k = from; k < to; k += 1) {
      const i = order[k];
      p += predicted[i];
      y += labels[i];
    }
    const count = to - from;
    result.push({ count, predicted: p / count, observed: y / count });
  }
  return result;
}
