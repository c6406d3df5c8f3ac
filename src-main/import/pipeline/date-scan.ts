import type { ImportProblem } from '../../../src-shared/model/import';
import { openCsv } from '../source/csv-file';
import { ColumnEvidence } from '../values/column-profile';
import type { PreparedFile } from './prepare-file';

const orderWords = { mdy: 'month/day/year', dmy: 'day/month/year', ymd: 'year/month/day' } as const;

/**
 * Reads the whole of the date columns whose day/month order the first rows left open, until a value
 * decides each of them (a day above 12) or the file ends. The order of a column is never guessed
 * row by row: a column that stays ambiguous to its last row is read in its separator's usual order,
 * and the import says so.
 */
export function settleDateOrders(
  prepared: PreparedFile,
  onProgress: (bytes: number) => void,
  throwIfCancelled: () => void,
): ImportProblem[] {
  const notes: ImportProblem[] = [];
  const columns = prepared.undecidedDates;
  if (columns.length === 0) return notes;
  const { facts, header } = prepared.opened;
  const indexes = columns.map((c) => header.indexOf(c));
  const evidence = columns.map(() => new ColumnEvidence());
  const scan = openCsv(facts);
  try {
    const open = () => evidence.some((e) => e.dateOrder === null && !e.conflictingOrders);
    const feed = (rows: readonly string[][]) => {
      for (const row of rows)
        indexes.forEach((at, k) => (evidence[k] as ColumnEvidence).add(row[at]));
    };
    feed(scan.first.rows);
    for (
      let batch = open() ? scan.reader.next() : null;
      batch !== null;
      batch = open() ? scan.reader.next() : null
    ) {
      feed(batch.rows);
      onProgress(scan.source.bytesRead);
      throwIfCancelled();
    }
  } finally {
    scan.source.close();
  }
  const decided: string[] = [];
  columns.forEach((column, k) => {
    const e = evidence[k] as ColumnEvidence;
    const reading = prepared.dateReadings.get(column);
    if (!reading) return;
    const order = e.conflictingOrders ? (e.dayFirst > e.monthFirst ? 'dmy' : 'mdy') : e.dateOrder;
    if (order) {
      reading.order = order;
      decided.push(column);
      notes.push({
        severity: e.conflictingOrders ? 'warning' : 'info',
        code: e.conflictingOrders ? 'mixed-date-orders' : 'date-order',
        message: e.conflictingOrders
          ? `${facts.fileName}: "${column}" mixes day-first and month-first dates; it is read as ${orderWords[order]}, and rows that do not fit are rejected.`
          : `${facts.fileName}: "${column}" is read as ${orderWords[order]}, from the whole column.`,
        params: { file: facts.fileName, column, order },
        column,
      });
    } else {
      notes.push({
        severity: 'warning',
        code: 'ambiguous-date-order',
        message: `${facts.fileName}: every date in "${column}" could be day-first or month-first; they are read as ${orderWords[reading.order]}. Set the order in the mapping if that is wrong.`,
        params: { file: facts.fileName, column, order: reading.order },
        column,
      });
    }
  });
  prepared.undecidedDates = columns.filter((c) => !decided.includes(c));
  return notes;
}
