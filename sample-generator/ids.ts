import { mix32, type Random } from './random';

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(value: number, width: number): string {
  let out = '';
  let rest = Math.floor(value);
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/**
 * A running number scrambled by a multiplier coprime with 62^width: a bijection, so distinct
 * numbers stay distinct, but the digits no longer show the count.
 */
function scrambled(value: number, width: number): string {
  const modulus = 62 ** width;
  const a = value % modulus;
  // 625341585 is odd and not a multiple of 31; split in 15-bit halves so no product passes 2^53.
  const high = 19083;
  const low = 625341585 - high * 32768;
  return base62((((a * high) % modulus) * 32768 + a * low) % modulus, width);
}

/** Each kind of id starts its count elsewhere, so the first ids of two kinds do not share digits. */
const prefixOffset = (prefix: string): number =>
  1 + (mix32(prefix.length * 131 + prefix.charCodeAt(0) * 7 + prefix.charCodeAt(1)) % 1_000_000);

/**
 * Identifiers in each tool's own style. Random-looking ids embed a scrambled running number, so they
 * are unique by construction (a loader that upserts by key would silently merge two equal ids).
 */
export class IdFactory {
  private readonly counters = new Map<string, number>();

  /** The next number in a sequence, from `start`. */
  sequence(name: string, start = 1): number {
    const next = this.counters.get(name) ?? start;
    this.counters.set(name, next + 1);
    return next;
  }

  /** Stripe-like `ch_…`, 24 characters after the prefix. */
  stripe(prefix: string, rng: Random): string {
    const n = this.sequence(prefix, prefixOffset(prefix));
    return `${prefix}${rng.chars(BASE62, 3)}${scrambled(n, 6)}${rng.chars(BASE62, 15)}`;
  }

  /** PartnerStack-like `rwd_…`, 16 characters after the prefix. */
  short(prefix: string, rng: Random): string {
    const n = this.sequence(prefix, prefixOffset(prefix));
    return `${prefix}${rng.chars(BASE62, 2)}${scrambled(n, 5)}${rng.chars(BASE62, 9)}`;
  }
}

/** The shared account identifier that every file carries: `ACC-00042`. */
export function accountId(index: number, width: number): string {
  return `ACC-${String(index).padStart(width, '0')}`;
}

/** Digits for account numbers: enough for every account and the planted orphans beyond them. */
export const accountIdWidth = (accounts: number): number =>
  Math.max(5, String(accounts + 10_000).length);
