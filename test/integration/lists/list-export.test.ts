import type Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { exportList } from '../../../src-main/analysis/lists/list-export';
import { listPage } from '../../../src-main/analysis/lists/list-query';
import { riskList } from '../../../src-main/analysis/lists/risk-list';
import { directContext } from '../../../src-main/job/context';
import type { ListExportRequest } from '../../../src-shared/model/lists';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

/** A view's Export on the analysed sample: exactly the rows and columns shown, in their order. */
describe('exporting a list as a view shows it', () => {
  const sample = useShippedSampleWorkspace();
  let db: Database.Database;
  const request: ListExportRequest = {
    list: 'risk',
    columns: ['name', 'probability', 'csm'],
    headers: ['Account', 'Churn risk', 'CSM'],
    query: { sort: { column: 'name', direction: 'ascending' }, search: 'a' },
    format: 'csv',
    encoding: 'utf-8',
    title: 'Accounts by churn probability',
  };

  beforeAll(() => {
    const ws = sample().workspace;
    db = ws.db;
    analyzeJob({ path: ws.path }, directContext(db));
  });

  it('writes the shown rows as CSV with a byte-order mark, the headers and the filter applied', async () => {
    const file = await exportList(db, riskList, request);
    const bytes = Buffer.from(file.data, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Account,Churn risk,CSM');
    const page = listPage(db, riskList, request.query, request.columns, 0, 100_000, true);
    expect(file.rows).toBe(page.total);
    expect(lines).toHaveLength(page.total + 1);
    const first = page.rows[0];
    const quoted = (v: unknown) =>
      /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);
    expect(lines[1]).toBe(
      [first?.['name'], first?.['probability'], first?.['csm'] ?? ''].map(quoted).join(','),
    );
    expect(file.fileName).toBe('Accounts by churn probability.csv');
  });

  it('writes an XLSX that a second reader opens with the same rows', async () => {
    const file = await exportList(db, riskList, { ...request, format: 'xlsx' });
    const folder = mkdtempSync(join(tmpdir(), 'list-export-'));
    const path = join(folder, file.fileName);
    writeFileSync(path, Buffer.from(file.data, 'base64'));
    const script = [
      'import sys, zipfile, xml.etree.ElementTree as ET',
      'z = zipfile.ZipFile(sys.argv[1])',
      "ns = {'s': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}",
      "names = [n for n in z.namelist() if n.startswith('xl/worksheets/')]",
      'rows = ET.fromstring(z.read(names[0])).findall(".//s:sheetData/s:row", ns)',
      'print(len(rows))',
    ].join('\n');
    const rows = Number(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }).trim());
    expect(rows).toBe(file.rows + 1);
  });
});
