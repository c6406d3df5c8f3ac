/**
 * Compares two keys in the order SQLite's BINARY collation sorts them (UTF-8 bytes, which is code
 * point order). JavaScript's `<` compares UTF-16 code units and disagrees for characters above
 * U+FFFF against U+E000–U+FFFF; a merge join over `ORDER BY` results must use this instead.
 */
export function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Moves surrogates above the rest of the Basic Multilingual Plane, as code point order has them. */
const codePointRank = (unit: number): number =>
  unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit;
