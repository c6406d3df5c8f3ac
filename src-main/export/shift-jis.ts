/**
 * Encodes text as Shift_JIS in its Windows form (CP932), which Excel in Japan reads and writes.
 *
 * Node can decode Shift_JIS but not encode it, so the table is built once by decoding every one-
 * and two-byte code and inverting the result, with three corrections that make it write what
 * Windows writes:
 *
 * - One-byte codes 0x00–0x7F are ASCII and 0x80 is U+0080. Node's decoder swaps three control
 *   codes (0x1A, 0x1C, 0x7F) as IBM's code page 943 does; Windows does not.
 * - Where several codes decode to one character the lowest wins, except that the NEC-selected IBM
 *   extensions (rows 89–92, 0xED40–0xEEFC) lose to the IBM extensions (0xFA40–0xFC4B): 纊 is
 *   written 0xFA5C, not 0xED40.
 * - Characters that CP932 holds in another form are written as that form, as Excel in Japan reads
 *   them (`windowsForms`).
 */
let table: Map<number, number> | undefined;

/** The NEC-selected IBM extensions, duplicates that Windows never writes. */
const isNecSelected = (code: number): boolean => code >= 0xed40 && code <= 0xeefc;

/**
 * Characters without a CP932 code of their own, mapped to the code that Japanese Windows and Excel
 * write for them: the yen sign and the overline share the one-byte codes of `\` and `~`, and the
 * JIS X 0208 forms of the minus, wave dash, double bar, em dash, cent, pound and not signs are the
 * characters CP932 decodes as their full-width forms.
 */
const windowsForms: ReadonlyMap<number, number> = new Map([
  [0x00a5, 0x5c], // ¥ YEN SIGN
  [0x203e, 0x7e], // ‾ OVERLINE
  [0x2212, 0x817c], // − MINUS SIGN, CP932 reads 0x817C as －
  [0x301c, 0x8160], // 〜 WAVE DASH, CP932 reads ～
  [0x2016, 0x8161], // ‖ DOUBLE VERTICAL LINE, CP932 reads ∥
  [0x2014, 0x815c], // — EM DASH, CP932 reads ―
  [0x00a2, 0x8191], // ¢ CENT SIGN, CP932 reads ￠
  [0x00a3, 0x8192], // £ POUND SIGN, CP932 reads ￡
  [0x00ac, 0x81ca], // ¬ NOT SIGN, CP932 reads ￢
]);

function encodingTable(): Map<number, number> {
  if (table) return table;
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const map = new Map<number, number>();
  for (let b = 0x00; b <= 0x80; b++) map.set(b, b);
  const learn = (bytes: number[]) => {
    let text: string;
    try {
      text = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    const char = text.codePointAt(0);
    if (char === undefined || text.length !== (char > 0xffff ? 2 : 1) || char === 0xfffd) return;
    const code = bytes.length === 1 ? bytes[0] : (bytes[0] << 8) | bytes[1];
    const held = map.get(char);
    if (held === undefined || (isNecSelected(held) && !isNecSelected(code))) map.set(char, code);
  };
  for (let b = 0xa1; b <= 0xdf; b++) learn([b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) learn([lead, trail]);
  }
  for (const [char, code] of windowsForms) if (!map.has(char)) map.set(char, code);
  table = map;
  return map;
}

export interface ShiftJisResult {
  bytes: Buffer;
  /** Characters with no Shift_JIS code, written as "?". */
  unmappable: string[];
}

/** The CP932 code of one character (a code point), or undefined when it has none. */
export function shiftJisCode(char: number): number | undefined {
  return encodingTable().get(char);
}

export function encodeShiftJis(text: string): ShiftJisResult {
  const map = encodingTable();
  const out = Buffer.alloc(text.length * 2);
  const unmappable = new Set<string>();
  let length = 0;
  for (const char of text) {
    const value = map.get(char.codePointAt(0) as number);
    if (value === undefined) {
      unmappable.add(char);
      out[length++] = 0x3f;
    } else if (value > 0xff) {
      out[length++] = value >> 8;
      out[length++] = value & 0xff;
    } else out[length++] = value;
  }
  return { bytes: out.subarray(0, length), unmappable: [...unmappable] };
}
