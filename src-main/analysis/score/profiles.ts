import type Database from 'better-sqlite3';
import {
  signalNames,
  type ScoreProfile,
  type ScoreWeights,
} from '../../../src-shared/model/analysis/score';
import { InvalidAnalysisInput } from '../analysis-error';
import { readSetting, writeSetting } from '../../store/settings';

export const DEFAULT_PROFILE = 'Default';

/**
 * The built-in weights. NPS weighs double because it is the one signal that asks directly whether
 * the customer would recommend us; the usage trend, CSAT, friction and CRC weigh half because they
 * are noisier (few responses, few tickets) or partly repeat another signal (CRC follows tickets when
 * allocated by ticket load). docs/metrics.md gives the reasoning.
 */
export const defaultWeights: ScoreWeights = {
  health: 1,
  nps: 2,
  csat: 0.5,
  usageLevel: 1,
  usageTrend: 0.5,
  expansion: 1,
  ltv: 1,
  friction: 0.5,
  crc: 0.5,
};

const builtIn: ScoreProfile = { name: DEFAULT_PROFILE, weights: defaultWeights, builtIn: true };

interface ProfileRow {
  name: string;
  weights: string;
}

export function validateWeights(weights: Partial<Record<string, unknown>>): ScoreWeights {
  const result = { ...defaultWeights };
  for (const [key, value] of Object.entries(weights)) {
    if (!(signalNames as readonly string[]).includes(key)) {
      throw new InvalidAnalysisInput(
        `Unknown signal "${key}". Signals are: ${signalNames.join(', ')}.`,
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new InvalidAnalysisInput(`The weight of ${key} must be a number of at least 0.`);
    }
    result[key as keyof ScoreWeights] = value;
  }
  if (signalNames.every((s) => result[s] === 0)) {
    throw new InvalidAnalysisInput('At least one signal must have a weight above 0.');
  }
  return result;
}

export function listProfiles(db: Database.Database): ScoreProfile[] {
  const rows = db
    .prepare('SELECT name, weights FROM score_profiles ORDER BY name')
    .all() as ProfileRow[];
  return [
    builtIn,
    ...rows
      .filter((r) => r.name !== DEFAULT_PROFILE)
      .map((r) => ({
        name: r.name,
        weights: { ...defaultWeights, ...(JSON.parse(r.weights) as Partial<ScoreWeights>) },
        builtIn: false,
      })),
  ];
}

export function findProfile(db: Database.Database, name: string): ScoreProfile | undefined {
  return listProfiles(db).find((p) => p.name === name);
}

/** The profile a run uses: the one named, else the one the analyst chose, else the built-in one. */
export function activeProfile(db: Database.Database, name?: string): ScoreProfile {
  const wanted = name ?? readSetting<string>(db, 'score.activeProfile', DEFAULT_PROFILE);
  const profile = findProfile(db, wanted);
  if (profile) return profile;
  if (name !== undefined) {
    throw new InvalidAnalysisInput(
      `No score profile is named "${name}". Profiles: ${listProfiles(db)
        .map((p) => p.name)
        .join(', ')}.`,
    );
  }
  return builtIn;
}

/** A name a saved profile may take: 1 to 80 characters, not the built-in one's. */
function profileName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 80)
    throw new InvalidAnalysisInput('A profile name needs 1 to 80 characters.');
  if (trimmed === DEFAULT_PROFILE)
    throw new InvalidAnalysisInput(
      `"${DEFAULT_PROFILE}" is built in; save your weights under another name.`,
    );
  return trimmed;
}

export function saveProfile(
  db: Database.Database,
  name: string,
  weights: Partial<Record<string, unknown>>,
): ScoreProfile {
  const trimmed = profileName(name);
  const valid = validateWeights(weights);
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO score_profiles (name, weights, built_in, created_at, updated_at) VALUES (?, ?, 0, ?, ?)
     ON CONFLICT(name) DO UPDATE SET weights = excluded.weights, updated_at = excluded.updated_at`,
  ).run(trimmed, JSON.stringify(valid), now, now);
  return { name: trimmed, weights: valid, builtIn: false };
}

export function deleteProfile(db: Database.Database, name: string): boolean {
  if (name === DEFAULT_PROFILE) throw new InvalidAnalysisInput('The built-in profile stays.');
  const removed = db.prepare('DELETE FROM score_profiles WHERE name = ?').run(name).changes > 0;
  if (removed && readSetting(db, 'score.activeProfile', DEFAULT_PROFILE) === name)
    writeSetting(db, 'score.activeProfile', DEFAULT_PROFILE);
  return removed;
}

export function chooseProfile(db: Database.Database, name: string): ScoreProfile {
  const profile = activeProfile(db, name);
  writeSetting(db, 'score.activeProfile', profile.name);
  return profile;
}

/** A new saved profile with the weights of an existing one (the built-in one included). */
export function duplicateProfile(db: Database.Database, name: string, copy: string): ScoreProfile {
  const source = findProfile(db, name);
  if (!source) throw new InvalidAnalysisInput(`No score profile is named "${name}".`);
  const target = profileName(copy);
  if (findProfile(db, target))
    throw new InvalidAnalysisInput(`A score profile is already named "${target}".`);
  return saveProfile(db, target, source.weights);
}

/**
 * Gives a saved profile another name. The active choice follows it, and so does the last run's
 * record of the profile it scored with: the weights did not change, so its results stay fresh.
 */
export function renameProfile(db: Database.Database, name: string, newName: string): ScoreProfile {
  if (name === DEFAULT_PROFILE)
    throw new InvalidAnalysisInput(`"${DEFAULT_PROFILE}" is built in and keeps its name.`);
  const profile = findProfile(db, name);
  if (!profile) throw new InvalidAnalysisInput(`No saved score profile is named "${name}".`);
  const target = profileName(newName);
  if (target === name) return profile;
  if (findProfile(db, target))
    throw new InvalidAnalysisInput(`A score profile is already named "${target}".`);
  db.transaction(() => {
    db.prepare('UPDATE score_profiles SET name = ?, updated_at = ? WHERE name = ?').run(
      target,
      new Date().toISOString(),
      name,
    );
    if (readSetting(db, 'score.activeProfile', DEFAULT_PROFILE) === name)
      writeSetting(db, 'score.activeProfile', target);
    db.prepare(
      `UPDATE analysis_runs SET profile = @target,
         summary = CASE WHEN json_valid(summary) AND json_type(summary, '$.stamp') IS NOT NULL
           THEN json_set(summary, '$.stamp.profile', @target) ELSE summary END
       WHERE profile = @name`,
    ).run({ target, name });
  })();
  return { ...profile, name: target };
}
