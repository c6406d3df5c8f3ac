import { describe, expect, it } from 'vitest';
import type { SubscriptionRow } from '../../../src-main/analysis/load/subscription-rows';
import { deriveMovements } from '../../../src-main/analysis/metrics/mrr-movements';

const sub = (start: string, end: string | null, mrr: number, plan = 'Pro'): SubscriptionRow => ({
  plan,
  start,
  end,
  mrr,
  currency: 'USD',
  status: null,
});

describe('MRR movements derived from subscriptions', () => {
  it('finds new, expansion, contraction, churn and reactivation', () => {
    const rows = [
      sub('2025-01-01', '2025-04-01', 100, 'Basic'),
      // A plan change: one row ends and the next starts on the same day.
      sub('2025-04-01', '2025-08-01', 150),
      sub('2025-08-01', '2025-10-01', 120),
      sub('2026-01-01', null, 90),
    ];
    const movements = deriveMovements(rows, '2025-01-01', '2026-06-30', (s) => s.mrr);
    expect(movements?.map((m) => [m.date, m.type, m.mrrDelta, m.planFrom, m.planTo])).toEqual([
      ['2025-01-01', 'new', 100, null, 'Basic'],
      ['2025-04-01', 'expansion', 50, 'Basic', 'Pro'],
      ['2025-08-01', 'contraction', -30, 'Pro', 'Pro'],
      ['2025-10-01', 'churn', -120, 'Pro', null],
      ['2026-01-01', 'reactivation', 90, null, 'Pro'],
    ]);
  });

  it('ignores what happens before the first payment and after the as-of date', () => {
    const rows = [
      sub('2025-01-01', '2025-01-15', 0),
      sub('2025-01-15', null, 80),
      sub('2026-09-01', null, 20),
    ];
    const movements = deriveMovements(rows, '2025-01-15', '2026-06-30', (s) => s.mrr);
    expect(movements?.map((m) => m.type)).toEqual(['new']);
  });

  it('derives nothing rather than mixing currencies without a rate', () => {
    expect(
      deriveMovements([sub('2025-01-01', null, 80)], '2025-01-01', '2026-06-30', () => null),
    ).toBeNull();
  });
});
