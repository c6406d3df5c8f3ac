import type Database from 'better-sqlite3';
import type { TierThresholds } from '../../../src-shared/model/analysis/score';
import { readSetting, writeSetting } from '../../store/settings';
import { InvalidAnalysisInput } from '../analysis-error';
import { defaultTiers, settingKeys } from './setting-keys';

/** The tier thresholds in force: the analyst's, or the defaults when none were saved or they are invalid. */
export function readTiers(db: Database.Database): TierThresholds {
  const stored = readSetting<unknown>(db, settingKeys.tiers, defaultTiers);
  try {
    return validTiers(stored);
  } catch {
    return defaultTiers;
  }
}

function validTiers(value: unknown): TierThresholds {
  const t = value as Partial<Record<keyof TierThresholds, unknown>> | null;
  const ok = (x: unknown): x is number =>
    typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100;
  if (!t || !ok(t.champion) || !ok(t.advocate) || !ok(t.neutral)) {
    throw new InvalidAnalysisInput('Tier thresholds are scores from 0 to 100.');
  }
  if (!(t.champion > t.advocate && t.advocate > t.neutral)) {
    throw new InvalidAnalysisInput(
      'Tier thresholds must fall from Champion to Advocate to Neutral (for example 75, 60, 40).',
    );
  }
  return { champion: t.champion, advocate: t.advocate, neutral: t.neutral };
}

/** Saves editable tier thresholds (lowest score of Champion, Advocate and Neutral). */
export function saveTiers(db: Database.Database, tiers: TierThresholds): TierThresholds {
  const valid = validTiers(tiers);
  writeSetting(db, settingKeys.tiers, valid);
  return valid;
}
