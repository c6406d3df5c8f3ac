import type { Lifetimes } from './lifetime-observation';
import { isSbgCounts, sbgCounts, type SbgCounts } from './sbg-counts';
import { sbgLikelihood } from './sbg-likelihood';

export interface SbgFit {
  alpha: number;
  beta: number;
  /** Log-likelihood of the data fitted, at (α, β). */
  logLik: number;
  /** The gradient vanished at an interior point. */
  converged: boolean;
  /** The optimum ran to the bounds 1e-6 ≤ α, β ≤ 1e6 (e.g. no churn at all): the MLE does not exist. */
  atBoundary: boolean;
  iterations: number;
  /** Weight of informative customers (see `sbgCounts`). */
  customers: number;
  /** Weight of customers lost. */
  churned: number;
}

const LOG_MIN = Math.log(1e-6);
const LOG_MAX = Math.log(1e6);
const START_GRID = [0.1, 0.3, 1, 3, 10];
/** Largest move of ln α or ln β in one step: a factor e² ≈ 7.4. */
const MAX_STEP = 2;

/**
 * Maximum-likelihood sBG fit. The parameters are optimised on the log scale (u, v) = (ln α, ln β),
 * which keeps them positive and makes the surface closer to quadratic. The start is the best point
 * of a 5 × 5 grid α, β ∈ {0.1, 0.3, 1, 3, 10}; then damped Newton steps (Levenberg–Marquardt: the
 * Hessian is shifted by μI until the step raises the likelihood, and μ shrinks again after
 * success), each step capped at 2 on the log scale and kept inside the bounds. Converged when the
 * gradient is below 1e-8 × (1 + customers) per coordinate. Returns null without an informative
 * customer.
 *
 * Some data have no unique interior maximum. Without a single churn the likelihood rises toward
 * S(t) = 1 for all t, which no (α, β) attains; the fit is reported at the bounds (α = 10⁻⁶,
 * β = 10⁶) as `atBoundary` without searching, since the search would stop wherever the slope first
 * fell below the tolerance and look converged. When the data show no sign of customers differing
 * (one churn probability fits all), the supremum is the geometric limit α, β → ∞: the search stops
 * at the bound 10⁶ and is flagged the same way, as it is when everyone is lost in period 1. With
 * data from period 1 only, α ÷ (α + β) is identified but not α + β: the fit is one point of a ridge
 * of equal likelihood.
 */
export function fitSbg(data: Lifetimes | SbgCounts, maxIterations = 200): SbgFit | null {
  const counts = isSbgCounts(data) ? data : sbgCounts(data);
  if (!(counts.customers > 0)) return null;
  let churned = 0;
  for (const weight of counts.churned) churned += weight;
  if (!(churned > 0)) return withoutChurn(counts);
  let u = 0;
  let v = 0;
  let best = -Infinity;
  for (const alpha of START_GRID) {
    for (const beta of START_GRID) {
      const logLik = sbgLikelihood(counts, alpha, beta).logLik;
      if (logLik > best) {
        best = logLik;
        u = Math.log(alpha);
        v = Math.log(beta);
      }
    }
  }
  const tolerance = 1e-8 * (1 + counts.customers);
  let current = sbgLikelihood(counts, Math.exp(u), Math.exp(v));
  let damping = 0;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    const [gu, gv] = freeGradient(current.gradient, u, v);
    if (Math.abs(gu) < tolerance && Math.abs(gv) < tolerance) {
      converged = true;
      break;
    }
    iterations++;
    let improved = false;
    for (let attempt = 0; attempt < 60 && !improved; attempt++) {
      const step = dampedNewtonStep(current, damping);
      const nextU = clamp(u + step[0]);
      const nextV = clamp(v + step[1]);
      const candidate = sbgLikelihood(counts, Math.exp(nextU), Math.exp(nextV));
      if (candidate.logLik >= current.logLik && (nextU !== u || nextV !== v)) {
        u = nextU;
        v = nextV;
        current = candidate;
        damping = damping / 10;
        improved = true;
      } else {
        damping = Math.max(1e-6 * (1 + counts.customers), damping * 10);
      }
    }
    if (!improved) break;
  }
  const atBoundary = [u, v].some((value) => value <= LOG_MIN + 1e-9 || value >= LOG_MAX - 1e-9);
  return {
    alpha: Math.exp(u),
    beta: Math.exp(v),
    logLik: current.logLik,
    converged: converged && !atBoundary,
    atBoundary,
    iterations,
    customers: counts.customers,
    churned,
  };
}

/** No churn: the supremum S ≡ 1, approached at the bounds α → 10⁻⁶, β → 10⁶. */
function withoutChurn(counts: SbgCounts): SbgFit {
  const alpha = Math.exp(LOG_MIN);
  const beta = Math.exp(LOG_MAX);
  return {
    alpha,
    beta,
    logLik: sbgLikelihood(counts, alpha, beta).logLik,
    converged: false,
    atBoundary: true,
    iterations: 0,
    customers: counts.customers,
    churned: 0,
  };
}

const clamp = (value: number): number => Math.min(LOG_MAX, Math.max(LOG_MIN, value));

/** The gradient with components that push against a bound zeroed: they cannot be followed. */
function freeGradient(gradient: [number, number], u: number, v: number): [number, number] {
  const free = (g: number, x: number) =>
    (x <= LOG_MIN + 1e-9 && g < 0) || (x >= LOG_MAX - 1e-9 && g > 0) ? 0 : g;
  return [free(gradient[0], u), free(gradient[1], v)];
}

/** Solves (μI − H) δ = g for the 2 × 2 Hessian H, falling back to a gradient step. */
function dampedNewtonStep(
  { gradient, hessian }: { gradient: [number, number]; hessian: [number, number, number] },
  damping: number,
): [number, number] {
  const a = damping - hessian[0];
  const b = -hessian[1];
  const c = damping - hessian[2];
  const determinant = a * c - b * b;
  let step: [number, number];
  if (a > 0 && determinant > 0) {
    step = [
      (c * gradient[0] - b * gradient[1]) / determinant,
      (a * gradient[1] - b * gradient[0]) / determinant,
    ];
  } else {
    const scale = 1 / Math.max(damping, 1e-12);
    step = [gradient[0] * scale, gradient[1] * scale];
  }
  const length = Math.max(Math.abs(step[0]), Math.abs(step[1]));
  return length > MAX_STEP ? [(step[0] * MAX_STEP) / length, (step[1] * MAX_STEP) / length] : step;
}
