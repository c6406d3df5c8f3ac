import { usDate } from '../calendar';
import type { CsvValue } from '../csv-writer';
import type { SampleAccount } from '../sample-account';

/**
 * ChurnZero accounts export: a partial accounts file that adds health, CSM and use case to accounts
 * the CRM already has. Only paying customers are in the customer-success tool. Saved from Excel, so
 * US dates and CRLF line ends.
 */
export const churnZeroHeader = [
  'Account External ID',
  'Account Name',
  'CSM',
  'ChurnScore',
  'ChurnScore Trend',
  'Use Case',
  'Segment',
  'Onboarding Stage',
  'Last CSM Touch',
  'Next Renewal Date',
] as const;

export function churnZeroRow(a: SampleAccount): CsvValue[] | null {
  if (a.lifecycle.firstPaid === null) return null;
  const s = a.snapshot;
  return [
    a.profile.id,
    a.profile.name,
    a.profile.csm,
    s.health,
    s.healthTrend,
    a.profile.useCase,
    s.segment,
    s.onboarding,
    usDate(s.lastCsmTouch),
    s.nextRenewal === null ? '' : usDate(s.nextRenewal),
  ];
}
