import type Database from 'better-sqlite3';
import type { EvaluationSettings } from '../../../src-shared/model/scenarios';
import { analysed } from '../../analysis/results/not-analysed';
import { readStamp } from '../../analysis/store/results-reader';
import { dataRevision } from '../../store/settings';
import { readScenarioBook } from './read-book';
import type { ScenarioBook } from './scenario-book';

/**
 * What a book is read from: the workspace, its data revision, the analysis run whose stored results
 * it reads, and the settings that change money (base currency and rates). Margin, discount and the
 * scenarios themselves are applied at each evaluation and are not part of it.
 */
export function bookKey(
  path: string,
  revision: number,
  runId: number,
  settings: Pick<EvaluationSettings, 'currency' | 'rates'>,
): string {
  const rates = Object.entries(settings.rates).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([path, revision, runId, settings.currency, rates]);
}

/**
 * The last book read, kept where the evaluations run (the analysis worker, or the command line's
 * process): re-evaluating while the analyst edits a scenario reads nothing but two small settings
 * rows. One book is kept; reading another workspace or revision replaces it.
 */
let cached: ScenarioBook | undefined;

export function scenarioBook(
  db: Database.Database,
  path: string,
  settings: EvaluationSettings,
): ScenarioBook {
  const stamp = analysed(readStamp(db));
  const key = bookKey(path, dataRevision(db), stamp.runId, settings);
  if (cached?.key === key) return cached;
  cached = undefined;
  const book = db.transaction(() => readScenarioBook(db, key, settings))();
  cached = book;
  return book;
}

/** Forgets the kept book (tests, and the benchmark's first extraction). */
export function forgetScenarioBook(): void {
  cached = undefined;
}
