import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, sampleWorkspaceEnv } from './paths';

/**
 * Loads the bundled sample exports into one workspace through the command line and analyses it, as
 * the app's first start does, once per run; each spec file then works on its own copy, so no spec
 * sees another's changes.
 */
export default function globalSetup(): () => void {
  if (!existsSync(join(projectRoot, 'out', 'renderer', 'index.html'))) {
    throw new Error(
      'No renderer bundle: run `npx electron-vite build` before the end-to-end tests.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'advocate-lab-e2e-'));
  const workspace = join(dir, 'Sample workspace.sqlite');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/main.ts', 'demo', '--workspace', workspace],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`Loading the sample workspace failed:\n${result.stderr}`);
  }
  const analysed = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/main.ts', 'analyze', '--workspace', workspace],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (analysed.status !== 0) {
    throw new Error(`Analysing the sample workspace failed:\n${analysed.stderr}`);
  }
  process.env[sampleWorkspaceEnv] = workspace;
  return () => rmSync(dir, { recursive: true, force: true });
}
