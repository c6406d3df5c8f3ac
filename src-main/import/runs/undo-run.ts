import type Database from 'better-sqlite3';
import type { UndoResult } from '../../../src-shared/model/import';
import { sourceKinds } from '../../../src-shared/model/sources';
import { bumpDataRevision } from '../../store/settings';
import { ImportFatalError } from '../pipeline/import-error';
import { blockers, readRun } from './run-rows';

/**
 * Undoes an import run in one transaction: the rows it inserted are deleted and the rows it changed
 * are put back as they were. A run whose rows a later run changed again waits until that run is
 * undone, so nothing a later import wrote is lost.
 */
export function undoRun(db: Database.Database, runId: number): UndoResult {
  return db.transaction(() => {
    const run = readRun(db, runId);
    if (!run) throw new ImportFatalError('not-found', `There is no import run ${runId}.`);
    if (run.status === 'undone')
      throw new ImportFatalError(
        'already-undone',
        `Import run ${runId} (${run.file_name}) was already undone on ${run.undone_at ?? 'an earlier day'}.`,
      );
    if (run.file_path === null)
      throw new ImportFatalError(
        'not-undoable',
        `Import run ${runId} (${run.file_name}) was made by the first sample loader, which kept no earlier versions of its rows; it cannot be undone.`,
      );
    const later = blockers(db).get(runId) ?? [];
    if (later.length > 0) {
      throw new ImportFatalError(
        'blocked',
        `Import run ${runId} (${run.file_name}) cannot be undone yet: later runs ${later.join(', ')} changed rows it wrote. Undo ${later.length > 1 ? 'them' : 'it'} first.`,
      );
    }
    let removed = 0;
    for (const table of sourceKinds) {
      removed += db.prepare(`DELETE FROM ${table} WHERE import_run_id = ?`).run(runId).changes;
    }
    const priors = db
      .prepare('SELECT table_name, row FROM import_prior_rows WHERE run_id = ? ORDER BY rowid')
      .all(runId) as { table_name: string; row: string }[];
    const tables = new Set<string>(sourceKinds);
    for (const prior of priors) {
      if (!tables.has(prior.table_name)) continue;
      const row = JSON.parse(prior.row) as Record<string, string | number | null>;
      const columns = (
        db
          .prepare(`SELECT name FROM pragma_table_info('${prior.table_name}')`)
          .pluck()
          .all() as string[]
      ).filter((c) => Object.prototype.hasOwnProperty.call(row, c));
      db.prepare(
        `INSERT OR REPLACE INTO ${prior.table_name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      ).run(...columns.map((c) => row[c] ?? null));
    }
    db.prepare('DELETE FROM import_prior_rows WHERE run_id = ?').run(runId);
    db.prepare(`UPDATE import_runs SET status = 'undone', undone_at = ? WHERE id = ?`).run(
      new Date().toISOString(),
      runId,
    );
    const dataRevision = bumpDataRevision(db);
    return { runId, deleted: removed - priors.length, restored: priors.length, dataRevision };
  })();
}
