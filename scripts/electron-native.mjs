// Builds better-sqlite3 for Electron into .electron-native/, next to (never over) the Node build in
// node_modules that the tests and the command line use. Electron and Node have different native ABIs,
// so each needs its own build; the Electron entry point loads this one through `nativeBinding`.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = join(root, '.electron-native');
const target = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'build-info.json');

const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const arch = process.env.npm_config_arch || process.arch;
const stamp = {
  electron: electronVersion,
  betterSqlite3: sqliteVersion,
  platform: process.platform,
  arch,
};

if (existsSync(target) && existsSync(stampFile)) {
  const previous = JSON.parse(readFileSync(stampFile, 'utf8'));
  if (JSON.stringify(previous) === JSON.stringify(stamp)) process.exit(0);
}

const sourceDir = dirname(require.resolve('better-sqlite3/package.json'));
const workDir = join(outDir, 'work', 'better-sqlite3');
rmSync(join(outDir, 'work'), { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
for (const part of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
  cpSync(join(sourceDir, part), join(workDir, part), { recursive: true });
}

console.log(
  `Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch})…`,
);
const run = (command, args) =>
  execFileSync(command, args, {
    cwd: workDir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
try {
  // A prebuilt binary when one is published for this Electron release…
  run(process.execPath, [
    require.resolve('prebuild-install/bin.js'),
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
  ]);
} catch {
  // …otherwise a build from source against Electron's headers.
  run('npm', [
    'exec',
    '--yes',
    '--',
    'node-gyp',
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
}
copyFileSync(join(workDir, 'build', 'Release', 'better_sqlite3.node'), target);
writeFileSync(stampFile, JSON.stringify(stamp, null, 2));
rmSync(join(outDir, 'work'), { recursive: true, force: true });
console.log(`Electron build of better-sqlite3: ${target}`);
