/**
 * A header as it is compared with the names a preset knows: full-width forms narrowed, camel case
 * split ("MonthlyCharges" → "monthly charges"), lower case, and punctuation, underscores and runs of
 * spaces turned into one space. "account_id (metadata)" and "Account ID (metadata)" are the same.
 */
export function normaliseHeader(header: string): string {
  const words = header
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    // A lookahead, not `([A-Z]+)([A-Z][a-z])`: that one backtracks over every run of capitals from
    // every start, quadratic in a long header of capitals.
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .toLowerCase()
    .replace(/[\s_\-./()[\]:#,?!'"*]+/g, ' ')
    .trim();
  return words === '' ? header.trim().toLowerCase() : words;
}

/** A key for a header set, so that a mapping saved for one file is found for the next like it. */
export function headerSetKey(header: readonly string[]): string {
  return header.map((h) => h.trim()).join('\u001f');
}
