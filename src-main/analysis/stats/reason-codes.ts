export interface ReasonCode {
  /** Column of X. */
  feature: number;
  /** coefficient × standardised value: the feature's push on the log-odds, above the average account. */
  contribution: number;
}

/**
 * The features that push one account's risk up the most: the largest positive contributions
 * coefficient × standardised value (ties to the lower column), at most `top` of them. With
 * standardised inputs a contribution is measured against an account at the training mean, whose
 * contributions are all 0. Missing (NaN) values contribute nothing.
 */
export function reasonCodes(
  coefficients: Float64Array,
  standardizedRow: ArrayLike<number>,
  top = 3,
): ReasonCode[] {
  const codes: ReasonCode[] = [];
  for (let j = 0; j < coefficients.length; j++) {
    const contribution = coefficients[j] * standardizedRow[j];
    if (contribution > 0) codes.push({ feature: j, contribution });
  }
  codes.sort((a, b) => b.contribution - a.contribution || a.feature - b.feature);
  return codes.slice(0, top);
}
