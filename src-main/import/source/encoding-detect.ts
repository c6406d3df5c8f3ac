import type { EncodingName } from '../../../src-shared/model/import';

export interface DetectedEncoding {
  encoding: EncodingName;
  source: 'bom' | 'detected';
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/** Reads the byte-order mark, if any. */
export function encodingFromBom(head: Uint8Array): DetectedEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', source: 'bom', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', source: 'bom', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', source: 'bom', bomLength: 2 };
  return null;
}

/** Decodes strictly; a sample cut in the middle of a character is not held against it. */
function decodesCleanly(encoding: string, sample: Uint8Array, complete: boolean): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 written without a byte-order mark: zero bytes on one side of nearly every ASCII character. */
function utf16Without(sample: Uint8Array): EncodingName | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++;
    if (sample[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of bytes that no text file has: NUL and the control characters other than tab and line breaks. */
export function binaryShare(sample: Uint8Array): number {
  const n = Math.min(sample.length, 65536);
  if (n === 0) return 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = sample[i];
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) odd++;
  }
  return odd / n;
}

/**
 * Detects the encoding of a file from its first bytes. A byte-order mark decides. Otherwise strict
 * UTF-8 is tried first (ASCII is UTF-8), then Shift_JIS as Excel in Japan writes it (code page 932,
 * which the WHATWG decoder implements), then Windows-1252, the Western European code page. Returns
 * null for bytes that are not text in any of them.
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): DetectedEncoding | null {
  const bom = encodingFromBom(sample);
  if (bom) return bom;
  const utf16 = utf16Without(sample);
  if (utf16) return { encoding: utf16, source: 'detected', bomLength: 0 };
  if (binaryShare(sample) > 0.01) return null;
  if (decodesCleanly('utf-8', sample, complete))
    return { encoding: 'utf-8', source: 'detected', bomLength: 0 };
  if (decodesCleanly('shift_jis', sample, complete) && looksJapanese(sample))
    return { encoding: 'shift_jis', source: 'detected', bomLength: 0 };
  if (latinText(sample)) return { encoding: 'windows-1252', source: 'detected', bomLength: 0 };
  return null;
}

/** Shift_JIS text has double-byte characters: lead bytes followed by trail bytes, in most high bytes. */
function looksJapanese(sample: Uint8Array): boolean {
  let pairs = 0;
  let high = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x80) continue;
    high++;
    const lead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
    const next = sample[i + 1];
    if (lead && next !== undefined && next >= 0x40 && next <= 0xfc && next !== 0x7f) {
      pairs++;
      i++;
      high++;
    }
  }
  return high > 0 && (pairs * 2) / high > 0.8;
}

/** Windows-1252 text: high bytes are mostly letters (é, ü, ñ) between ASCII ones, not a random spread. */
function latinText(sample: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const b of sample) {
    if (b < 0x80) continue;
    high++;
    if (
      b >= 0xc0 ||
      b === 0x8a ||
      b === 0x9a ||
      b === 0x8e ||
      b === 0x9e ||
      b === 0xa3 ||
      b === 0x80
    )
      letters++;
  }
  return high === 0 || letters / high > 0.6;
}
