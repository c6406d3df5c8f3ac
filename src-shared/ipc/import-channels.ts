import { z } from 'zod';
import {
  dateOrders,
  decimalMarks,
  delimiters,
  encodings,
  importKinds,
  transforms,
  type FileInspection,
  type ImportCatalog,
  type ImportOutcome,
  type ImportRunDetail,
  type ImportRunSummary,
  type RejectedRowsCsv,
  type UndoResult,
} from '../model/import';
import { isoDate } from './calendar-date';
import { channel } from './define';
import { jobId } from './workspace-channels';

const empty = z.object({}).strict();
const filePath = z.string().min(1).max(4096);
const header = z.string().max(1000);
const runId = z.number().int().positive();

/** One field of a mapping: the file's columns it reads, or a constant. */
export const fieldMappingSchema = z
  .object({
    field: z.string().min(1).max(64),
    columns: z.array(header).max(16),
    transform: z.enum(transforms).optional(),
    value: z.string().max(200).optional(),
  })
  .strict();

/** A mapping as the Import view edits it, or as `--mapping M.json` gives it. */
export const importMappingSchema = z
  .object({
    kind: z.enum(importKinds),
    preset: z.string().min(1).max(100).default('custom'),
    fields: z.array(fieldMappingSchema).max(200),
    dateOrders: z.record(header, z.enum(dateOrders)).optional(),
    decimal: z.enum(decimalMarks).optional(),
    snapshotDate: isoDate.optional(),
  })
  .strict();

/** What the analyst overrides for one file; everything left out is detected. */
export const importOptionsSchema = z
  .object({
    kind: z.enum(importKinds).optional(),
    preset: z.string().min(1).max(100).optional(),
    encoding: z.enum(encodings).optional(),
    delimiter: z.enum(delimiters).optional(),
    mapping: importMappingSchema.optional(),
    snapshotDate: isoDate.optional(),
  })
  .strict();

/**
 * The import engine's channels, for the Import view. `import:inspect` previews one file (encoding,
 * delimiter, kind, preset, first rows with their types, the proposed mapping with required fields,
 * problems) and writes nothing; `import:run` imports files with the analyst's overrides as a job,
 * with progress in bytes and rows on `job:progress` and `job:cancel` to stop it. Then the history:
 * runs, one run's detail, undo, and the rejected rows as CSV. Errors carry the codes of the import
 * engine (`not-found`, `blocked`, `already-undone`, `not-undoable`) or `cancelled`. Main reads only
 * files the analyst chose in the window; any other path is refused, unread, with `not-chosen`.
 */
export const importChannels = {
  'import:catalog': channel(empty).returns<ImportCatalog>(),
  'import:inspect': channel(
    z
      .object({ file: filePath, options: importOptionsSchema.optional(), jobId: jobId.optional() })
      .strict(),
  ).returns<FileInspection>(),
  'import:run': channel(
    z
      .object({
        jobId,
        files: z
          .array(z.object({ path: filePath, options: importOptionsSchema.optional() }).strict())
          .min(1)
          .max(200),
      })
      .strict(),
  ).returns<ImportOutcome[]>(),
  'import:runs': channel(empty).returns<ImportRunSummary[]>(),
  'import:run-detail': channel(z.object({ runId }).strict()).returns<ImportRunDetail>(),
  'import:undo': channel(
    z.object({ runId, jobId: jobId.optional() }).strict(),
  ).returns<UndoResult>(),
  'import:rejected-csv': channel(z.object({ runId }).strict()).returns<RejectedRowsCsv>(),
};
