import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSampleDir } from '../import/sample/sample-dir';
import { startHarness } from './harness';

/**
 * `npm run web`: the renderer in any browser, against the real services. Prints exactly one line with
 * the address and its token, then serves until interrupted.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      port: { type: 'string' },
      static: { type: 'string', default: 'out/renderer' },
    },
  });
  const staticDir = resolve(values.static);
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(`No renderer bundle in ${staticDir}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  // Without --workspace, a fresh temporary workspace filled from the sample exports.
  const given = values.workspace;
  const scratch = given === undefined ? mkdtempSync(join(tmpdir(), 'advocate-lab-web-')) : null;
  const workspace =
    given === undefined ? join(scratch ?? '', 'Sample workspace.sqlite') : resolve(given);
  const harness = await startHarness({
    workspace,
    staticDir,
    ...(values.workspace ? {} : { sampleDir: defaultSampleDir() }),
    ...(values.port ? { port: Number(values.port) } : {}),
  });
  console.log(`Advocate Lab web harness: ${harness.bridge.url}`);
  const stop = () =>
    void harness.close().then(() => {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
