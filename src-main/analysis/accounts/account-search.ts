import type Database from 'better-sqlite3';
import type {
  AccountMatch,
  AccountMatchField,
  AccountSearch,
} from '../../../src-shared/model/accounts';
import type { Tier } from '../../../src-shared/model/analysis/score';
import { bareDomain, idVariants, prefixRange } from './prefix-range';
import { prepared } from './statements';

export const SEARCH_LIMIT = 20;

interface Found {
  account_id: string;
  name: string | null;
  domain: string | null;
  status: string | null;
  matched: string;
  contact_name: string | null;
}

/**
 * Each branch is one range scan of one index, walked in its order and stopped at the limit, so a
 * keystroke costs the same on a thousand accounts as on a million. Names, domains and e-mail
 * addresses go through the case-insensitive indexes (`COLLATE NOCASE` on the bounds picks them);
 * ids through the primary key, in its own order.
 */
export const searchBranches = {
  idExact: `SELECT account_id, name, domain, status, account_id AS matched, NULL AS contact_name
    FROM accounts WHERE account_id = @text`,
  id: `SELECT account_id, name, domain, status, account_id AS matched, NULL AS contact_name
    FROM accounts WHERE account_id >= @from AND account_id < @to
    ORDER BY account_id LIMIT @limit`,
  name: `SELECT account_id, name, domain, status, name AS matched, NULL AS contact_name
    FROM accounts WHERE name >= @from COLLATE NOCASE AND name < @to COLLATE NOCASE
    ORDER BY name COLLATE NOCASE LIMIT @limit`,
  domain: `SELECT account_id, name, domain, status, domain AS matched, NULL AS contact_name
    FROM accounts WHERE domain >= @from COLLATE NOCASE AND domain < @to COLLATE NOCASE
    ORDER BY domain COLLATE NOCASE LIMIT @limit`,
  email: `SELECT a.account_id, a.name, a.domain, a.status, c.email AS matched, c.name AS contact_name
    FROM contacts c JOIN accounts a ON a.account_id = c.account_id
    WHERE c.email >= @from COLLATE NOCASE AND c.email < @to COLLATE NOCASE
    ORDER BY c.email COLLATE NOCASE LIMIT @limit`,
} as const;

/**
 * Accounts whose id, name, domain or a contact's e-mail begins with the text, case aside: the
 * exact id first, then names, domains and e-mail addresses (whole matches before beginnings,
 * each in its index's order), then ids that begin with the text, which would otherwise crowd out
 * the names a short text matches. An account appears once, where it ranks best.
 */
export function searchAccounts(
  db: Database.Database,
  text: string,
  limit = SEARCH_LIMIT,
): AccountSearch {
  const query = text.trim();
  if (query === '') return { text, matches: [], more: false };
  const run = (sql: string, params: Record<string, string | number>) =>
    prepared(db, sql).all(params) as Found[];
  let more = false;
  const range = (sql: string, prefix: string) => {
    if (prefix === '') return [];
    const rows = run(sql, { ...prefixRange(prefix), limit });
    if (rows.length >= limit) more = true;
    return rows;
  };

  const ranked: { rank: number; match: AccountMatch }[] = [];
  /** Whole matches rank at `base`, beginnings just after. */
  const add = (rows: Found[], field: AccountMatchField, base: number, typed: string) => {
    const folded = typed.toLowerCase();
    for (const row of rows) {
      const exact = row.matched.toLowerCase() === folded;
      ranked.push({ rank: base + (exact ? 0 : 1), match: toMatch(row, field, exact) });
    }
  };

  for (const variant of idVariants(query))
    add(run(searchBranches.idExact, { text: variant }), 'id', 0, variant);
  add(range(searchBranches.name, query), 'name', 10, query);
  const domain = bareDomain(query);
  add(range(searchBranches.domain, domain), 'domain', 20, domain);
  add(range(searchBranches.email, query), 'email', 30, query);
  for (const variant of idVariants(query)) add(range(searchBranches.id, variant), 'id', 40, '');

  // A stable sort keeps each branch's index order within a rank.
  ranked.sort((a, b) => a.rank - b.rank);
  const seen = new Set<string>();
  const matches: AccountMatch[] = [];
  for (const { match } of ranked) {
    if (seen.has(match.accountId)) continue;
    seen.add(match.accountId);
    if (matches.length === limit) {
      more = true;
      break;
    }
    matches.push(match);
  }
  return { text, matches: withAnalysedStatus(db, matches), more };
}

function toMatch(row: Found, field: AccountMatchField, exact: boolean): AccountMatch {
  return {
    accountId: row.account_id,
    name: row.name,
    domain: row.domain,
    status: row.status,
    tier: null,
    field,
    matched: row.matched,
    contactName: row.contact_name,
    exact,
  };
}

/** The analysed status and tier of each match, one primary-key lookup each, when there are any. */
function withAnalysedStatus(db: Database.Database, matches: AccountMatch[]): AccountMatch[] {
  if (matches.length === 0) return matches;
  const lookup = prepared(db, 'SELECT status, tier FROM account_metrics WHERE account_id = ?');
  return matches.map((match) => {
    const row = lookup.get(match.accountId) as { status: string; tier: Tier | null } | undefined;
    return row ? { ...match, status: row.status, tier: row.tier } : match;
  });
}
