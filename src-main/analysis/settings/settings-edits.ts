import type Database from 'better-sqlite3';
import { writeSetting } from '../../store/settings';
import { InvalidAnalysisInput } from '../analysis-error';
import type { CrcAllocation } from './analysis-settings';
import { settingKeys } from './setting-keys';

export interface MoneySettingsChange {
  /** 0–1. */
  grossMargin?: number;
  /** Annual, 0–1. */
  discountRate?: number;
  /** Cost per active account-month when cs_costs is empty; null to clear. */
  crcPerAccountMonth?: number | null;
  crcAllocation?: CrcAllocation;
  npsWindowDays?: number;
  /** The usage metric of the usage signals; null to pick one automatically. */
  usageMetric?: string | null;
}

/** Saves the analysis settings an analyst can change; each is checked before anything is written. */
export function saveAnalysisSettings(db: Database.Database, change: MoneySettingsChange): void {
  const inRange = (name: string, value: number, low: number, high: number) => {
    if (!Number.isFinite(value) || value < low || value > high)
      throw new InvalidAnalysisInput(`${name} must be between ${low} and ${high}.`);
  };
  if (change.grossMargin !== undefined) inRange('The gross margin', change.grossMargin, 0, 1);
  if (change.discountRate !== undefined) inRange('The discount rate', change.discountRate, 0, 1);
  if (change.npsWindowDays !== undefined) inRange('The NPS window', change.npsWindowDays, 1, 3650);
  if (change.crcPerAccountMonth !== undefined && change.crcPerAccountMonth !== null)
    inRange('The cost per account-month', change.crcPerAccountMonth, 0, 1e9);
  db.transaction(() => {
    if (change.grossMargin !== undefined)
      writeSetting(db, settingKeys.grossMargin, change.grossMargin);
    if (change.discountRate !== undefined)
      writeSetting(db, settingKeys.discountRate, change.discountRate);
    if (change.npsWindowDays !== undefined)
      writeSetting(db, settingKeys.npsWindowDays, Math.round(change.npsWindowDays));
    if (change.crcPerAccountMonth !== undefined)
      writeSetting(db, settingKeys.crcPerAccountMonth, change.crcPerAccountMonth);
    if (change.crcAllocation !== undefined)
      writeSetting(db, settingKeys.crcAllocation, change.crcAllocation);
    if (change.usageMetric !== undefined)
      writeSetting(db, settingKeys.usageMetric, change.usageMetric);
  })();
}
