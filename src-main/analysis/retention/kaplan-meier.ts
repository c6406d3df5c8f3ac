import type { Lifetimes } from './lifetime-observation';
import { survivalTable } from './survival-table';

export interface KaplanMeierPoint {
  t: number;
  atRisk: number;
  events: number;
  survival: number;
  /** Greenwood standard error of S(t); null where S(t) = 0 (R reports NaN). */
  se: number | null;
  /** 95% band on the log scale, upper capped at 1; null where S(t) = 0 (R reports NA). */
  lower: number | null;
  upper: number | null;
}

export interface KaplanMeierCurve {
  n: number;
  events: number;
  /** One point per time with at least one event, ascending. */
  points: KaplanMeierPoint[];
  /** Median lifetime by R's rule; null when the curve never reaches 0.5. */
  medianMonths: number | null;
}

/** qnorm(0.975). */
const Z_975 = 1.959963984540054;
/** R's tolerance for "S(t) equals 0.5": sqrt(.Machine$double.eps). */
const MEDIAN_TOLERANCE = Math.sqrt(2.220446049250313e-16);

/**
 * Kaplan–Meier survival, as R's `summary(survfit(Surv(time, event) ~ 1))` with its defaults.
 * At a time with d events among n at risk, S ← S (1 − d/n); an account censored at that time is
 * still at risk (events come first). The Greenwood sum G = Σ d ÷ (n (n − d)) is the variance of
 * −ln S, so se(S) = S √G and the 95% band is exp(ln S ∓ 1.96 √G), the upper end capped at 1
 * (R's conf.type = "log").
 */
export function kaplanMeier(lifetimes: Lifetimes): KaplanMeierCurve {
  const table = survivalTable(lifetimes);
  const points: KaplanMeierPoint[] = [];
  let atRisk = table.n;
  let survival = 1;
  let greenwood = 0;
  let totalEvents = 0;
  for (let i = 0; i < table.times.length; i++) {
    const d = table.events[i];
    if (d > 0) {
      totalEvents += d;
      survival *= 1 - d / atRisk;
      greenwood += atRisk > d ? d / (atRisk * (atRisk - d)) : Infinity;
      const positive = survival > 0;
      const halfWidth = Z_975 * Math.sqrt(greenwood);
      points.push({
        t: table.times[i],
        atRisk,
        events: d,
        survival,
        se: positive ? survival * Math.sqrt(greenwood) : null,
        lower: positive ? Math.exp(Math.log(survival) - halfWidth) : null,
        upper: positive ? Math.min(1, Math.exp(Math.log(survival) + halfWidth)) : null,
      });
    }
    atRisk -= table.leaving[i];
  }
  return { n: table.n, events: totalEvents, points, medianMonths: medianOf(points) };
}

/**
 * R's `print.survfit` median: the first time S(t) < 0.5 + tolerance. When S equals 0.5 there
 * (within the tolerance) and drops below it later, the median is halfway between that time and the
 * time of the next drop; when it never drops below 0.5, it is that first time.
 */
export function medianOf(points: readonly KaplanMeierPoint[]): number | null {
  const first = points.findIndex((point) => point.survival < 0.5 + MEDIAN_TOLERANCE);
  if (first < 0) return null;
  const reached = points[first];
  if (Math.abs(reached.survival - 0.5) < MEDIAN_TOLERANCE) {
    const next = points.findIndex((point, i) => i > first && point.survival < reached.survival);
    if (next >= 0) return (reached.t + points[next].t) / 2;
  }
  return reached.t;
}
