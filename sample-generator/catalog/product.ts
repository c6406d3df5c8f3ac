/**
 * The sample company, "Brightwave", sells an operations-analytics product. Its price list, the use
 * cases customers buy it for, the features the product-usage export counts, and why people leave.
 */
export const COMPANY_NAME = 'Brightwave';

export type PlanName = 'Starter' | 'Growth' | 'Pro' | 'Enterprise';

export interface Plan {
  name: PlanName;
  /** List price per unit and month; a yearly price is ten months' worth. */
  monthlyUnitPrice: number;
  /** Starter is a flat fee (quantity 1); the others are priced per seat. */
  perSeat: boolean;
  minSeats: number;
  maxSeats: number;
  /** Effect on the monthly churn risk. */
  hazard: number;
}

export const plans: readonly Plan[] = [
  { name: 'Starter', monthlyUnitPrice: 49, perSeat: false, minSeats: 1, maxSeats: 1, hazard: 1.3 },
  { name: 'Growth', monthlyUnitPrice: 29, perSeat: true, minSeats: 3, maxSeats: 40, hazard: 1.0 },
  { name: 'Pro', monthlyUnitPrice: 49, perSeat: true, minSeats: 5, maxSeats: 150, hazard: 0.8 },
  {
    name: 'Enterprise',
    monthlyUnitPrice: 79,
    perSeat: true,
    minSeats: 20,
    maxSeats: 300,
    hazard: 0.5,
  },
];

export const yearlyUnitPrice = (plan: Plan): number => plan.monthlyUnitPrice * 10;

export interface UseCase {
  label: string;
  weight: number;
  quality: number;
}

export const useCases: readonly UseCase[] = [
  { label: 'Customer health tracking', weight: 16, quality: 0.35 },
  { label: 'Executive dashboards', weight: 20, quality: 0.2 },
  { label: 'Sales pipeline reporting', weight: 18, quality: 0.1 },
  { label: 'Marketing attribution', weight: 18, quality: -0.15 },
  { label: 'Support analytics', weight: 14, quality: 0 },
  { label: 'Finance and billing reports', weight: 14, quality: -0.25 },
];

/**
 * Features counted monthly in the usage export. `early` is how strongly adopting the feature in the
 * first month goes with success: connecting an integration early is the tell-tale early action.
 */
export interface Feature {
  metric: string;
  /** Log-odds of adopting it in a month, before the account's quality. */
  base: number;
  /** How much the account's quality raises the adoption odds. */
  qualityWeight: number;
  /** Uses per active user in a month, once adopted. */
  perUser: number;
}

export const features: readonly Feature[] = [
  { metric: 'integration_syncs', base: -1.4, qualityWeight: 1.5, perUser: 0.14 },
  { metric: 'shared_dashboards', base: -1.2, qualityWeight: 0.8, perUser: 0.1 },
  { metric: 'scheduled_reports', base: -2.2, qualityWeight: 0.9, perUser: 0.1 },
  { metric: 'alerts', base: -2.8, qualityWeight: 1.0, perUser: 0.08 },
  { metric: 'api_calls', base: -3.4, qualityWeight: 0.7, perUser: 40 },
];

/** Stripe's cancellation feedback values, with HubSpot's "Churn Reason" label for each. */
export const churnReasons = {
  too_expensive: 'Too expensive',
  missing_features: 'Missing features',
  switched_service: 'Switched to a competitor',
  unused: 'Not using it enough',
  customer_service: 'Poor support experience',
  too_complex: 'Too complex',
  low_quality: 'Product quality',
  other: 'Other',
} as const;

export type ChurnFeedback = keyof typeof churnReasons;

export const paymentFailedReason = 'Payment failed';

/** Free-text comments people leave when they cancel in the billing portal. */
export const cancellationComments: Readonly<Partial<Record<ChurnFeedback, readonly string[]>>> = {
  too_expensive: [
    'Budget cuts this quarter.',
    'We found a cheaper tool, honestly.',
    'Price went up for us',
  ],
  missing_features: [
    'Needed a native Salesforce sync.',
    'No SSO on our plan.',
    'We need row-level permissions',
  ],
  switched_service: ["Moving everything to our BI team's stack.", 'Consolidating on one vendor.'],
  unused: ['Team never really adopted it.', 'Only one person used it', 'Project was cancelled.'],
  customer_service: ['Took a week to get an answer.', 'Support could not fix our import issue.'],
  too_complex: ['Too much setup for a small team.', 'Hard to build the reports we wanted.'],
  low_quality: [
    'Dashboards kept timing out.',
    'Data was often out of date, "sync failed" every day.',
  ],
};
