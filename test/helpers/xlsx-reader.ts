import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export type ReadCell = string | number | boolean | null;

export interface ReadWorkbook {
  /** The first entry whose CRC does not match its data, or null. */
  bad: string | null;
  /** Each entry's name and compression method (8 is deflate). */
  entries: [string, number][];
  sheets: { name: string; count: number; last: number | null; rows: [number, ReadCell[]][] }[];
}

const script = join(import.meta.dirname, 'read-xlsx.py');

/**
 * Opens an XLSX file with a second, independent reader (Python's zipfile and XML parser) and
 * returns what it found. `count` reads only the number of rows, for files too large to print.
 */
export function readXlsx(path: string, count = false): ReadWorkbook {
  const out = execFileSync('python3', [script, path, ...(count ? ['count'] : [])], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as ReadWorkbook;
}
