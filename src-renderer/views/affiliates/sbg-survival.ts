/**
 * The shifted-beta-geometric survival curve S(0) … S(months): S(0) = 1 and
 * S(t) = S(t − 1) × (β + t − 1) ÷ (α + β + t − 1), the share of a cohort still active after t
 * renewal periods (Fader and Hardie 2007).
 */
export function sbgSurvival(alpha: number, beta: number, months: number): number[] {
  const curve = [1];
  for (let t = 1; t <= months; t++) {
    const previous = curve[t - 1] ?? 1;
    curve.push((previous * (beta + t - 1)) / (alpha + beta + t - 1));
  }
  return curve;
}
