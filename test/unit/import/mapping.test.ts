import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMapping } from '../../../src-main/import/mapping/check-mapping';
import { chooseKind } from '../../../src-main/import/mapping/detect-kind';
import { normaliseHeader } from '../../../src-main/import/mapping/header-names';
import { presets } from '../../../src-main/import/mapping/presets';
import { targetFields } from '../../../src-main/import/mapping/target-fields';
import { defaultSampleDir } from '../../../src-main/import/sample/sample-dir';
import { importKinds } from '../../../src-shared/model/import';

const fixtures = join(import.meta.dirname, '../../fixtures/datasets');
const headerOf = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)[0]
    ?.split(',') ?? [];

const fieldsOf = (header: string[]) => {
  const best = chooseKind(header).best;
  return Object.fromEntries(
    (best?.mapping.fields ?? []).map((f) => [f.field, f.value ?? f.columns.join('+')]),
  );
};

describe('header names', () => {
  it('compares headers by their words', () => {
    expect(normaliseHeader('account_id (metadata)')).toBe('account id metadata');
    expect(normaliseHeader('MonthlyCharges')).toBe('monthly charges');
    expect(normaliseHeader('customerID')).toBe('customer id');
    expect(normaliseHeader('Country/Region')).toBe('country region');
    expect(normaliseHeader('顧客ＩＤ')).toBe('顧客id');
    expect(normaliseHeader('#')).toBe('#');
  });
});

describe('kind detection from headers', () => {
  it.each([
    ['hubspot-companies.csv', 'accounts', 'hubspot-companies'],
    ['hubspot-contacts.csv', 'contacts', 'hubspot-contacts'],
    ['stripe-subscriptions.csv', 'subscriptions', 'stripe-subscriptions'],
    ['stripe-payments.csv', 'payments', 'stripe-payments'],
    ['zendesk-tickets.csv', 'tickets', 'zendesk-tickets'],
    ['delighted-nps.csv', 'surveys', 'delighted-nps'],
    ['typeform-csat.csv', 'surveys', 'typeform-csat'],
    ['product-usage.csv', 'usage', 'generic-usage'],
    ['partnerstack-partners.csv', 'partners', 'partnerstack-partners'],
    ['partnerstack-referrals.csv', 'referrals', 'partnerstack-referrals'],
    ['partnerstack-commissions.csv', 'commissions', 'partnerstack-commissions'],
    ['churnzero-accounts.csv', 'accounts', 'churnzero-accounts'],
    ['cs-costs.csv', 'cs_costs', 'generic-cs-costs'],
  ])('the sample file %s is %s (%s)', (file, kind, preset) => {
    const best = chooseKind(headerOf(join(defaultSampleDir(), file))).best;
    expect([best?.preset.kind, best?.preset.name]).toEqual([kind, preset]);
  });

  it.each([
    ['ravenstack/ravenstack_accounts.csv', 'accounts'],
    ['ravenstack/ravenstack_subscriptions.csv', 'subscriptions'],
    ['ravenstack/ravenstack_subscriptions_excel.csv', 'subscriptions'],
    ['ravenstack/ravenstack_churn_events.csv', 'churn_events'],
    ['ravenstack/ravenstack_support_tickets.csv', 'tickets'],
    ['ravenstack/ravenstack_feature_usage.csv', 'usage'],
    ['telco/WA_Fn-UseC_-Telco-Customer-Churn.csv', 'accounts'],
  ])('the real export %s is %s', (file, kind) => {
    expect(chooseKind(headerOf(join(fixtures, file))).best?.preset.kind).toBe(kind);
  });

  it('maps the facts a file carries indirectly to derived fields', () => {
    expect(
      fieldsOf(headerOf(join(fixtures, 'telco/WA_Fn-UseC_-Telco-Customer-Churn.csv'))),
    ).toEqual({
      account_id: 'customerID',
      churned: 'Churn',
      tenure_months: 'tenure',
      monthly_charges: 'MonthlyCharges',
      contract: 'Contract',
    });
    const usage = fieldsOf(headerOf(join(fixtures, 'ravenstack/ravenstack_feature_usage.csv')));
    expect(usage).toMatchObject({
      subscription_id: 'subscription_id',
      period: 'usage_date',
      metric: 'feature_name',
      value: 'usage_count',
    });
    expect(usage).not.toHaveProperty('account_id');
    expect(
      fieldsOf(headerOf(join(fixtures, 'ravenstack/ravenstack_subscriptions.csv'))),
    ).toMatchObject({
      upgrade: 'upgrade_flag',
      downgrade: 'downgrade_flag',
      churned: 'churn_flag',
      trial: 'is_trial',
      arr: 'arr_amount',
      mrr: 'mrr_amount',
    });
  });

  it('matches Japanese headers', () => {
    const header = ['顧客ID', '会社名', '業種', '流入経路', '契約開始日', '解約日', '従業員数'];
    expect(chooseKind(header).best?.preset.kind).toBe('accounts');
    expect(fieldsOf(header)).toEqual({
      account_id: '顧客ID',
      name: '会社名',
      industry: '業種',
      acquisition_channel: '流入経路',
      signup_date: '契約開始日',
      churn_date: '解約日',
      employees: '従業員数',
    });
    expect(
      chooseKind(['チケットID', '顧客ID', '作成日時', '優先度', '満足度']).best?.preset.kind,
    ).toBe('tickets');
  });

  it('combines first and last names, and reads the survey type from the question', () => {
    expect(
      fieldsOf(['Contact ID', 'First Name', 'Last Name', 'Email', 'Account ID']),
    ).toMatchObject({ name: 'First Name+Last Name' });
    expect(
      fieldsOf(['Response ID', 'Email', 'How likely are you to recommend us?', 'Date']),
    ).toMatchObject({ type: 'NPS' });
  });

  it('narrows the choice to the kind the analyst names, and finds nothing for a file without a key', () => {
    expect(chooseKind(['id', 'amount', 'created'], { kind: 'payments' }).best?.preset.kind).toBe(
      'payments',
    );
    expect(chooseKind(['colour', 'size', 'weight']).best).toBeNull();
  });

  it('has a tool preset for each tool the design names', () => {
    const tools = [
      'stripe',
      'hubspot',
      'salesforce',
      'zendesk',
      'intercom',
      'nps',
      'csat',
      'partnerstack',
      'rewardful',
      'firstpromoter',
      'tapfiliate',
    ];
    for (const tool of tools)
      expect(
        presets.some((p) => p.name.startsWith(tool)),
        tool,
      ).toBe(true);
    for (const kind of importKinds)
      expect(
        presets.some((p) => p.name === `generic-${kind.replace(/_/g, '-')}`),
        kind,
      ).toBe(true);
  });

  it('names only fields of its kind in every preset', () => {
    for (const preset of presets) {
      const names = new Set(targetFields(preset.kind).map((f) => f.name));
      for (const f of preset.fields)
        expect(names.has(f.field), `${preset.name}.${f.field}`).toBe(true);
    }
  });
});

describe('checking a mapping', () => {
  it('fits column names to the header and refuses a mapping without a key', () => {
    const header = ['Customer No', 'Company'];
    const ok = checkMapping(
      {
        kind: 'accounts',
        preset: 'custom',
        fields: [{ field: 'account_id', columns: ['customer_no'] }],
      },
      header,
      'f.csv',
    );
    expect(ok.problems).toEqual([]);
    expect(ok.mapping.fields[0]?.columns).toEqual(['Customer No']);
    const noKey = checkMapping({ kind: 'tickets', preset: 'custom', fields: [] }, header, 'f.csv');
    expect(noKey.problems[0]).toMatchObject({ severity: 'fatal', code: 'no-key' });
    expect(noKey.problems[0]?.message).toMatch(
      /f\.csv does not look like a tickets file: no column holds its key, ticket_id/,
    );
    const missing = checkMapping(
      { kind: 'accounts', preset: 'custom', fields: [{ field: 'account_id', columns: ['Nope'] }] },
      header,
      'f.csv',
    );
    expect(missing.problems[0]).toMatchObject({ code: 'missing-column', column: 'Nope' });
  });
});
