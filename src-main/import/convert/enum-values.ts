/**
 * The canonical values of enumerated fields from the labels tools use. Labels are compared in lower
 * case; a label not listed here is not guessed.
 */
const roleLabels: Readonly<Record<string, string>> = {
  champion: 'champion',
  'decision maker': 'decision_maker',
  decision_maker: 'decision_maker',
  'executive sponsor': 'decision_maker',
  'economic buyer': 'decision_maker',
  'budget holder': 'decision_maker',
  buyer: 'decision_maker',
  influencer: 'influencer',
  'technical evaluator': 'influencer',
  evaluator: 'influencer',
  'legal and compliance': 'influencer',
  'end user': 'user',
  user: 'user',
  チャンピオン: 'champion',
  決裁者: 'decision_maker',
  意思決定者: 'decision_maker',
  推進者: 'champion',
  影響者: 'influencer',
  利用者: 'user',
  ユーザー: 'user',
};
const rolePriority = ['champion', 'decision_maker', 'influencer', 'user'];

const surveyLabels: Readonly<Record<string, string>> = {
  nps: 'NPS',
  'net promoter score': 'NPS',
  csat: 'CSAT',
  'customer satisfaction': 'CSAT',
  satisfaction: 'CSAT',
  ces: 'CES',
  'customer effort score': 'CES',
  effort: 'CES',
};

const commissionLabels: Readonly<Record<string, string>> = {
  pending: 'pending',
  unpaid: 'pending',
  open: 'pending',
  'on hold': 'pending',
  hold: 'pending',
  保留: 'pending',
  未承認: 'pending',
  approved: 'approved',
  due: 'approved',
  payable: 'approved',
  承認済み: 'approved',
  paid: 'paid',
  completed: 'paid',
  processed: 'paid',
  支払済み: 'paid',
  reversed: 'reversed',
  voided: 'reversed',
  void: 'reversed',
  refunded: 'reversed',
  declined: 'reversed',
  denied: 'reversed',
  rejected: 'reversed',
  disapproved: 'reversed',
  cancelled: 'reversed',
  canceled: 'reversed',
  chargeback: 'reversed',
  'clawed back': 'reversed',
  取消: 'reversed',
};

const movementLabels: Readonly<Record<string, string>> = {
  new: 'new',
  'new business': 'new',
  'new customer': 'new',
  expansion: 'expansion',
  upgrade: 'expansion',
  upsell: 'expansion',
  'cross-sell': 'expansion',
  contraction: 'contraction',
  downgrade: 'contraction',
  downsell: 'contraction',
  churn: 'churn',
  churned: 'churn',
  cancellation: 'churn',
  cancel: 'churn',
  lost: 'churn',
  reactivation: 'reactivation',
  reactivated: 'reactivation',
  winback: 'reactivation',
  'win back': 'reactivation',
};

/** HubSpot writes several buying roles in one cell ("Champion;Decision Maker"): the strongest is kept. */
function contactRole(text: string): string | undefined {
  const roles = text
    .split(/[;,、]/)
    .map((label) => roleLabels[label.trim().toLowerCase()])
    .filter((role): role is string => role !== undefined);
  return rolePriority.find((role) => roles.includes(role));
}

/** The canonical value of an enumerated field, or undefined when the label is not known. */
export function enumValue(table: string, field: string, text: string): string | undefined {
  const label = text.trim().toLowerCase();
  if (table === 'contacts' && field === 'role') return contactRole(text);
  if (table === 'surveys' && field === 'type') return surveyLabels[label];
  if (table === 'commissions' && field === 'status') return commissionLabels[label];
  if (table === 'mrr_movements' && field === 'type')
    return movementLabels[label.replace(/_/g, ' ')] ?? movementLabels[label];
  return undefined;
}

/** Zendesk and Intercom rate a ticket in words: good is 1, bad is 0, and an offer without an answer is none. */
export function ratingWord(text: string): number | null | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'good' || word === 'satisfied' || word === 'great' || word === 'amazing') return 1;
  if (word === 'bad' || word === 'unsatisfied' || word === 'dissatisfied' || word === 'terrible')
    return 0;
  if (word === 'offered' || word === 'unoffered' || word === 'not offered') return null;
  return undefined;
}
