import type Database from 'better-sqlite3';

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const domainPattern = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/;

/** The values of a row's unmapped columns; none when the JSON is missing or unreadable. */
function extraValues(extra: string | null): unknown[] {
  if (!extra) return [];
  try {
    const parsed: unknown = JSON.parse(extra);
    return parsed !== null && typeof parsed === 'object' ? Object.values(parsed) : [];
  } catch {
    return [];
  }
}

/**
 * Accounts that are partners already, so they are not proposed as affiliates. A partner is
 * matched to an account by id, by name, by a website or e-mail domain among the partner's
 * imported fields, or by an e-mail address one of the account's contacts has.
 */
export function partnerAccountIds(db: Database.Database): Set<string> {
  const names = new Set<string>();
  const domains = new Set<string>();
  const emails = new Set<string>();
  const ids: string[] = [];
  const rows = db.prepare('SELECT partner_id, name, extra FROM partners').all() as {
    partner_id: string;
    name: string | null;
    extra: string | null;
  }[];
  for (const p of rows) {
    ids.push(p.partner_id);
    if (p.name) names.add(p.name.trim().toLowerCase());
    for (const value of extraValues(p.extra)) {
      if (typeof value !== 'string') continue;
      const text = value.trim().toLowerCase();
      if (emailPattern.test(text)) emails.add(text);
      const domain = domainPattern.exec(text);
      if (domain?.[1]) domains.add(domain[1]);
    }
  }
  const result = new Set<string>();
  if (rows.length === 0) return result;
  // The matching runs inside SQLite: a million accounts never travel to JavaScript for it.
  const matched = db
    .prepare(
      `SELECT account_id FROM accounts
       WHERE account_id IN (SELECT value FROM json_each(@ids))
          OR lower(trim(name)) IN (SELECT value FROM json_each(@names))
          OR lower(trim(domain)) IN (SELECT value FROM json_each(@domains))`,
    )
    .pluck()
    .all({
      ids: JSON.stringify(ids),
      names: JSON.stringify([...names]),
      domains: JSON.stringify([...domains]),
    }) as string[];
  for (const id of matched) result.add(id);
  if (emails.size > 0) {
    const found = db
      .prepare(
        `SELECT DISTINCT account_id FROM contacts
         WHERE account_id IS NOT NULL AND lower(email) IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(JSON.stringify([...emails])) as string[];
    for (const id of found) result.add(id);
  }
  return result;
}
