import { z } from 'zod';
import { isoDate } from './calendar-date';
import { listQuery } from './list-channels';
import type { ListExport } from '../model/lists';
import { type AccountContact, type AccountMetrics } from '../model/analysis/accounts';
import {
  referenceKinds,
  referenceOutcomes,
  type CaseStudyCandidate,
  type CaseStudyRule,
  type ReferenceConsent,
  type ReferenceRequest,
} from '../model/analysis/case-studies';
import { type AffiliatesOverview, type ChannelReport } from '../model/analysis/economics';
import {
  retentionGroupings,
  type MrrMovementReport,
  type RetentionReport,
} from '../model/analysis/retention';
import { type RiskReport, type RiskRow, type RiskTotals } from '../model/analysis/risk';
import { type WorkspaceSettings } from '../model/analysis/settings';
import {
  type AnalysisFreshness,
  type AnalysisStamp,
  type AnalysisSummary,
} from '../model/analysis/runs';
import {
  signalNames,
  tierNames,
  type AdvocateRow,
  type ScoreDistribution,
  type ScoreProfile,
  type TierThresholds,
} from '../model/analysis/score';
import {
  type ClusterResult,
  type FactorRow,
  type SegmentRow,
  type UseCaseRow,
} from '../model/analysis/segments';
import { channel, event } from './define';
import { jobId } from './workspace-channels';

const empty = z.object({}).strict();

const name = z.string().trim().min(1).max(80);
const accountId = z.string().min(1).max(200);
const count = (max: number) => z.number().int().min(1).max(max);
const score = z.number().min(0).max(100);
/**
 * A profile's weights by signal name. The engine judges the names, so that an unknown one gets the
 * engine's "Unknown signal" message; zod drops a "__proto__" key without a word, so that one is
 * refused here in the same words.
 */
const weights = z
  .unknown()
  .refine(
    (value) => typeof value !== 'object' || value === null || !Object.hasOwn(value, '__proto__'),
    {
      message: `Unknown signal "__proto__". Signals are: ${signalNames.join(', ')}.`,
    },
  )
  .pipe(z.record(z.string(), z.number().min(0).max(1000)));

const ruleFields = z
  .object({
    minTenureMonths: z.number().min(0).max(600),
    minNps: z.number().min(0).max(10),
    minScore: score,
    requireChampionContact: z.boolean(),
    notAskedWithinDays: z.number().int().min(0).max(3650),
    notDeclinedWithinDays: z.number().int().min(0).max(3650),
    excludeConsentRefused: z.boolean(),
    activeOnly: z.boolean(),
  })
  .partial()
  .strict();

/**
 * The analysis engine's channels: run it in the worker (a long job with progress and cancel), read
 * its stored results for the views, and edit what the analyst owns (score profiles, tiers,
 * case-study rules, reference requests, money settings). Reading results before the first run
 * fails with the error code `not-analysed`; an unknown account with `not-found`.
 */
export const analysisChannels = {
  'analysis:run': channel(
    z.object({ jobId, profile: name.optional(), asOf: isoDate.optional() }).strict(),
  ).returns<AnalysisSummary>(),
  'analysis:freshness': channel(empty).returns<AnalysisFreshness>(),
  'analysis:summary': channel(empty).returns<AnalysisSummary>(),
  'analysis:advocates': channel(
    z
      .object({
        top: count(100_000).optional(),
        offset: z.number().int().min(0).optional(),
        tier: z.enum(tierNames).optional(),
      })
      .strict(),
  ).returns<AdvocateRow[]>(),
  'analysis:advocate': channel(z.object({ accountId }).strict()).returns<AdvocateRow>(),
  'analysis:account': channel(z.object({ accountId }).strict()).returns<AccountMetrics>(),
  'analysis:case-studies': channel(z.object({ rule: name.optional() }).strict()).returns<
    CaseStudyCandidate[]
  >(),
  /** The candidates under a rule, as `case-studies --format csv|xlsx` writes them. */
  'analysis:case-studies-export': channel(
    z
      .object({
        rule: name.optional(),
        format: z.enum(['csv', 'xlsx']),
        encoding: z.enum(['utf-8', 'shift_jis']),
      })
      .strict(),
  ).returns<ListExport>(),
  'analysis:channels': channel(empty).returns<ChannelReport>(),
  'analysis:affiliates': channel(
    z.object({ recruits: count(1000).optional() }).strict(),
  ).returns<AffiliatesOverview>(),
  'analysis:retention': channel(
    z.object({ by: z.enum(retentionGroupings) }).strict(),
  ).returns<RetentionReport>(),
  'analysis:mrr-movements': channel(empty).returns<MrrMovementReport>(),
  'analysis:segments': channel(empty).returns<SegmentRow[]>(),
  'analysis:factors': channel(empty).returns<FactorRow[]>(),
  'analysis:use-cases': channel(empty).returns<UseCaseRow[]>(),
  'analysis:clusters': channel(empty).returns<ClusterResult>(),
  'analysis:risk': channel(
    z.object({ top: count(100_000).optional() }).strict(),
  ).returns<RiskReport>(),
  /** The accounts the At risk view's filters keep, with their MRR and expected churned MRR. */
  'analysis:risk-totals': channel(z.object({ query: listQuery }).strict()).returns<RiskTotals>(),
  /** One account's churn risk with its reasons; `row` is null when it was not scored. */
  'analysis:risk-account': channel(z.object({ accountId }).strict()).returns<{
    row: RiskRow | null;
  }>(),
  'analysis:profiles': channel(empty).returns<{ profiles: ScoreProfile[]; active: string }>(),
  'analysis:profile-save': channel(z.object({ name, weights }).strict()).returns<ScoreProfile>(),
  'analysis:profile-delete': channel(z.object({ name }).strict()).returns<{ deleted: boolean }>(),
  'analysis:profile-choose': channel(z.object({ name }).strict()).returns<ScoreProfile>(),
  'analysis:tiers': channel(empty).returns<TierThresholds>(),
  'analysis:tiers-save': channel(
    z.object({ champion: score, advocate: score, neutral: score }).strict(),
  ).returns<TierThresholds>(),
  'analysis:rules': channel(empty).returns<{ rules: CaseStudyRule[]; active: string }>(),
  'analysis:rule-save': channel(
    z.object({ name, rule: ruleFields }).strict(),
  ).returns<CaseStudyRule>(),
  'analysis:rule-delete': channel(z.object({ name }).strict()).returns<{ deleted: boolean }>(),
  'analysis:rule-choose': channel(z.object({ name }).strict()).returns<CaseStudyRule>(),
  'analysis:reference-requests': channel(
    z.object({ accountId: accountId.optional() }).strict(),
  ).returns<ReferenceRequest[]>(),
  'analysis:reference-log': channel(
    z
      .object({
        accountId,
        contactId: z.string().min(1).max(200).nullable().optional(),
        kind: z.enum(referenceKinds).optional(),
        askedAt: isoDate,
        askedBy: z.string().max(200).nullable().optional(),
        outcome: z.enum(referenceOutcomes).optional(),
        note: z.string().max(2000).nullable().optional(),
      })
      .strict(),
  ).returns<ReferenceRequest>(),
  'analysis:reference-outcome': channel(
    z
      .object({
        id: z.number().int().min(1),
        outcome: z.enum(referenceOutcomes),
        note: z.string().max(2000).optional(),
      })
      .strict(),
  ).returns<ReferenceRequest>(),
  'analysis:consent': channel(z.object({ accountId }).strict()).returns<ReferenceConsent>(),
  'analysis:consent-save': channel(
    z
      .object({
        accountId,
        consent: z.boolean().nullable(),
        note: z.string().max(2000).nullable().optional(),
      })
      .strict(),
  ).returns<ReferenceConsent>(),
  /** Every contact of an account, the ones to approach first. */
  'analysis:account-contacts': channel(z.object({ accountId }).strict()).returns<
    AccountContact[]
  >(),
  'analysis:score-distribution': channel(
    z.object({ query: listQuery }).strict(),
  ).returns<ScoreDistribution>(),
  'analysis:settings': channel(empty).returns<WorkspaceSettings>(),
  'analysis:settings-save': channel(
    z
      .object({
        grossMargin: z.number().min(0).max(1).optional(),
        discountRate: z.number().min(0).max(1).optional(),
        crcPerAccountMonth: z.number().min(0).nullable().optional(),
        crcMonthlyTotal: z.number().min(0).nullable().optional(),
        crcAllocation: z.enum(['equal', 'tickets']).optional(),
        npsWindowDays: z.number().int().min(1).max(3650).optional(),
        usageMetric: z.string().min(1).max(200).nullable().optional(),
        baseCurrency: z.string().trim().min(1).max(10).optional(),
        rates: z
          .record(z.string().min(1).max(10), z.number().positive().max(1e6).nullable())
          .optional(),
      })
      .strict(),
  ).returns<{ saved: true }>(),
  'analysis:profile-duplicate': channel(
    z.object({ name, copy: name }).strict(),
  ).returns<ScoreProfile>(),
  'analysis:profile-rename': channel(
    z.object({ name, newName: name }).strict(),
  ).returns<ScoreProfile>(),
};

export const analysisEvents = {
  /** A run finished and its results were written: views re-read them. */
  'analysis:finished': event<AnalysisStamp>(),
};
