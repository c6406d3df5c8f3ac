import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A small JSON document on disk (preferences, window state, recent workspaces), written atomically
 * through a temporary file so a crash never leaves half a file. A missing or unreadable file reads as
 * the defaults; a readable one is passed through `parse`, which turns whatever the file holds into a
 * valid document, so a damaged file cannot put a wrong shape into the app.
 */
export class JsonFileStore<T extends object> {
  constructor(
    private readonly path: string,
    private readonly defaults: T,
    private readonly parse: (raw: unknown) => T,
  ) {}

  read(): T {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      return this.parse(this.defaults);
    }
    return this.parse(raw);
  }

  write(value: T): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, JSON.stringify(value, null, 2));
    renameSync(temporary, this.path);
  }

  update(change: (current: T) => T): T {
    const next = change(this.read());
    this.write(next);
    return next;
  }
}
