/**
 * Characters that make a spreadsheet read a text cell as a formula (or as a DDE payload), with
 * their full-width forms, which Excel in Japanese locales also treats as formula starts
 * (DESIGN section 6).
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);

/**
 * Neutralises a text cell that a spreadsheet could take for a formula by putting an apostrophe in
 * front, the convention spreadsheets themselves use for "this is text". Numbers are written as
 * numbers and never pass through here.
 */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && formulaStarts.has(text[0] as string) ? `'${text}` : text;
}
