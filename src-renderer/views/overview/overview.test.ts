import { describe, expect, it } from 'vitest';
import type { DataCoverage, SourceCoverage } from '../../../src-shared/model/coverage';
import type { KeyFigures } from '../../../src-shared/model/overview';
import { sourceKinds, type SourceKind } from '../../../src-shared/model/sources';
import { createFormatters } from '../../i18n/format';
import { messages } from '../../i18n/messages';
import { reachBars, rungState, sourceRows } from './coverage-rows';
import { figureCards } from './key-figure-cards';

const source = (kind: SourceKind, rows: number, covered: number | null): SourceCoverage => ({
  kind,
  rows,
  accountsCovered: covered,
  accountShare: covered === null ? null : covered / 100,
  dateRange: null,
  emptyFields: [],
  orphans: 0,
  lastImportedAt: null,
});

const coverage = (sources: SourceCoverage[]): DataCoverage => ({
  accounts: 100,
  sources,
  maturity: { stage: 'commercial', domains: [], score: 0.3, present: [], missing: [] },
  nextImport: null,
  dataRevision: 1,
  computedAt: '2026-01-01T00:00:00Z',
});

describe('coverage rows', () => {
  const all = (overrides: Partial<Record<SourceKind, SourceCoverage>>) =>
    coverage(
      sourceKinds.map((kind) => overrides[kind] ?? source(kind, 0, kind === 'partners' ? null : 0)),
    );

  it('tells imported, missing and derived sources apart', () => {
    const rows = sourceRows(
      all({
        accounts: source('accounts', 100, 100),
        subscriptions: source('subscriptions', 120, 90),
      }),
    );
    const state = (kind: SourceKind) => rows.find((r) => r.kind === kind)?.state;
    expect(state('accounts')).toBe('present');
    expect(state('mrr_movements')).toBe('derived');
    expect(state('payments')).toBe('missing');
    // Without subscriptions there is nothing to derive movements from.
    expect(sourceRows(all({})).find((r) => r.kind === 'mrr_movements')?.state).toBe('missing');
  });

  it('charts per-account sources widest first, leaving out derived and non-account ones', () => {
    const rows = sourceRows(
      all({
        accounts: source('accounts', 100, 100),
        subscriptions: source('subscriptions', 120, 90),
        tickets: source('tickets', 50, 40),
        partners: source('partners', 5, null),
      }),
    );
    const bars = reachBars(rows);
    expect(bars.slice(0, 3).map((b) => [b.kind, b.share])).toEqual([
      ['accounts', 1],
      ['subscriptions', 0.9],
      ['tickets', 0.4],
    ]);
    expect(bars.map((b) => b.kind)).not.toContain('mrr_movements');
    expect(bars.map((b) => b.kind)).not.toContain('partners');
  });

  it('marks the rungs below, at and above the current stage', () => {
    expect(rungState('minimal', 'commercial')).toBe('reached');
    expect(rungState('commercial', 'commercial')).toBe('current');
    expect(rungState('full', 'commercial')).toBe('ahead');
    expect(rungState('minimal', 'none')).toBe('ahead');
  });
});

describe('key figure cards', () => {
  const figures: KeyFigures = {
    asOf: '2026-09-30',
    accounts: 10,
    active: 6,
    churned: 2,
    mrr: { amount: 1234.5, currency: 'USD', excludedCurrencies: ['EUR'] },
    mrrConverted: [],
    partners: 3,
    referredAccounts: 4,
    dataRevision: 1,
  };

  it('puts each figure in context, and names the currencies left out of MRR', () => {
    const cards = figureCards(figures, messages.en, createFormatters('en'));
    const card = (id: string) => cards.find((c) => c.id === id);
    expect(card('accounts')?.caption).toBe('2 in trial or never paid');
    expect(card('active')?.caption).toBe('75% of paying customers');
    expect(card('churned')?.caption).toBe('25% of paying customers');
    expect(card('mrr')?.value).toBe('$1.23K');
    expect(card('mrr')?.caption).toBe('$1,235 per month');
    expect(card('mrr')?.warning).toBe('Excludes EUR (no rate)');
    expect(card('referredAccounts')?.caption).toBe('40% of accounts came via partners');
  });

  it('gives no currency warning when every amount was converted', () => {
    const cards = figureCards(
      { ...figures, mrr: { ...figures.mrr, excludedCurrencies: [] } },
      messages.ja,
      createFormatters('ja'),
    );
    expect(cards.find((c) => c.id === 'mrr')?.warning).toBeUndefined();
    expect(cards.find((c) => c.id === 'accounts')?.caption).toBe(
      'うち 2 件はトライアル中または未課金',
    );
  });

  it('says which currencies MRR converted, at which rate', () => {
    const converted = {
      ...figures,
      mrr: { ...figures.mrr, excludedCurrencies: [] },
      mrrConverted: [
        { currency: 'EUR', rate: 1.08 },
        { currency: 'GBP', rate: 1.27 },
      ],
    };
    const card = figureCards(converted, messages.en, createFormatters('en')).find(
      (c) => c.id === 'mrr',
    );
    expect(card?.note).toBe('Includes EUR at 1.08 & GBP at 1.27, converted at your rates');
    expect(figureCards(figures, messages.en, createFormatters('en'))[3]?.note).toBeUndefined();
  });
});
