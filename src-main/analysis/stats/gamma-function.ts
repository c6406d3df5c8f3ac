/**
 * ln Γ(x) for x > 0 by Stirling's asymptotic series, after shifting x up to at least 16 with
 * Γ(x) = Γ(x + k) ÷ (x (x + 1) … (x + k − 1)). The coefficients are B₂ₖ ÷ (2k (2k − 1)) for the
 * Bernoulli numbers B₂ … B₁₆; at x ≥ 16 the first omitted term is below 1e-21, so the error is
 * rounding only (about 1e-14 absolute).
 */
const STIRLING_COEFFICIENTS = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
];

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const SHIFT_TO = 16;

export function lnGamma(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return Infinity;
  if (x === Infinity) return Infinity;
  let z = x;
  let shiftProduct = 1;
  while (z < SHIFT_TO) {
    shiftProduct *= z;
    z += 1;
  }
  const inverse = 1 / z;
  const inverseSquared = inverse * inverse;
  let power = inverse;
  let series = 0;
  for (const coefficient of STIRLING_COEFFICIENTS) {
    series += coefficient * power;
    power *= inverseSquared;
  }
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series - Math.log(shiftProduct);
}
