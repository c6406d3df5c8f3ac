import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import {
  defaultSampleDir,
  loadSampleExports,
  type SampleLoadResult,
} from '../../../src-main/sample/load-sample';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';

export interface ShippedWorkspace {
  workspace: Workspace;
  firstLoad: SampleLoadResult;
}

/** The shipped sample loaded once into a fresh workspace, shared by the tests of one file. */
export function useShippedSampleWorkspace(): () => ShippedWorkspace {
  let dir = '';
  let loaded: ShippedWorkspace | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'advocate-lab-sample-'));
    const workspace = openWorkspace(join(dir, 'sample.sqlite'), { create: true });
    loaded = { workspace, firstLoad: loadSampleExports(workspace.db, defaultSampleDir()) };
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
