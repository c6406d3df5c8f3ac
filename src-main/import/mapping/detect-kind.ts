import type { ImportKind } from '../../../src-shared/model/import';
import { matchPreset, type PresetMatch } from './match-preset';
import { findPreset, presets } from './presets';

export interface KindChoice {
  /** The best match, or null when no preset can key the file. */
  best: PresetMatch | null;
  /** Every eligible match, best first. */
  ranked: PresetMatch[];
  /** The best generic match of the chosen kind (or every kind), for the error message when none fits. */
  closest: PresetMatch | null;
}

/**
 * Finds the kind and preset of a file from its header: each preset maps what it can, and the one
 * that explains the file best wins (a tool's marks count most, then the columns mapped). The
 * analyst's kind or preset narrows the choice.
 */
export function chooseKind(
  header: readonly string[],
  wanted: { kind?: ImportKind | undefined; preset?: string | undefined } = {},
): KindChoice {
  if (wanted.preset) {
    const preset = findPreset(wanted.preset);
    if (!preset) return { best: null, ranked: [], closest: null };
    const match = matchPreset(preset, header);
    const usable = match.missingKeys.length === 0;
    return { best: usable ? match : null, ranked: usable ? [match] : [], closest: match };
  }
  const pool = presets.filter((p) => wanted.kind === undefined || p.kind === wanted.kind);
  const all = pool.map((p) => matchPreset(p, header));
  const ranked = all.filter((m) => m.score > 0).sort((a, b) => b.score - a.score);
  const generic = all.filter((m) => m.preset.name.startsWith('generic-'));
  const closest =
    generic.sort(
      (a, b) => b.mappedColumns - a.mappedColumns || a.missingKeys.length - b.missingKeys.length,
    )[0] ?? null;
  return { best: ranked[0] ?? null, ranked, closest };
}
