import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AnalysisStamp } from '../../../src-shared/model/analysis/runs';
import type { EvaluationBasis, EvaluationSettings } from '../../../src-shared/model/scenarios';
import { readAnalysisSettings } from '../../analysis/settings/analysis-settings';
import { dataRevision } from '../../store/settings';

/**
 * The settings a scenario's figures depend on: the as-of date and the money settings (base
 * currency, exchange rates, gross margin, discount rate, and the customer-success cost the
 * retention cost comes from). Score weights and tiers change no commission and are not part of it.
 */
export function evaluationSettings(
  db: Database.Database,
  stamp: AnalysisStamp,
): EvaluationSettings {
  const settings = readAnalysisSettings(db, stamp.asOf, stamp.asOfFixed);
  return {
    asOf: stamp.asOf,
    currency: settings.currency.base,
    rates: sortedRates(settings.currency.rates),
    grossMargin: settings.grossMargin,
    discountRate: settings.discountRate,
    crcAllocation: settings.crcAllocation,
    crcPerAccountMonth: settings.crcPerAccountMonth,
  };
}

const sortedRates = (rates: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.entries(rates).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function settingsHashOf(settings: EvaluationSettings): string {
  const material = JSON.stringify({
    ...settings,
    rates: sortedRates(settings.rates),
  });
  return createHash('sha256').update(material).digest('hex').slice(0, 16);
}

export function evaluationBasis(db: Database.Database, stamp: AnalysisStamp): EvaluationBasis {
  const settings = evaluationSettings(db, stamp);
  return { dataRevision: dataRevision(db), settings, settingsHash: settingsHashOf(settings) };
}

const percent = (x: number) => `${(x * 100).toFixed(1).replace(/\.0$/, '')}%`;

/** Why figures evaluated on `saved` may differ from figures evaluated on `now`, in words. */
export function staleReasons(saved: EvaluationBasis, now: EvaluationBasis): string[] {
  const reasons: string[] = [];
  if (saved.dataRevision !== now.dataRevision)
    reasons.push(
      `The data changed since it was saved (revision ${saved.dataRevision}, now ${now.dataRevision}).`,
    );
  const a = saved.settings;
  const b = now.settings;
  if (a.asOf !== b.asOf) reasons.push(`The as-of date is now ${b.asOf} (it was ${a.asOf}).`);
  if (a.currency !== b.currency)
    reasons.push(`The base currency is now ${b.currency} (it was ${a.currency}).`);
  if (JSON.stringify(sortedRates(a.rates)) !== JSON.stringify(sortedRates(b.rates)))
    reasons.push('The exchange rates changed.');
  if (a.grossMargin !== b.grossMargin)
    reasons.push(
      `The gross margin is now ${percent(b.grossMargin)} (it was ${percent(a.grossMargin)}).`,
    );
  if (a.discountRate !== b.discountRate)
    reasons.push(
      `The discount rate is now ${percent(b.discountRate)} a year (it was ${percent(a.discountRate)}).`,
    );
  if (a.crcAllocation !== b.crcAllocation || a.crcPerAccountMonth !== b.crcPerAccountMonth)
    reasons.push('The customer-success cost settings changed.');
  return reasons;
}
