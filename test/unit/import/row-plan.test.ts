import { describe, expect, it } from 'vitest';
import { CompiledMapping } from '../../../src-main/import/convert/compiled-mapping';
import { Rejection, type Dropped } from '../../../src-main/import/convert/field-typing';
import { contractInterval, monthsBefore, RowPlan } from '../../../src-main/import/convert/row-plan';
import type { SqlValue } from '../../../src-main/import/convert/sql-value';
import { ColumnEvidence, decideDecimal } from '../../../src-main/import/values/column-profile';
import type { DecimalMark, FieldMapping, ImportKind } from '../../../src-shared/model/import';

const lookups = {
  subscriptionAccount: (id: string) => (id === 'S-1' ? 'A-1' : null),
  contactAccount: (email: string) => (email === 'ann@acme.test' ? 'A-1' : null),
};

function plan(
  kind: ImportKind,
  header: string[],
  fields: FieldMapping[],
  decimal: DecimalMark = '.',
) {
  const compiled = new CompiledMapping({
    header,
    mapping: { kind, preset: 'test', fields },
    decimal,
    dateReadings: new Map(header.map((h) => [h, { order: 'mdy' as const, serial: false }])),
  });
  const rowPlan = new RowPlan(kind, compiled, '2024-06-30', lookups);
  const row = (cells: string[]) => {
    const dropped: Dropped[] = [];
    const values = compiled.convert(cells, dropped);
    if (values instanceof Rejection) return values;
    const main = rowPlan.mainRow(values);
    if (main instanceof Rejection) return main;
    return {
      main: Object.fromEntries(rowPlan.columns.map((c, i) => [c, main[i]])) as Record<
        string,
        SqlValue
      >,
      extra: compiled.extra(cells, dropped),
      subscription: rowPlan.snapshotSubscription(values, main),
      movements: rowPlan.movementTypes(values),
      dropped,
    };
  };
  return { row, rowPlan };
}

const col = (field: string, ...columns: string[]): FieldMapping => ({ field, columns });

describe('rows of a kind, with the facts a file carries indirectly', () => {
  it('turns a churn flag into a status, a tenure into a signup date and a monthly charge into a subscription', () => {
    const { row } = plan(
      'accounts',
      ['id', 'Churn', 'tenure', 'MonthlyCharges', 'Contract', 'TotalCharges'],
      [
        col('account_id', 'id'),
        col('churned', 'Churn'),
        col('tenure_months', 'tenure'),
        col('monthly_charges', 'MonthlyCharges'),
        col('contract', 'Contract'),
      ],
    );
    const churned = row(['7590', 'Yes', '3', '29.85', 'Month-to-month', ' ']);
    expect(churned).toMatchObject({
      main: { account_id: '7590', status: 'churned', signup_date: '2024-03-30' },
      subscription: [
        'snapshot:7590',
        '7590',
        'Month-to-month',
        '2024-03-30',
        '2024-06-30',
        29.85,
        'month',
        'canceled',
      ],
    });
    // TotalCharges is a single space for new customers: blank, so not kept; the raw churn flag is.
    expect(JSON.parse((churned as { extra: string }).extra)).toEqual({
      Churn: 'Yes',
      tenure: '3',
      MonthlyCharges: '29.85',
      Contract: 'Month-to-month',
    });
    expect(row(['1', 'No', '0', '20', 'Two year', ' '])).toMatchObject({
      main: { status: 'active', signup_date: '2024-06-30' },
      subscription: ['snapshot:1', '1', 'Two year', '2024-06-30', null, 20, 'two years', 'active'],
    });
  });

  it('reads a subscription status from trial and churn flags, MRR from ARR, and movements from upgrade flags', () => {
    const { row } = plan(
      'subscriptions',
      ['sid', 'aid', 'start', 'arr', 'trial', 'churn', 'up', 'down'],
      [
        col('subscription_id', 'sid'),
        col('account_id', 'aid'),
        col('start_date', 'start'),
        col('arr', 'arr'),
        col('trial', 'trial'),
        col('churned', 'churn'),
        col('upgrade', 'up'),
        col('downgrade', 'down'),
      ],
    );
    expect(row(['S', 'A', '2024-01-01', '1200', 'True', 'False', 'True', 'False'])).toMatchObject({
      main: { status: 'trialing', mrr: 100 },
      movements: ['expansion'],
    });
    expect(row(['S', 'A', '2024-01-01', '1000', 'FALSE', 'TRUE', 'FALSE', 'TRUE'])).toMatchObject({
      main: { status: 'canceled', mrr: 83.33 },
      movements: ['contraction'],
    });
    expect(row(['S', '', '2024-01-01', '', '', '', '', ''])).toEqual(
      new Rejection(
        'aid',
        '',
        'no account_id, which every subscriptions row needs',
        'no-required-value',
        {
          field: 'account_id',
          table: 'subscriptions',
        },
      ),
    );
  });

  it('finds the account of usage keyed by subscription, and says when it cannot', () => {
    const { row } = plan(
      'usage',
      ['sub', 'day', 'feature', 'n'],
      [
        col('subscription_id', 'sub'),
        col('period', 'day'),
        col('metric', 'feature'),
        col('value', 'n'),
      ],
    );
    expect(row(['S-1', '2024-02-03', 'export', '4'])).toMatchObject({
      main: { account_id: 'A-1', period: '2024-02-03', metric: 'export', value: 4 },
    });
    expect(row(['S-9', '2024-02-03', 'export', '4'])).toMatchObject({
      reason: 'subscription S-9 is not in the workspace; import its subscriptions file first',
    });
  });

  it('finds the account of a survey answer from the contact e-mail', () => {
    const { row } = plan(
      'surveys',
      ['id', 'email', 'score'],
      [
        col('response_id', 'id'),
        col('contact_email', 'email'),
        col('score', 'score'),
        { field: 'type', columns: [], value: 'nps' },
      ],
    );
    expect(row(['r1', 'Ann@Acme.test', '9'])).toMatchObject({
      main: { account_id: 'A-1', contact_email: 'ann@acme.test', type: 'NPS', score: 9 },
    });
  });

  it('rejects unreadable values with the column and the reason, and leaves unknown labels empty with a warning', () => {
    const { row } = plan(
      'contacts',
      ['id', 'role', 'seen'],
      [col('contact_id', 'id'), col('role', 'role'), col('last_activity_date', 'seen')],
    );
    expect(row(['c1', 'Champion;Decision Maker', '2/30/2024'])).toEqual(
      new Rejection(
        'seen',
        '2/30/2024',
        '"2/30/2024" is not a date (the column is read as month/day/year)',
        'not-a-date',
        { value: '2/30/2024', order: 'mdy' },
      ),
    );
    const unknown = row(['c1', 'Astronaut', '']);
    expect(unknown).toMatchObject({ main: { role: null }, extra: '{"role":"Astronaut"}' });
    expect(row(['c2', 'Champion;Decision Maker', ''])).toMatchObject({
      main: { role: 'champion' },
    });
  });

  it('reads IDs written as decimals, and joins names', () => {
    const { row } = plan(
      'contacts',
      ['Record ID', 'First', 'Last'],
      [
        col('contact_id', 'Record ID'),
        { field: 'name', columns: ['First', 'Last'], transform: 'join' },
      ],
    );
    expect(row(['17850.0', 'Ann', ' Lee '])).toMatchObject({
      main: { contact_id: '17850', name: 'Ann Lee' },
    });
  });

  it('names a partner by its company, or by the person when the company is blank', () => {
    const { row } = plan(
      'partners',
      ['key', 'Company', 'First', 'Last'],
      [
        col('partner_id', 'key'),
        { field: 'name', columns: ['Company', 'First', 'Last'], transform: 'first-or-join' },
      ],
    );
    expect(row(['p1', 'GrowthStack', 'Hannah', 'Reed'])).toMatchObject({
      main: { name: 'GrowthStack' },
    });
    expect(row(['p2', ' ', 'Hannah', 'Reed'])).toMatchObject({ main: { name: 'Hannah Reed' } });
  });

  it('keeps Stripe’s cancellation feedback, and its reason only when a payment failed', () => {
    const { row } = plan(
      'subscriptions',
      ['id', 'cus', 'start', 'Feedback', 'Reason'],
      [
        col('subscription_id', 'id'),
        col('account_id', 'cus'),
        col('start_date', 'start'),
        {
          field: 'cancel_reason',
          columns: ['Feedback', 'Reason'],
          transform: 'stripe-cancel-reason',
        },
      ],
    );
    const reason = (feedback: string, code: string) => {
      const result = row(['s', 'c', '2024-01-01', feedback, code]);
      return result instanceof Rejection ? result : result.main['cancel_reason'];
    };
    expect(reason('Too_Expensive', 'cancellation_requested')).toBe('too_expensive');
    expect(reason('', 'payment_failed')).toBe('payment_failed');
    expect(reason('', 'cancellation_requested')).toBeNull();
  });

  it('prices Stripe subscriptions per month and starts them when the trial ends', () => {
    const { row } = plan(
      'subscriptions',
      ['id', 'cus', 'Start', 'Trial End', 'Amount', 'Quantity', 'Interval'],
      [
        col('subscription_id', 'id'),
        col('account_id', 'cus'),
        { field: 'start_date', columns: ['Start', 'Trial End'], transform: 'latest' },
        { field: 'mrr', columns: ['Amount', 'Quantity', 'Interval'], transform: 'monthly-price' },
        col('billing_interval', 'Interval'),
      ],
    );
    expect(
      row(['s', 'c', '2024-01-01 10:00', '2024-01-15 10:00', '290.00', '3', 'year']),
    ).toMatchObject({
      main: { start_date: '2024-01-15', mrr: 72.5, billing_interval: 'year' },
    });
    expect(row(['s', 'c', '2024-01-01', '', '49', '', 'fortnight'])).toMatchObject({
      reason: '"fortnight" is not a billing interval',
    });
  });
});

describe('helpers', () => {
  it('counts months back to the same day, clamped to the month end', () => {
    expect(monthsBefore('2024-06-30', 0)).toBe('2024-06-30');
    expect(monthsBefore('2024-06-30', 4)).toBe('2024-02-29');
    expect(monthsBefore('2024-03-31', 13)).toBe('2023-02-28');
    expect(monthsBefore('2024-01-15', 72)).toBe('2018-01-15');
  });

  it('reads contract terms', () => {
    expect(contractInterval('Month-to-month')).toBe('month');
    expect(contractInterval('One year')).toBe('year');
    expect(contractInterval('Two year')).toBe('two years');
    expect(contractInterval('Lifetime')).toBeNull();
  });

  it('profiles a column: type, blanks and the day/month order it shows', () => {
    const e = new ColumnEvidence();
    for (const v of ['3/5/2024', '', '10/16/2024', '1/2/2023']) e.add(v);
    expect([e.type, e.dateOrder, e.blankShare]).toEqual(['date', 'mdy', 0.25]);
    const n = new ColumnEvidence();
    for (const v of ['12,5', '1.234,56', '7']) n.add(v);
    expect(n.type).toBe('number');
    expect(decideDecimal([n], ',')).toBe(',');
    const b = new ColumnEvidence();
    for (const v of ['TRUE', 'FALSE', 'TRUE']) b.add(v);
    expect(b.type).toBe('boolean');
    const ids = new ColumnEvidence();
    for (const v of ['17850.0', '17851.0']) ids.add(v);
    expect(ids.type).toBe('integer');
    const serial = new ColumnEvidence();
    for (const v of ['45356', '45400']) serial.add(v);
    expect(serial.allSerials).toBe(true);
  });
});
