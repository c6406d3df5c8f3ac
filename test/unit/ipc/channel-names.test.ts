import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNameList, eventNameList } from '../../../src-shared/ipc/channel-names';
import { channelNames, eventNames } from '../../../src-shared/ipc/contract';

const root = resolve(__dirname, '../../..');

/** The modules a file imports at run time (not `import type`), resolved to files. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gms)) {
    const spec = match[1] ?? '';
    found.push(spec.startsWith('.') ? `${resolve(dirname(file), spec)}.ts` : spec);
  }
  return found;
}

describe('the zod-free channel names', () => {
  it('name every channel and event of the contract, no more and no fewer', () => {
    expect([...channelNameList].sort()).toEqual([...channelNames].sort());
    expect([...eventNameList].sort()).toEqual([...eventNames].sort());
  });

  it('keep zod out of everything the preload loads at run time', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const dependency of runtimeImports(file))
        if (dependency.endsWith('.ts')) visit(dependency);
        else seen.add(dependency);
    };
    visit(resolve(root, 'src-main/preload/preload.ts'));
    expect([...seen].filter((m) => m === 'zod' || m.startsWith('zod/'))).toEqual([]);
    expect([...seen]).toContain('electron');
  });
});
