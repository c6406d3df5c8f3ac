import type Database from 'better-sqlite3';

/**
 * Node (tests, the command line, the web harness) and Electron need different builds of
 * better-sqlite3. The Electron build lives in its own folder and the Electron entry point names it
 * here, so neither build ever overwrites the other.
 */
let electronBinding: string | undefined;

export function useNativeBinding(path: string): void {
  electronBinding = path;
}

export function nativeBindingOption(): Database.Options {
  return electronBinding ? { nativeBinding: electronBinding } : {};
}
