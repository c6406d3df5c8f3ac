import type Database from 'better-sqlite3';
import { dataRevision } from '../../store/settings';
import { addDays } from '../../../src-shared/calendar/days';
import type { CurrencyContext } from '../money/currency';
import { readChampionCounts } from './contact-facts';
import { readPartnerFacts, type PartnerFacts } from './partner-facts';
import { readSurveyFacts, type SurveyFacts } from './survey-facts';
import { readTicketFacts, type TicketFacts } from './ticket-facts';
import { readUsageSums, type UsageSums } from './usage-facts';

/** What the activity of the accounts is read with: plain data, so it can cross to another thread. */
export interface ActivityRequest {
  asOf: string;
  currency: CurrencyContext;
  npsWindowDays: number;
  csatWindowDays: number;
  frictionWindowDays: number;
  usageMetric: string | null;
  /**
   * Only what the churn model reads (status, revenue, surveys, tickets, usage level and trend):
   * partners, costs, contacts and early actions are left empty. For the past snapshot the model
   * learns from.
   */
  modelFeaturesOnly?: boolean;
}

/**
 * Everything about the accounts that SQL sums from their ids alone: tickets, survey answers, usage
 * sums, referring partners and commissions, champion contacts. Nothing here needs the account's
 * status or start, so it can be read on another thread while those are worked out.
 */
export interface AccountActivity {
  /** The data revision read, so a caller can tell that it saw the same data. */
  dataRevision: number;
  /** How many accounts, in the order of their ids: positions only match when this does. */
  accounts: number;
  tickets: TicketFacts;
  surveys: SurveyFacts;
  usage: UsageSums;
  partners: PartnerFacts;
  championContacts: Int32Array;
}

/** The account ids in the order every per-account read uses. */
export function readAccountIds(db: Database.Database): string[] {
  return db
    .prepare('SELECT account_id FROM accounts ORDER BY account_id')
    .pluck()
    .all() as string[];
}

export function readAccountActivity(
  db: Database.Database,
  ids: readonly string[],
  request: ActivityRequest,
  step: (phase: string) => void = () => {},
): AccountActivity {
  const { asOf } = request;
  const nextDay = addDays(asOf, 1);
  const featuresOnly = request.modelFeaturesOnly === true;
  const csatWindowStart = addDays(asOf, 1 - request.csatWindowDays);
  step('tickets');
  const tickets = readTicketFacts(
    db,
    ids,
    addDays(asOf, 1 - request.frictionWindowDays),
    csatWindowStart,
    nextDay,
  );
  step('surveys');
  const surveys = readSurveyFacts(
    db,
    ids,
    addDays(asOf, 1 - request.npsWindowDays),
    csatWindowStart,
    nextDay,
  );
  step('usage');
  const usage = readUsageSums(db, ids, asOf, request.usageMetric, !featuresOnly);
  step('partners and commissions');
  const partners = featuresOnly
    ? noPartners(ids.length)
    : readPartnerFacts(db, ids, asOf, request.currency);
  const championContacts = featuresOnly ? new Int32Array(ids.length) : readChampionCounts(db, ids);
  return {
    dataRevision: dataRevision(db),
    accounts: ids.length,
    tickets,
    surveys,
    usage,
    partners,
    championContacts,
  };
}

function noPartners(n: number): PartnerFacts {
  return {
    partners: [],
    partnerOf: new Int32Array(n).fill(-1),
    commissionOnAccount: new Float64Array(n),
    excludedCurrencies: [],
  };
}
