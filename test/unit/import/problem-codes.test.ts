import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProblemCodes, rowIssueCodes } from '../../../src-shared/model/import';

const engine = join(import.meta.dirname, '../../../src-main/import');
/** Refusals of the run history, which the Import view words elsewhere. */
const undoCodes = ['already-undone', 'not-undoable', 'blocked'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the import engine’s problem codes', () => {
  it('are all in the shared lists, which the Import view words in each language', () => {
    const used = new Set<string>();
    for (const file of sources(engine)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:code: |ImportFatalError\(\s*)'([a-z-]+)'/g))
        used.add(match[1] as string);
    }
    const known = new Set<string>([...importProblemCodes, ...rowIssueCodes, ...undoCodes]);
    expect([...used].filter((code) => !known.has(code))).toEqual([]);
    expect(used.size).toBeGreaterThan(20);
  });
});
