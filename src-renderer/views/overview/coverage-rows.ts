import {
  maturityStages,
  type DataCoverage,
  type MaturityStage,
  type SourceCoverage,
} from '../../../src-shared/model/coverage';
import type { SourceKind } from '../../../src-shared/model/sources';

/** Imported; missing; or not imported but derived from another source, so nothing is lacking. */
export type SourceState = 'present' | 'missing' | 'derived';

export interface SourceRow {
  kind: SourceKind;
  state: SourceState;
  source: SourceCoverage;
}

/** Sources that are worked out from others when their own file is absent. */
const derivedFrom: Partial<Record<SourceKind, SourceKind>> = { mrr_movements: 'subscriptions' };

export function sourceRows(coverage: DataCoverage): SourceRow[] {
  const rowsOf = new Map(coverage.sources.map((s) => [s.kind, s.rows]));
  return coverage.sources.map((source) => {
    const base = derivedFrom[source.kind];
    const state: SourceState =
      source.rows > 0 ? 'present' : base && (rowsOf.get(base) ?? 0) > 0 ? 'derived' : 'missing';
    return { kind: source.kind, state, source };
  });
}

export interface ReachBar {
  kind: SourceKind;
  share: number;
  accounts: number;
}

/**
 * How far each per-account source reaches, widest first. Derived sources are left out: their reach
 * is their base's.
 */
export function reachBars(rows: readonly SourceRow[]): ReachBar[] {
  return rows
    .filter((row) => row.state !== 'derived' && row.source.accountShare !== null)
    .map((row) => ({
      kind: row.kind,
      share: row.source.accountShare ?? 0,
      accounts: row.source.accountsCovered ?? 0,
    }))
    .sort((a, b) => b.share - a.share);
}

/** The ladder from minimal master data to the 360-degree view; "none" sits below its first rung. */
export const ladderStages = maturityStages.filter(
  (stage): stage is Exclude<MaturityStage, 'none'> => stage !== 'none',
);

export type RungState = 'reached' | 'current' | 'ahead';

export function rungState(rung: MaturityStage, current: MaturityStage): RungState {
  const rungIndex = maturityStages.indexOf(rung);
  const currentIndex = maturityStages.indexOf(current);
  if (rungIndex === currentIndex) return 'current';
  return rungIndex < currentIndex ? 'reached' : 'ahead';
}
