import { signalNames } from '../../../src-shared/model/analysis/score';
import {
  type ClusterResult,
  type FactorRow,
  type SegmentRow,
  type UseCaseRow,
} from '../../../src-shared/model/analysis/segments';
import { MIN_COMBINATION_CUSTOMERS, segmentKey } from '../../analysis/segments/rule-segments';
import { show, textTable, type TextColumn } from './text-table';

export interface SegmentsView {
  asOf: string;
  segments: SegmentRow[];
  factors: FactorRow[];
  useCases: UseCaseRow[];
  clusters: ClusterResult;
}

/** How much of a list the text shows: the first rows and how many there are. */
export interface Shown {
  segments: number;
  factors: number;
}

const interval = (r: FactorRow) =>
  r.lower === null || r.upper === null
    ? '–'
    : `${show.fixed(r.lower, 2)}–${show.fixed(r.upper, 2)}`;

const share = (part: number, whole: number) => show.percent(whole > 0 ? part / whole : null, 1);

/** Lift, its interval and its test: the same columns for factors and use cases. */
const liftColumns: TextColumn<FactorRow>[] = [
  { header: 'lift', value: (r) => show.fixed(r.lift, 2), align: 'right' },
  { header: '95% interval', value: interval, align: 'right' },
  { header: 'p', value: (r) => show.p(r.p), align: 'right' },
  { header: 'test', value: (r) => r.test },
  { header: 'sig.', value: (r) => (r.significant ? '*' : '') },
];

const more = (shown: number, total: number) =>
  shown < total ? [`(${shown} of ${total}; --top N or --json for more)`] : [];

function segmentsTable(rows: readonly SegmentRow[]): string {
  return textTable(rows, [
    { header: 'segment', value: segmentKey },
    { header: 'customers', value: (r) => show.int(r.customers), align: 'right' },
    { header: 'active', value: (r) => show.int(r.activeCustomers), align: 'right' },
    { header: 'top advocates', value: (r) => show.int(r.topAdvocates), align: 'right' },
    { header: 'advocate rate', value: (r) => show.percent(r.advocateRate, 1), align: 'right' },
    { header: 'mean score', value: (r) => show.fixed(r.meanScore, 1), align: 'right' },
    { header: 'churned', value: (r) => show.percent(r.churnedShare, 1), align: 'right' },
    { header: 'MRR', value: (r) => show.money(r.mrr), align: 'right' },
  ]);
}

function factorsTable(rows: readonly FactorRow[]): string {
  return textTable(rows, [
    { header: 'attribute', value: (r) => r.attribute },
    { header: 'value', value: (r) => r.value },
    {
      header: 'top advocates with it',
      value: (r) => `${r.withValue}/${r.topAdvocates} (${share(r.withValue, r.topAdvocates)})`,
      align: 'right',
    },
    {
      header: 'all customers with it',
      value: (r) =>
        `${r.populationWithValue}/${r.population} (${share(r.populationWithValue, r.population)})`,
      align: 'right',
    },
    ...liftColumns,
  ]);
}

function useCasesTable(rows: readonly UseCaseRow[]): string {
  return textTable<UseCaseRow>(rows, [
    { header: 'use case', value: (r) => r.value },
    { header: 'customers', value: (r) => show.int(r.customers), align: 'right' },
    { header: 'advocate rate', value: (r) => show.percent(r.advocateRate, 1), align: 'right' },
    { header: 'churned', value: (r) => show.percent(r.churnedShare, 1), align: 'right' },
    ...liftColumns,
  ]);
}

function clustersTable(result: ClusterResult): string {
  const signed = (z: number) => {
    const rounded = Number(z.toFixed(2));
    return `${rounded > 0 ? '+' : ''}${rounded.toFixed(2)}`;
  };
  return textTable(result.clusters, [
    { header: 'cluster', value: (c) => String(c.cluster), align: 'right' },
    { header: 'profile', value: (c) => c.label },
    { header: 'size', value: (c) => show.int(c.size), align: 'right' },
    { header: 'mean score', value: (c) => show.fixed(c.meanScore, 1), align: 'right' },
    { header: 'top advocates', value: (c) => show.percent(c.topAdvocateShare, 1), align: 'right' },
    ...signalNames.map((signal) => ({
      header: signal,
      value: (c: ClusterResult['clusters'][number]) => {
        const z = c.signals.find((s) => s.signal === signal)?.z;
        return z === undefined ? '–' : signed(z);
      },
      align: 'right' as const,
    })),
  ]);
}

/** A table, or a line saying there is nothing to show. */
const orNone = (rows: readonly unknown[], table: () => string, none: string) =>
  rows.length === 0 ? none : table();

/** Rule segments, common factors, use cases and clusters, as the Segments view shows them. */
export function formatSegments(view: SegmentsView, shown: Shown): string {
  const { clusters } = view;
  return [
    `Rule segments as of ${view.asOf}: customers by one dimension, or by two when at least ${MIN_COMBINATION_CUSTOMERS} customers share both values; by advocate rate (top advocates ÷ customers).`,
    '',
    orNone(view.segments, () => segmentsTable(view.segments.slice(0, shown.segments)), 'None.'),
    ...more(Math.min(shown.segments, view.segments.length), view.segments.length),
    '',
    'Common factors: the share of top advocates with a value against the share of all customers; * = significant at 5%.',
    '',
    orNone(view.factors, () => factorsTable(view.factors.slice(0, shown.factors)), 'None.'),
    ...more(Math.min(shown.factors, view.factors.length), view.factors.length),
    '',
    'Use cases among successful customers, by lift among top advocates:',
    '',
    orNone(view.useCases, () => useCasesTable(view.useCases), 'None: no use case is imported.'),
    '',
    ...(clusters.clusters.length === 0
      ? ['Clusters: too few scored accounts, or too few signals, to cluster.']
      : [
          `Clusters: k-means on standardised signals, k = ${clusters.k} chosen by silhouette (${show.fixed(clusters.silhouette, 3)}), seed ${clusters.seed}; signal columns are mean z-scores.`,
          '',
          clustersTable(clusters),
        ]),
  ].join('\n');
}
