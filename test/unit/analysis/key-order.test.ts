import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys } from '../../../src-main/store/key-order';

describe('compareKeys', () => {
  it("sorts exactly as SQLite's ORDER BY does, including characters beyond the BMP", () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE k (v TEXT)');
    const insert = db.prepare('INSERT INTO k VALUES (?)');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 40 }),
        (keys) => {
          db.exec('DELETE FROM k');
          for (const key of keys) insert.run(key);
          const bySqlite = db.prepare('SELECT v FROM k ORDER BY v').pluck().all() as string[];
          const byCompare = [...keys].sort(compareKeys);
          expect(byCompare).toEqual(bySqlite);
        },
      ),
      { numRuns: 300 },
    );
    expect(compareKeys('\u{1F600}', '\uFF21')).toBeGreaterThan(0);
    expect('\u{1F600}' < '\uFF21').toBe(true);
  });
});
