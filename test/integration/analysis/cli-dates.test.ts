import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/store/workspace';
import { cli } from '../../helpers/cli-run';
import { useTempDir } from '../../helpers/temp-dir';
import { seedHandCompany } from './hand-company';

describe('dates on the command line', () => {
  const tempDir = useTempDir();
  let path = '';
  beforeEach(() => {
    path = join(tempDir(), 'hand.sqlite');
    const ws = openWorkspace(path, { create: true });
    seedHandCompany(ws.db);
    ws.close();
  });

  it('refuses a day that does not exist, naming the option and the value', async () => {
    const cases = [
      ['analyze', '--as-of', '2026-02-31'],
      ['retention', '--by', 'plan', '--as-of', '2025-02-29'],
      ['references', 'log', '--account', 'C1', '--date', '2026-04-31'],
    ];
    for (const [command = '', ...rest] of cases) {
      const run = await cli(command, '--workspace', path, ...rest);
      const [option, value] = rest.slice(-2);
      expect(run.code, command).toBe(2);
      expect(run.err).toContain(
        `${option} must be a real date written YYYY-MM-DD; "${value}" is not one.`,
      );
      expect(run.out).toBe('');
    }
    // Nothing was logged.
    expect((await cli('references', '--workspace', path, '--json')).out).toBe('[]');
  });

  it('takes a leap day and a month end that exist', async () => {
    const run = await cli('analyze', '--workspace', path, '--as-of', '2026-04-30', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ stamp: { asOf: '2026-04-30', asOfFixed: true } });
    const logged = await cli(
      'references',
      'log',
      '--workspace',
      path,
      '--account',
      'C1',
      '--date',
      '2024-02-29',
      '--json',
    );
    expect(logged.code).toBe(0);
    expect(JSON.parse(logged.out)).toMatchObject({ accountId: 'C1', askedAt: '2024-02-29' });
  });
});
