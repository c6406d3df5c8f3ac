import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';

describe('formatting per language', () => {
  const en = createFormatters('en');
  const ja = createFormatters('ja');

  it('groups integers by the locale', () => {
    expect(en.integer(1234567)).toBe('1,234,567');
    expect(ja.integer(1234567)).toBe('1,234,567');
  });

  it('keeps small shares from reading as zero', () => {
    expect(en.percent(0.8103)).toBe('81%');
    expect(en.percent(0.076)).toBe('7.6%');
    expect(en.percent(0.0003)).toBe('0.03%');
    expect(en.percent(0)).toBe('0%');
  });

  it('writes money whole, or shortened in the language’s own units', () => {
    expect(en.currency(1355552.63, 'USD')).toBe('$1,355,553');
    expect(en.compactCurrency(1355552.63, 'usd')).toBe('$1.36M');
    expect(ja.compactCurrency(1355552.63, 'USD')).toBe('$136万');
    expect(ja.currency(1200, 'JPY')).toBe('￥1,200');
  });

  it('prints calendar dates on their own day, whatever the time zone', () => {
    expect(en.date('2026-09-30')).toBe('Sep 30, 2026');
    expect(en.date('2026-09-30T23:59:59Z')).toBe('Sep 30, 2026');
    expect(ja.date('2026-09-30')).toBe('2026/09/30');
    // Intl puts thin spaces around the dash.
    expect(en.monthRange('2023-10-01', '2026-09-30').replace(/\s/g, ' ')).toBe(
      'Oct 2023 – Sep 2026',
    );
    expect(en.dateRange('2026-01-05', '2026-01-05')).toBe('Jan 5, 2026');
    const local = new Date(2026, 10, 30, 9, 58).toISOString();
    expect(en.shortDateTime(local).replace(/\s/g, ' ')).toBe('11/30/26, 9:58 AM');
    expect(ja.shortDateTime(local)).toBe('2026/11/30 9:58');
  });

  it('writes file sizes in decimal units', () => {
    expect(en.bytes(0)).toBe('0 bytes');
    expect(en.bytes(512)).toBe('512 bytes');
    expect(en.bytes(36140)).toBe('36.1 kB');
    expect(en.bytes(1_400_898)).toBe('1.4 MB');
    expect(en.bytes(2_147_483_648)).toBe('2.1 GB');
    expect(ja.bytes(977_501)).toBe('977.5 KB');
  });

  it('joins lists as the language does', () => {
    expect(en.list(['EUR', 'GBP'])).toBe('EUR & GBP');
    expect(ja.list(['EUR', 'GBP'])).toBe('EUR、GBP');
  });
});
