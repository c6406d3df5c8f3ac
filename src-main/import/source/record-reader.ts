import Papa from 'papaparse';
import type { Delimiter, ProblemParams, RowIssueCode } from '../../../src-shared/model/import';
import { ImportFatalError } from '../pipeline/import-error';
import type { Newline } from './dialect';
import { excerpt } from './excerpt';
import { UndecodableBytesError, type TextSource } from './text-source';

/** Why a row cannot be read as it is, in English and as a code. */
export interface RowProblem {
  code: RowIssueCode;
  reason: string;
  /** The field at fault, counted from 0, when one is. */
  field?: number;
  params?: ProblemParams;
}

/** Complete records of one stretch of the file; blank lines are skipped but counted as lines. */
export interface RecordBatch {
  rows: string[][];
  /** The physical line each row starts on, 1-based. */
  lines: number[];
  /** Rows that cannot be read as they are, by index in `rows`. */
  problems: Map<number, RowProblem>;
}

export interface ReaderOptions {
  delimiter: Delimiter;
  newline: Newline;
  fileName: string;
  encoding: string;
  /** A record longer than this is almost always a quote that is never closed. */
  maxRecordChars?: number;
  /** A field longer than this rejects its row. */
  maxFieldChars?: number;
}

/**
 * The longest field a row may hold, in characters: 1 MiB. No value the workspace reads is near it,
 * and a longer field is a hostile or broken file; its row is rejected, not stored.
 */
export const MAX_FIELD_CHARS = 1024 * 1024;
/**
 * A record still open after this many characters refuses the file. It is almost always a quote that
 * is never closed, and reading on would hold the whole rest of the file in memory.
 */
const MAX_RECORD_CHARS = 8 * MAX_FIELD_CHARS;
const MIN_PARSE_CHARS = 64 * 1024;

function countChar(text: string, char: string, from: number, to: number): number {
  let n = 0;
  let at = text.indexOf(char, from);
  while (at !== -1 && at < to) {
    n++;
    at = text.indexOf(char, at + 1);
  }
  return n;
}

const isBlankRow = (row: readonly string[]): boolean => {
  for (const field of row) if (field !== '' && field.trim() !== '') return false;
  return true;
};

/**
 * Streams the records of a delimited text file with papaparse's core parser. Each stretch of text
 * is parsed up to its last complete record; the incomplete rest is carried into the next stretch,
 * so quoted fields may hold delimiters, quotes and line breaks across any chunk boundary. Memory
 * holds one stretch and one record at most, whatever the size of the file.
 */
export class RecordReader {
  private pending = '';
  private line = 1;
  private ended = false;
  private readonly lineChar: string;
  private readonly maxRecordChars: number;
  private readonly maxFieldChars: number;

  constructor(
    private readonly source: TextSource,
    private readonly options: ReaderOptions,
  ) {
    this.lineChar = options.newline === '\r' ? '\r' : '\n';
    this.maxRecordChars = options.maxRecordChars ?? MAX_RECORD_CHARS;
    this.maxFieldChars = options.maxFieldChars ?? MAX_FIELD_CHARS;
  }

  /** The next complete records, or null once the whole file has been read. */
  next(): RecordBatch | null {
    if (this.ended) return null;
    let fresh = '';
    let end = false;
    // Gather at least as much new text as is pending, so a long record is not re-parsed again and again.
    for (;;) {
      const text = this.readText(fresh);
      if (text === null) {
        end = true;
        break;
      }
      fresh += text;
      if (fresh.length >= Math.max(MIN_PARSE_CHARS, this.pending.length)) break;
    }
    const input = this.pending + fresh;
    this.pending = '';
    if (end) this.ended = true;
    if (input === '') return end ? null : { rows: [], lines: [], problems: new Map() };
    return this.parse(input, end);
  }

  private readText(fresh: string): string | null {
    try {
      return this.source.read();
    } catch (error) {
      if (!(error instanceof UndecodableBytesError)) throw error;
      const before = this.pending + fresh + error.textBefore;
      const line = this.line + countChar(before, this.lineChar, 0, before.length);
      throw new ImportFatalError(
        'undecodable',
        `${this.options.fileName}: line ${line} has bytes that are not valid ${this.options.encoding} text. Choose the file's encoding (for example Shift_JIS or Windows-1252) and import it again.`,
        { file: this.options.fileName, line },
        { file: this.options.fileName, line, encoding: this.options.encoding },
      );
    }
  }

  private parse(input: string, end: boolean): RecordBatch {
    const parser = new Papa.Parser({
      delimiter: this.options.delimiter,
      newline: this.options.newline,
    });
    const result = parser.parse(input, 0, !end) as {
      data: string[][];
      errors: { code: string; row: number }[];
      meta: { cursor: number };
    };
    const consumed = end ? input.length : result.meta.cursor;
    if (!end) {
      this.pending = input.slice(consumed);
      if (this.pending.length > this.maxRecordChars) {
        const line = this.line + countChar(input, this.lineChar, 0, consumed);
        const megabytes = Math.max(1, Math.round(this.maxRecordChars / 1048576));
        throw new ImportFatalError(
          'record-too-long',
          `${this.options.fileName}: the record starting on line ${line} is longer than ${megabytes} MB. A quote is probably never closed; check that line.`,
          { file: this.options.fileName },
          { file: this.options.fileName, line, megabytes },
        );
      }
    }
    const data = result.data;
    const newlines = countChar(input, this.lineChar, 0, consumed);
    const lines = this.lineNumbers(data, newlines, end);
    this.line += newlines;
    const problems = new Map<number, RowProblem>();
    for (const error of result.errors) {
      if (error.row >= data.length) continue;
      if (error.code === 'MissingQuotes') {
        const line = lines[error.row] ?? this.line;
        throw new ImportFatalError(
          'unterminated-quote',
          `${this.options.fileName}: the quoted field that opens on line ${line} is never closed, so the rest of the file cannot be read. Close the quote and import again.`,
          { file: this.options.fileName, line },
          { file: this.options.fileName, line },
        );
      }
      problems.set(error.row, {
        code: 'undoubled-quote',
        reason: 'a quote inside a quoted field is not doubled, so the row cannot be read reliably',
      });
    }
    const hasNul = input.indexOf('\u0000') !== -1;
    const batch: RecordBatch = { rows: [], lines: [], problems: new Map() };
    for (let i = 0; i < data.length; i++) {
      const row = data[i] as string[];
      if (isBlankRow(row)) continue;
      const index = batch.rows.length;
      batch.rows.push(row);
      batch.lines.push(lines[i]);
      const oversized = this.shortenOversized(row);
      const problem = problems.get(i) ?? oversized;
      if (problem) batch.problems.set(index, problem);
      else if (hasNul && row.some((field) => field.includes('\u0000')))
        batch.problems.set(index, {
          code: 'nul-bytes',
          reason: 'contains NUL bytes: binary data, not text',
        });
    }
    return batch;
  }

  /**
   * The problem of a row with a field over the limit, the first such field named; every such field
   * is cut to an excerpt, so the rejected row is stored small.
   */
  private shortenOversized(row: string[]): RowProblem | undefined {
    let problem: RowProblem | undefined;
    for (let field = 0; field < row.length; field++) {
      const text = row[field] as string;
      if (text.length <= this.maxFieldChars) continue;
      row[field] = excerpt(text);
      if (problem) continue;
      const chars = text.length.toLocaleString('en-US');
      const limit = this.maxFieldChars.toLocaleString('en-US');
      problem = {
        code: 'field-too-long',
        reason: `field ${field + 1} holds ${chars} characters, more than the ${limit} a field may hold`,
        field,
        params: { field: field + 1, chars, limit },
      };
    }
    return problem;
  }

  private lineNumbers(data: readonly string[][], newlines: number, end: boolean): number[] {
    const lines = new Array<number>(data.length);
    if (!end && newlines === data.length) {
      for (let i = 0; i < data.length; i++) lines[i] = this.line + i;
      return lines;
    }
    let line = this.line;
    for (let i = 0; i < data.length; i++) {
      lines[i] = line;
      line += 1;
      for (const field of data[i] as string[]) {
        if (field.length > 0 && field.includes(this.lineChar))
          line += countChar(field, this.lineChar, 0, field.length);
      }
    }
    return lines;
  }
}
