/**
 * Currency signs and ISO codes written before or after an amount ("USD 99", "A$5", "12,000円",
 * "99 EUR"), removed one at a time from either end until none is left.
 *
 * This is a scan over the two ends of the text, not a regular expression: a pattern such as
 * `\s*[A-Z]{3}$` is tried at every position of the text and takes quadratic time on a cell of
 * "1", a million spaces and "1".
 */
const signs = new Set('$€£¥₩₹₽₺₪฿₫₱');
/** Signs that may also follow the amount. */
const trailingSigns = new Set('$€£¥₩₹₽₺₪฿₫₱円元');
/** Letters written before a dollar sign: US$, A$, C$, R$, HK$, S$, NZ$, NT$. */
const signPrefixes = ['US', 'HK', 'NZ', 'NT', 'A', 'C', 'R', 'S'];
/** What may follow an ISO code written first: a digit, a sign, a parenthesis or a minus. */
const afterCode = /[\d$€£¥(-]/;
const space = /\s/;

const isUpper = (code: number): boolean => code >= 65 && code <= 90;

/** The text without its currency signs and codes, trimmed; the text itself when it has none. */
export function stripCurrency(text: string): string {
  let start = 0;
  let end = text.length;
  const skipSpaces = (): void => {
    while (start < end && space.test(text.charAt(start))) start++;
    while (end > start && space.test(text.charAt(end - 1))) end--;
  };
  skipSpaces();
  for (;;) {
    const before = end - start;
    start += leadingCurrency(text, start, end);
    if (end - start === before) end -= trailingCurrency(text, start, end);
    if (end - start === before) break;
    skipSpaces();
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** How many characters of currency open `text[start, end)`: a code and its spaces, or a sign. */
function leadingCurrency(text: string, start: number, end: number): number {
  if (
    end - start >= 3 &&
    isUpper(text.charCodeAt(start)) &&
    isUpper(text.charCodeAt(start + 1)) &&
    isUpper(text.charCodeAt(start + 2))
  ) {
    let next = start + 3;
    while (next < end && space.test(text.charAt(next))) next++;
    if (next < end && afterCode.test(text.charAt(next))) return next - start;
  }
  for (const prefix of signPrefixes) {
    if (text.startsWith(prefix, start) && signs.has(text.charAt(start + prefix.length))) {
      if (start + prefix.length < end) return prefix.length + 1;
    }
  }
  return start < end && signs.has(text.charAt(start)) ? 1 : 0;
}

/** How many characters of currency close `text[start, end)`: a sign, or a code. */
function trailingCurrency(text: string, start: number, end: number): number {
  if (end > start && trailingSigns.has(text.charAt(end - 1))) return 1;
  if (
    end - start >= 3 &&
    isUpper(text.charCodeAt(end - 1)) &&
    isUpper(text.charCodeAt(end - 2)) &&
    isUpper(text.charCodeAt(end - 3))
  )
    return 3;
  return 0;
}
