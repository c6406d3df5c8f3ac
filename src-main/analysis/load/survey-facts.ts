import type Database from 'better-sqlite3';
import { accountIndex } from './account-index';
import { mergeByAccount } from './merge-by-account';

export interface SurveyFacts {
  npsPresent: boolean;
  csatPresent: boolean;
  /** Latest NPS answer (0–10) at the as-of date; NaN without one. */
  npsLatest: Float64Array;
  npsLatestAt: (string | null)[];
  /** NPS answers in the NPS window, and how many were promoters (9–10) and detractors (0–6). */
  npsResponses: Int32Array;
  promoters: Int32Array;
  detractors: Int32Array;
  /** CSAT answers on the 1–5 scale in the CSAT window, and how many were 4 or 5. */
  csatResponses: Int32Array;
  csatSatisfied: Int32Array;
  /** Answers whose account could not be found, by account id or by e-mail. */
  unresolved: number;
}

type SurveyRow = [string, string | null, number | null, number, number, number, number, number];

/**
 * Survey answers per account. NPS and CSAT windows are counted by SQL in one pass; the latest NPS
 * answer uses SQLite's documented rule that with a single max() the bare columns come from the
 * row holding the maximum. Answers that carry only an e-mail are resolved through contacts,
 * ignoring case (`emailOwners`).
 */
export function readSurveyFacts(
  db: Database.Database,
  ids: readonly string[],
  npsWindowStart: string,
  csatWindowStart: string,
  nextDay: string,
): SurveyFacts {
  const n = ids.length;
  const facts: SurveyFacts = {
    npsPresent: db.prepare(`SELECT 1 FROM surveys WHERE type = 'NPS' LIMIT 1`).get() !== undefined,
    csatPresent:
      db.prepare(`SELECT 1 FROM surveys WHERE type = 'CSAT' LIMIT 1`).get() !== undefined,
    npsLatest: new Float64Array(n).fill(NaN),
    npsLatestAt: new Array<string | null>(n).fill(null),
    npsResponses: new Int32Array(n),
    promoters: new Int32Array(n),
    detractors: new Int32Array(n),
    csatResponses: new Int32Array(n),
    csatSatisfied: new Int32Array(n),
    unresolved: 0,
  };
  if (!facts.npsPresent && !facts.csatPresent) return facts;
  const select = (source: string) => `
    SELECT account_id,
           max(CASE WHEN type = 'NPS' AND score BETWEEN 0 AND 10 THEN responded_at END), score,
           total(type = 'NPS' AND score BETWEEN 0 AND 10 AND responded_at >= @nps),
           total(type = 'NPS' AND score >= 9 AND score <= 10 AND responded_at >= @nps),
           total(type = 'NPS' AND score >= 0 AND score <= 6 AND responded_at >= @nps),
           total(type = 'CSAT' AND score BETWEEN 1 AND 5 AND responded_at >= @csat),
           total(type = 'CSAT' AND score >= 4 AND score <= 5 AND responded_at >= @csat)
    FROM ${source} WHERE responded_at < @nextDay GROUP BY account_id ORDER BY account_id`;
  const add = (i: number, r: SurveyRow) => {
    const latestAt = r[1];
    if (latestAt !== null && r[2] !== null) {
      const previous = facts.npsLatestAt[i] ?? null;
      if (previous === null || latestAt > previous) {
        facts.npsLatestAt[i] = latestAt;
        facts.npsLatest[i] = r[2];
      }
    }
    facts.npsResponses[i] += r[3];
    facts.promoters[i] += r[4];
    facts.detractors[i] += r[5];
    facts.csatResponses[i] += r[6];
    facts.csatSatisfied[i] += r[7];
  };
  const rows = db
    .prepare(
      select(
        '(SELECT account_id, type, score, responded_at FROM surveys WHERE account_id IS NOT NULL)',
      ),
    )
    .raw()
    .iterate({
      nps: npsWindowStart,
      csat: csatWindowStart,
      nextDay,
    }) as IterableIterator<SurveyRow>;
  facts.unresolved += mergeByAccount(ids, rows, (r) => r[0], add);

  const byEmail = db
    .prepare(`SELECT 1 FROM surveys WHERE account_id IS NULL AND contact_email IS NOT NULL LIMIT 1`)
    .get();
  if (byEmail !== undefined) {
    const resolved = db
      .prepare(
        select(
          `(SELECT lower(contact_email) AS account_id, type, score, responded_at FROM surveys
            WHERE account_id IS NULL AND contact_email IS NOT NULL)`,
        ),
      )
      .raw()
      .all({ nps: npsWindowStart, csat: csatWindowStart, nextDay }) as SurveyRow[];
    const owners = emailOwners(
      db,
      resolved.map((r) => r[0]),
    );
    for (const r of resolved) {
      const owner = owners.get(r[0]);
      const i = owner === undefined ? -1 : accountIndex(ids, owner);
      if (i < 0) facts.unresolved++;
      else add(i, r);
    }
  }
  return facts;
}

/**
 * The account of the contact with each address (the first contact by id when several share one),
 * ignoring case. Few answers lack an account id, so each address is looked up by the e-mail
 * index, as written and in lower case; only the addresses still unknown cost one pass over the
 * contacts with the case folded.
 */
function emailOwners(db: Database.Database, emails: readonly string[]): Map<string, string> {
  const owners = new Map<string, string>();
  const exact = db
    .prepare(
      'SELECT account_id FROM contacts WHERE email = ? AND account_id IS NOT NULL ORDER BY contact_id LIMIT 1',
    )
    .pluck();
  const unknown: string[] = [];
  for (const email of new Set(emails)) {
    const owner = exact.get(email) as string | undefined;
    if (owner === undefined) unknown.push(email);
    else owners.set(email, owner);
  }
  if (unknown.length > 0) {
    const folded = db
      .prepare(
        `SELECT lower(email), account_id FROM contacts
         WHERE account_id IS NOT NULL AND lower(email) IN (SELECT value FROM json_each(?))
         ORDER BY contact_id`,
      )
      .raw()
      .all(JSON.stringify(unknown)) as [string, string][];
    for (const [email, account] of folded) if (!owners.has(email)) owners.set(email, account);
  }
  return owners;
}
