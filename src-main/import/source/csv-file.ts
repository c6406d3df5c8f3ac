import type { Hash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Delimiter, EncodingName, ImportProblem } from '../../../src-shared/model/import';
import { ImportFatalError } from '../pipeline/import-error';
import { excerpt } from './excerpt';
import { detectNewline, sniffDelimiter, type Newline } from './dialect';
import { detectEncoding, encodingFromBom } from './encoding-detect';
import { MAX_FIELD_CHARS, RecordReader, type RecordBatch, type RowProblem } from './record-reader';
import { openTextSource, readHead, type TextSource } from './text-source';

export interface CsvDialect {
  encoding: EncodingName;
  encodingSource: 'bom' | 'detected' | 'override';
  bomLength: number;
  delimiter: Delimiter;
  newline: Newline;
}

export interface CsvFileFacts extends CsvDialect {
  path: string;
  fileName: string;
  size: number;
}

const HEAD_BYTES = 256 * 1024;

/** Detects a file's encoding, line breaks and delimiter from its first bytes; overrides win. */
export function sniffFile(
  path: string,
  overrides: { encoding?: EncodingName | undefined; delimiter?: Delimiter | undefined } = {},
): CsvFileFacts {
  const fileName = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new ImportFatalError(
      'not-found',
      `${fileName} cannot be read: it does not exist or is not a file.`,
      { file: fileName },
      { file: fileName },
    );
  }
  if (size === 0)
    throw new ImportFatalError(
      'empty',
      `${fileName} is empty.`,
      { file: fileName },
      { file: fileName },
    );
  const head = readHead(path, HEAD_BYTES);
  const complete = head.length >= size;
  let encoding: EncodingName;
  let encodingSource: CsvDialect['encodingSource'];
  let bomLength: number;
  if (overrides.encoding) {
    const bom = encodingFromBom(head);
    encoding = overrides.encoding;
    encodingSource = 'override';
    bomLength = bom?.encoding === encoding ? bom.bomLength : 0;
  } else {
    const detected = detectEncoding(head, complete);
    if (!detected) {
      throw new ImportFatalError(
        'not-text',
        `${fileName} is not a text file in a known encoding: it holds binary data. Export the data as CSV (UTF-8, Shift_JIS or UTF-16) and import that file.`,
        { file: fileName },
        { file: fileName },
      );
    }
    ({ encoding, bomLength } = detected);
    encodingSource = detected.source;
  }
  const sample = new TextDecoder(encoding, { ignoreBOM: true }).decode(head.subarray(bomLength), {
    stream: !complete,
  });
  const newline = detectNewline(sample);
  const delimiter = overrides.delimiter ?? sniffDelimiter(sample, newline, complete);
  return { path, fileName, size, encoding, encodingSource, bomLength, delimiter, newline };
}

export interface OpenedCsv {
  facts: CsvFileFacts;
  header: string[];
  headerLine: number;
  /** Notes about the header (renamed duplicates, named blanks). */
  notes: ImportProblem[];
  /** Rows of the first stretch after the header. */
  first: RecordBatch;
  reader: RecordReader;
  source: TextSource;
}

/** Opens a sniffed file for streaming and reads its header row. */
export function openCsv(
  facts: CsvFileFacts,
  options: { chunkBytes?: number | undefined; hash?: Hash | undefined } = {},
): OpenedCsv {
  const source = openTextSource(facts.path, facts.encoding, facts.size, options);
  try {
    const reader = new RecordReader(source, {
      delimiter: facts.delimiter,
      newline: facts.newline,
      fileName: facts.fileName,
      encoding: facts.encoding,
    });
    for (let batch = reader.next(); batch !== null; batch = reader.next()) {
      const raw = batch.rows[0];
      if (raw === undefined) continue;
      const headerLine = batch.lines[0] ?? 1;
      refuseOversizedHeader(batch.problems.get(0), facts.fileName, headerLine);
      const { header, notes } = cleanHeader(raw, facts.fileName);
      let first: RecordBatch = {
        rows: batch.rows.slice(1),
        lines: batch.lines.slice(1),
        problems: new Map([...batch.problems].filter(([i]) => i > 0).map(([i, p]) => [i - 1, p])),
      };
      // A long first record may take more than one stretch: read on until a row is complete.
      while (first.rows.length === 0) {
        const next = reader.next();
        if (next === null) break;
        first = next;
      }
      return { facts, header, headerLine, notes, first, reader, source };
    }
    throw new ImportFatalError(
      'empty',
      `${facts.fileName} has no header row: it holds only blank lines.`,
      { file: facts.fileName },
      { file: facts.fileName },
    );
  } catch (error) {
    source.close();
    throw error;
  }
}

/** A header with a field over the limit cannot name its columns: the file is refused. */
function refuseOversizedHeader(
  problem: RowProblem | undefined,
  fileName: string,
  line: number,
): void {
  if (problem?.field === undefined) return;
  throw new ImportFatalError(
    'record-too-long',
    `${fileName}: the header on line ${line} is too long to read: ${problem.reason}.`,
    { file: fileName, line },
    { file: fileName, line, megabytes: Math.round(MAX_FIELD_CHARS / 1048576) },
  );
}

/** Names every column: blanks become "Column N", and a repeated name gets " (2)", " (3)". */
export function cleanHeader(
  raw: readonly string[],
  fileName: string,
): { header: string[]; notes: ImportProblem[] } {
  const notes: ImportProblem[] = [];
  const seen = new Set<string>();
  const header = raw.map((cell, i) => {
    let name = cell.replace(/^\ufeff/, '').trim();
    if (name === '') {
      name = `Column ${i + 1}`;
      notes.push({
        severity: 'info',
        code: 'blank-header',
        message: `${fileName}: column ${i + 1} has no name; it is called "${name}".`,
        params: { file: fileName, index: i + 1, name },
        column: name,
      });
    }
    if (seen.has(name)) {
      let n = 2;
      while (seen.has(`${name} (${n})`)) n++;
      const renamed = `${name} (${n})`;
      notes.push({
        severity: 'warning',
        code: 'duplicate-header',
        message: `${fileName}: the header "${excerpt(name)}" appears more than once; column ${i + 1} is called "${excerpt(renamed)}".`,
        params: { file: fileName, header: excerpt(name), index: i + 1, name: excerpt(renamed) },
        column: renamed,
      });
      name = renamed;
    }
    seen.add(name);
    return name;
  });
  return { header, notes };
}
