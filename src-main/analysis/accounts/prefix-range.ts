/**
 * The highest code point: no valid text sorts after a prefix followed by it, so `[prefix,
 * prefix + TOP)` holds every value that begins with the prefix, in BINARY and NOCASE order alike
 * (UTF-8 bytes sort as code points, and NOCASE folds only ASCII letters). A value that continues
 * the prefix with U+10FFFF itself, a noncharacter, is the one left out.
 */
const TOP = '\u{10FFFF}';

/** The bounds of a range scan that finds every value beginning with `prefix`. */
export function prefixRange(prefix: string): { from: string; to: string } {
  return { from: prefix, to: `${prefix}${TOP}` };
}

/**
 * The ways an id may have been typed: as it is, in capitals and in small letters. Ids are compared
 * as stored (the primary key's order), so `acc-0004` finds `ACC-00042` through the capitals.
 */
export function idVariants(text: string): string[] {
  return [...new Set([text, text.toUpperCase(), text.toLowerCase()])];
}

/** A domain as people paste it, without the scheme, `www.` or a path: `https://www.acme.io/x`. */
export function bareDomain(text: string): string {
  return text
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/.*$/, '');
}
