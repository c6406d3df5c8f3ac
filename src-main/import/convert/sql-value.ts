/** A value as SQLite stores it in a canonical table: text (dates are ISO text), a number, or nothing. */
export type SqlValue = string | number | null;
