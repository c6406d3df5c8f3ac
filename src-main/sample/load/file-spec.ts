import type { SourceKind } from '../../../src-shared/model/sources';
import type { SampleFileName } from '../sample-files';
import type { SqlValue } from './values';

export type CsvRow = Readonly<Record<string, string | undefined>>;

/** What a mapping may ask of the workspace while a file loads. */
export interface Lookup {
  /** The account of the contact with this e-mail address; null when unknown or ambiguous. */
  accountOfEmail(email: string): string | null;
}

/** How one sample file maps onto its canonical table. */
export interface FileSpec {
  file: SampleFileName;
  kind: SourceKind;
  keys: readonly string[];
  /** The canonical columns this file writes besides its keys; other columns of the table are left alone. */
  columns: readonly string[];
  /** Headers whose content the canonical columns hold in full; every other header is kept in `extra`. */
  mapped: readonly string[];
  /** A partial file: it enriches rows that exist and never creates one. */
  enrichOnly?: boolean;
  map(row: CsvRow, lookup: Lookup): Record<string, SqlValue>;
}
