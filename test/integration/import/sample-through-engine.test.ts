import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRuns } from '../../../src-main/import/runs/run-rows';
import { importSampleExports } from '../../../src-main/import/sample/import-sample';
import { defaultSampleDir } from '../../../src-main/import/sample/sample-dir';
import { sampleFiles } from '../../../src-main/import/sample/sample-files';
import { dataRevision } from '../../../src-main/store/settings';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { useSharedDir } from './support';

describe('the bundled sample through the import engine', () => {
  const sharedDir = useSharedDir();
  let engine: Workspace;
  beforeAll(() => {
    engine = openWorkspace(join(sharedDir(), 'engine.sqlite'), { create: true });
    importSampleExports(engine.db, defaultSampleDir());
  });
  afterAll(() => {
    engine.close();
  });

  it('detects every file’s tool and kind, and rejects no row', () => {
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
