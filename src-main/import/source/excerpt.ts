/** The most characters of a cell or a header a message quotes. */
export const EXCERPT_CHARS = 40;

/**
 * The start of a text for a message: a hostile cell may be a megabyte long, and a message that
 * quotes it whole is unreadable and as large as the cell.
 */
export const excerpt = (text: string): string =>
  text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
