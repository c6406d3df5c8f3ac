import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { openWorkspace } from '../../../src-main/store/workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { importFixtures } from './support';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const japanese = join(importFixtures, 'japanese-accounts-sjis.csv');
const european = join(importFixtures, 'european-subscriptions-semicolon.csv');

describe('import and runs on the command line', () => {
  const tempDir = useTempDir();

  it('imports a Shift_JIS file with Japanese headers and a semicolon European file, and says what it did as JSON', async () => {
    const workspace = join(tempDir(), 'w.sqlite');
    const { code, out } = await cli(
      'import',
      '--workspace',
      workspace,
      european,
      japanese,
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(out) as { files: Record<string, unknown>[] };
    expect(report.files).toEqual([
      expect.objectContaining({
        file: 'japanese-accounts-sjis.csv',
        ok: true,
        kind: 'accounts',
        preset: 'generic-accounts',
        encoding: 'shift_jis',
        delimiter: ',',
        rowsRead: 5,
        inserted: 5,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        errors: [],
        warnings: 0,
        runId: 1,
      }),
      expect.objectContaining({
        file: 'european-subscriptions-semicolon.csv',
        kind: 'subscriptions',
        encoding: 'windows-1252',
        delimiter: ';',
        rowsRead: 4,
        inserted: 4,
        rejected: 0,
        // Customer IDs K-1…K-4 are not among the Japanese accounts: kept, flagged.
        warnings: 4,
        runId: 2,
      }),
    ]);
    const ws = openWorkspace(workspace);
    try {
      expect(
        ws.db
          .prepare(
            'SELECT account_id, name, industry, signup_date, churn_date, employees, status FROM accounts ORDER BY 1',
          )
          .raw()
          .all(),
      ).toEqual([
        ['C-001', '株式会社さくら商事', '小売', '2024-03-05', null, 120, 'active'],
        ['C-002', '有限会社みなと', '製造', '2023-11-20', '2024-06-30', 45, 'churned'],
        ['C-003', '東京ソフト株式会社, 本社', 'ソフトウェア', '2024-01-15', null, 1200, 'active'],
        ['C-004', '大阪フーズ', '食品', '2022-12-01', '2024-02-29', 80, 'churned'],
        ['C-005', '北海道"ロジ"', '物流', '2024-07-31', null, 15, 'active'],
      ]);
      expect(
        ws.db
          .prepare(
            'SELECT subscription_id, plan, start_date, end_date, mrr, currency, extra FROM subscriptions ORDER BY 1',
          )
          .raw()
          .all(),
      ).toEqual([
        ['A-100', 'Basis', '2024-03-05', null, 1234.5, 'EUR', '{"Notes":"Überweisung"}'],
        ['A-101', 'Profi', '2023-01-13', '2023-12-31', 89.9, 'EUR', '{"Notes":"Preis; zu hoch"}'],
        ['A-102', 'Basis', '2024-02-01', null, 12, 'EUR', null],
        ['A-103', 'Équipe', '2022-02-28', null, 2499, 'EUR', '{"Notes":"Café Müller"}'],
      ]);
    } finally {
      ws.close();
    }

    const runs = await cli('runs', '--workspace', workspace, '--json');
    expect(
      (JSON.parse(runs.out) as { runs: { id: number; fileName: string }[] }).runs.map((r) => [
        r.id,
        r.fileName,
      ]),
    ).toEqual([
      [2, 'european-subscriptions-semicolon.csv'],
      [1, 'japanese-accounts-sjis.csv'],
    ]);
    expect(await cli('runs', 'undo', '2', '--workspace', workspace)).toMatchObject({
      code: 0,
      out: 'Run 2 undone: 4 rows removed, 0 rows restored.',
    });
    expect(await cli('runs', 'undo', '2', '--workspace', workspace)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/already undone/),
    });
  });

  it('takes the kind, encoding, delimiter and a mapping file from the analyst', async () => {
    const dir = tempDir();
    const workspace = join(dir, 'w.sqlite');
    const file = join(dir, 'odd.txt');
    writeFileSync(file, 'Kundennummer|Firma|Seit\n17850.0|Acme|13.1.2024\n');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        kind: 'accounts',
        fields: { account_id: 'Kundennummer', name: 'Firma', signup_date: 'Seit' },
      }),
    );
    const { code, out } = await cli(
      'import',
      '--workspace',
      workspace,
      file,
      '--mapping',
      mapping,
      '--delimiter',
      'pipe',
      '--encoding',
      'utf8',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      files: [{ ok: true, preset: 'custom', delimiter: '|', inserted: 1 }],
    });
    const ws = openWorkspace(workspace);
    expect(ws.db.prepare('SELECT account_id, name, signup_date FROM accounts').raw().get()).toEqual(
      ['17850', 'Acme', '2024-01-13'],
    );
    ws.close();
  });

  it('exits 2 on a usage error and 1 on bad input, with a clear message', async () => {
    const dir = tempDir();
    const workspace = join(dir, 'w.sqlite');
    expect(await cli('import', '--workspace', workspace)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Name at least one file/),
    });
    expect(
      await cli('import', '--workspace', workspace, japanese, '--kind', 'planets'),
    ).toMatchObject({ code: 2, err: expect.stringMatching(/--kind must be one of/) });
    expect(
      await cli('import', '--workspace', workspace, japanese, '--preset', 'nope'),
    ).toMatchObject({ code: 2 });
    expect(await cli('runs', 'redo', '1', '--workspace', workspace)).toMatchObject({ code: 2 });
    writeFileSync(join(dir, 'bad.json'), '{ "kind": "accounts", ');
    expect(
      await cli('import', '--workspace', workspace, japanese, '--mapping', join(dir, 'bad.json')),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/bad\.json cannot be read as JSON/),
    });
    writeFileSync(join(dir, 'empty.csv'), '');
    const failed = await cli('import', '--workspace', workspace, join(dir, 'empty.csv'), japanese);
    expect(failed).toMatchObject({ code: 1, err: expect.stringMatching(/empty\.csv is empty\./) });
    expect(failed.out).toMatch(/japanese-accounts-sjis\.csv: accounts .* 5 rows: 5 inserted/);
  });
});
