import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRuns } from '../../../src-main/import/runs/run-rows';
import { defaultSampleDir, loadSampleExports } from '../../../src-main/sample/load-sample';
import { importSampleExports } from '../../../src-main/sample/load/import-sample';
import { sampleFiles } from '../../../src-main/sample/sample-files';
import { dataRevision } from '../../../src-main/store/settings';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { canonicalSources } from '../../../src-shared/model/canonical';
import { sourceKinds } from '../../../src-shared/model/sources';
import { useSharedDir } from './support';

describe('the bundled sample through the import engine', () => {
  const sharedDir = useSharedDir();
  let engine: Workspace;
  let loader: Workspace;
  beforeAll(() => {
    engine = openWorkspace(join(sharedDir(), 'engine.sqlite'), { create: true });
    loader = openWorkspace(join(sharedDir(), 'loader.sqlite'), { create: true });
    importSampleExports(engine.db, defaultSampleDir());
    loadSampleExports(loader.db, defaultSampleDir());
  });
  afterAll(() => {
    engine.close();
    loader.close();
  });

  it('detects every file’s tool and kind, and lands exactly the rows the sample’s own loader does', () => {
    const runs = listRuns(engine.db).reverse();
    expect(runs.map((r) => [r.fileName, r.preset, r.rejected])).toEqual(
      sampleFiles.map((f) => [
        f.file,
        expect.stringMatching(
          /^(hubspot|churnzero|stripe|zendesk|delighted|typeform|generic|partnerstack)-/,
        ),
        0,
      ]),
    );
    for (const kind of sourceKinds) {
      const columns = canonicalSources[kind].fields.map((f) => f.name).join(', ');
      const rows = (db: Workspace) =>
        db.db.prepare(`SELECT ${columns} FROM ${kind} ORDER BY 1, 2, 3`).raw().all();
      expect(rows(engine), kind).toEqual(rows(loader));
    }
  });

  it('changes nothing the second time, and every run can be undone', () => {
    const revision = dataRevision(engine.db);
    const again = importSampleExports(engine.db, defaultSampleDir());
    expect([again.inserted, again.updated, again.rejected]).toEqual([0, 0, 0]);
    expect(again.unchanged).toBe(again.files.reduce((n, f) => n + f.rows, 0));
    expect(dataRevision(engine.db)).toBe(revision);
    expect(listRuns(engine.db).every((r) => r.undoable)).toBe(true);
  });
});
