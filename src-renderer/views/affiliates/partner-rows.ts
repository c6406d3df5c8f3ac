import type {
  AffiliatesOverview,
  BaselineRow,
  PartnerRow,
  QualityGrade,
} from '../../../src-shared/model/analysis/economics';
import type { ListQuery } from '../../../src-shared/model/lists';
import type { ChartPalette } from '../../chart/chart-palette';

/** A row of the Affiliates table: a partner, or the non-referred baseline. */
export interface PartnerTableRow {
  key: string;
  label: string;
  partner: PartnerRow | null;
  row: PartnerRow | BaselineRow;
}

export const BASELINE_KEY = '__baseline__';

/** The baseline first, then the partners the type and status filters keep. */
export function partnerTableRows(
  report: AffiliatesOverview,
  baselineLabel: string,
  type: string,
  status: string,
): PartnerTableRow[] {
  const kept = report.partners.filter(
    (p) => (type === '' || p.type === type) && (status === '' || p.status === status),
  );
  return [
    { key: BASELINE_KEY, label: baselineLabel, partner: null, row: report.baseline },
    ...kept.map((p) => ({ key: p.partnerId, label: p.name ?? p.partnerId, partner: p, row: p })),
  ];
}

/** The values a partner field takes, for a filter's choices. */
export const partnerValues = (report: AffiliatesOverview, field: 'type' | 'status'): string[] =>
  [...new Set(report.partners.map((p) => p[field]).filter((v): v is string => v !== null))].sort();

/** A grade's colour, from good (A) to poor (E). */
export function gradeColor(grade: QualityGrade, palette: ChartPalette): string {
  switch (grade) {
    case 'A':
      return palette.positive;
    case 'B':
      return palette.tiers.advocate;
    case 'C':
      return palette.warning;
    case 'D':
    case 'E':
      return palette.negative;
    case 'insufficient data':
      return palette.textMuted;
  }
}

/** A partner's referred customers, and the advocates among them, as accounts-list queries. */
export const referredQuery = (partnerId: string): ListQuery => ({
  filters: { partner: { values: [partnerId] } },
  sort: { column: 'mrr', direction: 'descending' },
});

export const referredAdvocatesQuery = (partnerId: string): ListQuery => ({
  filters: { partner: { values: [partnerId] }, tier: { values: ['champion', 'advocate'] } },
  sort: { column: 'score', direction: 'descending' },
});
