import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './support/test';
import { _electron as electron } from '@playwright/test';

/**
 * The real desktop app, where Electron's binary and the Electron build of better-sqlite3 exist
 * (`npm start` prepares both). Elsewhere these tests are skipped with the reason; the shell's wiring
 * is still covered against a stand-in in test/integration/app.
 */
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
  : undefined;
const nativeBuild = join(process.cwd(), '.electron-native', 'better_sqlite3.node');
const missing =
  !binary || !existsSync(binary)
    ? "Electron's binary is not installed (it is downloaded on first `npm start`)"
    : !existsSync(nativeBuild)
      ? 'the Electron build of better-sqlite3 is missing (run `node scripts/electron-native.mjs`)'
      : undefined;

test.describe('desktop app', () => {
  test.skip(missing !== undefined, `Skipped: ${missing ?? ''}.`);

  test('opens a hardened window on the app:// origin with the sample workspace', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'advocate-lab-electron-'));
    const app = await electron.launch({
      args: ['.', `--user-data-dir=${userData}`],
      executablePath: binary,
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/^app:\/\/advocate-lab\/index\.html/);
      const windows = await app.evaluate(
        ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      );
      expect(windows).toBe(1);
      // The renderer sees the contract and nothing of Node or Electron.
      const exposed = await page.evaluate(() => {
        const scope = globalThis as unknown as Record<string, unknown>;
        return {
          api: Object.keys(scope.advocateLab as object).sort(),
          require: typeof scope.require,
          process: typeof scope.process,
        };
      });
      expect(exposed).toEqual({
        api: ['invoke', 'on'],
        require: 'undefined',
        process: 'undefined',
      });
      const info = await page.evaluate(() =>
        (
          globalThis as unknown as {
            advocateLab: { invoke(c: string, r: object): Promise<unknown> };
          }
        ).advocateLab.invoke('workspace:info', {}),
      );
      expect(info).toMatchObject({ ok: true, value: { name: 'Sample workspace.sqlite' } });
      const opened = await page.evaluate(() =>
        (globalThis as unknown as { open(u: string): unknown }).open('https://example.com'),
      );
      expect(opened).toBeNull();
    } finally {
      await app.close();
    }
  });
});
