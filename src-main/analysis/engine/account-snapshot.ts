import type Database from 'better-sqlite3';
import { addDays } from '../calendar/days';
import type { CurrencyContext } from '../money/currency';
import { readChampionCounts } from '../load/contact-facts';
import { readCoreFacts, type CoreFacts } from '../load/core-facts';
import { readCsCosts } from '../load/cs-cost-facts';
import { readPartnerFacts, type PartnerFacts } from '../load/partner-facts';
import { readSurveyFacts, type SurveyFacts } from '../load/survey-facts';
import { readMonthlyTickets, readTicketFacts, type TicketFacts } from '../load/ticket-facts';
import { readUsageFacts, type UsageFacts } from '../load/usage-facts';
import { monthOf } from '../calendar/days';
import { computeCrc, type CrcResult } from '../metrics/crc';
import { supportFriction, type Friction } from '../metrics/friction';

/** Every per-account fact at one as-of date, aggregated in SQL, one position per account. */
export interface AccountSnapshot {
  core: CoreFacts;
  tickets: TicketFacts;
  friction: Friction;
  surveys: SurveyFacts;
  usage: UsageFacts;
  partners: PartnerFacts;
  crc: CrcResult;
  championContacts: Int32Array;
}

export interface SnapshotOptions {
  asOf: string;
  currency: CurrencyContext;
  npsWindowDays: number;
  csatWindowDays: number;
  frictionWindowDays: number;
  usageMetric: string | null;
  crcAllocation: 'equal' | 'tickets';
  crcPerAccountMonth: number | null;
  /** The latest date in the data, read once for every snapshot. */
  latestInData: string | null;
  /** Called between steps, to report progress and honour a cancel. */
  step(phase: string): void;
  /**
   * Only what the churn model reads (status, revenue, surveys, tickets, usage level and trend):
   * partners, costs, contacts and early actions are left empty. For the past snapshot the model
   * learns from.
   */
  modelFeaturesOnly?: boolean;
}

export function readAccountSnapshot(
  db: Database.Database,
  options: SnapshotOptions,
): AccountSnapshot {
  const { asOf, currency } = options;
  const nextDay = addDays(asOf, 1);
  options.step('accounts, subscriptions and payments');
  const core = readCoreFacts(db, asOf, currency, options.latestInData);
  options.step('tickets');
  const csatWindowStart = addDays(asOf, 1 - options.csatWindowDays);
  const tickets = readTicketFacts(
    db,
    core.ids,
    addDays(asOf, 1 - options.frictionWindowDays),
    csatWindowStart,
    nextDay,
  );
  const friction = supportFriction(core, tickets, options.frictionWindowDays);
  options.step('surveys');
  const surveys = readSurveyFacts(
    db,
    core.ids,
    addDays(asOf, 1 - options.npsWindowDays),
    csatWindowStart,
    nextDay,
  );
  // Ticket satisfaction ratings are CSAT answers too: the help desk's own survey.
  for (let i = 0; i < core.n; i++) {
    surveys.csatResponses[i] += tickets.rated[i];
    surveys.csatSatisfied[i] += tickets.ratedSatisfied[i];
  }
  options.step('usage');
  const featuresOnly = options.modelFeaturesOnly === true;
  const usage = readUsageFacts(
    db,
    core.ids,
    asOf,
    core.startDay,
    options.usageMetric,
    !featuresOnly,
  );
  options.step('partners and commissions');
  const partners = featuresOnly
    ? noPartners(core.n)
    : readPartnerFacts(db, core.ids, asOf, currency);
  const championContacts = featuresOnly ? new Int32Array(core.n) : readChampionCounts(db, core.ids);
  options.step('customer-success cost');
  const costs = featuresOnly
    ? { pooled: new Map(), direct: new Map(), excludedCurrencies: [] }
    : readCsCosts(db, core.ids, asOf, currency);
  let monthlyTickets: { index: Int32Array; month: Int32Array; count: Int32Array } | undefined;
  if (options.crcAllocation === 'tickets' && tickets.present && !featuresOnly) {
    const index: number[] = [];
    const month: number[] = [];
    const count: number[] = [];
    readMonthlyTickets(db, core.ids, nextDay, (i, m, c) => {
      index.push(i);
      month.push(monthOf(`${m}-01`));
      count.push(c);
    });
    monthlyTickets = {
      index: Int32Array.from(index),
      month: Int32Array.from(month),
      count: Int32Array.from(count),
    };
  }
  const crc = computeCrc(core, {
    costs,
    allocation: options.crcAllocation,
    perAccountMonth: featuresOnly ? null : options.crcPerAccountMonth,
    ...(monthlyTickets ? { monthlyTickets } : {}),
  });
  return { core, tickets, friction, surveys, usage, partners, crc, championContacts };
}

function noPartners(n: number): PartnerFacts {
  return {
    partners: [],
    partnerOf: new Int32Array(n).fill(-1),
    commissionOnAccount: new Float64Array(n),
    excludedCurrencies: [],
  };
}
