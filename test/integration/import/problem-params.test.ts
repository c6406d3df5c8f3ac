import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../../src-main/import/pipeline/inspect-file';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { importOne, useSharedDir } from './support';

describe('the code and params of the engine’s problems', () => {
  const sharedDir = useSharedDir();
  let ws: Workspace;
  let dir = '';
  beforeAll(() => {
    dir = sharedDir();
    ws = openWorkspace(join(dir, 'w.sqlite'), { create: true });
  });
  afterAll(() => ws.close());

  it('come with the date order and a rejected row', () => {
    const path = join(dir, 'accounts.csv');
    writeFileSync(
      path,
      'account_id,health_score,signup_date\nA1,3,12/31/2024\nA2,lots,01/15/2024\nA3,4,02/30/2024\n',
    );
    const result = importOne(ws.db, path);
    const note = result.notes.find((n) => n.code === 'date-order');
    expect(note?.message).toBe('accounts.csv: "signup_date" is read as month/day/year.');
    expect(note?.params).toEqual({ file: 'accounts.csv', column: 'signup_date', order: 'mdy' });

    const [notNumber, notDate] = result.errors;
    expect(notNumber).toMatchObject({
      line: 3,
      column: 'health_score',
      code: 'not-a-number',
      params: { value: 'lots' },
    });
    expect(notDate).toMatchObject({ line: 4, code: 'not-a-date', params: { order: 'mdy' } });
    expect(notDate?.reason).toContain('the column is read as month/day/year');
  });

  it('come with a row rejected in the preview, with its reason', () => {
    const path = join(dir, 'preview.csv');
    writeFileSync(path, 'account_id,health_score\nB1,many\n');
    const problem = inspectFile(ws.db, path, {}).problems.find((p) => p.code === 'row-rejected');
    expect(problem?.params).toMatchObject({ line: 2, reasonCode: 'not-a-number', value: 'many' });
  });
});
