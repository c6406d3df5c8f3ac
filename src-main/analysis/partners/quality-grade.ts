import type { QualityGrade } from '../../../src-shared/model/analysis/economics';

/** Fewer paying customers than this and a partner is not graded. */
export const MIN_GRADED_CUSTOMERS = 5;

const bands: readonly [QualityGrade, number][] = [
  ['A', 1.25],
  ['B', 0.9],
  ['C', 0.6],
  ['D', 0.35],
];

export interface GradeInput {
  customers: number;
  /** The partner's expected lifetime (shrunk sBG) ÷ the baseline's. */
  lifetimeRatio: number | null;
  /** The partner's ARPA ÷ the baseline's. */
  arpaRatio: number | null;
  /** Weight of the partner's own data, 1 − the sBG shrinkage weight. */
  ownWeight: number;
}

/**
 * A partner's quality grade: the lifetime value of the customers it sends against the
 * non-referred baseline's, with both parts shrunk the same way. The expected lifetime already
 * comes from the shrunk sBG; the ARPA ratio is shrunk toward 1 with the same weight, so a partner
 * with three large customers is not an A on their size alone. A sends customers worth at least
 * 1.25 times the baseline, B 0.9–1.25 (as good as the baseline), C 0.6–0.9, D 0.35–0.6, E less.
 */
export function qualityGrade(input: GradeInput): {
  grade: QualityGrade;
  reason: string;
  ratio: number | null;
} {
  const { customers, lifetimeRatio, arpaRatio, ownWeight } = input;
  if (customers < MIN_GRADED_CUSTOMERS) {
    return {
      grade: 'insufficient data',
      reason: `${customers} paying customer${customers === 1 ? '' : 's'}; at least ${MIN_GRADED_CUSTOMERS} are needed for a grade.`,
      ratio: null,
    };
  }
  if (lifetimeRatio === null || arpaRatio === null) {
    // ARPA is only known for active customers billed in the base currency or one with a rate.
    return {
      grade: 'insufficient data',
      reason: `No ${lifetimeRatio === null ? 'expected lifetime' : 'ARPA in the base currency'} to set against the baseline's.`,
      ratio: null,
    };
  }
  const shrunkArpa = ownWeight * arpaRatio + (1 - ownWeight);
  const ratio = lifetimeRatio * shrunkArpa;
  const band = bands.find(([, low]) => ratio >= low);
  return {
    grade: band ? band[0] : 'E',
    reason: `Customer value ${ratio.toFixed(2)}× the non-referred baseline: expected lifetime ${lifetimeRatio.toFixed(2)}×, ARPA ${arpaRatio.toFixed(2)}× (${shrunkArpa.toFixed(2)}× after shrinkage).`,
    ratio,
  };
}

/** ROI = (LTV − commissions − retention cost) ÷ commissions; null without commissions. */
export function partnerRoi(
  ltvTotal: number | null,
  commissions: number,
  retentionCost: number,
): number | null {
  if (ltvTotal === null || !(commissions > 0)) return null;
  return (ltvTotal - commissions - retentionCost) / commissions;
}
