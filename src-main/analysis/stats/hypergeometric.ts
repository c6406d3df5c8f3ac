import { lnGamma } from './gamma-function';

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) = Σₖ (a)ₖ (b)ₖ ÷ ((c)ₖ k!) zᵏ, by its power
 * series for |z| < 1 and by Gauss's theorem at z = 1, where the series converges only when
 * c − a − b > 0: ₂F₁(a, b; c; 1) = Γ(c) Γ(c − a − b) ÷ (Γ(c − a) Γ(c − b)).
 *
 * The series stops when the next terms cannot move the sum by a relative 1e-15: once the ratio of
 * consecutive terms ρₖ = (a + k)(b + k) z ÷ ((c + k)(k + 1)) stays below some ρ < 1, the remainder
 * is at most |term| ρ ÷ (1 − ρ). ρₖ tends to z, so ρ = max(|ρₖ|, |z|) bounds every later ratio when
 * the ratios increase towards z, as they do for the sBG residual lifetime (b < c, a = 1).
 * Returns NaN for |z| > 1, Infinity when the z = 1 series diverges to +∞, and NaN when the series
 * did not settle within `maxTerms`.
 */
export function hypergeometric2F1(
  a: number,
  b: number,
  c: number,
  z: number,
  maxTerms = 10_000_000,
): number {
  if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c) || Number.isNaN(z)) return NaN;
  if (c <= 0 && Number.isInteger(c)) return NaN;
  if (z === 0 || a === 0 || b === 0) return 1;
  if (Math.abs(z) > 1) return NaN;
  if (z === 1) return atOne(a, b, c);
  let term = 1;
  let sum = 1;
  for (let k = 0; k < maxTerms; k++) {
    const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    const bound = Math.max(Math.abs(ratio), Math.abs(z));
    if (bound < 1 && (Math.abs(term) * bound) / (1 - bound) <= 1e-15 * Math.abs(sum)) return sum;
  }
  return NaN;
}

function atOne(a: number, b: number, c: number): number {
  const excess = c - a - b;
  if (excess <= 0) return a * b > 0 ? Infinity : NaN;
  if (c - a <= 0 || c - b <= 0) return NaN;
  return Math.exp(lnGamma(c) + lnGamma(excess) - lnGamma(c - a) - lnGamma(c - b));
}
