import { fileHandOverErrors } from '../../../src-shared/ipc/api';
import { notChosenCode } from '../../../src-shared/ipc/file-channels';
import type { JobProgress } from '../../../src-shared/ipc/workspace-channels';
import type { Delimiter, ImportProblem, PresetInfo } from '../../../src-shared/model/import';
import { isSourceKind } from '../../../src-shared/model/sources';
import type { AppError } from '../../../src-shared/result';
import { fieldLabel } from '../../i18n/field-label';
import { isFieldName } from '../../i18n/field-names';
import type { Messages } from '../../i18n/messages';

/** A kind of file as the analyst names it: the table it fills, or what it describes. */
export function kindLabel(m: Messages, kind: string): string {
  if (kind === 'churn_events') return m.import.kinds.churn_events;
  return isSourceKind(kind) ? m.sources[kind] : kind.replaceAll('_', ' ');
}

/** A preset by its tool's own name; the generic ones by the kind they read. */
export function presetLabel(m: Messages, name: string, presets: readonly PresetInfo[]): string {
  if (name === 'custom') return m.import.presets.custom;
  const preset = presets.find((p) => p.name === name);
  if (name.startsWith('generic-') && preset)
    return m.import.presets.generic(kindLabel(m, preset.kind));
  return preset?.label ?? name;
}

const delimiterNames: Record<Delimiter, keyof Messages['import']['delimiters']> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

export const delimiterLabel = (m: Messages, delimiter: Delimiter): string =>
  m.import.delimiters[delimiterNames[delimiter]];

/** A field of a mapping: a column of the table, or a fact the engine turns into one. */
export function mappingFieldLabel(m: Messages, field: string): string {
  if (isFieldName(field)) return fieldLabel(m, field);
  const derived: Record<string, string | undefined> = m.import.mapping.derivedFields;
  return derived[field] ?? fieldLabel(m, field);
}

/** What a field does beyond its name, where that is not obvious. */
export function mappingFieldHint(
  m: Messages,
  field: { name: string; key: boolean },
  kind: string,
): string | null {
  const hints = m.import.mapping.hints;
  if (field.key) return null;
  if (kind === 'usage' && field.name === 'subscription_id') return hints.usageSubscription;
  const named: Record<string, string | undefined> = hints;
  return field.name === 'usageSubscription' ? null : (named[field.name] ?? null);
}

/** A problem's heading: what kind of problem it is, in the analyst's language. */
export function problemTitle(m: Messages, problem: ImportProblem): string {
  const titles: Record<string, string | undefined> = m.import.problems.titles;
  return titles[problem.code] ?? m.import.problems.severities[problem.severity];
}

/**
 * The engine's message without the file name it starts with, where the file is named already (in
 * its own panel or card).
 */
export const withoutFileName = (message: string, fileName: string): string =>
  message.startsWith(`${fileName}: `) ? message.slice(fileName.length + 2) : message;

/** Why a file could not be handed over for import. */
export function handOverMessage(m: Messages, error: AppError): string {
  if (error.code === fileHandOverErrors.notOnDisk) return m.import.handOver.notOnDisk;
  if (error.code === fileHandOverErrors.tooLarge) return m.import.handOver.tooLarge;
  if (error.code === notChosenCode) return m.importProblems.notChosen;
  return error.message;
}

/** An import's progress as the run bar shows it: bytes, rows read, the file and its place. */
export interface ImportProgress {
  done: number;
  total: number | null;
  rows: number | null;
  fileName: string | null;
  index: number | null;
  count: number | null;
}

export function importProgress(progress: JobProgress | undefined): ImportProgress | null {
  if (!progress) return null;
  // The engine names the file's place in the run in its phase: "import 2/3".
  const place = /(\d+)\s*\/\s*(\d+)/.exec(progress.phase);
  return {
    done: progress.done,
    total: progress.total,
    rows: progress.rows ?? null,
    fileName: progress.detail ?? null,
    index: place ? Number(place[1]) : null,
    count: place ? Number(place[2]) : null,
  };
}
