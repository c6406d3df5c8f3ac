import { rmSync } from 'node:fs';
import { CompiledMapping } from '../../src-main/import/convert/compiled-mapping';
import { Rejection, type Dropped } from '../../src-main/import/convert/field-typing';
import { RowPlan } from '../../src-main/import/convert/row-plan';
import { settleDateOrders } from '../../src-main/import/pipeline/date-scan';
import { prepareFile } from '../../src-main/import/pipeline/prepare-file';
import type { RecordBatch } from '../../src-main/import/source/record-reader';
import { deferIndexes } from '../../src-main/import/store/deferred-indexes';
import { TableUpsert } from '../../src-main/import/store/table-upsert';
import { openWorkspace } from '../../src-main/store/workspace';

/**
 * The import's two halves timed apart, in a process of its own. Parse-only: bytes to typed rows
 * (decode, parse, map, type, validate), nothing written. Insert-only: the same rows written into a
 * fresh workspace, timing only the writes and the commit. Prints one JSON line on stdout.
 */
const [csv, workspace] = process.argv.slice(2);
if (!csv || !workspace) throw new Error('usage: measure-phases.ts CSV WORKSPACE');

type TypedRow = {
  values: (string | number | null)[];
  extra: string | null;
  line: number;
  raw: string[];
};

function typedRows(
  onRows: (rows: TypedRow[]) => void,
  onColumns: (columns: string[]) => void = () => {},
): number {
  const prepared = prepareFile(null, csv as string, {});
  const mapping = prepared.mapping;
  if (!mapping) throw new Error(prepared.problems[0]?.message ?? 'no mapping');
  settleDateOrders(
    prepared,
    () => {},
    () => {},
  );
  const { header, reader, first } = prepared.opened;
  const compiled = new CompiledMapping({
    header,
    mapping,
    decimal: prepared.decimal,
    dateReadings: prepared.dateReadings,
  });
  const plan = new RowPlan(mapping.kind, compiled, '2025-01-01', {
    subscriptionAccount: () => null,
    contactAccount: () => null,
  });
  onColumns(plan.columns);
  let count = 0;
  const dropped: Dropped[] = [];
  const take = (batch: RecordBatch) => {
    const out = [];
    for (let i = 0; i < batch.rows.length; i++) {
      const raw = batch.rows[i] as string[];
      dropped.length = 0;
      const fields = compiled.convert(raw, dropped);
      const values = fields instanceof Rejection ? fields : plan.mainRow(fields);
      if (values instanceof Rejection) continue;
      out.push({
        values,
        extra: compiled.extra(raw, dropped),
        line: batch.lines[i] as number,
        raw,
      });
      count++;
    }
    onRows(out);
  };
  take(first);
  for (let batch = reader.next(); batch; batch = reader.next()) take(batch);
  prepared.opened.source.close();
  return count;
}

const started = performance.now();
const parsedRows = typedRows(() => {});
const parseOnlyMs = performance.now() - started;

for (const suffix of ['', '-wal', '-shm']) rmSync(`${workspace}${suffix}`, { force: true });
const ws = openWorkspace(workspace, { create: true });
ws.db.pragma('cache_size = -65536');
let insertOnlyMs = 0;
const timed = <T>(work: () => T): T => {
  const at = performance.now();
  const value = work();
  insertOnlyMs += performance.now() - at;
  return value;
};
timed(() => ws.db.exec('BEGIN'));
const runId = Number(
  ws.db
    .prepare(
      "INSERT INTO import_runs (kind, file_name, file_path, started_at) VALUES ('subscriptions', 'bench', 'bench', 'now')",
    )
    .run().lastInsertRowid,
);
const rebuild = timed(() => deferIndexes(ws.db, 'subscriptions'));
let writer: TableUpsert | undefined;
typedRows(
  (rows) => timed(() => rows.forEach((row) => writer?.add(row))),
  (columns) => {
    writer = new TableUpsert(ws.db, 'subscriptions', columns, runId, { kind: 'reject' }, () => {});
  },
);
timed(() => {
  writer?.flush();
  rebuild();
  ws.db.exec('COMMIT');
});
ws.close();
process.stdout.write(`${JSON.stringify({ parseOnlyMs, insertOnlyMs, rows: parsedRows })}\n`);
