/**
 * The distribution of the top-left cell of a 2×2 table given its margins — the central
 * hypergeometric, and the noncentral (Fisher) one it becomes under an odds ratio ψ:
 * P(x) ∝ C(m, x) C(n, k − x) ψˣ on lo ≤ x ≤ hi.
 * Log weights are built from the mode outward with the ratio of consecutive terms,
 * w(x + 1) ÷ w(x) = (m − x)(k − x) ÷ ((x + 1)(n − k + x + 1)), so no factorial is ever formed.
 */
export interface TableMargins {
  /** First column total (a + c). */
  m: number;
  /** Second column total (b + d). */
  n: number;
  /** First row total (a + b). */
  k: number;
}

export interface HypergeometricSupport {
  lo: number;
  hi: number;
  /** ln w(x) for x = lo … hi, with w(mode) = 1. */
  logWeights: Float64Array;
}

export function hypergeometricSupport({ m, n, k }: TableMargins): HypergeometricSupport {
  const lo = Math.max(0, k - n);
  const hi = Math.min(k, m);
  const size = hi - lo + 1;
  const logWeights = new Float64Array(size);
  const mode = Math.min(hi, Math.max(lo, Math.floor(((k + 1) * (m + 1)) / (m + n + 2))));
  const logRatioUp = (x: number) =>
    Math.log(m - x) + Math.log(k - x) - Math.log(x + 1) - Math.log(n - k + x + 1);
  for (let x = mode + 1; x <= hi; x++) {
    logWeights[x - lo] = logWeights[x - 1 - lo] + logRatioUp(x - 1);
  }
  for (let x = mode - 1; x >= lo; x--) {
    logWeights[x - lo] = logWeights[x + 1 - lo] - logRatioUp(x);
  }
  return { lo, hi, logWeights };
}

/** Probabilities under odds ratio ψ (ψ = 1: the central hypergeometric). */
export function noncentralProbabilities(support: HypergeometricSupport, psi: number): Float64Array {
  const { lo, logWeights } = support;
  const size = logWeights.length;
  const logPsi = Math.log(psi);
  const probabilities = new Float64Array(size);
  let max = -Infinity;
  for (let i = 0; i < size; i++) {
    const value = logWeights[i] + (psi === 1 ? 0 : logPsi * (lo + i));
    probabilities[i] = value;
    if (value > max) max = value;
  }
  let total = 0;
  for (let i = 0; i < size; i++) {
    probabilities[i] = Math.exp(probabilities[i] - max);
    total += probabilities[i];
  }
  for (let i = 0; i < size; i++) probabilities[i] /= total;
  return probabilities;
}

/** Mean and variance of x under odds ratio e^θ. */
export function noncentralMoments(
  support: HypergeometricSupport,
  logPsi: number,
): { mean: number; variance: number } {
  const probabilities = noncentralProbabilities(support, Math.exp(logPsi));
  let mean = 0;
  for (let i = 0; i < probabilities.length; i++) mean += probabilities[i] * (support.lo + i);
  let variance = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const deviation = support.lo + i - mean;
    variance += probabilities[i] * deviation * deviation;
  }
  return { mean, variance };
}
