import type Database from 'better-sqlite3';
import type {
  SurveyEvent,
  TicketEvent,
  UsageEvent,
  UsageMetricValue,
} from '../../../src-shared/model/accounts';
import { monthOf } from '../../../src-shared/calendar/months';
import { prepared } from './statements';

/** Where help desks put a ticket's subject, among the columns kept as imported. */
const subjectColumns = /^(subject|title|summary|ticket subject|件名|タイトル)$/i;

function subjectOf(extra: string | null): string | null {
  if (extra === null) return null;
  try {
    const columns = JSON.parse(extra) as Record<string, unknown>;
    for (const [column, value] of Object.entries(columns))
      if (subjectColumns.test(column.trim()) && typeof value === 'string') return value;
  } catch {
    // A hand-edited workspace may hold text that is not JSON; the ticket is shown without it.
  }
  return null;
}

export function ticketEvents(db: Database.Database, accountId: string): TicketEvent[] {
  const rows = prepared(
    db,
    `SELECT ticket_id, created_at, solved_at, priority, status, category, satisfaction, extra
     FROM tickets WHERE account_id = ? AND created_at IS NOT NULL ORDER BY created_at, ticket_id`,
  ).all(accountId) as {
    ticket_id: string;
    created_at: string;
    solved_at: string | null;
    priority: string | null;
    status: string | null;
    category: string | null;
    satisfaction: number | null;
    extra: string | null;
  }[];
  return rows.map((t) => ({
    kind: 'ticket',
    key: `ticket:${t.ticket_id}`,
    date: t.created_at,
    ticketId: t.ticket_id,
    subject: subjectOf(t.extra),
    category: t.category,
    priority: t.priority,
    status: t.status,
    solvedAt: t.solved_at,
    satisfaction: t.satisfaction,
  }));
}

export function surveyEvents(db: Database.Database, accountId: string): SurveyEvent[] {
  const rows = prepared(
    db,
    `SELECT response_id, responded_at, type, score, comment, contact_email FROM surveys
     WHERE account_id = ? AND responded_at IS NOT NULL ORDER BY responded_at, response_id`,
  ).all(accountId) as {
    response_id: string;
    responded_at: string;
    type: SurveyEvent['type'];
    score: number | null;
    comment: string | null;
    contact_email: string | null;
  }[];
  return rows.map((r) => ({
    kind: 'survey',
    key: `survey:${r.response_id}`,
    date: r.responded_at,
    responseId: r.response_id,
    type: r.type,
    score: r.score,
    comment: r.comment,
    contactEmail: r.contact_email,
  }));
}

/**
 * A row per month with every metric the account used in it: usage exported per day is summed
 * into its month, so a year of daily events is twelve rows, not 365. Each value carries the same
 * metric's value the calendar month before, when there is one, so a change reads at a glance.
 */
export function usageEvents(
  db: Database.Database,
  accountId: string,
): { events: UsageEvent[]; metrics: string[] } {
  const rows = prepared(
    db,
    `SELECT substr(period, 1, 7) AS month, metric, total(value) AS value FROM usage
     WHERE account_id = ? AND value IS NOT NULL GROUP BY month, metric ORDER BY month, metric`,
  ).all(accountId) as { month: string; metric: string; value: number }[];
  const byMonth = new Map<string, UsageMetricValue[]>();
  const last = new Map<string, { month: number; value: number }>();
  const metrics = new Set<string>();
  for (const r of rows) {
    const month = monthOf(`${r.month}-01`);
    const before = last.get(r.metric);
    const previous = before && before.month === month - 1 ? before.value : null;
    last.set(r.metric, { month, value: r.value });
    metrics.add(r.metric);
    let values = byMonth.get(r.month);
    if (!values) byMonth.set(r.month, (values = []));
    values.push({ metric: r.metric, value: r.value, previous });
  }
  const events = [...byMonth].map(([month, values]): UsageEvent => ({
    kind: 'usage',
    key: `usage:${month}`,
    date: `${month}-01`,
    month,
    metrics: values,
  }));
  return { events, metrics: [...metrics].sort() };
}
