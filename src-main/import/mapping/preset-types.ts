import type { ImportKind, TransformName } from '../../../src-shared/model/import';

/**
 * Where one field's values are found in a tool's export. Header names are normalised (see
 * `normaliseHeader`); a name starting with `~` matches any header containing the rest.
 */
export interface PresetField {
  field: string;
  /** Candidate headers, best first; the first present is used. */
  headers?: readonly string[];
  /** Read every candidate present, the first non-blank value winning row by row. */
  coalesce?: boolean;
  /** Groups of headers combined when no single candidate is present (first and last name). */
  join?: readonly (readonly string[])[];
  /** Headers read together by a transform, by position; a missing one is passed as blank. */
  parts?: readonly (readonly string[])[];
  transform?: TransformName;
  /** A constant for every row. */
  value?: string;
}

export interface Preset {
  name: string;
  label: string;
  kind: ImportKind;
  /** Headers that mark this tool's export; the more of them a file has, the surer the match. */
  signature: readonly string[];
  fields: readonly PresetField[];
}
