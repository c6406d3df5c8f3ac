import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CaseStudyRule } from '../../../src-shared/model/analysis/case-studies';
import type { CrcAllocation } from '../../../src-shared/model/analysis/settings';
import type { ScoreProfile, TierThresholds } from '../../../src-shared/model/analysis/score';
import { readSetting } from '../../store/settings';
import { currencyContext, type CurrencyContext } from '../money/currency';
import { activeProfile } from '../score/profiles';
import { defaultTiers, settingKeys } from './setting-keys';
import { readTiers } from './tiers';

export type { CrcAllocation };

/** Everything an analysis run depends on besides the data; its hash stamps the results. */
export interface AnalysisSettings {
  asOf: string;
  asOfFixed: boolean;
  currency: CurrencyContext;
  /** 0–1. */
  grossMargin: number;
  /** Annual discount rate for lifetime values. */
  discountRate: number;
  npsWindowDays: number;
  csatWindowDays: number;
  frictionWindowDays: number;
  /** The usage metric whose level and trend are signals; null picks the commonest of a known list. */
  usageMetric: string | null;
  crcAllocation: CrcAllocation;
  /** Customer-success cost per active account-month when cs_costs is empty; null for none. */
  crcPerAccountMonth: number | null;
  /**
   * Customer-success cost of the whole base per month when cs_costs is empty, shared among the
   * accounts active in each month; null for none. Never set together with `crcPerAccountMonth`.
   */
  crcMonthlyTotal: number | null;
  profile: ScoreProfile;
  tiers: TierThresholds;
  /** Months of projected survival reported with each sBG fit. */
  horizonMonths: number;
  riskHorizonDays: number;
  clusterSeed: number;
}

export { defaultTiers, settingKeys };

const clamp = (value: number, low: number, high: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : fallback;

export function readAnalysisSettings(
  db: Database.Database,
  asOf: string,
  asOfFixed: boolean,
  profileName?: string,
): AnalysisSettings {
  const allocation = readSetting<string>(db, settingKeys.crcAllocation, 'equal');
  const perMonth = readSetting<number | null>(db, settingKeys.crcPerAccountMonth, null);
  const monthlyTotal = readSetting<number | null>(db, settingKeys.crcMonthlyTotal, null);
  return {
    asOf,
    asOfFixed,
    currency: currencyContext(db),
    grossMargin: clamp(readSetting(db, settingKeys.grossMargin, 1), 0, 1, 1),
    discountRate: clamp(readSetting(db, settingKeys.discountRate, 0), 0, 1, 0),
    npsWindowDays: Math.round(clamp(readSetting(db, settingKeys.npsWindowDays, 180), 1, 3650, 180)),
    csatWindowDays: 365,
    frictionWindowDays: 180,
    usageMetric: readSetting<string | null>(db, settingKeys.usageMetric, null),
    crcAllocation: allocation === 'tickets' ? 'tickets' : 'equal',
    crcPerAccountMonth: typeof perMonth === 'number' && perMonth >= 0 ? perMonth : null,
    crcMonthlyTotal: typeof monthlyTotal === 'number' && monthlyTotal >= 0 ? monthlyTotal : null,
    profile: activeProfile(db, profileName),
    tiers: readTiers(db),
    horizonMonths: 24,
    riskHorizonDays: 90,
    clusterSeed: 20260401,
  };
}

/**
 * The version of the engine's definitions. Raise it whenever a figure is computed differently, so
 * results stored by an earlier version read as stale.
 */
export const ENGINE_VERSION = 1;

/**
 * A short hash of the settings a run used, and of the engine version. The as-of date is part of it
 * only when it was fixed: a default as-of date moves with the data, which the data revision
 * already tracks.
 */
export function settingsHash(settings: AnalysisSettings): string {
  const { asOf, asOfFixed, ...rest } = settings;
  const material = JSON.stringify(
    { ...rest, asOf: asOfFixed ? asOf : null, engine: ENGINE_VERSION },
    sortedKeys,
  );
  return createHash('sha256').update(material).digest('hex').slice(0, 16);
}

/** A JSON replacer that writes object keys in sorted order, so equal settings hash equally. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return Object.fromEntries(entries);
}

export const defaultCaseStudyRule: CaseStudyRule = {
  name: 'Default',
  minTenureMonths: 6,
  minNps: 9,
  minScore: 70,
  requireChampionContact: true,
  notAskedWithinDays: 90,
  notDeclinedWithinDays: 365,
  excludeConsentRefused: true,
  activeOnly: true,
};
