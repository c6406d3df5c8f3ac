import { fisherExact } from './fisher-exact';

export interface LiftResult {
  /** Share among the top advocates ÷ share among all accounts; null when undefined. */
  lift: number | null;
  lower: number | null;
  upper: number | null;
  shareTop: number | null;
  shareAll: number | null;
  /** True when a zero cell made the interval use the Haldane–Anscombe +0.5 correction. */
  corrected: boolean;
}

const Z_975 = 1.959963984540054;

/**
 * Lift of an attribute among the top advocates: (kTop ÷ nTop) ÷ (kAll ÷ nAll), where the top
 * advocates are part of all accounts. The 95% interval is exp(ln lift ± 1.96 SE) with SE from the
 * delta method on the two independent parts, top (p₁ = kTop ÷ nTop) and the rest (p₀), writing the
 * overall share as p = f₁p₁ + f₀p₀ with f₁ = nTop ÷ nAll:
 *   Var ln L = (1/p₁ − f₁/p)² p₁(1 − p₁)/nTop + (f₀/p)² p₀(1 − p₀)/nRest.
 * The overlap is why this differs from the usual two-sample risk-ratio interval (which would be
 * too wide). A zero or full cell adds 0.5 to each count and 1 to each size for the interval only,
 * and the interval is then widened, if needed, to contain the uncorrected lift (so kTop = 0 gives
 * lower = 0).
 */
export function lift(kTop: number, nTop: number, kAll: number, nAll: number): LiftResult {
  const empty = { lift: null, lower: null, upper: null, corrected: false };
  if (!(nTop > 0) || !(nAll > 0) || kTop > kAll || nTop > nAll || kTop > nTop || kAll > nAll) {
    return {
      ...empty,
      shareTop: nTop > 0 ? kTop / nTop : null,
      shareAll: nAll > 0 ? kAll / nAll : null,
    };
  }
  const shareTop = kTop / nTop;
  const shareAll = kAll / nAll;
  if (kAll === 0) return { ...empty, shareTop, shareAll };
  const value = shareTop / shareAll;
  const nRest = nAll - nTop;
  if (nRest === 0)
    return { lift: value, lower: value, upper: value, shareTop, shareAll, corrected: false };
  let k1 = kTop;
  let n1 = nTop;
  let k0 = kAll - kTop;
  let n0 = nRest;
  const corrected = k1 === 0 || k1 === n1 || k0 === 0 || k0 === n0;
  if (corrected) {
    k1 += 0.5;
    n1 += 1;
    k0 += 0.5;
    n0 += 1;
  }
  const p1 = k1 / n1;
  const p0 = k0 / n0;
  const f1 = n1 / (n1 + n0);
  const f0 = 1 - f1;
  const p = f1 * p1 + f0 * p0;
  const slopeTop = 1 / p1 - f1 / p;
  const slopeRest = f0 / p;
  const variance =
    (slopeTop * slopeTop * p1 * (1 - p1)) / n1 + (slopeRest * slopeRest * p0 * (1 - p0)) / n0;
  const centre = Math.log(p1 / p);
  const halfWidth = Z_975 * Math.sqrt(variance);
  return {
    lift: value,
    lower: Math.min(value, Math.exp(centre - halfWidth)),
    upper: Math.max(value, Math.exp(centre + halfWidth)),
    shareTop,
    shareAll,
    corrected,
  };
}

export interface LiftTestResult extends LiftResult {
  /** Fisher's exact two-sided p for top advocates against the other accounts. */
  p: number | null;
}

/** Lift with its significance: Fisher's exact test of [[kTop, nTop − kTop], [kRest, nRest − kRest]]. */
export function liftTest(kTop: number, nTop: number, kAll: number, nAll: number): LiftTestResult {
  const result = lift(kTop, nTop, kAll, nAll);
  if (result.lift === null) return { ...result, p: null };
  const kRest = kAll - kTop;
  const nRest = nAll - nTop;
  return { ...result, p: fisherExact(kTop, nTop - kTop, kRest, nRest - kRest).p };
}
