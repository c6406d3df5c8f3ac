import { closeSync, openSync, writeSync } from 'node:fs';
import { csvField as exportField } from '../src-main/export/csv-writer';

export type CsvValue = string | number | null | undefined;

/**
 * One CSV field, written by the app's own CSV writer: quoted only when it holds a comma, a quote or
 * a line break. The generated exports are raw data, as the tools export it, so no formula guard.
 */
export const csvField = (value: CsvValue): string => exportField(value ?? null, false);

export interface WrittenFile {
  rows: number;
  bytes: number;
}

/**
 * Writes a CSV file row by row through a small buffer, so memory stays flat however large the file
 * grows: no file is ever held as one string.
 */
export class CsvFileWriter {
  private readonly fd: number;
  private pending = '';
  private rows = 0;
  private bytes = 0;

  constructor(
    path: string,
    header: readonly string[],
    private readonly lineEnd: '\n' | '\r\n' = '\n',
  ) {
    this.fd = openSync(path, 'w');
    this.pending = header.map(csvField).join(',') + lineEnd;
  }

  row(values: readonly CsvValue[]): void {
    let line = '';
    for (let i = 0; i < values.length; i++) {
      if (i > 0) line += ',';
      line += csvField(values[i]);
    }
    this.pending += line + this.lineEnd;
    this.rows++;
    if (this.pending.length > 65_536) this.flush();
  }

  close(): WrittenFile {
    this.flush();
    closeSync(this.fd);
    return { rows: this.rows, bytes: this.bytes };
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buffer = Buffer.from(this.pending, 'utf8');
    writeSync(this.fd, buffer);
    this.bytes += buffer.length;
    this.pending = '';
  }
}

/** Money in major units with two decimals, as exports print it. */
export const money = (amount: number): string => (Math.round(amount * 100) / 100).toFixed(2);
