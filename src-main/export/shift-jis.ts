/**
 * Encodes text as Shift_JIS in its Windows form (CP932), which Excel in Japan reads. Node can
 * decode Shift_JIS but not encode it, so the encoding table is built once by decoding every
 * one- and two-byte code and inverting the result; where several codes decode to the same
 * character the lowest code wins.
 */
let table: Map<number, number> | undefined;

function encodingTable(): Map<number, number> {
  if (table) return table;
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const map = new Map<number, number>();
  const learn = (bytes: number[]) => {
    let text: string;
    try {
      text = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    const code = text.codePointAt(0);
    if (code === undefined || text.length !== (code > 0xffff ? 2 : 1) || code === 0xfffd) return;
    const value =
      bytes.length === 1
        ? (bytes[0] as number)
        : ((bytes[0] as number) << 8) | (bytes[1] as number);
    if (!map.has(code)) map.set(code, value);
  };
  for (let b = 0x00; b <= 0x7f; b++) learn([b]);
  for (let b = 0xa1; b <= 0xdf; b++) learn([b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) learn([lead, trail]);
  }
  table = map;
  return map;
}

export interface ShiftJisResult {
  bytes: Buffer;
  /** Characters with no Shift_JIS code, written as "?". */
  unmappable: string[];
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
