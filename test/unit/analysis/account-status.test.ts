import { describe, expect, it } from 'vitest';
import { accountStatus, neverRan } from '../../../src-main/analysis/status/account-status';

const asOf = '2026-09-30';
const sub = (start: string | null, end: string | null = null) => ({ start, end });

describe('account status (DESIGN section 4)', () => {
  it('is active with a running subscription and no churn signal', () => {
    expect(
      accountStatus({ churnDate: null, status: null, subscriptions: [sub('2025-01-10')] }, asOf),
    ).toEqual({
      status: 'active',
      churnDate: null,
      firstStart: '2025-01-10',
      reactivated: false,
    });
  });

  it('is churned when every subscription has ended, at the last end', () => {
    const state = accountStatus(
      {
        churnDate: null,
        status: 'Active',
        subscriptions: [sub('2024-01-01', '2024-06-01'), sub('2024-06-01', '2025-02-14')],
      },
      asOf,
    );
    expect(state).toMatchObject({
      status: 'churned',
      churnDate: '2025-02-14',
      firstStart: '2024-01-01',
    });
  });

  it('treats an end after the as-of date as still running', () => {
    const state = accountStatus(
      { churnDate: null, status: null, subscriptions: [sub('2025-01-01', '2026-12-31')] },
      asOf,
    );
    expect(state.status).toBe('active');
  });

  it('is churned by a churn date or a churned status', () => {
    expect(
      accountStatus({ churnDate: '2026-03-01', status: null, subscriptions: [] }, asOf),
    ).toMatchObject({
      status: 'churned',
      churnDate: '2026-03-01',
    });
    expect(
      accountStatus({ churnDate: null, status: 'Cancelled', subscriptions: [] }, asOf),
    ).toMatchObject({
      status: 'churned',
      churnDate: null,
    });
    expect(accountStatus({ churnDate: null, status: '解約', subscriptions: [] }, asOf).status).toBe(
      'churned',
    );
  });

  it('ignores a churn date after the as-of date', () => {
    expect(
      accountStatus({ churnDate: '2026-12-01', status: null, subscriptions: [] }, asOf).status,
    ).toBe('active');
  });

  it('is active again after a reactivation', () => {
    const state = accountStatus(
      {
        churnDate: '2025-03-01',
        status: null,
        subscriptions: [sub('2024-01-01', '2025-03-01'), sub('2025-08-01')],
      },
      asOf,
    );
    expect(state).toEqual({
      status: 'active',
      churnDate: null,
      firstStart: '2024-01-01',
      reactivated: true,
    });
  });

  it('ignores subscriptions that start after the as-of date', () => {
    const state = accountStatus(
      {
        churnDate: null,
        status: null,
        subscriptions: [sub('2024-01-01', '2025-01-01'), sub('2027-01-01')],
      },
      asOf,
    );
    expect(state).toMatchObject({ status: 'churned', churnDate: '2025-01-01' });
  });

  it('ignores a subscription cancelled during its trial: it never ran', () => {
    const trial = sub('2025-03-15', '2025-03-09');
    expect(neverRan(trial)).toBe(true);
    expect(neverRan(sub('2025-03-15', '2025-03-15'))).toBe(false);
    const state = accountStatus(
      { churnDate: null, status: null, subscriptions: [trial, sub('2025-06-01')] },
      asOf,
    );
    expect(state).toMatchObject({ status: 'active', firstStart: '2025-06-01' });
  });
});
