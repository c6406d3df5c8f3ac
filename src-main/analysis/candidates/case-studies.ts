import type Database from 'better-sqlite3';
import type {
  CaseStudyCandidate,
  CaseStudyRule,
} from '../../../src-shared/model/analysis/case-studies';
import type { Tier } from '../../../src-shared/model/analysis/score';
import { addDays } from '../../../src-shared/calendar/days';
import { approachableContacts } from '../load/contact-facts';

interface CandidateRow {
  account_id: string;
  name: string | null;
  score: number;
  tier: Tier;
  status: string;
  tenure_months: number | null;
  nps_latest: number | null;
  expansion_count: number;
  expansion_mrr: number;
  usage_trend: number | null;
  use_case: string | null;
  reference_consent: number | null;
  channel: string | null;
  industry: string | null;
  plan: string | null;
  last_asked: string | null;
  last_declined: string | null;
}

/**
 * Case-study candidates under a rule (DESIGN section 4), evaluated when asked rather than stored,
 * so a reference request logged a minute ago already counts. Candidates without an approachable
 * contact are dropped when the rule requires one; the best contact is chosen as
 * `approachableContacts` says.
 */
export function caseStudyCandidates(
  db: Database.Database,
  rule: CaseStudyRule,
  asOf: string,
  today = new Date().toISOString().slice(0, 10),
): CaseStudyCandidate[] {
  // Requests are logged as they happen: "the last 90 days" counts back from today when the data's
  // as-of date lies in the past.
  const reference = today > asOf ? today : asOf;
  const askedSince = addDays(reference, -rule.notAskedWithinDays);
  const declinedSince = addDays(reference, -rule.notDeclinedWithinDays);
  const rows = db
    .prepare(
      `SELECT s.account_id, m.name, s.score, s.tier, m.status, m.tenure_months, m.nps_latest,
              m.expansion_count, m.expansion_mrr, m.usage_trend, m.use_case, m.reference_consent,
              m.channel, m.industry, m.plan,
              (SELECT max(asked_at) FROM reference_requests r WHERE r.account_id = s.account_id) AS last_asked,
              (SELECT max(asked_at) FROM reference_requests r WHERE r.account_id = s.account_id
                 AND r.outcome = 'declined') AS last_declined
       FROM advocate_scores s JOIN account_metrics m ON m.account_id = s.account_id
       WHERE s.score >= @minScore AND coalesce(m.tenure_months, -1) >= @minTenure
         AND coalesce(m.nps_latest, -1) >= @minNps
         AND (@activeOnly = 0 OR m.status = 'active')
         AND (@consent = 0 OR coalesce(
           (SELECT c.consent FROM reference_consents c WHERE c.account_id = s.account_id),
           m.reference_consent, 1) = 1)
       ORDER BY s.score DESC, s.account_id`,
    )
    .all({
      minScore: rule.minScore,
      minTenure: rule.minTenureMonths,
      minNps: rule.minNps,
      activeOnly: rule.activeOnly ? 1 : 0,
      consent: rule.excludeConsentRefused ? 1 : 0,
    }) as CandidateRow[];
  const out: CaseStudyCandidate[] = [];
  for (const r of rows) {
    if (r.last_asked !== null && r.last_asked > askedSince) continue;
    if (r.last_declined !== null && r.last_declined > declinedSince) continue;
    const contacts = approachableContacts(db, r.account_id);
    const contact = contacts[0];
    if (!contact && rule.requireChampionContact) continue;
    out.push({
      accountId: r.account_id,
      name: r.name,
      score: r.score,
      tier: r.tier,
      contact: contact ?? { contactId: '', name: null, email: null, title: null, role: null },
      otherContacts: Math.max(0, contacts.length - 1),
      proof: {
        tenureMonths: r.tenure_months,
        expansionCount: r.expansion_count,
        expansionMrr: r.expansion_mrr,
        usageGrowth: r.usage_trend,
        npsLatest: r.nps_latest,
        useCase: r.use_case,
      },
      lastAskedAt: r.last_asked,
      channel: r.channel,
      industry: r.industry,
      plan: r.plan,
    });
  }
  return out;
}
