import {
  hypergeometricSupport,
  noncentralMoments,
  noncentralProbabilities,
  type HypergeometricSupport,
} from './hypergeometric-distribution';

export interface FisherExactResult {
  /** Two-sided p: the probability of every table no more likely than the observed one. */
  p: number;
  /** Conditional maximum-likelihood odds ratio (R's `fisher.test` estimate); 0 or Infinity at the edges. */
  oddsRatio: number;
  /** ad ÷ bc; NaN when both products are 0. */
  sampleOddsRatio: number;
}

/** R's fisher.test: tables within a relative 1e-7 of the observed probability count as "as likely". */
const RELATIVE_TOLERANCE = 1 + 1e-7;

/**
 * Fisher's exact test on the table [[a, b], [c, d]] with R's two-sided definition
 * (`fisher.test(matrix(c(a, c, b, d), 2))`): p = Σ P(x) over x with P(x) ≤ P(a) × (1 + 1e-7).
 */
export function fisherExact(a: number, b: number, c: number, d: number): FisherExactResult {
  for (const cell of [a, b, c, d]) {
    if (!Number.isInteger(cell) || cell < 0) throw new RangeError('cells must be counts');
  }
  const support = hypergeometricSupport({ m: a + c, n: b + d, k: a + b });
  const probabilities = noncentralProbabilities(support, 1);
  const threshold = probabilities[a - support.lo] * RELATIVE_TOLERANCE;
  let p = 0;
  for (const probability of probabilities) if (probability <= threshold) p += probability;
  return {
    p: Math.min(1, p),
    oddsRatio: conditionalOddsRatio(support, a),
    sampleOddsRatio: (a * d) / (b * c),
  };
}

/**
 * The odds ratio ψ at which the noncentral hypergeometric mean equals the observed cell. The mean
 * increases in θ = ln ψ with derivative Var(x), so Newton's method on θ converges; a bracket kept
 * alongside makes it safe far in the tails.
 */
function conditionalOddsRatio(support: HypergeometricSupport, observed: number): number {
  if (support.lo === support.hi) return NaN;
  if (observed === support.lo) return 0;
  if (observed === support.hi) return Infinity;
  let low = -50;
  let high = 50;
  let theta = 0;
  for (let iteration = 0; iteration < 200; iteration++) {
    const { mean, variance } = noncentralMoments(support, theta);
    const gap = mean - observed;
    if (gap > 0) high = theta;
    else low = theta;
    if (Math.abs(gap) <= 1e-12 * Math.max(1, observed)) break;
    let next = variance > 0 ? theta - gap / variance : (low + high) / 2;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - theta) < 1e-15) break;
    theta = next;
  }
  return Math.exp(theta);
}
