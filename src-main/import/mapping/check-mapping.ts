import type {
  ImportMapping,
  ImportProblem,
  ImportProblemCode,
  ProblemParams,
} from '../../../src-shared/model/import';
import { isImportKind } from '../../../src-shared/model/import';
import { normaliseHeader } from './header-names';
import { findPreset } from './presets';
import { keyAlternatives, targetFields } from './target-fields';

const kindWords = (kind: string) => kind.replace(/_/g, ' ');

/** The names a key is looked for under, for the message when a file has none of them. */
function lookedFor(kind: ImportMapping['kind'], field: string): string {
  const generic = findPreset(`generic-${kind.replace(/_/g, '-')}`);
  const names = generic?.fields.find((f) => f.field === field)?.headers ?? [];
  return names
    .filter((n) => /^[a-z ]+$/.test(n))
    .slice(0, 5)
    .map((n) => `"${n}"`)
    .join(', ');
}

/**
 * Checks a mapping against a file's header and fits its column names to the header's spelling.
 * Problems that make the file impossible to import are fatal: an unknown field, a column the file
 * lacks, a key or a required field with no column.
 */
export function checkMapping(
  given: ImportMapping,
  header: readonly string[],
  fileName: string,
): { mapping: ImportMapping; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const fatal = (
    code: ImportProblemCode,
    message: string,
    params: ProblemParams,
    column?: string,
  ) =>
    problems.push({
      severity: 'fatal',
      code,
      message,
      params: { file: fileName, ...params },
      ...(column === undefined ? {} : { column }),
    });
  if (!isImportKind(given.kind)) {
    fatal(
      'bad-mapping',
      `${fileName}: "${String(given.kind)}" is not a kind of file Advocate Lab imports.`,
      { kind: String(given.kind) },
    );
    return { mapping: given, problems };
  }
  const targets = new Map(targetFields(given.kind).map((t) => [t.name, t]));
  const byNormal = new Map(header.map((h) => [normaliseHeader(h), h]));
  const fields = given.fields.flatMap((f) => {
    if (!targets.has(f.field)) {
      fatal(
        'bad-mapping',
        `${fileName}: "${f.field}" is not a field of a ${kindWords(given.kind)} file.`,
        { field: f.field, kind: given.kind },
      );
      return [];
    }
    const columns = f.columns.map((c) => {
      if (c === '' || header.includes(c)) return c;
      const found = byNormal.get(normaliseHeader(c));
      if (found !== undefined) return found;
      fatal(
        'missing-column',
        `${fileName}: the mapping reads the column "${c}" for ${f.field}, and the file has no such column.`,
        { column: c, field: f.field },
        c,
      );
      return c;
    });
    return [{ ...f, columns }];
  });
  const mapped = new Set(fields.map((f) => f.field));
  for (const key of keyAlternatives(given.kind)) {
    if (mapped.has(key.field) || key.or.some((o) => mapped.has(o))) continue;
    const alternatives = key.or.length > 0 ? ` or ${key.or.join(', ')}` : '';
    fatal(
      'no-key',
      `${fileName} does not look like a ${kindWords(given.kind)} file: no column holds its key, ${key.field}${alternatives} (looked for ${lookedFor(given.kind, key.field)}). Choose the right kind, or map the key column.`,
      {
        kind: given.kind,
        key: [key.field, ...key.or].join(' / '),
        lookedFor: lookedFor(given.kind, key.field),
      },
    );
  }
  for (const t of targetFields(given.kind)) {
    if (t.required && !mapped.has(t.name))
      fatal(
        'missing-required',
        `${fileName}: no column is mapped to ${t.name}, which every ${kindWords(given.kind)} row needs.`,
        { field: t.name, kind: given.kind },
      );
  }
  return { mapping: { ...given, fields }, problems };
}
