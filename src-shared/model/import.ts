import type { FieldType } from './canonical';
import { sourceKinds, type SourceKind } from './sources';

/**
 * What an import can read a file as: every canonical table, plus file kinds that are not a table of
 * their own but land in one (a churn-events file sets accounts' churn dates).
 */
export const importKinds = [...sourceKinds, 'churn_events'] as const;
export type ImportKind = (typeof importKinds)[number];

export const isImportKind = (value: string): value is ImportKind =>
  (importKinds as readonly string[]).includes(value);

/** The table a kind writes its rows to. */
export const kindTable = (kind: ImportKind): SourceKind =>
  kind === 'churn_events' ? 'accounts' : kind;

export const encodings = ['utf-8', 'shift_jis', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type EncodingName = (typeof encodings)[number];

export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];

/** The order of day, month and year in a date column written with numbers only. */
export const dateOrders = ['mdy', 'dmy', 'ymd'] as const;
export type DateOrder = (typeof dateOrders)[number];

export const decimalMarks = ['.', ','] as const;
export type DecimalMark = (typeof decimalMarks)[number];

/** How the values of a mapped field are computed from its columns; none reads the first non-blank one. */
export const transforms = [
  /** Joins the non-blank columns with a space (first and last name). */
  'join',
  /** The first column, or else the other columns joined (a company, or the person's name). */
  'first-or-join',
  /** Unit price × quantity ÷ billing interval in months: columns [amount, quantity?, interval?]. */
  'monthly-price',
  /** The latest of the dates in the columns (a start that waits for the trial to end). */
  'latest',
  /** Stripe's cancellation feedback, or its reason when that is a failed payment (its other reasons say nothing). */
  'stripe-cancel-reason',
] as const;
export type TransformName = (typeof transforms)[number];

/** One target field and where its values come from. */
export interface FieldMapping {
  field: string;
  /** Header names in the file; several for combined values. Empty when `value` is a constant. */
  columns: string[];
  transform?: TransformName;
  /** A constant for every row (a survey tool's type). */
  value?: string;
}

/** How a file's columns map onto its kind's fields: detected, saved and reused, or given by the analyst. */
export interface ImportMapping {
  kind: ImportKind;
  preset: string;
  fields: FieldMapping[];
  /** Day/month order per date column (by header); detected from the whole column when absent. */
  dateOrders?: Record<string, DateOrder>;
  /** The decimal mark of the file's numbers; detected when absent. */
  decimal?: DecimalMark;
  /**
   * The day a snapshot file describes, for facts counted back from it (a tenure in months). Saved
   * with the mapping, so importing the same file again gives the same dates.
   */
  snapshotDate?: string;
}

/** What the analyst can override for one file; everything else is detected. */
export interface ImportOptions {
  kind?: ImportKind;
  preset?: string;
  encoding?: EncodingName;
  delimiter?: Delimiter;
  mapping?: ImportMapping;
  /** The day a snapshot file describes; the day of the first import by default. */
  snapshotDate?: string;
}

export type DetectedType =
  'empty' | 'integer' | 'number' | 'boolean' | 'date' | 'timestamp' | 'text';

export interface ColumnPreview {
  index: number;
  header: string;
  type: DetectedType;
  /** For date columns written with numbers only: the order read from the column. */
  dateOrder?: DateOrder;
  /** Share of blank cells in the sample, 0–1. */
  blankShare: number;
  /** The field this column feeds, or null when it is kept in `extra`. */
  mappedTo: string | null;
}

/** A field a kind can be mapped to, for the mapping editor. */
export interface TargetField {
  name: string;
  type: FieldType;
  key: boolean;
  required: boolean;
  /** Not a column of the table but turned into one (a churn flag into a status). */
  derived: boolean;
  values?: readonly string[];
  description: string;
}

export type ProblemSeverity = 'fatal' | 'error' | 'warning' | 'info';

/**
 * Every code the import engine gives a file-level problem or a failure. The Import view words each
 * one in the analyst's language from the code and its params; the message stays in English as the
 * fallback and for the command line.
 */
export const importProblemCodes = [
  'not-found',
  'empty',
  'not-text',
  'undecodable',
  'record-too-long',
  'unterminated-quote',
  'no-rows',
  'all-rejected',
  'internal',
  'no-mapping',
  'bad-mapping',
  'missing-column',
  'no-key',
  'missing-required',
  'unknown-preset',
  'unknown-kind',
  'blank-header',
  'duplicate-header',
  'serial-dates',
  'date-order',
  'mixed-date-orders',
  'ambiguous-date-order',
  'date-order-open',
  'row-rejected',
  'rows-rejected',
  'orphans',
  'short-rows',
  'merged-rows',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

/** Every code the engine gives a rejected row or a row warning, worded like the problem codes. */
export const rowIssueCodes = [
  'not-a-number',
  'not-whole-number',
  'not-yes-no',
  'not-a-date',
  'not-a-timestamp',
  'unknown-value',
  'unknown-value-dropped',
  'not-billing-interval',
  'no-subscription-id',
  'unknown-subscription',
  'no-key-value',
  'no-required-value',
  'undoubled-quote',
  'nul-bytes',
  'extra-fields',
  'field-too-long',
  'orphan',
  'duplicate-key',
  'refused',
] as const;
export type RowIssueCode = (typeof rowIssueCodes)[number];

/** Values a problem's wording is filled with: names, counts, lines, and codes such as a date order. */
export type ProblemParams = Record<string, string | number>;

/** Something the analyst should know about a file, with where it is when it is about a place. */
export interface ImportProblem {
  severity: ProblemSeverity;
  code: string;
  message: string;
  /** What the message is worded from; see `importProblemCodes`. */
  params?: ProblemParams;
  line?: number;
  column?: string;
  value?: string;
}

export interface KindCandidate {
  kind: ImportKind;
  preset: string;
  score: number;
}

/** Everything the Import view shows about a file before it is imported. */
export interface FileInspection {
  path: string;
  fileName: string;
  size: number;
  encoding: EncodingName;
  encodingSource: 'bom' | 'detected' | 'override';
  delimiter: Delimiter;
  decimal: DecimalMark;
  header: string[];
  /** The first data rows, as text, with their physical line numbers. */
  rows: string[][];
  lines: number[];
  columns: ColumnPreview[];
  kind: ImportKind | null;
  preset: string | null;
  candidates: KindCandidate[];
  /** Null when the file cannot be imported as it is (see problems). */
  mapping: ImportMapping | null;
  /** Where the mapping came from. */
  mappingSource: 'detected' | 'saved' | 'given';
  /** The fields of the mapping's kind, required ones marked. */
  targetFields: TargetField[];
  problems: ImportProblem[];
}

/** One rejected row or one warning, with where it is. */
export interface RowIssue {
  line: number;
  column?: string;
  value?: string;
  reason: string;
  /** One of `rowIssueCodes`, with what the reason is worded from; absent in runs stored earlier. */
  code?: string;
  params?: ProblemParams;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** The outcome of importing one file. */
export interface ImportFileResult extends WriteCounts {
  runId: number;
  path: string;
  fileName: string;
  kind: ImportKind;
  preset: string;
  encoding: EncodingName;
  delimiter: Delimiter;
  /** Data rows in the file (blank lines are not rows). */
  rowsRead: number;
  /** Rows added to an earlier row of the file with the same key (usage values summed, the latest churn date). */
  merged: number;
  rejected: number;
  warnings: number;
  /** The first rejected rows. */
  errors: RowIssue[];
  /** The first warnings (orphans, short rows). */
  warningSamples: RowIssue[];
  /** File-level notes (date order read from the column, renamed headers). */
  notes: ImportProblem[];
  /** Rows written to other tables from facts in this file (Telco's tenure as a subscription). */
  derived: Partial<Record<SourceKind, WriteCounts>>;
  durationMs: number;
}

/** A file that could not be imported at all: the workspace is unchanged. */
export interface ImportFailure {
  path: string;
  fileName: string;
  code: string;
  message: string;
  params?: ProblemParams;
  line?: number;
  column?: string;
}

export type ImportOutcome =
  { ok: true; result: ImportFileResult } | { ok: false; failure: ImportFailure };

export interface ImportRunSummary {
  id: number;
  kind: string;
  fileName: string;
  fileSize: number | null;
  fileHash: string | null;
  encoding: string | null;
  delimiter: string | null;
  preset: string | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
  warnings: number;
  startedAt: string;
  durationMs: number | null;
  status: 'completed' | 'undone';
  undoneAt: string | null;
  /** False for runs that kept no prior rows (the bundled sample's first loader). */
  undoable: boolean;
  /** Later runs that changed rows of this one; they must be undone first. Empty when undoable. */
  blockedBy: number[];
}

/** One run with its mapping and its stored problems, for the summary after an import. */
export interface ImportRunDetail extends ImportRunSummary {
  mapping: ImportMapping | null;
  notes: ImportProblem[];
  derived: Partial<Record<SourceKind, WriteCounts>>;
  errors: RowIssue[];
  warningSamples: RowIssue[];
}

export interface UndoResult {
  runId: number;
  /** Rows deleted (inserted by the run) and rows restored (changed by the run). */
  deleted: number;
  restored: number;
  dataRevision: number;
}

export interface RejectedRowsCsv {
  fileName: string;
  /** UTF-8 text with a byte-order mark, so that Excel opens it correctly. */
  text: string;
  rows: number;
}

export interface PresetInfo {
  name: string;
  label: string;
  kind: ImportKind;
}

/** Kinds, their fields and the presets, for the mapping editor. */
export interface ImportCatalog {
  kinds: { kind: ImportKind; table: SourceKind; fields: TargetField[] }[];
  presets: PresetInfo[];
  encodings: readonly EncodingName[];
  delimiters: readonly Delimiter[];
}
