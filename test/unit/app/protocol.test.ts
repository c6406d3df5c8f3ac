import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/renderer-files/content-security-policy';
import { appProtocolResponse } from '../../../src-main/app/protocol-handler';

const bundle = mkdtempSync(join(tmpdir(), 'renderer-'));
mkdirSync(join(bundle, 'assets'));
writeFileSync(join(bundle, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(bundle, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(bundle, '..', 'secret.txt'), 'not for the renderer');

describe('app:// protocol', () => {
  it('serves the bundle with the Content Security Policy and the right types', async () => {
    const page = await appProtocolResponse(bundle, 'app://advocate-lab/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const script = await appProtocolResponse(bundle, 'app://advocate-lab/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toBe('console.log(1)');
  });

  it('serves nothing outside the bundle or for another host', async () => {
    for (const url of [
      'app://advocate-lab/../secret.txt',
      'app://advocate-lab/%2e%2e/secret.txt',
      'app://advocate-lab/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://advocate-lab/..%5csecret.txt',
      'app://elsewhere/index.html',
      'app://advocate-lab/missing.js',
    ]) {
      expect((await appProtocolResponse(bundle, url)).status, url).toBe(404);
    }
  });
});

describe('Content Security Policy', () => {
  it('allows nothing from the network and no inline code', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
