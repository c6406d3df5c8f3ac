import type { FieldMapping, ImportMapping, KindCandidate } from '../../../src-shared/model/import';
import { normaliseHeader } from './header-names';
import type { Preset, PresetField } from './preset-types';
import { keyAlternatives, targetFields } from './target-fields';

export interface PresetMatch {
  preset: Preset;
  mapping: ImportMapping;
  signatureHits: number;
  /** Columns the mapping reads. */
  mappedColumns: number;
  /** Key fields the file lacks (none when it can be imported as this kind). */
  missingKeys: string[];
  missingRequired: string[];
  score: number;
}

class HeaderIndex {
  private readonly normal: string[];
  private readonly claimed = new Set<number>();

  constructor(private readonly header: readonly string[]) {
    this.normal = header.map(normaliseHeader);
  }

  has(candidate: string): boolean {
    return this.position(candidate, false) >= 0;
  }

  /** The first column a candidate name matches, claimed or not, left as it is. */
  find(candidates: readonly string[]): string | undefined {
    for (const candidate of candidates) {
      const at = this.position(candidate, false);
      if (at >= 0) return this.header[at];
    }
    return undefined;
  }

  /** Every unclaimed column the candidates match, in candidate order, claimed. */
  claimAll(candidates: readonly string[]): string[] {
    const found: string[] = [];
    for (const candidate of candidates) {
      const column = this.claim([candidate]);
      if (column !== undefined) found.push(column);
    }
    return found;
  }

  /** The first unclaimed column a candidate name matches, claimed; undefined when none. */
  claim(candidates: readonly string[]): string | undefined {
    for (const candidate of candidates) {
      const at = this.position(candidate, true);
      if (at >= 0) {
        this.claimed.add(at);
        return this.header[at];
      }
    }
    return undefined;
  }

  private position(candidate: string, unclaimedOnly: boolean): number {
    const contains = candidate.startsWith('~');
    const wanted = contains ? candidate.slice(1) : candidate;
    for (let i = 0; i < this.normal.length; i++) {
      if (unclaimedOnly && this.claimed.has(i)) continue;
      const name = this.normal[i] as string;
      if (contains ? name.includes(wanted) : name === wanted) return i;
    }
    return -1;
  }
}

function resolveField(spec: PresetField, index: HeaderIndex): FieldMapping | undefined {
  if (spec.value !== undefined) return { field: spec.field, columns: [], value: spec.value };
  if (spec.coalesce && spec.headers) {
    const columns = index.claimAll(spec.headers);
    if (columns.length > 0) return { field: spec.field, columns };
  }
  const single = spec.headers ? index.claim(spec.headers) : undefined;
  if (single !== undefined) {
    // A name column with first and last names beside it: the name, or the person's name when blank.
    const joined = (spec.join ?? [])
      .map((group) => index.claim(group))
      .filter((c): c is string => c !== undefined);
    return joined.length > 0
      ? { field: spec.field, columns: [single, ...joined], transform: 'first-or-join' }
      : { field: spec.field, columns: [single] };
  }
  if (spec.join) {
    const columns = spec.join
      .map((group) => index.claim(group))
      .filter((c): c is string => c !== undefined);
    if (columns.length > 0) return { field: spec.field, columns, transform: 'join' };
  }
  if (spec.parts && spec.transform) {
    // The first part is the field's own column; the others (quantity, interval) may serve other fields too.
    const columns = spec.parts.map(
      (part, i) => (i === 0 ? index.claim(part) : index.find(part)) ?? '',
    );
    if (columns[0] !== '') return { field: spec.field, columns, transform: spec.transform };
  }
  return undefined;
}

/** NPS, CSAT or CES, from the wording of a survey's score column. */
function surveyTypeOf(header: string): string | undefined {
  const name = normaliseHeader(header);
  if (/\bnps\b|recommend|how likely/.test(name)) return 'NPS';
  if (/csat|satisf/.test(name)) return 'CSAT';
  if (/\bces\b|effort|how easy/.test(name)) return 'CES';
  return undefined;
}

/** Maps a file's header with one preset and scores how well the preset fits the file. */
export function matchPreset(preset: Preset, header: readonly string[]): PresetMatch {
  const index = new HeaderIndex(header);
  const signatureHits = preset.signature.filter((s) => index.has(s)).length;
  const fields: FieldMapping[] = [];
  for (const spec of preset.fields) {
    const resolved = resolveField(spec, index);
    if (resolved) fields.push(resolved);
  }
  const mapped = new Set(fields.map((f) => f.field));
  if (preset.kind === 'surveys' && !mapped.has('type')) {
    const score = fields.find((f) => f.field === 'score')?.columns[0];
    const type = score === undefined ? undefined : surveyTypeOf(score);
    if (type) fields.push({ field: 'type', columns: [], value: type });
  }
  const missingKeys = keyAlternatives(preset.kind)
    .filter((k) => !mapped.has(k.field) && !k.or.some((o) => mapped.has(o)))
    .map((k) => k.field);
  const missingRequired = targetFields(preset.kind)
    .filter((f) => f.required && !mapped.has(f.name))
    .map((f) => f.name);
  const mappedColumns = new Set(fields.flatMap((f) => f.columns.filter((c) => c !== ''))).size;
  const generic = preset.name.startsWith('generic-');
  // A tool's preset needs two of its marks to be a candidate at all; then each mark outweighs a column.
  const eligible = missingKeys.length === 0 && (generic || signatureHits >= 2);
  const score = eligible
    ? 3 * signatureHits +
      mappedColumns +
      (missingRequired.length === 0 ? 1 : 0) +
      (generic ? 0 : 0.5)
    : 0;
  return {
    preset,
    mapping: { kind: preset.kind, preset: preset.name, fields },
    signatureHits,
    mappedColumns,
    missingKeys,
    missingRequired,
    score,
  };
}

export const candidateOf = (m: PresetMatch): KindCandidate => ({
  kind: m.preset.kind,
  preset: m.preset.name,
  score: Math.round(m.score * 10) / 10,
});
