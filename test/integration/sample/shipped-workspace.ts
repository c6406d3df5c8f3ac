import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import {
  importSampleExports,
  type SampleLoadResult,
} from '../../../src-main/import/sample/import-sample';
import { defaultSampleDir } from '../../../src-main/import/sample/sample-dir';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';

export interface ShippedWorkspace {
  workspace: Workspace;
  firstLoad: SampleLoadResult;
}

/** The shipped sample imported once into a fresh workspace, shared by the tests of one file. */
export function useShippedSampleWorkspace(): () => ShippedWorkspace {
  let dir = '';
  let loaded: ShippedWorkspace | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'advocate-lab-sample-'));
    const workspace = openWorkspace(join(dir, 'sample.sqlite'), { create: true });
    loaded = { workspace, firstLoad: importSampleExports(workspace.db, defaultSampleDir()) };
  });
  afterAll(() => {
    loaded?.workspace.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!loaded) throw new Error('the sample workspace is not loaded yet');
    return loaded;
  };
}
