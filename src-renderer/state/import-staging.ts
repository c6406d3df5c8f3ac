import type {
  Delimiter,
  EncodingName,
  FileInspection,
  ImportKind,
  ImportMapping,
  ImportOptions,
} from '../../src-shared/model/import';
import type { AppError } from '../../src-shared/result';

/** A file waiting to be imported: how it is read, and what the engine found in it. */
export interface StagedFile {
  id: string;
  fileName: string;
  /** Where the import channels read it; null while the window is still handing it over. */
  path: string | null;
  /** Name, size and time of a file handed over from the page, to notice the same file twice. */
  signature?: string;
  /** The analyst's overrides; whatever is left out is detected. */
  options: ImportOptions;
  status: 'handing-over' | 'inspecting' | 'ready' | 'failed';
  /** The latest inspection; kept while the next one runs, so the screen does not flicker. */
  inspection: FileInspection | null;
  error: AppError | null;
  /** Counts the inspections asked for, so an older answer never replaces a newer one. */
  request: number;
}

export type OptionChange =
  | { kind: ImportKind }
  | { preset: string }
  | { encoding: EncodingName }
  | { delimiter: Delimiter }
  /** Back to the detected mapping, keeping how the file is read. */
  | { resetMapping: true }
  | { reset: true };

/**
 * The overrides after the analyst changes one setting. Another kind or preset means another set of
 * fields, so an edited mapping goes with it; a different encoding or delimiter keeps it.
 */
export function changedOptions(options: ImportOptions, change: OptionChange): ImportOptions {
  if ('reset' in change) return {};
  const { kind, preset, mapping, ...reading } = options;
  if ('kind' in change) return { ...reading, kind: change.kind };
  if ('preset' in change) return { ...reading, preset: change.preset };
  const chosen = {
    ...reading,
    ...(kind === undefined ? {} : { kind }),
    ...(preset === undefined ? {} : { preset }),
  };
  if ('resetMapping' in change) return chosen;
  const kept = mapping === undefined ? chosen : { ...chosen, mapping };
  if ('encoding' in change) return { ...kept, encoding: change.encoding };
  return { ...kept, delimiter: change.delimiter };
}

/** The mapping the editor starts from: the analyst's, else the detected one, else an empty one. */
export function editableMapping(file: StagedFile): ImportMapping | null {
  if (file.options.mapping) return file.options.mapping;
  if (file.inspection?.mapping) return file.inspection.mapping;
  const kind = file.inspection?.kind ?? file.options.kind;
  if (!kind) return null;
  return { kind, preset: file.inspection?.preset ?? 'custom', fields: [] };
}

/** The mapping with one field reading one column instead, or no column at all. */
export function withFieldColumn(
  mapping: ImportMapping,
  field: string,
  column: string | null,
): ImportMapping {
  const others = mapping.fields.filter((f) => f.field !== field);
  if (column === null) return { ...mapping, fields: others };
  const at = mapping.fields.findIndex((f) => f.field === field);
  const fields = [...others];
  fields.splice(at === -1 ? fields.length : at, 0, { field, columns: [column] });
  return { ...mapping, fields };
}

/** A file the engine can import as it is: inspected, mapped, and with nothing fatal found. */
export const isImportable = (file: StagedFile): boolean =>
  file.status === 'ready' &&
  file.path !== null &&
  file.inspection?.mapping != null &&
  !file.inspection.problems.some((p) => p.severity === 'fatal');

/** The overrides as a request carries them: nothing at all when there are none. */
export const requestOptions = (options: ImportOptions): ImportOptions | undefined =>
  Object.keys(options).length > 0 ? options : undefined;

/** The last segment of a path on any platform. */
export const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() || path;
