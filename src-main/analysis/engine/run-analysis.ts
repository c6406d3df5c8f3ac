import type Database from 'better-sqlite3';
import { retentionGroupings } from '../../../src-shared/model/analysis/retention';
import { type AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import { tierNames, type Tier } from '../../../src-shared/model/analysis/score';
import { dataRevision } from '../../store/settings';
import { InvalidAnalysisInput } from '../analysis-error';
import { partnerAccountIds } from '../candidates/partner-accounts';
import { addDays } from '../../../src-shared/calendar/days';
import { monthOf } from '../../../src-shared/calendar/months';
import { channelBreakdown } from '../channels/channel-breakdown';
import { populationOf } from '../groups/group-economics';
import { retentionReport } from '../groups/retention-report';
import { ACTIVE, PROSPECT, type CoreFacts } from '../load/core-facts';
import type { AccountActivity } from '../load/account-activity';
import { accountLtv } from '../metrics/account-ltv';
import { partnerReport } from '../partners/partner-report';
import { readReferredCashflows } from '../partners/payback';
import { churnRisk } from '../risk/churn-risk';
import { advocateScores, contributionsAt, tierOf } from '../score/advocate-score';
import { clusterAccounts } from '../segments/clusters';
import { commonFactors, useCaseRanking } from '../segments/common-factors';
import { ruleSegments } from '../segments/rule-segments';
import {
  readAnalysisSettings,
  settingsHash,
  type AnalysisSettings,
} from '../settings/analysis-settings';
import { latestDataDate } from '../status/as-of';
import type { AnalysisOutput, StoredReport } from '../store/results-writer';
import type { PastFeatures, PastFeaturesRequest } from '../risk/past-features';
import { readAccountSnapshot } from './account-snapshot';
import { accountMetrics } from './account-metrics';
import { analysisFrame } from './analysis-frame';
import type { AnalysisHooks } from './analysis-hooks';
import { takeActivity, takePastFeatures } from './offloaded-reads';

export type { AnalysisHooks } from './analysis-hooks';
import { signalColumns } from './signals';

export interface AnalyzeOptions {
  asOf?: string;
  profile?: string;
}

/** How many times `runAnalysis` calls `hooks.step`, for a progress bar. */
export const ANALYSIS_STEPS = 14;

function snapshotRequest(
  settings: AnalysisSettings,
  asOf: string,
  latestInData: string | null,
): PastFeaturesRequest {
  return {
    asOf,
    latestInData,
    currency: settings.currency,
    npsWindowDays: settings.npsWindowDays,
    csatWindowDays: settings.csatWindowDays,
    frictionWindowDays: settings.frictionWindowDays,
    usageMetric: settings.usageMetric,
    crcAllocation: settings.crcAllocation,
    crcPerAccountMonth: settings.crcPerAccountMonth,
    crcMonthlyTotal: settings.crcMonthlyTotal,
  };
}

/**
 * The whole analysis at one as-of date, computed from the read connection; nothing is written.
 * Call inside a read transaction so every query sees the same state of the data.
 */
export function runAnalysis(
  db: Database.Database,
  options: AnalyzeOptions,
  hooks: AnalysisHooks,
): AnalysisOutput {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const latestInData = latestDataDate(db);
  const asOf = options.asOf ?? latestInData;
  if (asOf === null) {
    throw new InvalidAnalysisInput('The workspace has no dated data yet: import some files first.');
  }
  const settings = readAnalysisSettings(db, asOf, options.asOf !== undefined, options.profile);
  const revision = dataRevision(db);
  // The churn model's past snapshot is independent of everything until the model is fitted: where
  // another thread is at hand, it is read there meanwhile.
  const pastRequest = snapshotRequest(
    settings,
    addDays(asOf, -settings.riskHorizonDays),
    latestInData,
  );
  const currentRequest = snapshotRequest(settings, asOf, latestInData);
  const activity = hooks.startAccountActivity?.(currentRequest);
  const pending = hooks.startPastFeatures?.(pastRequest);
  try {
    return analyse(
      db,
      options,
      hooks,
      { started, startedAt, latestInData, asOf, settings, revision },
      (accounts) => takePastFeatures(db, pastRequest, pending, hooks, revision, accounts),
      activity ? (ids) => takeActivity(activity, hooks, revision, ids.length) : undefined,
    );
  } finally {
    activity?.abandon();
    pending?.abandon();
  }
}

interface RunContext {
  started: number;
  startedAt: string;
  latestInData: string | null;
  asOf: string;
  settings: AnalysisSettings;
  revision: number;
}

function analyse(
  db: Database.Database,
  options: AnalyzeOptions,
  hooks: AnalysisHooks,
  run: RunContext,
  pastFeatures: (accounts: number) => PastFeatures,
  prefetched: ((ids: readonly string[]) => AccountActivity | null) | undefined,
): AnalysisOutput {
  const { started, startedAt, latestInData, asOf, settings, revision } = run;
  const snapshot = readAccountSnapshot(
    db,
    { ...snapshotRequest(settings, asOf, latestInData), step: hooks.step },
    prefetched,
  );
  const facts = snapshot.core;

  hooks.step('lifetime models');
  const population = populationOf(facts);
  const ltv = accountLtv(facts, population.fit, settings.grossMargin, settings.discountRate);

  hooks.step('advocate scores');
  const signals = signalColumns(snapshot, ltv);
  const eligible = new Uint8Array(facts.n);
  for (let i = 0; i < facts.n; i++) eligible[i] = facts.state[i] === ACTIVE ? 1 : 0;
  const scores = advocateScores(signals, eligible, settings.profile.weights);
  const tier: (Tier | null)[] = new Array<Tier | null>(facts.n).fill(null);
  const topAdvocate = new Uint8Array(facts.n);
  const scored = new Uint8Array(facts.n);
  const tierCounts = Object.fromEntries(tierNames.map((t) => [t, 0])) as Record<Tier, number>;
  for (let i = 0; i < facts.n; i++) {
    const s = scores.score[i];
    if (Number.isNaN(s)) continue;
    scored[i] = 1;
    const t = tierOf(s, settings.tiers);
    tier[i] = t;
    tierCounts[t]++;
    if (t === 'champion' || t === 'advocate') topAdvocate[i] = 1;
  }
  const frame = analysisFrame(snapshot, settings, population, scores.score, topAdvocate);

  hooks.step('channels');
  const channels = channelBreakdown(frame);
  hooks.step('partners');
  const flows = readReferredCashflows(db, facts, addDays(asOf, 1), asOf, settings.currency);
  const partners = partnerReport(frame, flows);
  const partnerIds = partnerAccountIds(db);
  const isPartner = new Uint8Array(facts.n);
  for (let i = 0; i < facts.n; i++) if (partnerIds.has(facts.ids[i])) isPartner[i] = 1;

  hooks.step('retention curves');
  const reports: StoredReport[] = [
    { kind: 'channels', key: '', body: channels },
    { kind: 'affiliates', key: '', body: partners },
    {
      kind: 'mrr-movements',
      key: '',
      body: facts.movements.report(settings.currency.base, monthOf(asOf)),
    },
  ];
  for (const grouping of retentionGroupings) {
    reports.push({
      kind: 'retention',
      key: grouping,
      body: retentionReport(
        frame.economics,
        snapshot.partners,
        grouping,
        (codes, size) => frame.split(codes, size).customers,
      ),
    });
  }
  hooks.step('segments');
  reports.push({ kind: 'segments', key: '', body: ruleSegments(frame) });
  reports.push({ kind: 'factors', key: '', body: commonFactors(frame) });
  reports.push({ kind: 'use-cases', key: '', body: useCaseRanking(frame) });
  hooks.step('clusters');
  const clustering = clusterAccounts(
    signals,
    scored,
    scores.score,
    topAdvocate,
    settings.clusterSeed,
  );
  reports.push({ kind: 'clusters', key: '', body: clustering.result });

  hooks.step('churn risk');
  const risk = churnRisk(snapshot, pastFeatures(facts.n), settings.riskHorizonDays);
  reports.push({ kind: 'risk-model', key: '', body: risk.model });

  const all = channels.allCustomers;
  const excluded = new Set<string>([
    ...snapshot.partners.excludedCurrencies,
    ...[...facts.excluded.values()].flatMap((s) => [...s]),
  ]);
  const summary: Omit<AnalysisSummary, 'stamp'> = {
    ...frame.money,
    customerBasis: facts.basis,
    revenueEstimated: facts.revenueEstimated,
    accounts: facts.n,
    customers: all.customers,
    activeCustomers: all.activeCustomers,
    churnedCustomers: all.churnedCustomers,
    prospects: countState(facts, PROSPECT),
    mrr: totalMrr(facts),
    arpa: all.arpa,
    scored: scored.reduce((s, v) => s + v, 0),
    tiers: tierCounts,
    tierThresholds: settings.tiers,
    signalsUnused: scores.constantSignals,
    npsWindowDays: settings.npsWindowDays,
    nps: all.nps,
    npsResponses: all.npsResponses,
    trailingChurn: all.trailingSixMonthChurn,
    riskModel: risk.model,
    clusters: clustering.result.k,
    excludedCurrencies: [...excluded].filter((c) => c !== '').sort(),
  };
  hooks.step('done');
  return {
    stamp: {
      asOf,
      asOfFixed: options.asOf !== undefined,
      profileFixed: options.profile !== undefined,
      dataRevision: revision,
      settingsHash: settingsHash(settings),
      profile: settings.profile.name,
      startedAt,
      durationMs: Date.now() - started,
    },
    weights: settings.profile.weights,
    summary,
    accountCount: facts.n,
    accountMetrics: (i) => accountMetrics(snapshot, i, ltv, clustering.assignment, isPartner),
    advocateScore: (i) => {
      const s = scores.score[i];
      const t = tier[i];
      if (Number.isNaN(s) || t === null) return null;
      return {
        accountId: facts.ids[i],
        score: s,
        tier: t,
        coverage: scores.coverage[i],
        signalsPresent: scores.present[i],
        contributions: contributionsAt(scores.percentiles, settings.profile.weights, i, signals),
      };
    },
    churnRisk: (i) => {
      const p = risk.probability[i];
      return Number.isNaN(p) ? null : { probability: p, reasons: risk.reasons.get(i) ?? [] };
    },
    reports,
  };
}

function countState(facts: CoreFacts, state: number): number {
  let n = 0;
  for (let i = 0; i < facts.n; i++) if (facts.state[i] === state) n++;
  return n;
}

/** MRR of the active customers whose MRR is known in the base currency. */
function totalMrr(facts: CoreFacts): number {
  let sum = 0;
  for (let i = 0; i < facts.n; i++) {
    if (facts.state[i] === ACTIVE && !Number.isNaN(facts.mrr[i])) sum += facts.mrr[i];
  }
  return Math.round(sum * 100) / 100;
}
