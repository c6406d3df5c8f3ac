import type { Hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type {
  DateOrder,
  DecimalMark,
  ImportMapping,
  ImportOptions,
  ImportProblem,
} from '../../../src-shared/model/import';
import { checkMapping } from '../mapping/check-mapping';
import { chooseKind, type KindChoice } from '../mapping/detect-kind';
import { savedMapping } from '../mapping/saved-mappings';
import { targetFields } from '../mapping/target-fields';
import { openCsv, sniffFile, type OpenedCsv } from '../source/csv-file';
import { excerpt } from '../source/excerpt';
import { ColumnEvidence, decideDecimal, defaultDateOrder } from '../values/column-profile';
import type { DateReading } from '../values/dates';

export interface PreparedFile {
  opened: OpenedCsv;
  choice: KindChoice;
  /** Null when no mapping can import the file; `problems` says why. */
  mapping: ImportMapping | null;
  mappingSource: 'detected' | 'saved' | 'given';
  /** What the first rows say about each column of the header. */
  evidence: ColumnEvidence[];
  decimal: DecimalMark;
  /** How each date column of the mapping is read, by header. */
  dateReadings: Map<string, DateReading>;
  /** Date columns whose day/month order the first rows leave open. */
  undecidedDates: string[];
  problems: ImportProblem[];
}

const kindWords = (kind: string) => kind.replace(/_/g, ' ');

/** The mapping for a file: the analyst's, else the one saved for its header, else the best preset's. */
function resolveMapping(
  db: Database.Database | null,
  header: readonly string[],
  options: ImportOptions,
  fileName: string,
): {
  mapping: ImportMapping | null;
  source: PreparedFile['mappingSource'];
  choice: KindChoice;
  problems: ImportProblem[];
} {
  const choice = chooseKind(header, { kind: options.kind, preset: options.preset });
  if (options.mapping) {
    const checked = checkMapping(options.mapping, header, fileName);
    return { mapping: checked.mapping, source: 'given', choice, problems: checked.problems };
  }
  if (!options.kind && !options.preset && db) {
    const saved = savedMapping(db, header);
    if (saved) {
      const checked = checkMapping(saved, header, fileName);
      if (checked.problems.length === 0)
        return { mapping: checked.mapping, source: 'saved', choice, problems: [] };
    }
  }
  if (choice.best) {
    const checked = checkMapping(choice.best.mapping, header, fileName);
    return { mapping: checked.mapping, source: 'detected', choice, problems: checked.problems };
  }
  if (options.preset && !choice.closest) {
    return {
      mapping: null,
      source: 'detected',
      choice,
      problems: [
        {
          severity: 'fatal',
          code: 'unknown-preset',
          message: `"${options.preset}" is not a preset Advocate Lab knows.`,
          params: { preset: options.preset },
        },
      ],
    };
  }
  // Nothing fits: explain with the closest mapping, which names the key that is missing.
  if (choice.closest && (options.kind || options.preset)) {
    const checked = checkMapping(choice.closest.mapping, header, fileName);
    return { mapping: null, source: 'detected', choice, problems: checked.problems };
  }
  return {
    mapping: null,
    source: 'detected',
    choice,
    problems: [
      {
        severity: 'fatal',
        code: 'unknown-kind',
        message: `${fileName}: Advocate Lab cannot tell what this file holds: none of its columns (${header
          .slice(0, 6)
          .map((h) => `"${excerpt(h)}"`)
          .join(
            ', ',
          )}${header.length > 6 ? ', …' : ''}) is a key it knows, such as an account, subscription or ticket ID. Choose the kind of file and map its key column.`,
        params: {
          file: fileName,
          columns: `${header
            .slice(0, 6)
            .map((h) => `"${excerpt(h)}"`)
            .join(', ')}${header.length > 6 ? ', …' : ''}`,
        },
      },
    ],
  };
}

/**
 * Opens a file, finds its mapping and reads what the first stretch of rows says about its columns:
 * the types, the decimal mark and the day/month order of numeric dates. Shared by the preview and
 * the import, so both read a file the same way.
 */
export function prepareFile(
  db: Database.Database | null,
  path: string,
  options: ImportOptions,
  hash?: Hash,
): PreparedFile {
  const facts = sniffFile(path, { encoding: options.encoding, delimiter: options.delimiter });
  const opened = openCsv(facts, { hash });
  try {
    const { header } = opened;
    const resolved = resolveMapping(db, header, options, facts.fileName);
    const evidence = header.map(() => new ColumnEvidence());
    for (const row of opened.first.rows) {
      for (let i = 0; i < evidence.length; i++) (evidence[i] as ColumnEvidence).add(row[i]);
    }
    const mapping = resolved.mapping;
    const problems = [...opened.notes, ...resolved.problems];
    const readings = mapping
      ? dateReadings(mapping, header, evidence, facts.fileName, problems)
      : { readings: new Map<string, DateReading>(), undecided: [] };
    const numericColumns = mapping ? mappedNumericColumns(mapping, header, evidence) : evidence;
    const decimal = mapping?.decimal ?? decideDecimal(numericColumns, facts.delimiter);
    if (mapping && opened.first.rows.length === 0) {
      problems.push({
        severity: 'fatal',
        code: 'no-rows',
        message: `${facts.fileName} has a header but no rows to import.`,
        params: { file: facts.fileName },
      });
    }
    return {
      opened,
      choice: resolved.choice,
      mapping: problems.some((p) => p.severity === 'fatal') ? null : mapping,
      mappingSource: resolved.source,
      evidence,
      decimal,
      dateReadings: readings.readings,
      undecidedDates: readings.undecided,
      problems,
    };
  } catch (error) {
    opened.source.close();
    throw error;
  }
}

function mappedNumericColumns(
  mapping: ImportMapping,
  header: readonly string[],
  evidence: ColumnEvidence[],
): ColumnEvidence[] {
  const types = new Map(targetFields(mapping.kind).map((t) => [t.name, t.type]));
  const columns = new Set<string>();
  for (const f of mapping.fields) {
    const type = types.get(f.field);
    if (type === 'number' || type === 'integer') for (const c of f.columns) columns.add(c);
  }
  return header.flatMap((h, i) => (columns.has(h) && evidence[i] ? [evidence[i]] : []));
}

/** The columns a mapping reads as dates or timestamps. */
export function dateColumns(mapping: ImportMapping): string[] {
  const types = new Map(targetFields(mapping.kind).map((t) => [t.name, t.type]));
  const columns = new Set<string>();
  for (const f of mapping.fields) {
    const type = types.get(f.field);
    if (type === 'date' || type === 'timestamp')
      for (const c of f.columns) if (c !== '') columns.add(c);
  }
  return [...columns];
}

const orderWords: Record<DateOrder, string> = {
  mdy: 'month/day/year',
  dmy: 'day/month/year',
  ymd: 'year/month/day',
};

function dateReadings(
  mapping: ImportMapping,
  header: readonly string[],
  evidence: readonly ColumnEvidence[],
  fileName: string,
  problems: ImportProblem[],
): { readings: Map<string, DateReading>; undecided: string[] } {
  const readings = new Map<string, DateReading>();
  const undecided: string[] = [];
  for (const column of dateColumns(mapping)) {
    const e = evidence[header.indexOf(column)];
    if (!e) continue;
    const given = mapping.dateOrders?.[column];
    const serial = e.allSerials && !e.hasNumericDates;
    if (serial) {
      problems.push({
        severity: 'info',
        code: 'serial-dates',
        message: `${fileName}: "${column}" holds spreadsheet serial numbers; they are read as dates.`,
        params: { file: fileName, column },
        column,
      });
    }
    if (given) {
      readings.set(column, { order: given, serial });
      continue;
    }
    if (e.conflictingOrders) {
      const order: DateOrder = e.dayFirst > e.monthFirst ? 'dmy' : 'mdy';
      problems.push({
        severity: 'warning',
        code: 'mixed-date-orders',
        message: `${fileName}: "${column}" mixes day-first and month-first dates; it is read as ${orderWords[order]}, and rows that do not fit are rejected.`,
        params: { file: fileName, column, order },
        column,
      });
      readings.set(column, { order, serial });
      continue;
    }
    const order = e.dateOrder;
    if (order) {
      readings.set(column, { order, serial });
      problems.push({
        severity: 'info',
        code: 'date-order',
        message: `${fileName}: "${column}" is read as ${orderWords[order]}.`,
        params: { file: fileName, column, order },
        column,
      });
    } else {
      readings.set(column, { order: defaultDateOrder(e.separator), serial });
      if (e.hasNumericDates) undecided.push(column);
    }
  }
  return { readings, undecided };
}

/** The mapping to save and record: the kind's fields with the date orders that were decided. */
export function mappingToKeep(
  prepared: PreparedFile,
  mapping: ImportMapping,
  snapshotDate: string | null,
): ImportMapping {
  const orders: Record<string, DateOrder> = { ...(mapping.dateOrders ?? {}) };
  for (const [column, reading] of prepared.dateReadings) {
    if (!prepared.undecidedDates.includes(column)) orders[column] = reading.order;
  }
  return {
    ...mapping,
    ...(Object.keys(orders).length > 0 ? { dateOrders: orders } : {}),
    decimal: prepared.decimal,
    ...(snapshotDate ? { snapshotDate } : {}),
  };
}

export const describeKind = kindWords;
