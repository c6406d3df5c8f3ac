import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../src-main/import/mapping/header-names';
import { isBlank, narrow } from '../../../src-main/import/values/blank';
import { isBooleanWord, parseBoolean } from '../../../src-main/import/values/booleans';
import { ColumnEvidence } from '../../../src-main/import/values/column-profile';
import { stripCurrency } from '../../../src-main/import/values/currency';
import {
  dateOrderEvidence,
  hasTime,
  isPlausibleSerial,
  looksLikeDate,
  parseDate,
  parseTimestamp,
  yearLastSeparator,
} from '../../../src-main/import/values/dates';
import { parseIdentifier } from '../../../src-main/import/values/identifiers';
import { decimalEvidence, parseNumber } from '../../../src-main/import/values/numbers';

/**
 * A hostile cell can be a megabyte long, and every parser runs on every cell of an import and of a
 * preview, where cancel cannot interrupt a regular expression. Each parser must take time in
 * proportion to the cell: a 1 MB cell may take at most 20,000 times a 1 KB cell (1000 for the
 * length, and a factor of twenty for caches, collection and a machine busy with other work), plus
 * a constant. A quadratic parser takes a million times as long, fifty times over the bound.
 */
const reading = { order: 'mdy', serial: true } as const;
const parsers: Record<string, (cell: string) => unknown> = {
  isBlank,
  narrow,
  parseBoolean,
  isBooleanWord,
  columnEvidence: (cell) => new ColumnEvidence().add(cell),
  stripCurrency,
  parseDate: (cell) => parseDate(cell, reading),
  parseTimestamp: (cell) => parseTimestamp(cell, reading),
  dateOrderEvidence,
  yearLastSeparator,
  looksLikeDate,
  isPlausibleSerial,
  hasTime,
  parseIdentifier,
  parseNumberWithPoint: (cell) => parseNumber(cell, '.'),
  parseNumberWithComma: (cell) => parseNumber(cell, ','),
  decimalEvidence,
  normaliseHeader,
};

/** A cell of `length` characters: a head, a unit repeated, a tail. */
interface Shape {
  head: string;
  unit: string;
  tail: string;
}
const shapes: Shape[] = [
  { head: '1', unit: ' ', tail: '1' },
  { head: '1', unit: ' ', tail: 'x' },
  { head: '2024-01-01 10:00', unit: ' ', tail: 'x' },
  { head: '1/2/2024 1:00', unit: ' ', tail: 'x' },
  { head: '2024年', unit: ' ', tail: 'x' },
  { head: '', unit: '1 ', tail: 'x' },
  { head: '', unit: '$', tail: '1' },
  { head: '', unit: 'USD ', tail: '1' },
  { head: '1', unit: '0', tail: '.0x' },
  { head: '', unit: '１', tail: 'x' },
  { head: '', unit: 'Q', tail: 'q' },
];

const cell = (shape: Shape, length: number): string =>
  shape.head + shape.unit.repeat(Math.ceil(length / shape.unit.length)) + shape.tail;

/**
 * The time of one run in milliseconds, under the bound if any of two runs is: a single run may
 * include a pause of the machine.
 */
function timeWithin(parse: (cell: string) => unknown, text: string, bound: number): number {
  let best = Infinity;
  for (let run = 0; run < 2 && best > bound; run++) {
    const start = performance.now();
    parse(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The time of a 1 KB cell, from batches of runs so that the clock's grain does not matter. */
function kilobyteTime(parse: (cell: string) => unknown, shape: Shape): number {
  const text = cell(shape, 1024);
  const batch = 50;
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (let run = 0; run < batch; run++) parse(text);
    best = Math.min(best, (performance.now() - start) / batch);
  }
  return best;
}

const constantMs = 250;

describe('every value parser takes time in proportion to the cell', () => {
  for (const [name, parse] of Object.entries(parsers)) {
    it(`${name} reads a 1 MB cell within 20,000 times a 1 KB cell`, () => {
      for (const shape of shapes) {
        const small = kilobyteTime(parse, shape);
        const label = `${JSON.stringify(shape)}: 1 KB in ${small.toFixed(4)} ms`;
        const probeBound = 64 * small + constantMs;
        const probe = timeWithin(parse, cell(shape, 32 * 1024), probeBound);
        expect(probe, `${label}, 32 KB`).toBeLessThanOrEqual(probeBound);
        const largeBound = 20_000 * small + constantMs;
        const large = timeWithin(parse, cell(shape, 1024 * 1024), largeBound);
        expect(large, `${label}, 1 MB`).toBeLessThanOrEqual(largeBound);
      }
    }, 60_000);
  }

  it('still reads the currencies around an amount', () => {
    expect(stripCurrency(' USD 99 ')).toBe('99');
    expect(stripCurrency('A$5')).toBe('5');
    expect(stripCurrency('12,000円')).toBe('12,000');
    expect(stripCurrency('99  EUR')).toBe('99');
    expect(stripCurrency('USD')).toBe('');
    expect(stripCurrency('NZ$ 1 NZD')).toBe('1');
    expect(parseNumber(`1${' '.repeat(40_000)}1`)).toBe(11);
    expect(parseDate(`2024-03-05${' '.repeat(40_000)}10:00`, reading)).toBe('2024-03-05');
  });
});
