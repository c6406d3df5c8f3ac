import type {
  FigureDelta,
  ScenarioComparison,
  ScenarioFigures,
} from '../../../src-shared/model/scenarios';
import type { CellValue, ExportTable } from '../../export/table';

const figureHeaders = [
  'customers',
  'payout',
  'paid',
  'pending',
  'clawed back',
  'bonuses',
  'revenue',
  'net revenue',
  'ROI',
  'cost per customer',
  'payback month',
];
const deltaHeaders = ['Δ payout', 'Δ net revenue', 'Δ ROI', 'Δ cost per customer'];

const figureCells = (f: ScenarioFigures): CellValue[] => [
  f.customers,
  f.payout,
  f.paid,
  f.pending,
  f.clawedBack,
  f.bonuses,
  f.revenue,
  f.netRevenue,
  f.roi,
  f.costPerCustomer,
  f.paybackMonth,
];

const deltaCells = (d: FigureDelta | undefined): CellValue[] =>
  d ? [d.payout, d.netRevenue, d.roi, d.costPerCustomer] : [null, null, null, null];

/** Every total-row's partner id: the scenario as a whole. */
export const ALL_PARTNERS = '(all partners)';

/**
 * A comparison as one table: for each scenario (the baseline first) a row of totals and a row per
 * partner, with the history's figures and deltas against the baseline, then the projection's
 * (expected values). The baseline's deltas are empty.
 */
export function comparisonTable(comparison: ScenarioComparison): ExportTable {
  return {
    name: 'Scenario comparison',
    headers: [
      'Scenario',
      'Baseline',
      'Partner ID',
      'Partner',
      ...figureHeaders.map((h) => `History ${h}`),
      ...deltaHeaders.map((h) => `History ${h}`),
      ...figureHeaders.map((h) => `Projected ${h} (expected)`),
      ...deltaHeaders.map((h) => `Projected ${h} (expected)`),
    ],
    rows: comparison.scenarios.flatMap((s) => {
      const isBaseline = s.name === comparison.baseline;
      const lead = (id: string, name: string | null): CellValue[] => [s.name, isBaseline, id, name];
      return [
        [
          ...lead(ALL_PARTNERS, null),
          ...figureCells(s.history),
          ...deltaCells(s.delta),
          ...figureCells(s.projection),
          ...deltaCells(s.delta?.projection),
        ],
        ...s.partners.map((p) => [
          ...lead(p.partnerId, p.name),
          ...figureCells(p.history),
          ...deltaCells(p.delta),
          ...figureCells(p.projection),
          ...deltaCells(p.delta?.projection),
        ]),
      ];
    }),
  };
}
