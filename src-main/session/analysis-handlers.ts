import type { ChannelReport } from '../../src-shared/model/analysis/economics';
import type { MrrMovementReport, RetentionReport } from '../../src-shared/model/analysis/retention';
import type {
  ClusterResult,
  FactorRow,
  SegmentRow,
  UseCaseRow,
} from '../../src-shared/model/analysis/segments';
import type { analysisChannels } from '../../src-shared/ipc/analysis-channels';
import {
  activeRuleName,
  chooseRule,
  deleteRule,
  listRules,
  saveRule,
} from '../analysis/candidates/case-study-rules';
import {
  listReferenceRequests,
  logReferenceRequest,
  updateReferenceOutcome,
} from '../analysis/candidates/reference-requests';
import { readConsent, recordConsent } from '../analysis/candidates/reference-consents';
import { scoreDistribution } from '../analysis/lists/score-distribution';
import { accountContacts } from '../analysis/load/contact-facts';
import { readAccountMetrics } from '../analysis/results/account-reader';
import { readAffiliatesOverview } from '../analysis/results/affiliates-overview';
import { readCaseStudies } from '../analysis/results/case-study-list';
import { caseStudiesTable } from '../export/analysis-tables';
import { exportToBytes } from '../export/export-bytes';
import {
  activeProfile,
  chooseProfile,
  deleteProfile,
  duplicateProfile,
  listProfiles,
  renameProfile,
  saveProfile,
} from '../analysis/score/profiles';
import { saveAnalysisSettings } from '../analysis/settings/settings-edits';
import { readWorkspaceSettings } from '../analysis/settings/workspace-settings';
import { readTiers, saveTiers } from '../analysis/settings/tiers';
import {
  readAdvocate,
  readAdvocates,
  readRisk,
  readRiskAccount,
} from '../analysis/store/advocate-reader';
import { riskTotals } from '../analysis/lists/risk-totals';
import {
  analysisFreshness,
  readReport,
  readStamp,
  readSummary,
} from '../analysis/store/results-reader';
import { analysed, UnknownAccountError } from '../analysis/results/not-analysed';
import type { Handlers } from '../ipc/handlers';
import type { Session } from './session';

type AnalysisChannel = keyof typeof analysisChannels;

/**
 * The analysis channels. A run goes to the worker; reading stored results and editing the
 * analyst's own settings are small indexed queries on the session's connection.
 */
export function analysisHandlers(session: Session): Handlers<AnalysisChannel> {
  const db = () => session.current().db;
  return {
    'analysis:run': async ({ jobId, profile, asOf }) => {
      const summary = await session.runJob(
        'analyze',
        {
          path: session.current().path,
          ...(profile === undefined ? {} : { profile }),
          ...(asOf === undefined ? {} : { asOf }),
        },
        jobId,
      );
      session.emit('analysis:finished', summary.stamp);
      return summary;
    },
    'analysis:freshness': () => analysisFreshness(db()),
    'analysis:summary': () => analysed(readSummary(db())),
    'analysis:advocates': (request) => {
      analysed(readStamp(db()));
      return readAdvocates(db(), request);
    },
    'analysis:advocate': ({ accountId }) => {
      analysed(readStamp(db()));
      return known(readAdvocate(db(), accountId), accountId);
    },
    'analysis:account': ({ accountId }) => {
      analysed(readStamp(db()));
      return known(readAccountMetrics(db(), accountId), accountId);
    },
    'analysis:case-studies': ({ rule }) => analysed(readCaseStudies(db(), rule)).candidates,
    'analysis:case-studies-export': ({ rule, format, encoding }) => {
      const list = analysed(readCaseStudies(db(), rule));
      return exportToBytes(caseStudiesTable(list.candidates), format, encoding, [db().name]);
    },
    'analysis:channels': () => analysed(readReport<ChannelReport>(db(), 'channels')),
    'analysis:affiliates': ({ recruits }) => analysed(readAffiliatesOverview(db(), recruits)),
    'analysis:retention': ({ by }) => analysed(readReport<RetentionReport>(db(), 'retention', by)),
    'analysis:mrr-movements': () => analysed(readReport<MrrMovementReport>(db(), 'mrr-movements')),
    'analysis:segments': () => analysed(readReport<SegmentRow[]>(db(), 'segments')),
    'analysis:factors': () => analysed(readReport<FactorRow[]>(db(), 'factors')),
    'analysis:use-cases': () => analysed(readReport<UseCaseRow[]>(db(), 'use-cases')),
    'analysis:clusters': () => analysed(readReport<ClusterResult>(db(), 'clusters')),
    'analysis:risk': ({ top }) => analysed(readRisk(db(), top)),
    'analysis:risk-totals': ({ query }) => {
      analysed(readStamp(db()));
      return riskTotals(db(), query);
    },
    'analysis:risk-account': ({ accountId }) => {
      analysed(readStamp(db()));
      return { row: readRiskAccount(db(), accountId) };
    },
    'analysis:profiles': () => ({ profiles: listProfiles(db()), active: activeProfile(db()).name }),
    'analysis:profile-save': ({ name, weights }) => saveProfile(db(), name, weights),
    'analysis:profile-delete': ({ name }) => ({ deleted: deleteProfile(db(), name) }),
    'analysis:profile-choose': ({ name }) => chooseProfile(db(), name),
    'analysis:tiers': () => readTiers(db()),
    'analysis:tiers-save': (tiers) => saveTiers(db(), tiers),
    'analysis:rules': () => ({ rules: listRules(db()), active: activeRuleName(db()) }),
    'analysis:rule-save': ({ name, rule }) => saveRule(db(), name, rule),
    'analysis:rule-delete': ({ name }) => ({ deleted: deleteRule(db(), name) }),
    'analysis:rule-choose': ({ name }) => chooseRule(db(), name),
    'analysis:reference-requests': ({ accountId }) => listReferenceRequests(db(), accountId),
    'analysis:reference-log': (request) => logReferenceRequest(db(), request),
    'analysis:reference-outcome': ({ id, outcome, note }) =>
      updateReferenceOutcome(db(), id, outcome, note),
    'analysis:consent': ({ accountId }) => readConsent(db(), accountId),
    'analysis:consent-save': ({ accountId, consent, note }) =>
      recordConsent(db(), accountId, consent, note ?? null),
    'analysis:account-contacts': ({ accountId }) => accountContacts(db(), accountId),
    'analysis:score-distribution': ({ query }) => {
      analysed(readStamp(db()));
      return scoreDistribution(db(), query);
    },
    'analysis:settings': () => readWorkspaceSettings(db()),
    'analysis:settings-save': (change) => {
      saveAnalysisSettings(db(), change);
      return { saved: true as const };
    },
    'analysis:profile-duplicate': ({ name, copy }) => duplicateProfile(db(), name, copy),
    'analysis:profile-rename': ({ name, newName }) => renameProfile(db(), name, newName),
  };
}

function known<T>(value: T | null, accountId: string): T {
  if (value === null) throw new UnknownAccountError(accountId);
  return value;
}
