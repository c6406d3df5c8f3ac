import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};

/** A package that ships compiled code for Node's ABI: it cannot be bundled, so it stays external. */
const isNative = (name: string): boolean => {
  const dir = join(root, 'node_modules', name);
  return existsSync(join(dir, 'binding.gyp')) || existsSync(join(dir, 'prebuilds'));
};

describe('runtime dependencies', () => {
  it('are native modules only: electron-vite bundles everything else, so it is a devDependency', () => {
    const names = Object.keys(manifest.dependencies ?? {});
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !isNative(name))).toEqual([]);
  });
});
