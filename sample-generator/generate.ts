import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceKind } from '../src-shared/model/sources';
import { SAMPLE_AS_OF } from './calendar';
import { companyNameCount } from './catalog/company-names';
import { CsvFileWriter, type CsvValue } from './csv-writer';
import { findCustomerPartners } from './customer-partners';
import { accountIdWidth, IdFactory } from './ids';
import {
  contactWithoutAccountRow,
  orphanTicketRow,
  plantedAt,
  plantedImperfections,
  unknownNpsRow,
} from './imperfections';
import { drawLeads, leadPlan } from './partner-activity';
import { basePartnerRoster } from './partners-model';
import { Random } from './random';
import { buildAccount, Stream, type AccountContext } from './sample-account';
import { sampleFiles, type SampleFileName } from '../src-main/import/sample/sample-files';
import { churnZeroHeader, churnZeroRow } from './writers/churnzero';
import { CsCostLedger, csCostsHeader } from './writers/cs-costs';
import { companiesHeader, companyRow, contactRows, contactsHeader } from './writers/hubspot';
import {
  commissionRow,
  commissionsHeader,
  partnerRow,
  partnersHeader,
  referralRow,
  referralsHeader,
} from './writers/partnerstack';
import {
  paymentRows,
  paymentsHeader,
  subscriptionRows,
  subscriptionsHeader,
} from './writers/stripe';
import { csatHeader, csatRows, npsHeader, npsRows } from './writers/surveys';
import { usageHeader, usageRows } from './writers/usage';
import { ticketRow, ticketsHeader } from './writers/zendesk';

export interface SampleOptions {
  /** Number of accounts (companies in the CRM); everything else follows from it. */
  accounts: number;
  seed: number;
  outDir: string;
}

export interface SampleFileSummary {
  file: SampleFileName;
  kind: SourceKind;
  rows: number;
  bytes: number;
}

export interface SampleSummary {
  accounts: number;
  seed: number;
  asOf: string;
  files: SampleFileSummary[];
  rowCounts: Record<SampleFileName, number>;
}

const headers: Record<SampleFileName, readonly string[]> = {
  'hubspot-companies.csv': companiesHeader,
  'churnzero-accounts.csv': churnZeroHeader,
  'hubspot-contacts.csv': contactsHeader,
  'stripe-subscriptions.csv': subscriptionsHeader,
  'stripe-payments.csv': paymentsHeader,
  'zendesk-tickets.csv': ticketsHeader,
  'delighted-nps.csv': npsHeader,
  'typeform-csat.csv': csatHeader,
  'product-usage.csv': usageHeader,
  'partnerstack-partners.csv': partnersHeader,
  'partnerstack-referrals.csv': referralsHeader,
  'partnerstack-commissions.csv': commissionsHeader,
  'cs-costs.csv': csCostsHeader,
};

/** Files saved from a spreadsheet end their lines the Windows way. */
const crlfFiles = new Set<SampleFileName>(['churnzero-accounts.csv', 'cs-costs.csv']);

/**
 * Writes the sample company's exports for `accounts` accounts. The same seed and size give
 * byte-identical files. Accounts are generated and written one at a time, so memory stays flat at
 * any size; only the partner roster and a few monthly totals are kept.
 */
export function generateSampleExports(options: SampleOptions): SampleSummary {
  const { accounts, seed, outDir } = options;
  if (!Number.isInteger(accounts) || accounts < 1)
    throw new RangeError(`accounts must be a positive integer, not ${accounts}`);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a non-negative integer, not ${seed}`);
  mkdirSync(outDir, { recursive: true });

  const idWidth = accountIdWidth(accounts);
  const nameOffset = Random.stream(seed, 0x6e61).int(0, companyNameCount - 1);
  const base = { seed, accounts, idWidth, nameOffset };
  const baseRoster = basePartnerRoster(seed, accounts);
  const customerPartners = findCustomerPartners({ ...base, roster: baseRoster });
  const roster = [...baseRoster, ...customerPartners.map((c) => c.partner)];
  const ids = new IdFactory();
  const context: AccountContext = { ...base, roster, ids };
  const leads = leadPlan(roster);
  const planted = plantedImperfections(accounts);
  const ledger = new CsCostLedger();

  const writers = new Map<SampleFileName, CsvFileWriter>();
  for (const { file } of sampleFiles) {
    writers.set(
      file,
      new CsvFileWriter(join(outDir, file), headers[file], crlfFiles.has(file) ? '\r\n' : '\n'),
    );
  }
  const write = (file: SampleFileName, row: CsvValue[] | null): void => {
    if (row) (writers.get(file) as CsvFileWriter).row(row);
  };
  const writeAll = (file: SampleFileName, rows: readonly CsvValue[][]): void => {
    for (const row of rows) write(file, row);
  };

  for (const partner of roster) write('partnerstack-partners.csv', partnerRow(partner));

  let orphanTickets = 0;
  for (let index = 1; index <= accounts; index++) {
    const a = buildAccount(index, context);
    const customerPartner = customerPartners.find((c) => c.accountIndex === index);
    if (
      customerPartner &&
      (a.profile.partner !== null || a.contacts[0]?.email !== customerPartner.partner.email)
    ) {
      throw new Error(
        `customer partner ${customerPartner.partner.company} no longer matches account ${a.profile.id}`,
      );
    }
    write('hubspot-companies.csv', companyRow(a));
    write('churnzero-accounts.csv', churnZeroRow(a));
    writeAll('hubspot-contacts.csv', contactRows(a));
    writeAll('stripe-subscriptions.csv', subscriptionRows(a));
    writeAll('stripe-payments.csv', paymentRows(a));
    const organization = { name: a.profile.name, accountId: a.profile.id };
    for (const ticket of a.feedback.tickets)
      write('zendesk-tickets.csv', ticketRow(ticket, organization));
    writeAll('delighted-nps.csv', npsRows(a));
    writeAll('typeform-csat.csv', csatRows(a));
    writeAll('product-usage.csv', usageRows(a));
    if (a.referral) write('partnerstack-referrals.csv', referralRow(a.referral));
    for (const c of a.commissions) write('partnerstack-commissions.csv', commissionRow(c));
    ledger.add(a);

    const leadRng = Random.stream(seed, index, Stream.Leads);
    for (const lead of drawLeads(a.profile.signup.day, roster, leads, leadRng, ids))
      write('partnerstack-referrals.csv', referralRow(lead));

    const flawRng = Random.stream(seed, index, Stream.Imperfections);
    for (let n = plantedAt(planted.orphanTickets, index, accounts); n > 0; n--) {
      write(
        'zendesk-tickets.csv',
        orphanTicketRow(orphanTickets++, accounts, idWidth, a.profile.signup, flawRng, ids),
      );
    }
    for (let n = plantedAt(planted.contactsWithoutAccount, index, accounts); n > 0; n--) {
      write('hubspot-contacts.csv', contactWithoutAccountRow(a.profile.signup, flawRng, ids));
    }
    for (let n = plantedAt(planted.unknownNpsEmails, index, accounts); n > 0; n--) {
      write('delighted-nps.csv', unknownNpsRow(a.profile.signup, flawRng, ids));
    }
  }
  writeAll('cs-costs.csv', ledger.rows());

  const files: SampleFileSummary[] = sampleFiles.map(({ file, kind }) => ({
    file,
    kind,
    ...(writers.get(file) as CsvFileWriter).close(),
  }));
  const rowCounts = Object.fromEntries(files.map((f) => [f.file, f.rows])) as Record<
    SampleFileName,
    number
  >;
  return { accounts, seed, asOf: SAMPLE_AS_OF, files, rowCounts };
}
