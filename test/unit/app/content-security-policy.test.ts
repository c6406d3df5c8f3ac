import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headerOnlyDirectives,
} from '../../../src-main/renderer-files/content-security-policy';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0] ?? '', d] as const),
  );

describe('the content security policy', () => {
  const html = readFileSync(new URL('../../../src-renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const header = directives(contentSecurityPolicy);

  it('is sent whole as a header, frame-ancestors included', () => {
    expect(header.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(header.get('default-src')).toBe("default-src 'none'");
  });

  it('keeps in the page only what a meta element can carry, each as strict as the header', () => {
    const page = directives(meta);
    expect(page.size).toBeGreaterThan(5);
    for (const name of headerOnlyDirectives) expect(page.has(name), name).toBe(false);
    for (const [name, directive] of page) expect(header.get(name), name).toBe(directive);
    for (const name of header.keys())
      if (!(headerOnlyDirectives as readonly string[]).includes(name))
        expect(page.has(name), name).toBe(true);
  });
});
