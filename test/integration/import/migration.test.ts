import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/store/migrate';
import { migrations } from '../../../src-main/store/migrations';
import { openWorkspace } from '../../../src-main/store/workspace';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 3: import', () => {
  const tempDir = useTempDir();

  it('is version 3, named import', () => {
    expect(migrations.find((m) => m.version === 3)?.name).toBe('import');
  });

  it('upgrades a workspace of schema 2, keeping its runs', () => {
    const path = join(tempDir(), 'w.sqlite');
    const old = new Database(path);
    migrate(
      old,
      path,
      migrations.filter((m) => m.version <= 2),
    );
    old
      .prepare(
        `INSERT INTO import_runs (kind, file_name, started_at) VALUES ('accounts', 'old.csv', '2025-01-01')`,
      )
      .run();
    old.close();
    const ws = openWorkspace(path);
    try {
      expect(ws.schemaVersion).toBeGreaterThanOrEqual(3);
      const columns = (
        ws.db
          .prepare('SELECT name FROM pragma_table_info(?)')
          .pluck()
          .all('import_runs') as string[]
      ).slice(-5);
      expect(columns).toEqual(['file_path', 'header', 'rows_merged', 'notes', 'derived']);
      expect(
        ws.db.prepare('SELECT file_name, rows_merged, file_path FROM import_runs').get(),
      ).toEqual({ file_name: 'old.csv', rows_merged: 0, file_path: null });
    } finally {
      ws.close();
    }
  });

  it('indexes the lookups undo, history and the rejected-rows download make', () => {
    const ws = openWorkspace(join(tempDir(), 'w.sqlite'), { create: true });
    const plan = (sql: string) =>
      (ws.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    try {
      expect(
        plan(
          "SELECT rowid, row FROM import_prior_rows WHERE run_id = 1 AND table_name = 'accounts'",
        ),
      ).toMatch(/USING INDEX import_prior_rows_run/);
      expect(
        plan(
          'SELECT DISTINCT prior_run_id, run_id FROM import_prior_rows WHERE prior_run_id IS NOT NULL',
        ),
      ).toMatch(/USING COVERING INDEX import_prior_rows_prior/);
      expect(
        plan("SELECT * FROM import_issues WHERE run_id = 1 AND severity = 'error' ORDER BY seq"),
      ).toMatch(/USING INDEX sqlite_autoindex_import_issues_1 \(run_id=\?\)/);
      expect(plan("SELECT mapping FROM import_mappings WHERE header_key = 'x'")).toMatch(
        /USING INDEX sqlite_autoindex_import_mappings_1/,
      );
    } finally {
      ws.close();
    }
  });
});
