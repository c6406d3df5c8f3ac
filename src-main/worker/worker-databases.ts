import type Database from 'better-sqlite3';
import { openReadOnly, openWriter } from '../store/connections';
import type { JobDatabases } from '../job/context';

/**
 * The worker's own connections, opened on first use and kept for the one workspace it serves. When a
 * job names another workspace, the previous connections are closed.
 */
export function workerDatabases(): JobDatabases & { closeAll(): void } {
  let currentPath: string | undefined;
  let reader: Database.Database | undefined;
  let writer: Database.Database | undefined;

  const switchTo = (path: string) => {
    if (currentPath === path) return;
    reader?.close();
    writer?.close();
    reader = writer = undefined;
    currentPath = path;
  };

  return {
    reader(path) {
      switchTo(path);
      reader ??= openReadOnly(path);
      return reader;
    },
    writer(path) {
      switchTo(path);
      writer ??= openWriter(path);
      return writer;
    },
    closeAll() {
      reader?.close();
      writer?.close();
      reader = writer = undefined;
      currentPath = undefined;
    },
  };
}
