export interface Standardization {
  /** Row-major z-scores; NaN (missing) stays NaN unless `fillMissing` was given. */
  values: Float64Array;
  means: Float64Array;
  /** Sample standard deviations (n − 1), as R's `scale`; 0 for a column with no spread. */
  sds: Float64Array;
}

/**
 * Column z-scores (x − mean) ÷ sd over the present values of each column. A column with zero
 * variance, or with fewer than two present values, carries no information: its present values
 * become 0. `fillMissing` replaces NaN by that z-score (0 = the column mean) after scaling.
 */
export function standardize(
  data: Float64Array,
  rows: number,
  dims: number,
  options: { fillMissing?: number } = {},
): Standardization {
  const means = new Float64Array(dims);
  const sds = new Float64Array(dims);
  const counts = new Float64Array(dims);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < dims; j++) {
      const value = data[i * dims + j];
      if (Number.isNaN(value)) continue;
      counts[j]++;
      means[j] += value;
    }
  }
  for (let j = 0; j < dims; j++) means[j] = counts[j] > 0 ? means[j] / counts[j] : NaN;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < dims; j++) {
      const value = data[i * dims + j];
      if (Number.isNaN(value)) continue;
      const deviation = value - means[j];
      sds[j] += deviation * deviation;
    }
  }
  for (let j = 0; j < dims; j++) sds[j] = counts[j] > 1 ? Math.sqrt(sds[j] / (counts[j] - 1)) : 0;
  return { values: applyStandardization(data, rows, dims, means, sds, options), means, sds };
}

/** Scales new rows with the means and sds of a training set. */
export function applyStandardization(
  data: Float64Array,
  rows: number,
  dims: number,
  means: Float64Array,
  sds: Float64Array,
  options: { fillMissing?: number } = {},
): Float64Array {
  const values = new Float64Array(rows * dims);
  const fill = options.fillMissing ?? NaN;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < dims; j++) {
      const value = data[i * dims + j];
      values[i * dims + j] = Number.isNaN(value)
        ? fill
        : sds[j] > 0
          ? (value - means[j]) / sds[j]
          : 0;
    }
  }
  return values;
}
