import type Database from 'better-sqlite3';
import type { AccountContact } from '../../../src-shared/model/analysis/accounts';
import type { CandidateContact } from '../../../src-shared/model/analysis/case-studies';
import { mergeByAccount } from './merge-by-account';

/** Roles a case study or a reference is asked of. */
export const approachableRoles = ['champion', 'decision_maker'] as const;

/** Champion or decision-maker contacts per account. */
export function readChampionCounts(db: Database.Database, ids: readonly string[]): Int32Array {
  const counts = new Int32Array(ids.length);
  const rows = db
    .prepare(
      `SELECT account_id, count(*) FROM contacts WHERE role IN ('champion', 'decision_maker')
       AND account_id IS NOT NULL GROUP BY account_id ORDER BY account_id`,
    )
    .raw()
    .iterate() as IterableIterator<[string, number]>;
  mergeByAccount(
    ids,
    rows,
    (r) => r[0],
    (i, r) => {
      counts[i] = r[1];
    },
  );
  return counts;
}

/**
 * The contact to approach at an account: a champion before a decision maker, the primary contact
 * first, then the most recently active, then by id so the choice never depends on row order.
 */
export function approachableContacts(db: Database.Database, accountId: string): CandidateContact[] {
  return db
    .prepare(
      `SELECT contact_id AS contactId, name, email, title, role FROM contacts
       WHERE account_id = ? AND role IN ('champion', 'decision_maker')
       ORDER BY role = 'champion' DESC, coalesce(is_primary, 0) DESC,
                coalesce(last_activity_date, '') DESC, contact_id`,
    )
    .all(accountId) as CandidateContact[];
}

/** Every contact of an account: champions and decision makers first, as they are approached. */
export function accountContacts(db: Database.Database, accountId: string): AccountContact[] {
  const rows = db
    .prepare(
      `SELECT contact_id, name, email, title, role, is_primary, last_activity_date FROM contacts
       WHERE account_id = ?
       ORDER BY role = 'champion' DESC, role = 'decision_maker' DESC, coalesce(is_primary, 0) DESC,
                coalesce(last_activity_date, '') DESC, contact_id`,
    )
    .all(accountId) as {
    contact_id: string;
    name: string | null;
    email: string | null;
    title: string | null;
    role: string | null;
    is_primary: number | null;
    last_activity_date: string | null;
  }[];
  return rows.map((r) => ({
    contactId: r.contact_id,
    name: r.name,
    email: r.email,
    title: r.title,
    role: r.role,
    isPrimary: r.is_primary === 1,
    lastActivityDate: r.last_activity_date,
  }));
}
