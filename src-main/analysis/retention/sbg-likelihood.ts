import type { SbgCounts } from './sbg-counts';

export interface SbgLikelihood {
  logLik: number;
  /** Gradient and Hessian with respect to (ln α, ln β). */
  gradient: [number, number];
  hessian: [number, number, number];
}

/**
 * The sBG log-likelihood Σₜ cₜ ln P(T = t) + sₜ ln S(t) with its derivatives, in one pass over the
 * periods. With the running sums over i < t
 *   A = Σ 1/(α+β+i),  B = Σ 1/(β+i),  C = Σ 1/(α+β+i)²,  D = Σ 1/(β+i)²,
 * ln S(t) = Σ ln(β+i) − ln(α+β+i) has ∂α = −A, ∂β = B − A, ∂αα = ∂αβ = C, ∂ββ = C − D, and
 * ln P(T = t) = ln S(t−1) + ln α − ln(α+β+t−1) has ∂α = 1/α − A, ∂β = B(t−1) − A,
 * ∂αα = C − 1/α², ∂αβ = C, ∂ββ = C − D(t−1) (A and C taken at t, B and D at t − 1).
 * The chain rule moves them to u = ln α, v = ln β: ∂u = α∂α, ∂uu = α²∂αα + α∂α, ∂uv = αβ∂αβ.
 */
export function sbgLikelihood(counts: SbgCounts, alpha: number, beta: number): SbgLikelihood {
  let logLik = 0;
  let gAlpha = 0;
  let gBeta = 0;
  let hAlphaAlpha = 0;
  let hAlphaBeta = 0;
  let hBetaBeta = 0;
  let logSurvival = 0;
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const logAlpha = Math.log(alpha);
  for (let t = 1; t < counts.churned.length; t++) {
    const total = alpha + beta + t - 1;
    const remaining = beta + t - 1;
    const previousB = b;
    const previousD = d;
    const previousLogSurvival = logSurvival;
    a += 1 / total;
    c += 1 / (total * total);
    b += 1 / remaining;
    d += 1 / (remaining * remaining);
    logSurvival += Math.log(remaining) - Math.log(total);
    const lost = counts.churned[t];
    if (lost > 0) {
      logLik += lost * (previousLogSurvival + logAlpha - Math.log(total));
      gAlpha += lost * (1 / alpha - a);
      gBeta += lost * (previousB - a);
      hAlphaAlpha += lost * (c - 1 / (alpha * alpha));
      hAlphaBeta += lost * c;
      hBetaBeta += lost * (c - previousD);
    }
    const kept = counts.survived[t];
    if (kept > 0) {
      logLik += kept * logSurvival;
      gAlpha -= kept * a;
      gBeta += kept * (b - a);
      hAlphaAlpha += kept * c;
      hAlphaBeta += kept * c;
      hBetaBeta += kept * (c - d);
    }
  }
  return {
    logLik,
    gradient: [alpha * gAlpha, beta * gBeta],
    hessian: [
      alpha * alpha * hAlphaAlpha + alpha * gAlpha,
      alpha * beta * hAlphaBeta,
      beta * beta * hBetaBeta + beta * gBeta,
    ],
  };
}
