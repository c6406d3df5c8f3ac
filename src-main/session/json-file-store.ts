import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A small JSON document on disk (preferences, window state, recent workspaces), written atomically
 * through a temporary file so a crash never leaves half a file. A missing or unreadable file reads as
 * the defaults.
 */
export class JsonFileStore<T extends object> {
  constructor(
    private readonly path: string,
    private readonly defaults: T,
  ) {}

  read(): T {
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<T>;
      return { ...this.defaults, ...parsed };
    } catch {
      return { ...this.defaults };
    }
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
