import { closeSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { ExportError } from './export-error';

export interface TargetRules {
  /** Whether an existing file may be replaced (`--force`, or a save dialog that asked). */
  replace: boolean;
  /** Files never to be written over: the open workspace. Its journal files are protected with it. */
  protect: readonly string[];
}

/** The first 16 bytes of every SQLite database file (sqlite.org/fileformat.html, 1.3). */
const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

function startsLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(sqliteHeader.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(sqliteHeader);
  } finally {
    closeSync(fd);
  }
}

const statOrUndefined = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

const realOrResolved = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/**
 * Refuses an export target that must not be written: a folder that does not exist, the open
 * workspace (or its journal), any SQLite database, a folder, and an existing file unless replacing
 * was asked for. Throws an ExportError whose message says what to do instead.
 */
export function checkExportTarget(path: string, rules: TargetRules): void {
  const target = resolve(path);
  const folder = dirname(target);
  const folderStats = statOrUndefined(folder);
  if (folderStats && !folderStats.isDirectory())
    throw new ExportError(
      'no-folder',
      `Cannot write ${basename(target)}: ${folder} is a file, not a folder.`,
    );
  if (!folderStats)
    throw new ExportError(
      'no-folder',
      `Cannot write ${basename(target)}: the folder ${folder} does not exist. Create it first, or choose another place.`,
    );
  const stats = statOrUndefined(target);
  if (!stats) return;
  if (stats.isDirectory())
    throw new ExportError('target-is-folder', `${target} is a folder; name a file to write.`);
  const real = realOrResolved(target);
  const protectedFiles = rules.protect.flatMap((p) => {
    const file = realOrResolved(p);
    return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
  });
  if (protectedFiles.includes(real))
    throw new ExportError(
      'target-is-workspace',
      `${target} is the open workspace (or its journal); an export never writes over it. Choose another file name.`,
    );
  if (startsLikeSqlite(target))
    throw new ExportError(
      'target-is-database',
      `${target} is a SQLite database; an export never writes over one, even with --force. Choose another file name.`,
    );
  if (!rules.replace)
    throw new ExportError(
      'target-exists',
      `${target} already exists. Add --force to replace it, or choose another file name.`,
    );
}
