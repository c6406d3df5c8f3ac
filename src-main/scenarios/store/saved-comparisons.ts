import type Database from 'better-sqlite3';
import type {
  EvaluationBasis,
  EvaluationSettings,
  SavedComparisonSummary,
  ScenarioComparison,
} from '../../../src-shared/model/scenarios';
import type { ScenarioToEvaluate } from '../evaluate/evaluate-scenarios';
import { checkedName } from './saved-scenarios';
import { ScenarioStoreError } from './scenario-store-error';

/** A comparison as saved: what it compared, what it rested on, and the figures it gave. */
export interface SavedComparison extends SavedComparisonSummary {
  /** The scenarios in the order they were asked for; the built-in one has a null file. */
  evaluated: ScenarioToEvaluate[];
  basis: EvaluationBasis;
  figures: ScenarioComparison;
}

interface ComparisonRow {
  name: string;
  baseline: string;
  scenarios: string;
  settings: string;
  settings_hash: string;
  data_revision: number;
  figures: string;
  saved_at: string;
}

const columns =
  'name, baseline, scenarios, settings, settings_hash, data_revision, figures, saved_at';

function comparisonOf(row: ComparisonRow): SavedComparison {
  const evaluated = JSON.parse(row.scenarios) as ScenarioToEvaluate[];
  return {
    name: row.name,
    baseline: row.baseline,
    scenarios: evaluated.map((s) => s.name),
    savedAt: row.saved_at,
    dataRevision: row.data_revision,
    settingsHash: row.settings_hash,
    evaluated,
    basis: {
      dataRevision: row.data_revision,
      settings: JSON.parse(row.settings) as EvaluationSettings,
      settingsHash: row.settings_hash,
    },
    figures: JSON.parse(row.figures) as ScenarioComparison,
  };
}

const summaryOf = (c: SavedComparison): SavedComparisonSummary => ({
  name: c.name,
  baseline: c.baseline,
  scenarios: c.scenarios,
  savedAt: c.savedAt,
  dataRevision: c.dataRevision,
  settingsHash: c.settingsHash,
});

/**
 * Saves a comparison with copies of the scenario files it used, so that it can be evaluated again
 * after the saved scenarios change or go; a comparison of the same name is replaced.
 */
export function saveComparison(
  db: Database.Database,
  name: string,
  compared: {
    evaluated: readonly ScenarioToEvaluate[];
    basis: EvaluationBasis;
    figures: ScenarioComparison;
  },
  now: Date = new Date(),
): { comparison: SavedComparisonSummary; replaced: boolean } {
  const saved = checkedName(name, 'comparison');
  const replaced = findComparison(db, saved) !== null;
  db.prepare(
    `INSERT INTO scenario_comparisons (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET baseline = excluded.baseline, scenarios = excluded.scenarios,
       settings = excluded.settings, settings_hash = excluded.settings_hash,
       data_revision = excluded.data_revision, figures = excluded.figures,
       saved_at = excluded.saved_at`,
  ).run(
    saved,
    compared.figures.baseline,
    JSON.stringify(compared.evaluated),
    JSON.stringify(compared.basis.settings),
    compared.basis.settingsHash,
    compared.basis.dataRevision,
    JSON.stringify(compared.figures),
    now.toISOString(),
  );
  return { comparison: summaryOf(requireComparison(db, saved)), replaced };
}

/** Every saved comparison, by name, without its figures. */
export function listComparisons(db: Database.Database): SavedComparisonSummary[] {
  return (
    db.prepare(`SELECT ${columns} FROM scenario_comparisons ORDER BY name`).all() as ComparisonRow[]
  )
    .map(comparisonOf)
    .map(summaryOf);
}

export function findComparison(db: Database.Database, name: string): SavedComparison | null {
  const row = db
    .prepare(`SELECT ${columns} FROM scenario_comparisons WHERE name = ?`)
    .get(name.trim()) as ComparisonRow | undefined;
  return row ? comparisonOf(row) : null;
}

export function requireComparison(db: Database.Database, name: string): SavedComparison {
  const found = findComparison(db, name);
  if (!found) throw new ScenarioStoreError('not-found', noSuchComparison(db, name));
  return found;
}

export function deleteComparison(db: Database.Database, name: string): void {
  const deleted = db
    .prepare('DELETE FROM scenario_comparisons WHERE name = ?')
    .run(name.trim()).changes;
  if (deleted === 0) throw new ScenarioStoreError('not-found', noSuchComparison(db, name));
}

function noSuchComparison(db: Database.Database, name: string): string {
  const names = (
    db.prepare('SELECT name FROM scenario_comparisons ORDER BY name').pluck().all() as string[]
  )
    .map((n) => `"${n}"`)
    .join(', ');
  return `No comparison is named "${name}". ${names === '' ? 'None is saved yet.' : `Saved comparisons: ${names}.`}`;
}
