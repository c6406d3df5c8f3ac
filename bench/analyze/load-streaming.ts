import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import type { CsvRow, FileSpec, Lookup } from '../../src-main/sample/load/file-spec';
import {
  finishImportRun,
  startImportRun,
  type RunCounts,
} from '../../src-main/sample/load/import-run';
import { sampleSpecs } from '../../src-main/sample/load/sample-specs';
import { TableWriter } from '../../src-main/sample/load/table-writer';
import { ValueError } from '../../src-main/sample/load/values';
import { bumpDataRevision } from '../../src-main/store/settings';

const CHUNK_BYTES = 16 * 1024 * 1024;

/** The end of the last complete CSV record in `text` (after a line break outside quotes). */
function lastRecordEnd(text: string): number {
  let inQuotes = false;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) end = i + 1;
  }
  return end;
}

function contactLookup(db: Database.Database): Lookup {
  const statement = db
    .prepare(
      'SELECT DISTINCT account_id FROM contacts WHERE email = ? AND account_id IS NOT NULL LIMIT 2',
    )
    .pluck();
  return {
    accountOfEmail(email) {
      const accounts = statement.all(email) as string[];
      return accounts.length === 1 ? (accounts[0] ?? null) : null;
    },
  };
}

/**
 * Loads one generated sample file with the sample's own mapping, reading it in chunks of whole
 * records so files far larger than memory load: the bundled loader reads a file at once, which is
 * fine for the sample and not for a million accounts.
 */
function loadFile(db: Database.Database, spec: FileSpec, path: string): RunCounts {
  const started = Date.now();
  const runId = startImportRun(
    db,
    spec,
    { fileName: spec.file, size: statSync(path).size, sha256: '' },
    new Date(started).toISOString(),
  );
  const writer = new TableWriter(db, spec);
  const lookup = contactLookup(db);
  const mapped = new Set(spec.mapped);
  const counts: RunCounts = { read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  let header: string[] | null = null;
  const handle = (text: string) => {
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
    for (const cells of rows) {
      if (header === null) {
        header = cells;
        continue;
      }
      counts.read++;
      const row: Record<string, string> = {};
      const extra: Record<string, string> = {};
      header.forEach((name, k) => {
        const value = cells[k] ?? '';
        row[name] = value;
        if (!mapped.has(name) && value.trim() !== '') extra[name] = value;
      });
      let values;
      try {
        values = spec.map(row as CsvRow, lookup);
      } catch (error) {
        if (error instanceof ValueError) {
          counts.rejected++;
          continue;
        }
        throw error;
      }
      if (spec.keys.some((k) => values[k] === null || values[k] === undefined)) {
        counts.rejected++;
        continue;
      }
      const outcome = writer.write(values, extra, runId);
      if (outcome === 'unknown') counts.rejected++;
      else counts[outcome]++;
    }
  };
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const text = carry + decoder.decode(buffer.subarray(0, read), { stream: true });
      const end = lastRecordEnd(text);
      handle(text.slice(0, end));
      carry = text.slice(end);
    }
    handle(carry + decoder.decode());
  } finally {
    closeSync(fd);
  }
  finishImportRun(db, runId, counts, [], started);
  return counts;
}

/** Loads a generated sample folder, each file in its own transaction. */
export function loadSampleStreaming(
  db: Database.Database,
  dir: string,
  onFile: (file: string, counts: RunCounts) => void = () => {},
): void {
  for (const spec of sampleSpecs) {
    const counts = db.transaction(() => {
      const loaded = loadFile(db, spec, join(dir, spec.file));
      bumpDataRevision(db);
      return loaded;
    })();
    onFile(spec.file, counts);
  }
}
