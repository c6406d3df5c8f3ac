import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src-main/import/pipeline/import-files';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { count, quiet, useSharedDir } from './support';

const megabyte = 1024 * 1024;

/** Writes a file of one field, `megabytes` long, without holding it in memory. */
function writeOneField(path: string, megabytes: number): void {
  const block = Buffer.alloc(megabyte, 'x');
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < megabytes; i++) writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
}

/**
 * A file that is one 50 MB field is refused without reading it all into memory. This test has a
 * file of its own, so that its process's peak memory is its own.
 */
describe('a 50 MB file of one field', () => {
  const sharedDir = useSharedDir();
  let ws: Workspace;
  let path = '';
  beforeAll(() => {
    ws = openWorkspace(join(sharedDir(), 'w.sqlite'), { create: true });
    path = join(sharedDir(), 'one-field.csv');
    writeOneField(path, 50);
  });
  afterAll(() => ws.close());

  it('is refused with a short message, holding far less than the file in memory', () => {
    const rssBefore = process.memoryUsage().rss;
    const [outcome] = importFiles(ws.db, [{ path }], quiet);
    // The peak resident size of the whole process, in kilobytes.
    const peakGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'record-too-long' } });
    const message = outcome && !outcome.ok ? outcome.failure.message : '';
    expect(message).toMatch(/^one-field\.csv: the record starting on line 1 is longer than 8 MB/);
    expect(message.length).toBeLessThan(200);
    // Reading it whole would hold 50 MB of text, and copies of it while parsing.
    expect(peakGrowth).toBeLessThan(100 * megabyte);
    expect(count(ws.db, 'SELECT count(*) FROM accounts')).toBe(0);
  });
});
