/** The facts about one account that decide whether it is active or churned. */
export interface StatusInput {
  churnDate: string | null;
  status: string | null;
  subscriptions: readonly { start: string | null; end: string | null }[];
}

export interface AccountStatus {
  status: 'active' | 'churned';
  /** When the account churned; null when active, or when only a status says it churned. */
  churnDate: string | null;
  /** The first paid start, from which tenure counts. */
  firstStart: string | null;
  /** Churned once, then came back with a subscription that is running at the as-of date. */
  reactivated: boolean;
}

const churnedStatuses = new Set([
  'churned',
  'churn',
  'cancelled',
  'canceled',
  'inactive',
  'lost',
  'former customer',
  'closed',
  'ended',
  '解約',
  '解約済み',
]);

export const isChurnedStatus = (status: string | null): boolean =>
  status !== null && churnedStatuses.has(status.trim().toLowerCase());

/** A subscription that ended before its first paid day, such as a trial cancelled in its trial. */
export const neverRan = (s: { start: string | null; end: string | null }): boolean =>
  s.start !== null && s.end !== null && s.end < s.start;

interface Started {
  start: string;
  end: string | null;
}

/**
 * DESIGN section 4: an account is churned when all its subscriptions have ended, or when it has a
 * churn date or status, and it has not been reactivated since. Dates are ISO text, so they compare
 * as strings. Subscriptions that start after the as-of date, or never ran, are ignored.
 */
export function accountStatus(input: StatusInput, asOf: string): AccountStatus {
  const started: Started[] = [];
  for (const s of input.subscriptions) {
    if (s.start !== null && s.start <= asOf && !neverRan(s))
      started.push({ start: s.start, end: s.end });
  }
  let firstStart: string | null = null;
  let lastEnd: string | null = null;
  let running = false;
  for (const s of started) {
    if (firstStart === null || s.start < firstStart) firstStart = s.start;
    if (s.end === null || s.end > asOf) running = true;
    else if (lastEnd === null || s.end > lastEnd) lastEnd = s.end;
  }
  const allEnded = started.length > 0 && !running;
  const declaredChurn =
    input.churnDate !== null && input.churnDate <= asOf ? input.churnDate : null;

  if (!allEnded && declaredChurn === null && !isChurnedStatus(input.status)) {
    return { status: 'active', churnDate: null, firstStart, reactivated: false };
  }
  const churnDate = allEnded ? lastEnd : declaredChurn;
  // A subscription that started after the churn and is still running brings the account back.
  const reactivated =
    churnDate !== null &&
    started.some((s) => s.start > churnDate && (s.end === null || s.end > asOf));
  if (reactivated) return { status: 'active', churnDate: null, firstStart, reactivated: true };
  return { status: 'churned', churnDate, firstStart, reactivated: false };
}
