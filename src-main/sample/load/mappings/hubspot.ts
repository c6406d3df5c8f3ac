import type { FileSpec } from '../file-spec';
import { boolean, date, integer, lower, text } from '../values';

export const hubspotCompanies: FileSpec = {
  file: 'hubspot-companies.csv',
  kind: 'accounts',
  keys: ['account_id'],
  columns: [
    'name',
    'domain',
    'industry',
    'country',
    'employees',
    'plan',
    'acquisition_channel',
    'signup_date',
    'churn_date',
    'status',
    'primary_use_case',
    'reference_consent',
  ],
  mapped: [
    'Account ID',
    'Company name',
    'Company Domain Name',
    'Industry',
    'Country/Region',
    'Number of Employees',
    'Plan',
    'Original Source Type',
    'Create Date',
    'Churn Date',
    'Customer Status',
    'Primary Use Case',
    'Reference Consent',
  ],
  map: (r) => ({
    account_id: text(r['Account ID']),
    name: text(r['Company name']),
    domain: lower(r['Company Domain Name']),
    industry: text(r['Industry']),
    country: text(r['Country/Region']),
    employees: integer(r['Number of Employees']),
    plan: text(r['Plan']),
    acquisition_channel: text(r['Original Source Type']),
    signup_date: date(r['Create Date']),
    churn_date: date(r['Churn Date']),
    status: text(r['Customer Status']),
    primary_use_case: text(r['Primary Use Case']),
    reference_consent: boolean(r['Reference Consent']),
  }),
};

/** HubSpot's "Buying Role" labels in the canonical roles; several labels keep the strongest. */
const roleOfLabel: Readonly<Record<string, string>> = {
  champion: 'champion',
  'decision maker': 'decision_maker',
  'executive sponsor': 'decision_maker',
  'budget holder': 'decision_maker',
  influencer: 'influencer',
  'legal and compliance': 'influencer',
  'end user': 'user',
};
const rolePriority = ['champion', 'decision_maker', 'influencer', 'user'];

export function canonicalRole(value: string | undefined): string | null {
  const roles = (value ?? '')
    .split(';')
    .map((label) => roleOfLabel[label.trim().toLowerCase()])
    .filter((role): role is string => role !== undefined);
  return rolePriority.find((role) => roles.includes(role)) ?? null;
}

export const hubspotContacts: FileSpec = {
  file: 'hubspot-contacts.csv',
  kind: 'contacts',
  keys: ['contact_id'],
  columns: ['account_id', 'name', 'email', 'title', 'role', 'is_primary', 'last_activity_date'],
  mapped: [
    'Record ID',
    'Account ID',
    'Email',
    'Job Title',
    'Primary Contact',
    'Last Activity Date',
  ],
  map: (r) => ({
    contact_id: text(r['Record ID']),
    account_id: text(r['Account ID']),
    name: text([r['First Name'], r['Last Name']].filter(Boolean).join(' ')),
    email: lower(r['Email']),
    title: text(r['Job Title']),
    role: canonicalRole(r['Buying Role']),
    is_primary: boolean(r['Primary Contact']),
    last_activity_date: date(r['Last Activity Date']),
  }),
};
