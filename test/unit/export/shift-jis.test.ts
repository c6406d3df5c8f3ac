import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MemorySink } from '../../../src-main/export/byte-sink';
import { writeCsv } from '../../../src-main/export/csv-export';
import { encodeShiftJis, shiftJisCode } from '../../../src-main/export/shift-jis';

/** Every one- and two-byte code of the Shift_JIS code space. */
function* codeSpace(): Generator<Buffer> {
  for (let b = 0x00; b <= 0xff; b++) yield Buffer.from([b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++)
      if (trail !== 0x7f) yield Buffer.from([lead, trail]);
  }
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const ours = (char: string): string => hex(encodeShiftJis(char).bytes);
const reference = (char: string): string => hex(iconv.encode(char, 'cp932'));
const name = (char: string): string =>
  `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every character the reference writes as a code of its own (not the "?" fallback). */
function referenceCharacters(): Set<string> {
  const chars = new Set<string>();
  for (const code of codeSpace()) {
    const char = iconv.decode(code, 'cp932');
    if ([...char].length === 1 && char !== '\ufffd') chars.add(char);
  }
  // The reference decodes part of the user-defined area but writes it as "?".
  for (const char of chars) if (char !== '?' && reference(char) === '3f') chars.delete(char);
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const char = String.fromCharCode(c);
    if (char === '?' || reference(char) !== '3f') chars.add(char);
  }
  return chars;
}

/**
 * Characters we write although the reference writes "?": the JIS X 0208 forms that Windows writes
 * as the CP932 code of their full-width form, and the user-defined area (U+E000–U+E757, the codes
 * 0xF040–0xF9FC), which Windows writes and the reference does not.
 */
const beyondReference = ['\u2212', '\u301c', '\u2016', '\u2014', '\u00a2', '\u00a3', '\u00ac'];

describe('Shift_JIS (CP932) export encoding', () => {
  it('writes every character CP932 can encode exactly as an independent CP932 encoder does', () => {
    const chars = referenceCharacters();
    expect(chars.size).toBeGreaterThan(7_000);
    const cannotEncode: string[] = [];
    const different: string[] = [];
    for (const char of chars) {
      if (shiftJisCode(char.codePointAt(0) as number) === undefined) cannotEncode.push(name(char));
      else if (ours(char) !== reference(char))
        different.push(`${name(char)} ${ours(char)}≠${reference(char)}`);
    }
    // The characters of CP932 that we cannot encode: none.
    expect(cannotEncode).toEqual([]);
    expect(different).toEqual([]);
  });

  it('writes more than the reference only where Windows does', () => {
    const extra: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const char = String.fromCharCode(c);
      if (shiftJisCode(c) !== undefined && char !== '?' && reference(char) === '3f')
        extra.push(char);
    }
    const userDefined = extra.filter((c) => c >= '\ue000' && c <= '\ue757');
    expect(userDefined).toHaveLength(0xe757 - 0xe000 + 1);
    expect(extra.filter((c) => !userDefined.includes(c)).sort()).toEqual(
      [...beyondReference].sort(),
    );
    expect(ours('\ue000')).toBe('f040');
  });

  it('writes ¥, − and ‾ as Excel in Japan does, and a yen price list keeps its signs', async () => {
    expect(ours('¥')).toBe('5c');
    expect(ours('−')).toBe('817c');
    expect(ours('‾')).toBe('7e');
    const sink = new MemorySink();
    const file = await writeCsv(
      { name: 'prices', headers: ['Price'], rows: [['¥1,000 − 5']] },
      sink,
      'shift_jis',
    );
    expect(hex(sink.bytes())).toBe(`${hex(Buffer.from('Price\r\n"'))}5c312c30303020817c2035220d0a`);
    expect(file.unmappable).toEqual([]);
  });

  it('prefers the IBM extension codes over their NEC-selected duplicates, as Windows writes', () => {
    expect(ours('纊')).toBe('fa5c');
    expect(ours('ⅰ')).toBe('fa40');
    // A duplicate in the NEC special characters (row 13) keeps its lower code, as in Windows.
    expect(ours('Ⅰ')).toBe('8754');
    expect(ours('∵')).toBe('81e6');
    expect(ours('￢')).toBe('81ca');
  });

  it('writes control characters as ASCII and reports what Shift_JIS cannot hold', () => {
    expect(ours('\u001a\u001c\u007f')).toBe('1a1c7f');
    const result = encodeShiftJis('é😀日');
    expect(hex(result.bytes)).toBe('3f3f93fa');
    expect(result.unmappable).toEqual(['é', '😀']);
  });
});
