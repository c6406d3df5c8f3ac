import { canonicalSources, type CanonicalField } from '../../../src-shared/model/canonical';
import { kindTable, type ImportKind, type TargetField } from '../../../src-shared/model/import';

const describe: Readonly<Record<string, string>> = {
  account_id: 'The customer account the row belongs to.',
  churned:
    'A churn flag: sets the status to churned (or active) when the file has no status column.',
  trial: 'A trial flag: marks the subscription as trialing when the file has no status column.',
  tenure_months:
    'Months since the customer started, counted back from the snapshot date to give the signup date.',
  monthly_charges: 'What the account pays per month: becomes one subscription per account.',
  contract:
    "The contract term (month-to-month, one year, two year): that subscription's billing interval.",
  upgrade: 'An upgrade flag: records an expansion at the start of the subscription.',
  downgrade: 'A downgrade flag: records a contraction at the start of the subscription.',
  arr: 'Annual recurring revenue: read as MRR ÷ 12 when there is no MRR column.',
  subscription_id:
    'The subscription the usage belongs to; its account is looked up in the imported subscriptions.',
  churn_reason: "Why the customer left: kept with the account's other columns.",
};

const field = (f: CanonicalField): TargetField => ({
  name: f.name,
  type: f.type,
  key: f.key ?? false,
  required: f.required ?? false,
  derived: false,
  ...(f.values ? { values: f.values } : {}),
  description:
    describe[f.name] ??
    (f.key ? 'Identifies the row: rows with the same key are updated in place.' : ''),
});

const derived = (name: string, type: TargetField['type']): TargetField => ({
  name,
  type,
  key: false,
  required: false,
  derived: true,
  description: describe[name] ?? '',
});

/** Fields beyond the table's columns that carry facts the analysis needs (DESIGN section 4). */
const derivedFields: Partial<Record<ImportKind, TargetField[]>> = {
  accounts: [
    derived('churned', 'boolean'),
    derived('tenure_months', 'integer'),
    derived('monthly_charges', 'number'),
    derived('contract', 'text'),
  ],
  subscriptions: [
    derived('churned', 'boolean'),
    derived('trial', 'boolean'),
    derived('upgrade', 'boolean'),
    derived('downgrade', 'boolean'),
    derived('arr', 'number'),
  ],
  usage: [derived('subscription_id', 'text')],
};

/** Every field a file of this kind can be mapped to, the table's columns first. */
export function targetFields(kind: ImportKind): TargetField[] {
  if (kind === 'churn_events') {
    return [
      {
        ...field({ name: 'account_id', type: 'text', key: true }),
        description: describe['account_id'] ?? '',
      },
      {
        ...field({ name: 'churn_date', type: 'date', required: true }),
        description: 'When the customer churned; the latest event of an account is kept.',
      },
      derived('churn_reason', 'text'),
    ];
  }
  const own = canonicalSources[kindTable(kind)].fields.map(field);
  if (kind === 'usage') {
    // Usage keyed by subscription finds its account through the subscription.
    const account = own.find((f) => f.name === 'account_id');
    if (account) account.description = 'The account; or map a subscription ID instead.';
  }
  return [...own, ...(derivedFields[kind] ?? [])];
}

export function targetField(kind: ImportKind, name: string): TargetField | undefined {
  return targetFields(kind).find((f) => f.name === name);
}

/** The key fields a mapping must supply, with the alternatives that can stand in for one. */
export function keyAlternatives(kind: ImportKind): { field: string; or: string[] }[] {
  return targetFields(kind)
    .filter((f) => f.key)
    .map((f) => ({
      field: f.name,
      or: kind === 'usage' && f.name === 'account_id' ? ['subscription_id'] : [],
    }));
}
