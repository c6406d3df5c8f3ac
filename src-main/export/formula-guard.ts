/**
 * Characters that make a spreadsheet read a text cell as a formula (or as a DDE payload), with
 * their full-width and small forms, which Excel in Japanese locales also treats as formula starts
 * (DESIGN section 6).
 */
const formulaStarts = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '＝', // U+FF1D FULLWIDTH EQUALS SIGN
  '＋', // U+FF0B FULLWIDTH PLUS SIGN
  '－', // U+FF0D FULLWIDTH HYPHEN-MINUS
  '＠', // U+FF20 FULLWIDTH COMMERCIAL AT
  '﹦', // U+FE66 SMALL EQUALS SIGN
  '﹢', // U+FE62 SMALL PLUS SIGN
  '﹣', // U+FE63 SMALL HYPHEN-MINUS
  '﹫', // U+FE6B SMALL COMMERCIAL AT
]);

/**
 * Invisible characters a hostile cell can put in front of a formula start, so that the first
 * character looks harmless to a naive check while a spreadsheet may still drop it and see the
 * formula: zero-width space, non-joiner and joiner, word joiner and the byte-order mark.
 */
const invisible = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

/** Whether a text cell could be taken for a formula: its first visible character starts one. */
export function looksLikeFormula(text: string): boolean {
  let i = 0;
  while (i < text.length && invisible.has(text[i] as string)) i++;
  return i < text.length && formulaStarts.has(text[i] as string);
}

/**
 * Neutralises a text cell that a spreadsheet could take for a formula by putting an apostrophe in
 * front, the convention spreadsheets themselves use for "this is text". Numbers are written as
 * numbers and never pass through here.
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
