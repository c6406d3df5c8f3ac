// `npm start`: the desktop app. Fetches Electron's binary on first use, builds better-sqlite3 for
// Electron (kept apart from the Node build the tests use), builds the app and launches it.
// `npm run dev` (`--dev`) does the same first steps, then runs the app with hot reload.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt');
  return (
    existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')))
  );
}

function step(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!electronBinaryPresent()) {
  console.log('Downloading the Electron binary (first start only)…');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
  });
  if (result.status !== 0 || !electronBinaryPresent()) {
    console.error(
      'Electron could not be downloaded. Check the network connection (or set ELECTRON_MIRROR), then run `npm start` again.\n' +
        'Without Electron, `npm run web` serves the same app to a browser.',
    );
    process.exit(1);
  }
}
step(process.execPath, [join(root, 'scripts', 'electron-native.mjs')]);
const electronVite = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
);
const args = process.argv.slice(2);
const dev = args.includes('--dev');
step(process.execPath, [
  electronVite,
  dev ? 'dev' : 'preview',
  ...args.filter((a) => a !== '--dev'),
]);
