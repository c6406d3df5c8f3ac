import type Database from 'better-sqlite3';
import type {
  AnalysisFreshness,
  AnalysisStamp,
  AnalysisSummary,
  StaleReason,
} from '../../../src-shared/model/analysis/runs';
import type { ScoreWeights } from '../../../src-shared/model/analysis/score';
import { dataRevision } from '../../store/settings';
import { readAnalysisSettings, settingsHash } from '../settings/analysis-settings';
import { activeProfile, findProfile } from '../score/profiles';

interface RunRow {
  id: number;
  as_of: string;
  as_of_fixed: number;
  data_revision: number;
  settings_hash: string;
  profile: string;
  started_at: string;
  duration_ms: number;
  profile_fixed: number;
}

/** What the stored results were computed from; null before the first analysis. */
export function readStamp(db: Database.Database): AnalysisStamp | null {
  const row = db
    .prepare(
      `SELECT id, as_of, as_of_fixed, data_revision, settings_hash, profile, profile_fixed,
              started_at, duration_ms
       FROM analysis_runs ORDER BY id DESC LIMIT 1`,
    )
    .get() as RunRow | undefined;
  if (!row) return null;
  return {
    runId: row.id,
    asOf: row.as_of,
    asOfFixed: row.as_of_fixed === 1,
    dataRevision: row.data_revision,
    settingsHash: row.settings_hash,
    profile: row.profile,
    profileFixed: row.profile_fixed === 1,
    startedAt: row.started_at,
    durationMs: row.duration_ms,
  };
}

export function readSummary(db: Database.Database): AnalysisSummary | null {
  const row = db
    .prepare('SELECT summary FROM analysis_runs ORDER BY id DESC LIMIT 1')
    .pluck()
    .get() as string | undefined;
  return row ? (JSON.parse(row) as AnalysisSummary) : null;
}

/** The weights of the profile the stored scores were computed with. */
export function readRunWeights(db: Database.Database): ScoreWeights | null {
  const row = db
    .prepare('SELECT weights FROM analysis_runs ORDER BY id DESC LIMIT 1')
    .pluck()
    .get() as string | undefined;
  return row ? (JSON.parse(row) as ScoreWeights) : null;
}

/**
 * Whether the stored results still answer for the data and settings as they are now. The
 * settings are re-read with the run's own profile and as-of choice, so only a real change (data
 * imported, a weight, a tier threshold, the margin, a rate …) makes the results stale.
 */
export function analysisFreshness(db: Database.Database): AnalysisFreshness {
  const stamp = readStamp(db);
  const revision = dataRevision(db);
  const profileExists = stamp ? findProfile(db, stamp.profile) !== undefined : true;
  // A profile asked for by name stays; otherwise the run answers for the active profile.
  const active = stamp && !stamp.profileFixed ? activeProfile(db).name : null;
  const current =
    stamp && profileExists
      ? settingsHash(readAnalysisSettings(db, stamp.asOf, stamp.asOfFixed, active ?? stamp.profile))
      : '';
  const staleBecause: StaleReason[] = [];
  if (!stamp) staleBecause.push({ code: 'not-analysed' });
  else {
    if (stamp.dataRevision !== revision)
      staleBecause.push({
        code: 'data-changed',
        analysedRevision: stamp.dataRevision,
        revision,
      });
    if (!profileExists) staleBecause.push({ code: 'profile-missing', profile: stamp.profile });
    else if (active !== null && active !== stamp.profile)
      staleBecause.push({ code: 'profile-changed', profile: stamp.profile, active });
    else if (stamp.settingsHash !== current) staleBecause.push({ code: 'settings-changed' });
  }
  const reasons = staleBecause.map(staleReasonText);
  return {
    stamp,
    dataRevision: revision,
    settingsHash: current,
    fresh: reasons.length === 0,
    reasons,
    staleBecause,
  };
}

/** A stale reason in words, for the command line and the logs. */
function staleReasonText(reason: StaleReason): string {
  switch (reason.code) {
    case 'not-analysed':
      return 'The workspace has not been analysed yet.';
    case 'data-changed':
      return `The data changed after the analysis (revision ${reason.analysedRevision}, now ${reason.revision}).`;
    case 'profile-missing':
      return `The score profile "${reason.profile}" no longer exists.`;
    case 'profile-changed':
      return `The active score profile is now "${reason.active}"; the results were scored with "${reason.profile}".`;
    case 'settings-changed':
      return 'Settings (weights, tiers, margin, discount, currency or costs) or the engine changed after the analysis.';
  }
}

/** One stored report (channels, affiliates, retention by a grouping …); null when absent. */
export function readReport<T>(db: Database.Database, kind: string, key = ''): T | null {
  const body = db
    .prepare('SELECT body FROM analysis_reports WHERE kind = ? AND key = ?')
    .pluck()
    .get(kind, key) as string | undefined;
  return body === undefined ? null : (JSON.parse(body) as T);
}
