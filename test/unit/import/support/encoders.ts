/**
 * Encoders for test files in the encodings the import reads. Node writes UTF-8 and UTF-16LE itself;
 * Shift_JIS is built from the platform's own decoder, by decoding every double-byte code once, so
 * the test does not depend on a second implementation of the code page.
 */
let shiftJisTable: Map<string, number[]> | undefined;

function shiftJis(): Map<string, number[]> {
  if (shiftJisTable) return shiftJisTable;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  for (let b = 0x20; b < 0x7f; b++) table.set(String.fromCharCode(b), [b]);
  table.set('\r', [0x0d]);
  table.set('\n', [0x0a]);
  table.set('\t', [0x09]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (char.length === 1 && char !== '\ufffd' && !table.has(char))
          table.set(char, [lead, trail]);
      } catch {
        // Not a character in the code page.
      }
    }
  }
  shiftJisTable = table;
  return table;
}

export function encodeShiftJisText(text: string): Buffer {
  const table = shiftJis();
  const bytes: number[] = [];
  for (const char of text) {
    const code = table.get(char);
    if (!code) throw new Error(`${char} has no Shift_JIS code`);
    bytes.push(...code);
  }
  return Buffer.from(bytes);
}

export const canEncodeShiftJis = (char: string): boolean => shiftJis().has(char);

export type TestEncoding =
  'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252';

/** Text as a file in one of the encodings the import reads; UTF-16 carries its byte-order mark. */
export function encodeText(text: string, encoding: TestEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) {
        const first = le[i] as number;
        le[i] = le[i + 1] as number;
        le[i + 1] = first;
      }
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
    case 'shift_jis':
      return encodeShiftJisText(text);
    case 'windows-1252':
      return Buffer.from(text, 'latin1');
  }
}
