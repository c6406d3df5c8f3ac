import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/store/workspace';
import { cli } from '../../helpers/cli-run';
import { seedHandCompany } from '../analysis/hand-company';

const hostile = '<img src=x onerror="alert(1)"> =1+1';

/**
 * The report shows what the analyst typed as text, never as markup: a scenario's name and
 * description reach the page escaped, and a CSV cell starting like a formula is neutralised.
 */
describe('the comparison report on HandCo, with a hostile scenario name', () => {
  let dir = '';
  let workspace = '';
  const scenario = (...args: string[]) => cli('scenario', ...args, '--workspace', workspace);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'advocate-lab-report-'));
    workspace = join(dir, 'hand.sqlite');
    const ws = openWorkspace(workspace, { create: true });
    seedHandCompany(ws.db);
    ws.close();
    const path = join(dir, 'hostile.json');
    writeFileSync(
      path,
      JSON.stringify({
        version: 1,
        name: 'x',
        description: '</pre><script>fetch("https://example.com")</script>',
        structure: { rate: { percent: 10 } },
      }),
    );
    expect((await scenario('save', hostile, '--json-file', path)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes every name and the file in the appendix, and loads nothing', async () => {
    const out = join(dir, 'report.html');
    expect((await scenario('compare', hostile, '--format', 'html', '--out', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<img|<script|<\/pre><script/i);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; =1+1');
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;');
    // The only URL is the description's text, shown in the appendix, not loaded.
    expect(html.match(/https?:\/\/[^\s"&<\\]+/g)).toEqual(['https://example.com']);
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)\s*=/i);
  });

  it('neutralises a name that a spreadsheet would read as a formula', async () => {
    const path = join(dir, 'formula.json');
    writeFileSync(
      path,
      JSON.stringify({ version: 1, name: 'x', structure: { rate: { percent: 5 } } }),
    );
    expect((await scenario('save', '=HYPERLINK("x")', '--json-file', path)).code).toBe(0);
    const csv = join(dir, 'c.csv');
    const written = await scenario(
      'compare',
      '=HYPERLINK("x")',
      hostile,
      '--format',
      'csv',
      '--out',
      csv,
    );
    expect(written.code, written.err).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""x"")",FALSE`);
    expect(text).toContain('<img src=x onerror=""alert(1)""> =1+1');
    expect(text).not.toMatch(/^=/m);
  });
});
