import type { Language } from '../../src-shared/model/workspace';

const locales: Record<Language, string> = { en: 'en-US', ja: 'ja-JP' };

export interface Formatters {
  locale: string;
  integer(value: number): string;
  /** A number with at most `digits` decimals (one unless told): a score, an NPS answer. */
  decimal(value: number, digits?: number): string;
  /** A share in 0..1 as a percentage, with more digits for small shares so they never read as 0%. */
  percent(share: number): string;
  /** A whole amount of money, such as a monthly total. */
  currency(amount: number, currency: string): string;
  /** Money shortened for a headline: $1.35M, $135万. */
  compactCurrency(amount: number, currency: string): string;
  /** A calendar date stored as ISO text (YYYY-MM-DD, or the date part of a timestamp). */
  date(iso: string): string;
  dateRange(from: string, to: string): string;
  /** A span of calendar dates to the month, for tight spaces: Oct 2023 – Sep 2026. */
  monthRange(from: string, to: string): string;
  /** A moment in time, shown in the analyst's own time zone. */
  dateTime(iso: string): string;
  /** The same, compact for a table cell: 11/30/26, 9:58 AM. */
  shortDateTime(iso: string): string;
  list(items: readonly string[]): string;
  /** A file size in the units people read: 36.1 kB, 1.4 MB. */
  bytes(count: number): string;
}

/** Calendar dates are zone-less: read and print them in UTC so no time zone can shift the day. */
const calendarDate = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** The one way numbers, money, percentages and dates are written, per language. */
export function createFormatters(language: Language): Formatters {
  const locale = locales[language];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimal = (value: number, digits = 1) => {
    let f = decimals.get(digits);
    if (!f)
      decimals.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f.format(value);
  };
  const percentWhole = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const percentFine = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const percentTiny = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const shortDateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const listFormat = new Intl.ListFormat(locale, { style: 'short', type: 'conjunction' });
  const sizeUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte'].map(
    (unit, power) =>
      [
        1000 ** power,
        new Intl.NumberFormat(locale, {
          style: 'unit',
          unit,
          unitDisplay: power === 0 ? 'long' : 'short',
          maximumFractionDigits: power === 0 ? 0 : 1,
        }),
      ] as const,
  );
  const money = new Map<string, Intl.NumberFormat>();
  const compactMoney = new Map<string, Intl.NumberFormat>();

  const moneyFormat = (
    cache: Map<string, Intl.NumberFormat>,
    currency: string,
    compact: boolean,
  ) => {
    const code = currency.toUpperCase();
    let format = cache.get(code);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: code,
        ...(compact
          ? { notation: 'compact', maximumSignificantDigits: 3 }
          : { maximumFractionDigits: 0, minimumFractionDigits: 0 }),
      });
      cache.set(code, format);
    }
    return format;
  };

  return {
    locale,
    integer: (value) => integer.format(value),
    decimal,
    percent(share) {
      const magnitude = Math.abs(share);
      if (magnitude === 0 || magnitude >= 0.1) return percentWhole.format(share);
      if (magnitude >= 0.01) return percentFine.format(share);
      return percentTiny.format(share);
    },
    currency: (amount, currency) => moneyFormat(money, currency, false).format(amount),
    compactCurrency: (amount, currency) => moneyFormat(compactMoney, currency, true).format(amount),
    date: (iso) => dateFormat.format(calendarDate(iso)),
    dateRange: (from, to) => dateFormat.formatRange(calendarDate(from), calendarDate(to)),
    monthRange: (from, to) => monthFormat.formatRange(calendarDate(from), calendarDate(to)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    shortDateTime: (iso) => shortDateTimeFormat.format(new Date(iso)),
    list: (items) => listFormat.format(items),
    bytes(count) {
      let [scale, format] = [1, integer];
      for (const unit of sizeUnits)
        if (unit[0] === 1 || Math.abs(count) >= unit[0]) [scale, format] = unit;
      return format.format(count / scale);
    },
  };
}
