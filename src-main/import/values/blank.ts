/**
 * Cells that mean "no value" in the exports people have: empty, only spaces (IBM's Telco file writes
 * a single space), and the placeholders spreadsheets and databases print for a missing value.
 */
const placeholders = new Set([
  'n/a',
  'na',
  '#n/a',
  'null',
  'none',
  'nil',
  '-',
  '--',
  '—',
  'nan',
  '(blank)',
]);

export function isBlank(value: string): boolean {
  if (value === '') return true;
  const trimmed = value.trim();
  return trimmed === '' || (trimmed.length <= 7 && placeholders.has(trimmed.toLowerCase()));
}

/** Full-width digits, letters and signs (Excel in Japan) read as their ASCII forms. */
export function narrow(value: string): string {
  // NFKC is costly; only text with non-ASCII characters can need it.
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 0x7f) return value.normalize('NFKC');
  }
  return value;
}
