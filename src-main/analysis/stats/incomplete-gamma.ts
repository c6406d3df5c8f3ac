import { lnGamma } from './gamma-function';

/**
 * Regularised incomplete gamma functions P(a, x) = γ(a, x) ÷ Γ(a) and Q(a, x) = 1 − P(a, x).
 * Below x = a + 1 the power series of γ converges fast; above it the continued fraction of Γ(a, x)
 * does (Abramowitz & Stegun 6.5.29 and 6.5.31), evaluated with the modified Lentz method. Each side
 * computes its own tail directly, so a tiny upper tail keeps its relative precision.
 */
const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_TERMS = 100_000;

function prefactor(a: number, x: number): number {
  return Math.exp(a * Math.log(x) - x - lnGamma(a));
}

/** γ(a, x) ÷ Γ(a) = e^(−x) x^a ÷ Γ(a + 1) × Σₙ xⁿ ÷ ((a + 1) … (a + n)). */
function lowerBySeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * prefactor(a, x);
}

/** Γ(a, x) ÷ Γ(a) = e^(−x) x^a ÷ Γ(a) × 1 / (x + 1 − a − 1(1 − a) / (x + 3 − a − 2(2 − a) / …)). */
function upperByContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let n = 1; n < MAX_TERMS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return fraction * prefactor(a, x);
}

export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? lowerBySeries(a, x) : 1 - upperByContinuedFraction(a, x);
}

export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - lowerBySeries(a, x) : upperByContinuedFraction(a, x);
}

/** Upper tail of the chi-square distribution, as R's `pchisq(x, df, lower.tail = FALSE)`. */
export function chiSquareUpperTail(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}
