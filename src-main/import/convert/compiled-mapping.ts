import type {
  DecimalMark,
  FieldMapping,
  ImportMapping,
  TargetField,
} from '../../../src-shared/model/import';
import { kindTable } from '../../../src-shared/model/import';
import { targetFields } from '../mapping/target-fields';
import { isBlank } from '../values/blank';
import type { DateReading } from '../values/dates';
import { Dropped, monthlyPrice, Rejection, typerFor, type Typed } from './field-typing';
import type { SqlValue } from './sql-value';

export interface CompiledField {
  name: string;
  target: TargetField;
  columns: readonly string[];
  read(row: readonly string[]): Typed;
}

export interface CompileInput {
  header: readonly string[];
  mapping: ImportMapping;
  decimal: DecimalMark;
  /** How each date column is read, by header. */
  dateReadings: ReadonlyMap<string, DateReading>;
}

const defaultReading: DateReading = { order: 'mdy', serial: false };

function textAt(row: readonly string[], index: number): string | undefined {
  const text = row[index];
  return text === undefined || isBlank(text) ? undefined : text;
}

/**
 * A mapping turned into functions over a row of text: one per mapped field, reading its columns
 * and typing the value. Built once per file, applied to every row.
 */
export class CompiledMapping {
  readonly fields: CompiledField[];
  /** Columns kept in `extra`: the unmapped ones, and those a derived field reads. */
  readonly extraColumns: { index: number; header: string }[];
  private readonly extraKeys: { index: number; key: string }[];
  private readonly positions = new Map<string, number>();

  constructor(input: CompileInput) {
    const { header, mapping } = input;
    const targets = new Map(targetFields(mapping.kind).map((t) => [t.name, t]));
    const table = kindTable(mapping.kind);
    const storedColumns = new Set<string>();
    this.fields = [];
    for (const fm of mapping.fields) {
      const target = targets.get(fm.field);
      if (!target) throw new Error(`${fm.field} is not a field of ${mapping.kind}`);
      const indexes = fm.columns.map((c) => (c === '' ? -1 : header.indexOf(c)));
      const read = this.reader(fm, indexes, table, target, input);
      this.positions.set(fm.field, this.fields.length);
      this.fields.push({ name: fm.field, target, columns: fm.columns, read });
      if (!target.derived && fm.transform === undefined)
        for (const c of fm.columns) storedColumns.add(c);
      if (fm.transform === 'join' || fm.transform === 'latest' || fm.transform === 'first-or-join')
        for (const c of fm.columns) storedColumns.add(c);
      if (fm.transform === 'monthly-price' && fm.columns[0]) storedColumns.add(fm.columns[0]);
      if (fm.transform === 'stripe-cancel-reason' && fm.columns[0])
        storedColumns.add(fm.columns[0]);
    }
    this.extraColumns = header
      .map((h, index) => ({ index, header: h }))
      .filter((c) => !storedColumns.has(c.header));
    this.extraKeys = this.extraColumns.map((c) => ({
      index: c.index,
      key: `${JSON.stringify(c.header)}:`,
    }));
  }

  /** Where a field's value is in the array `convert` returns; -1 when the field is not mapped. */
  position(field: string): number {
    return this.positions.get(field) ?? -1;
  }

  has(field: string): boolean {
    return this.positions.has(field);
  }

  /** The typed values of a row in field order, or the first reason to reject it. */
  convert(row: readonly string[], dropped: Dropped[]): SqlValue[] | Rejection {
    const values = new Array<SqlValue>(this.fields.length);
    for (let i = 0; i < this.fields.length; i++) {
      const value = (this.fields[i] as CompiledField).read(row);
      if (value instanceof Rejection) return value;
      if (value instanceof Dropped) {
        dropped.push(value);
        values[i] = null;
      } else values[i] = value;
    }
    return values;
  }

  /** The row's columns kept as they are, as a JSON object; null when they are all blank. */
  extra(row: readonly string[], dropped: readonly Dropped[]): string | null {
    // Built as text: one object per row would cost a million allocations on a large file, and a
    // header such as "__proto__" stays an ordinary key.
    let json = '';
    for (const { index, key } of this.extraKeys) {
      const text = row[index];
      if (text === undefined || text === '' || isBlank(text)) continue;
      json += `${json === '' ? '{' : ','}${key}${JSON.stringify(text)}`;
    }
    // Text kept out of a field (an unknown label) stays with the row.
    for (const d of dropped)
      json += `${json === '' ? '{' : ','}${JSON.stringify(d.column)}:${JSON.stringify(d.value)}`;
    return json === '' ? null : `${json}}`;
  }

  private reader(
    fm: FieldMapping,
    indexes: readonly number[],
    table: string,
    target: TargetField,
    input: CompileInput,
  ): (row: readonly string[]) => Typed {
    const readingOf = (column: string) => input.dateReadings.get(column) ?? defaultReading;
    if (fm.value !== undefined) {
      const typed = typerFor(table, target, '', input.decimal, defaultReading)(fm.value);
      return () => typed;
    }
    if (fm.transform === 'monthly-price') {
      return (row) =>
        monthlyPrice(
          fm.columns,
          indexes.map((i) => (i < 0 ? undefined : textAt(row, i))),
          input.decimal,
        );
    }
    if (fm.transform === 'latest') {
      const typers = fm.columns.map((c) => typerFor(table, target, c, input.decimal, readingOf(c)));
      return (row) => {
        let latest: Typed = null;
        for (let k = 0; k < indexes.length; k++) {
          const text = textAt(row, indexes[k] ?? -1);
          if (text === undefined) continue;
          const value = (typers[k] as (t: string) => Typed)(text);
          if (value instanceof Rejection || value instanceof Dropped) return value;
          if (latest === null || (value !== null && String(value) > String(latest))) latest = value;
        }
        return latest;
      };
    }
    if (fm.transform === 'stripe-cancel-reason') {
      const [feedback = -1, reason = -1] = indexes;
      return (row) => {
        const given = textAt(row, feedback)?.trim().toLowerCase();
        if (given) return given;
        const code = textAt(row, reason)?.trim().toLowerCase();
        return code === 'payment_failed' ? code : null;
      };
    }
    if (fm.transform === 'first-or-join') {
      const [own = -1, ...rest] = indexes;
      return (row) => {
        const first = textAt(row, own);
        if (first !== undefined) return first.trim();
        const parts = rest.map((i) => textAt(row, i)?.trim()).filter((p): p is string => !!p);
        return parts.length === 0 ? null : parts.join(' ');
      };
    }
    if (fm.transform === 'join') {
      return (row) => {
        const parts: string[] = [];
        for (const i of indexes) {
          const text = textAt(row, i);
          if (text !== undefined) parts.push(text.trim());
        }
        return parts.length === 0 ? null : parts.join(' ');
      };
    }
    const typers = fm.columns.map((c) => typerFor(table, target, c, input.decimal, readingOf(c)));
    if (indexes.length === 1) {
      const index = indexes[0] ?? -1;
      const typer = typers[0] as (t: string) => Typed;
      return (row) => {
        const text = row[index];
        return text === undefined || isBlank(text) ? null : typer(text);
      };
    }
    // Several columns: the first that is not blank, row by row.
    return (row) => {
      for (let k = 0; k < indexes.length; k++) {
        const text = textAt(row, indexes[k] ?? -1);
        if (text !== undefined) return (typers[k] as (t: string) => Typed)(text);
      }
      return null;
    };
  }
}
