import { describe, expect, it } from 'vitest';
import {
  timelineKinds,
  type MovementEvent,
  type TimelineKind,
} from '../../../src-shared/model/accounts';
import { readAccountProfile } from '../../../src-main/analysis/accounts/account-profile';
import { searchAccounts, SEARCH_LIMIT } from '../../../src-main/analysis/accounts/account-search';
import { readAccountTimeline } from '../../../src-main/analysis/accounts/account-timeline';
import { readScoreHistory } from '../../../src-main/analysis/accounts/score-history';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { logReferenceRequest } from '../../../src-main/analysis/candidates/reference-requests';
import { directContext } from '../../../src-main/job/context';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

/** Each kind's events of one account, counted straight from the canonical tables. */
const kindSql: Partial<Record<TimelineKind, string>> = {
  account: `SELECT (signup_date IS NOT NULL) + (churn_date IS NOT NULL) FROM accounts
    WHERE account_id = @id`,
  subscription: `SELECT count(*) FROM subscriptions WHERE account_id = @id
    AND start_date IS NOT NULL`,
  payment: `SELECT count(*) FROM payments WHERE account_id = @id AND paid_at IS NOT NULL
    AND coalesce(refunded_amount, 0) <= 0`,
  refund: `SELECT count(*) FROM payments WHERE account_id = @id AND paid_at IS NOT NULL
    AND refunded_amount > 0`,
  ticket: `SELECT count(*) FROM tickets WHERE account_id = @id AND created_at IS NOT NULL`,
  survey: `SELECT count(*) FROM surveys WHERE account_id = @id AND responded_at IS NOT NULL`,
  usage: `SELECT count(DISTINCT substr(period, 1, 7)) FROM usage WHERE account_id = @id
    AND value IS NOT NULL`,
  referral: `SELECT count(*) FROM referrals WHERE account_id = @id
    AND coalesce(referred_at, converted_at) IS NOT NULL`,
  commission: `SELECT count(*) FROM commissions WHERE account_id = @id
    AND coalesce(created_at, paid_at) IS NOT NULL`,
  reference: 'SELECT count(*) FROM reference_requests WHERE account_id = @id',
};

const movementKinds: readonly TimelineKind[] = ['planChange', 'mrr', 'cancellation'];

describe('Customer 360 on the shipped sample', () => {
  const shipped = useShippedSampleWorkspace();
  const db = () => shipped().workspace.db;
  const one = (sql: string, params: Record<string, unknown> = {}) =>
    db().prepare(sql).pluck().get(params) as number;
  const ids = (sql: string) => db().prepare(sql).pluck().all() as string[];

  it('shows a profile, contacts and a timeline before any analysis', () => {
    const profile = readAccountProfile(db(), 'ACC-00001');
    const crm = db()
      .prepare("SELECT * FROM accounts WHERE account_id = 'ACC-00001'")
      .get() as Record<string, string | number | null>;
    expect(profile).toMatchObject({
      name: crm['name'],
      domain: crm['domain'],
      industry: crm['industry'],
      country: crm['country'],
      employees: crm['employees'],
      plan: crm['plan'],
      channel: crm['acquisition_channel'],
      csm: crm['csm_owner'],
      signupDate: crm['signup_date'],
      metrics: null,
      risk: { state: 'not-analysed' },
      inCrm: true,
    });
    // The partner of its earliest referral, with the partner's name.
    expect(profile.partner).toEqual({
      partnerId: 'part_amc207phsb2e',
      name: 'GrowthStack Media',
    });
    expect(profile.contacts).toHaveLength(
      one("SELECT count(*) FROM contacts WHERE account_id = 'ACC-00001'"),
    );
    const timeline = readAccountTimeline(db(), 'ACC-00001');
    expect(timeline.counts.subscription).toBe(3);
    // Three subscriptions, the later two upgrades: a new MRR movement and two plan changes.
    expect(timeline.counts.mrr + timeline.counts.planChange).toBe(3);
    expect(readScoreHistory(db(), 'ACC-00001')).toEqual([]);
  });

  it('keeps the columns imported for the account, named and ordered as in the file', () => {
    const extra = db()
      .prepare("SELECT extra FROM accounts WHERE account_id = 'ACC-00001'")
      .pluck()
      .get() as string;
    const expected = Object.entries(JSON.parse(extra) as Record<string, string>).map(
      ([column, value]) => ({ column, value }),
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(readAccountProfile(db(), 'ACC-00001').extra).toEqual(expected);
    // The CRM export's own columns that map to no field are among them.
    expect(expected.map((e) => e.column)).toEqual(
      expect.arrayContaining(['Record ID', 'City', 'Lifecycle Stage', 'Segment']),
    );
  });

  it('finds what a scan of every account finds, for ids, names, domains and e-mails', () => {
    const accounts = db().prepare('SELECT account_id, name, domain FROM accounts').all() as {
      account_id: string;
      name: string | null;
      domain: string | null;
    }[];
    const emails = db()
      .prepare(
        `SELECT c.email, c.account_id FROM contacts c JOIN accounts a USING (account_id)
         WHERE c.email IS NOT NULL`,
      )
      .all() as { email: string; account_id: string }[];
    const begins = (value: string | null, text: string) =>
      value !== null && value.toLowerCase().startsWith(text.toLowerCase());
    for (const text of ['lu', 'Cedar', 'acc-0012', 'ACC-00042', 'sam.', 'north', 'e', 'zz']) {
      const expected = new Set([
        ...accounts
          .filter(
            (a) =>
              a.account_id.startsWith(text) ||
              a.account_id.startsWith(text.toUpperCase()) ||
              begins(a.name, text) ||
              begins(a.domain, text),
          )
          .map((a) => a.account_id),
        ...emails.filter((e) => begins(e.email, text)).map((e) => e.account_id),
      ]);
      const result = searchAccounts(db(), text);
      const found = result.matches.map((m) => m.accountId);
      for (const id of found) expect(expected.has(id), `${text}: ${id}`).toBe(true);
      if (expected.size <= SEARCH_LIMIT) {
        expect(new Set(found), text).toEqual(expected);
      } else {
        expect(found, text).toHaveLength(SEARCH_LIMIT);
        expect(result.more, text).toBe(true);
      }
    }
  });

  it('analyses the sample, then shows the analysed figures beside the profile', () => {
    analyzeJob({ path: shipped().workspace.path }, directContext(db()));
    const profile = readAccountProfile(db(), 'ACC-00001');
    const m = db()
      .prepare("SELECT * FROM account_metrics WHERE account_id = 'ACC-00001'")
      .get() as Record<string, string | number | null>;
    expect(profile.metrics).toMatchObject({
      status: m['status'],
      mrr: m['mrr'],
      tenureMonths: m['tenure_months'],
      firstPaidStart: m['first_paid_start'],
      partnerId: m['partner_id'],
    });
    expect(profile.plan).toBe(m['plan']);
    // A search now names the analysed status and tier beside the CRM's.
    expect(searchAccounts(db(), 'ACC-00001').matches[0]).toMatchObject({
      accountId: 'ACC-00001',
      status: m['status'],
      tier: one("SELECT tier FROM advocate_scores WHERE account_id = 'ACC-00001'"),
    });
    expect(profile.currency).toBe('USD');
    expect(readScoreHistory(db(), 'ACC-00001')).toEqual([
      expect.objectContaining({
        score: one("SELECT score FROM advocate_scores WHERE account_id = 'ACC-00001'"),
        profile: 'Default',
      }),
    ]);
  });

  it('says what churn risk an account has, or why it has none', () => {
    const scored = ids('SELECT account_id FROM churn_risk ORDER BY probability DESC LIMIT 1')[0];
    const churned = ids(
      "SELECT account_id FROM account_metrics WHERE status = 'churned' LIMIT 1",
    )[0];
    const prospect = ids(
      "SELECT account_id FROM account_metrics WHERE status = 'prospect' LIMIT 1",
    )[0];
    if (!scored || !churned || !prospect) throw new Error('the sample lacks an account');
    const risk = readAccountProfile(db(), scored).risk;
    expect(risk).toMatchObject({
      state: 'scored',
      probability: one('SELECT probability FROM churn_risk WHERE account_id = @id', { id: scored }),
    });
    if (risk.state !== 'scored') throw new Error('not scored');
    const stored = JSON.parse(
      db()
        .prepare('SELECT reasons FROM churn_risk WHERE account_id = ?')
        .pluck()
        .get(scored) as string,
    ) as { feature: string; label: string }[];
    expect(risk.reasons.map((r) => r.feature)).toEqual(stored.map((r) => r.feature));
    // The stored words say which side of the average the account is on.
    for (const [k, r] of risk.reasons.entries()) {
      const label = stored[k]?.label ?? '';
      expect(r.direction === 'high', label).toBe(
        /^(long|high|heavy|many|no NPS|no usage|usage growing|expanded|contracted)/.test(label),
      );
    }
    expect(readAccountProfile(db(), churned).risk).toEqual({ state: 'churned' });
    expect(readAccountProfile(db(), prospect).risk).toEqual({ state: 'prospect' });
  });

  it('lists the contacts with champions and decision makers first', () => {
    const id = ids(
      `SELECT account_id FROM contacts GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1`,
    )[0] as string;
    const contacts = readAccountProfile(db(), id).contacts;
    expect(contacts.length).toBe(
      one('SELECT count(*) FROM contacts WHERE account_id = @id', { id }),
    );
    const rank = (role: string | null) =>
      role === 'champion' ? 0 : role === 'decision_maker' ? 1 : 2;
    const ranks = contacts.map((c) => rank(c.role));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts every touchpoint on one timeline, newest first, counted as the tables count them', () => {
    // The accounts with the most rows, one of each kind of history, and a spread of the others.
    const richest = ids(
      `SELECT account_id FROM (
         SELECT account_id FROM payments UNION ALL SELECT account_id FROM tickets
         UNION ALL SELECT account_id FROM surveys UNION ALL SELECT account_id FROM usage
         UNION ALL SELECT account_id FROM subscriptions)
       WHERE account_id IS NOT NULL GROUP BY account_id ORDER BY count(*) DESC LIMIT 3`,
    );
    const refunded = ids('SELECT account_id FROM payments WHERE refunded_amount > 0 LIMIT 1');
    const churned = ids(
      `SELECT m.account_id FROM account_metrics m JOIN subscriptions s USING (account_id)
       WHERE m.status = 'churned' LIMIT 1`,
    );
    const referred = ids(
      'SELECT account_id FROM commissions WHERE account_id IS NOT NULL GROUP BY account_id LIMIT 1',
    );
    const spread = ids('SELECT account_id FROM accounts WHERE rowid % 150 = 7');
    const chosen = [
      ...new Set([...richest, ...refunded, ...churned, ...referred, ...spread, 'ACC-00001']),
    ];
    logReferenceRequest(db(), { accountId: 'ACC-00001', askedAt: '2026-09-01' });

    const seen = new Set<TimelineKind>();
    for (const id of chosen) {
      const timeline = readAccountTimeline(db(), id);
      for (const [kind, sql] of Object.entries(kindSql))
        expect(timeline.counts[kind as TimelineKind], `${id} ${kind}`).toBe(one(sql, { id }));
      for (const kind of timelineKinds)
        expect(timeline.events.filter((e) => e.kind === kind).length, `${id} ${kind}`).toBe(
          timeline.counts[kind],
        );
      for (const e of timeline.events) seen.add(e.kind);
      const dates = timeline.events.map((e) => e.date.slice(0, 10));
      expect(dates, id).toEqual([...dates].sort().reverse());
      expect(new Set(timeline.events.map((e) => e.key)).size).toBe(timeline.events.length);

      // The movements add up to the MRR the analysis found, and count its expansions.
      const movements = timeline.events.filter((e): e is MovementEvent =>
        movementKinds.includes(e.kind),
      );
      const metrics = db()
        .prepare(
          'SELECT status, mrr, expansion_count, contraction_count FROM account_metrics WHERE account_id = ?',
        )
        .get(id) as {
        status: string;
        mrr: number | null;
        expansion_count: number;
        contraction_count: number;
      };
      expect(movements.filter((e) => e.movement === 'expansion').length, id).toBe(
        metrics.expansion_count,
      );
      expect(movements.filter((e) => e.movement === 'contraction').length, id).toBe(
        metrics.contraction_count,
      );
      const total = movements.reduce((sum, e) => sum + (e.mrrDelta ?? 0), 0);
      if (metrics.status === 'active' && metrics.mrr !== null)
        expect(total, id).toBeCloseTo(metrics.mrr, 2);
      if (metrics.status === 'churned' && movements.length > 0) {
        expect(total, id).toBeCloseTo(0, 2);
        expect(timeline.counts.cancellation, id).toBeGreaterThan(0);
      }
    }
    expect([...seen].sort()).toEqual([...timelineKinds].sort());
  });
});
