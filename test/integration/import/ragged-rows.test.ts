import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { importOne, useSharedDir } from './support';

describe('a short ragged row', () => {
  const sharedDir = useSharedDir();
  let dir = '';
  let ws: Workspace;
  beforeAll(() => {
    dir = sharedDir();
    ws = openWorkspace(join(dir, 'w.sqlite'), { create: true });
  });
  afterAll(() => ws.close());

  it('that lacks a value it needs is reported as a field-count mismatch, with its line and counts', () => {
    const path = join(dir, 'churn.csv');
    writeFileSync(
      path,
      'account_id,churn_date,churn_reason\nA1,2024-01-05,price\nA2\nA3,2024-02-01\n',
    );
    const result = importOne(ws.db, path, { kind: 'churn_events' });
    expect(result.rejected).toBe(1);
    expect(result.errors).toEqual([
      {
        line: 3,
        reason: 'the row has 1 fields and the header 3',
        code: 'extra-fields',
        params: { fields: 1, header: 3 },
      },
    ]);
    // A short row that has every value it needs is read with the missing cells blank.
    expect(result.inserted).toBe(2);
    expect(result.notes.map((n) => n.code)).toContain('short-rows');
  });
});
