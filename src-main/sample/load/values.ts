/**
 * Parsers for the values in the sample's exports. Each returns null for an empty cell and throws a
 * ValueError for a value it cannot read, which rejects the row with a reason.
 */
export class ValueError extends Error {}

export type SqlValue = string | number | null;

export function text(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function lower(value: string | undefined): string | null {
  return text(value)?.toLowerCase() ?? null;
}

export function upper(value: string | undefined): string | null {
  return text(value)?.toUpperCase() ?? null;
}

export function number(value: string | undefined): number | null {
  const t = text(value);
  if (t === null) return null;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new ValueError(`"${t}" is not a number`);
  return n;
}

export function integer(value: string | undefined): number | null {
  const n = number(value);
  return n === null ? null : Math.round(n);
}

const truthy = new Set(['true', 'yes', 'y', '1']);
const falsy = new Set(['false', 'no', 'n', '0']);

export function boolean(value: string | undefined): 0 | 1 | null {
  const t = lower(value);
  if (t === null) return null;
  if (truthy.has(t)) return 1;
  if (falsy.has(t)) return 0;
  throw new ValueError(`"${t}" is not yes or no`);
}

const isoPattern =
  /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/;
const usPattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A moment in UTC as `YYYY-MM-DDTHH:MM:SS`; a date alone is midnight, a month its first day. */
export function timestamp(value: string | undefined): string | null {
  const t = text(value);
  if (t === null) return null;
  const us = usPattern.exec(t);
  if (us) return checked(Number(us[3]), Number(us[1]), Number(us[2]), 0, 0, 0, 0, t);
  const iso = isoPattern.exec(t);
  if (!iso) throw new ValueError(`"${t}" is not a date`);
  const zone = iso[7];
  let offsetMinutes = 0;
  if (zone && zone !== 'Z' && zone !== 'UTC') {
    const digits = zone.replace(':', '');
    offsetMinutes =
      (digits.startsWith('-') ? -1 : 1) *
      (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return checked(
    Number(iso[1]),
    Number(iso[2]),
    Number(iso[3] ?? '1'),
    Number(iso[4] ?? '0'),
    Number(iso[5] ?? '0'),
    Number(iso[6] ?? '0'),
    offsetMinutes,
    t,
  );
}

/** The calendar date of a value, as `YYYY-MM-DD`. */
export function date(value: string | undefined): string | null {
  return timestamp(value)?.slice(0, 10) ?? null;
}

function checked(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  offsetMinutes: number,
  raw: string,
): string {
  // The calendar date must exist as written (no 30 February), before any offset moves it.
  const civil = new Date(Date.UTC(y, mo - 1, d));
  const valid =
    mo >= 1 &&
    mo <= 12 &&
    civil.getUTCMonth() === mo - 1 &&
    civil.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    s < 60;
  if (!valid) throw new ValueError(`"${raw}" is not a valid date`);
  const utc = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000);
  return `${utc.getUTCFullYear()}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}T${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}`;
}
