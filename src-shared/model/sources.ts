/** The kinds of export the application understands, each mapped into one canonical table. */
export const sourceKinds = [
  'accounts',
  'contacts',
  'subscriptions',
  'mrr_movements',
  'payments',
  'tickets',
  'surveys',
  'usage',
  'partners',
  'referrals',
  'commissions',
  'cs_costs',
] as const;

export type SourceKind = (typeof sourceKinds)[number];

export const isSourceKind = (value: string): value is SourceKind =>
  (sourceKinds as readonly string[]).includes(value);
