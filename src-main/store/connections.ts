import Database from 'better-sqlite3';
import { nativeBindingOption } from './native-binding';

/**
 * Extra connections to a workspace that the session has already opened, checked and migrated: the
 * worker's read-only connection for analysis and its writer for imports and results.
 */
export function openReadOnly(path: string): Database.Database {
  const db = new Database(path, { ...nativeBindingOption(), readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

export function openWriter(path: string): Database.Database {
  const db = new Database(path, { ...nativeBindingOption(), fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  return db;
}
