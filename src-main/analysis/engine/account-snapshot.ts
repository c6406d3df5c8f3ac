import type Database from 'better-sqlite3';
import { addDays } from '../../../src-shared/calendar/days';
import { monthOf } from '../../../src-shared/calendar/months';
import {
  readAccountActivity,
  type AccountActivity,
  type ActivityRequest,
} from '../load/account-activity';
import type { CoreFacts } from '../load/core-facts';
import { readCoreFacts } from '../load/read-core-facts';
import { readCsCosts } from '../load/cs-cost-facts';
import type { PartnerFacts } from '../load/partner-facts';
import type { SurveyFacts } from '../load/survey-facts';
import { readMonthlyTickets, type TicketFacts } from '../load/ticket-facts';
import { usageFacts, type UsageFacts } from '../load/usage-facts';
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

export interface SnapshotOptions extends ActivityRequest {
  crcAllocation: 'equal' | 'tickets';
  crcPerAccountMonth: number | null;
  /** The whole base's cost per month when no costs are imported; absent or null for none. */
  crcMonthlyTotal?: number | null;
  /** The latest date in the data, read once for every snapshot. */
  latestInData: string | null;
  /** Called between steps, to report progress and honour a cancel. */
  step(phase: string): void;
}

export function readAccountSnapshot(
  db: Database.Database,
  options: SnapshotOptions,
  /**
   * The accounts' activity read elsewhere meanwhile, taken once the ids are known; null when it
   * could not be (then it is read here).
   */
  prefetched?: (ids: readonly string[]) => AccountActivity | null,
): AccountSnapshot {
  const { asOf, currency } = options;
  const nextDay = addDays(asOf, 1);
  options.step('accounts, subscriptions and payments');
  const core = readCoreFacts(db, asOf, currency, options.latestInData);
  const featuresOnly = options.modelFeaturesOnly === true;
  const activity =
    prefetched?.(core.ids) ??
    readAccountActivity(
      db,
      core.ids,
      { ...options, modelFeaturesOnly: featuresOnly },
      options.step,
    );
  if (prefetched) for (const phase of activityPhases) options.step(phase);
  const { tickets, surveys, partners, championContacts } = activity;
  const friction = supportFriction(core, tickets, options.frictionWindowDays);
  // Ticket satisfaction ratings are CSAT answers too: the help desk's own survey.
  for (let i = 0; i < core.n; i++) {
    surveys.csatResponses[i] += tickets.rated[i];
    surveys.csatSatisfied[i] += tickets.ratedSatisfied[i];
  }
  const usage = usageFacts(activity.usage, asOf, core.startDay);
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
    monthlyTotal: featuresOnly ? null : (options.crcMonthlyTotal ?? null),
    ...(monthlyTickets ? { monthlyTickets } : {}),
  });
  return { core, tickets, friction, surveys, usage, partners, crc, championContacts };
}

/** The steps `readAccountActivity` reports, reported here when the activity was read elsewhere. */
const activityPhases = ['tickets', 'surveys', 'usage', 'partners and commissions'] as const;
