import type Database from 'better-sqlite3';
import { mergeByAccount } from './merge-by-account';

export interface TicketFacts {
  present: boolean;
  total: Int32Array;
  /** Tickets created in the friction window (default the last 180 days). */
  recent: Int32Array;
  recentUrgent: Int32Array;
  /** Satisfaction ratings given in the CSAT window, and how many were satisfied. */
  rated: Int32Array;
  ratedSatisfied: Int32Array;
}

/** Priorities that count as urgent or high, as the common help desks name them. */
const urgentPriorities = "('urgent', 'high', 'critical', 'p1', 'p2', 'highest', 'blocker')";

/**
 * Help desks rate tickets on their own scale: Zendesk's good/bad arrives as 1/0, others use 1–5.
 * When every rating in the workspace lies between 0 and 1 a rating of 1 is satisfied; otherwise
 * the 1–5 scale holds and 4 or 5 is satisfied, as for CSAT surveys.
 */
function satisfiedRating(db: Database.Database): string {
  const range = db
    .prepare('SELECT min(satisfaction), max(satisfaction) FROM tickets')
    .raw()
    .get() as [number | null, number | null];
  const binary = range[0] !== null && range[0] >= 0 && (range[1] ?? 0) <= 1;
  return binary ? 'satisfaction = 1' : 'satisfaction >= 4 AND satisfaction <= 5';
}

export function readTicketFacts(
  db: Database.Database,
  ids: readonly string[],
  windowStart: string,
  csatWindowStart: string,
  nextDay: string,
): TicketFacts {
  const n = ids.length;
  const facts: TicketFacts = {
    present: db.prepare('SELECT 1 FROM tickets LIMIT 1').get() !== undefined,
    total: new Int32Array(n),
    recent: new Int32Array(n),
    recentUrgent: new Int32Array(n),
    rated: new Int32Array(n),
    ratedSatisfied: new Int32Array(n),
  };
  if (!facts.present) return facts;
  const satisfied = satisfiedRating(db);
  const rows = db
    .prepare(
      `SELECT account_id, count(*), sum(created_at >= @windowStart),
              sum(created_at >= @windowStart AND lower(trim(coalesce(priority, ''))) IN ${urgentPriorities}),
              sum(created_at >= @csatWindowStart AND satisfaction IS NOT NULL),
              sum(created_at >= @csatWindowStart AND ${satisfied})
       FROM tickets WHERE account_id IS NOT NULL AND created_at < @nextDay
       GROUP BY account_id ORDER BY account_id`,
    )
    .raw()
    .iterate({ windowStart, csatWindowStart, nextDay }) as IterableIterator<
    [string, number, number, number, number, number]
  >;
  mergeByAccount(
    ids,
    rows,
    (r) => r[0],
    (i, r) => {
      facts.total[i] = r[1];
      facts.recent[i] = r[2];
      facts.recentUrgent[i] = r[3];
      facts.rated[i] = r[4];
      facts.ratedSatisfied[i] = r[5];
    },
  );
  return facts;
}

/** Tickets per account and calendar month (`YYYY-MM`), for allocating CS cost by ticket load. */
export function readMonthlyTickets(
  db: Database.Database,
  ids: readonly string[],
  nextDay: string,
  visit: (index: number, month: string, tickets: number) => void,
): void {
  const rows = db
    .prepare(
      `SELECT account_id, substr(created_at, 1, 7), count(*) FROM tickets
       WHERE account_id IS NOT NULL AND created_at < ? GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .raw()
    .iterate(nextDay) as IterableIterator<[string, string, number]>;
  mergeByAccount(
    ids,
    rows,
    (r) => r[0],
    (i, r) => visit(i, r[1], r[2]),
  );
}
