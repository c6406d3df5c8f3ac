import { isoDate, minuteTime } from '../calendar';
import { churnReasons, paymentFailedReason } from '../catalog/product';
import type { CsvValue } from '../csv-writer';
import type { SampleAccount } from '../sample-account';

/** HubSpot companies export: standard properties, then the custom properties this company added. */
export const companiesHeader = [
  'Record ID',
  'Company name',
  'Company Domain Name',
  'Industry',
  'Country/Region',
  'City',
  'Number of Employees',
  'Original Source Type',
  'Original Source Data 1',
  'Create Date',
  'Lifecycle Stage',
  'Company owner',
  'Account ID',
  'Plan',
  'Customer Status',
  'Churn Date',
  'Churn Reason',
  'Primary Use Case',
  'Reference Consent',
] as const;

export function companyRow(a: SampleAccount): CsvValue[] {
  const { profile: p, lifecycle: l, snapshot: s } = a;
  const reason =
    l.churnReason === null
      ? ''
      : l.churnReason === 'payment_failed'
        ? paymentFailedReason
        : churnReasons[l.churnReason];
  return [
    p.recordId,
    p.name,
    p.domain,
    p.industry,
    p.country.name,
    p.city,
    p.employees,
    p.channel,
    p.channelDetail,
    minuteTime(p.signup),
    s.lifecycleStage,
    p.salesOwner,
    p.id,
    l.current.plan.name,
    l.status,
    l.churnDate === null ? '' : isoDate(l.churnDate),
    l.churnDate === null ? '' : reason,
    s.useCaseInCrm ? p.useCase : '',
    s.referenceConsent,
  ];
}

/** HubSpot contacts export, with the company's shared "Account ID" synced onto each contact. */
export const contactsHeader = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Job Title',
  'Buying Role',
  'Primary Contact',
  'Lifecycle Stage',
  'Create Date',
  'Last Activity Date',
  'Associated Company',
  'Account ID',
] as const;

export function contactRows(a: SampleAccount): CsvValue[][] {
  return a.contacts.map((c, i) => {
    const created = {
      day: a.snapshot.contactCreated[i] ?? a.profile.signup.day,
      seconds: (a.profile.signup.seconds + i * 977) % 86_400,
    };
    const lastDay = a.snapshot.contactLastActivity[i] ?? created.day;
    const lastSeconds = (a.profile.signup.seconds * 7 + i * 3_613) % 86_400;
    // Activity on the day the contact was created comes after its creation.
    const lastActivity = {
      day: lastDay,
      seconds:
        lastDay === created.day
          ? Math.min(86_399, Math.max(lastSeconds, created.seconds + 900))
          : lastSeconds,
    };
    return [
      c.recordId,
      c.firstName,
      c.lastName,
      c.email,
      c.title,
      c.buyingRoles.join(';'),
      c.primary ? 'true' : 'false',
      a.snapshot.lifecycleStage,
      minuteTime(created),
      minuteTime(lastActivity),
      a.profile.name,
      a.profile.id,
    ];
  });
}
