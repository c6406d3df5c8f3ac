import { describe, expect, it } from 'vitest';
import { isBlank } from '../../../src-main/import/values/blank';
import { parseBoolean } from '../../../src-main/import/values/booleans';
import {
  parseDate,
  parseTimestamp,
  dateOrderEvidence,
} from '../../../src-main/import/values/dates';
import { parseIdentifier } from '../../../src-main/import/values/identifiers';
import { decimalEvidence, parseNumber } from '../../../src-main/import/values/numbers';

const mdy = { order: 'mdy', serial: false } as const;
const dmy = { order: 'dmy', serial: false } as const;

describe('numbers as spreadsheets write them', () => {
  it.each([
    ['1234.5', '.', 1234.5],
    ['1,234.50', '.', 1234.5],
    ['$1,234.50', '.', 1234.5],
    ['USD 99', '.', 99],
    ['99 EUR', '.', 99],
    ['¥12,000', '.', 12000],
    ['12,000円', '.', 12000],
    ['85%', '.', 85],
    ['(1,234.00)', '.', -1234],
    ['-5', '.', -5],
    ['5-', '.', -5],
    ['−7.5', '.', -7.5],
    ['▲1,000', '.', -1000],
    ['１２３', '.', 123],
    ['1.5e3', '.', 1500],
    ['.5', '.', 0.5],
    ['1.234,56', ',', 1234.56],
    ['12,5', ',', 12.5],
    ['1 234,56', ',', 1234.56],
    ['1\u00a0234,56 €', ',', 1234.56],
    ['2.499,00', ',', 2499],
    ["1'234.50", '.', 1234.5],
  ] as const)('%s with decimal mark %s is %d', (text, decimal, expected) => {
    expect(parseNumber(text, decimal)).toBe(expected);
  });

  it.each(['abc', '1,2,3', '12.34.56', '', '$', '1,23.4', '--5'])('%s is not a number', (text) => {
    expect(parseNumber(text, '.')).toBeUndefined();
  });

  it('tells the decimal mark only when the writing shows it', () => {
    expect(decimalEvidence('12,5')).toBe(',');
    expect(decimalEvidence('1.234,56')).toBe(',');
    expect(decimalEvidence('1,234.56')).toBe('.');
    expect(decimalEvidence('12.50')).toBe('.');
    expect(decimalEvidence('1,234')).toBeNull();
    expect(decimalEvidence('1.234')).toBeNull();
    expect(decimalEvidence('12')).toBeNull();
  });
});

describe('dates as exports write them', () => {
  it.each([
    ['2024-03-05', mdy, '2024-03-05'],
    ['3/5/2024', mdy, '2024-03-05'],
    ['3/5/2024', dmy, '2024-05-03'],
    ['05.03.2024', dmy, '2024-03-05'],
    ['2024/03/05', mdy, '2024-03-05'],
    ['2024年3月5日', mdy, '2024-03-05'],
    ['２０２４年３月５日', mdy, '2024-03-05'],
    ['2023-10', mdy, '2023-10-01'],
    ['Mar 5, 2024', mdy, '2024-03-05'],
    ['5 March 2024', dmy, '2024-03-05'],
    ['05-Mar-24', mdy, '2024-03-05'],
    ['Tue, 5 Mar 2024', mdy, '2024-03-05'],
    ['3/5/24', mdy, '2024-03-05'],
    ['12/31/99', mdy, '1999-12-31'],
    ['20240305', mdy, '2024-03-05'],
    ['2023-12-30 23:46:44 -0500', mdy, '2023-12-31'],
  ] as const)('%s is %s', (text, reading, expected) => {
    expect(parseDate(text, reading)).toBe(expected);
  });

  it.each(['2024-02-30', '13/13/2024', '2023-02-29', 'yesterday', '45000', '31/12/2024'])(
    '%s is not a date read month first',
    (text) => {
      expect(parseDate(text, mdy)).toBeUndefined();
    },
  );

  it('reads Excel serial day numbers only where the column holds them', () => {
    expect(parseDate('45356', { order: 'mdy', serial: true })).toBe('2024-03-05');
    expect(parseDate('59', { order: 'mdy', serial: true })).toBe('1900-02-28');
    expect(parseDate('61', { order: 'mdy', serial: true })).toBe('1900-03-01');
    expect(parseTimestamp('45356.75', { order: 'mdy', serial: true })).toBe('2024-03-05T18:00:00');
  });

  it('keeps the time, and moves a moment with an offset to UTC', () => {
    expect(parseTimestamp('7/28/2023 3:00', mdy)).toBe('2023-07-28T03:00:00');
    expect(parseTimestamp('2023-11-17T11:09:48Z', mdy)).toBe('2023-11-17T11:09:48');
    expect(parseTimestamp('2023-11-17 11:09:48 +0900', mdy)).toBe('2023-11-17T02:09:48');
    expect(parseTimestamp('2024-03-05 12:30 PM', mdy)).toBe('2024-03-05T12:30:00');
    expect(parseTimestamp('2024-03-05 12:30 AM', mdy)).toBe('2024-03-05T00:30:00');
    expect(parseTimestamp('2024-03-05', mdy)).toBe('2024-03-05T00:00:00');
    expect(parseTimestamp('2024-03-05 25:00', mdy)).toBeUndefined();
  });

  it('finds the day/month order only in values that show it', () => {
    expect(dateOrderEvidence('10/16/2024')).toBe('mdy');
    expect(dateOrderEvidence('16.10.2024')).toBe('dmy');
    expect(dateOrderEvidence('3/5/2024')).toBe('either');
    expect(dateOrderEvidence('2024-03-05')).toBeNull();
    expect(dateOrderEvidence('13/13/2024')).toBeNull();
  });
});

describe('booleans, identifiers and blanks', () => {
  it.each([
    ['TRUE', 1],
    ['False', 0],
    ['yes', 1],
    ['No', 0],
    ['1', 1],
    ['0', 0],
    ['はい', 1],
    ['いいえ', 0],
    ['Y', 1],
    ['×', 0],
  ] as const)('%s is %d', (text, expected) => {
    expect(parseBoolean(text)).toBe(expected);
  });

  it('does not guess other words', () => {
    expect(parseBoolean('maybe')).toBeUndefined();
    expect(parseBoolean('2')).toBeUndefined();
  });

  it('reads IDs back as the source wrote them', () => {
    expect(parseIdentifier('17850.0')).toBe('17850');
    expect(parseIdentifier('17850.00')).toBe('17850');
    expect(parseIdentifier('="00123"')).toBe('00123');
    expect(parseIdentifier('17850.5')).toBe('17850.5');
    expect(parseIdentifier(' ACC-1 ')).toBe('ACC-1');
  });

  it('treats spaces and the usual placeholders as blank, and nothing else', () => {
    for (const blank of ['', ' ', '  \t', 'N/A', '#N/A', 'null', 'NULL', '-', 'NaN'])
      expect(isBlank(blank), blank).toBe(true);
    for (const value of ['0', 'no', 'None of them', 'n/a please', '—x'])
      expect(isBlank(value), value).toBe(false);
  });
});
