import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { directContext } from '../../../src-main/job/context';
import { useTempDir } from '../../helpers/temp-dir';
import { importAll, ravenstack } from '../import/support';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

/**
 * Figures worked out from the raw exports, independently of the engine (the accounts' own
 * subscription histories read by hand), for the cases an earlier version got wrong.
 */
const metric = (db: Database.Database, accountId: string) =>
  db
    .prepare(
      'SELECT status, expansion_count, contraction_count, mrr, excluded_currencies FROM account_metrics WHERE account_id = ?',
    )
    .get(accountId) as {
    status: string;
    expansion_count: number;
    contraction_count: number;
    mrr: number | null;
    excluded_currencies: string | null;
  };

describe('the bundled sample: accounts billed in a currency without a rate', () => {
  const sample = useShippedSampleWorkspace();
  beforeAll(() => {
    const ws = sample().workspace;
    analyzeJob({ path: ws.path }, directContext(ws.db));
  });

  it('still count their expansions, in their own currency, while their money stays out', () => {
    const db = sample().workspace.db;
    // ACC-00176 moved up three times in euros, ACC-00059 twice in pounds, ACC-00008 once in euros.
    expect(metric(db, 'ACC-00176')).toMatchObject({
      expansion_count: 3,
      mrr: null,
      excluded_currencies: 'EUR',
    });
    expect(metric(db, 'ACC-00059')).toMatchObject({
      expansion_count: 2,
      excluded_currencies: 'GBP',
    });
    expect(metric(db, 'ACC-00008')).toMatchObject({
      expansion_count: 1,
      excluded_currencies: 'EUR',
    });
  });
});

describe('RavenStack: imported upgrade flags and trials after a churn', () => {
  const tempDir = useTempDir();
  let ws: Workspace;
  let summary: AnalysisSummary;
  beforeAll(() => {
    ws = openWorkspace(join(tempDir(), 'ravenstack.sqlite'), { create: true });
    const names = ['accounts', 'subscriptions', 'feature_usage', 'support_tickets', 'churn_events'];
    for (const outcome of importAll(ws.db, names.map(ravenstack))) {
      if (!outcome.ok) throw new Error(outcome.failure.message);
    }
    summary = analyzeJob({ path: ws.path }, directContext(ws.db));
  });
  afterAll(() => ws.close());

  it('does not count a trial started after a churn as a return', () => {
    // Seven accounts' last churn event is followed only by a new trial; they stay churned, and the
    // MRR of their older, never-ended subscriptions is not counted.
    expect(summary.customers).toBe(500);
    expect(summary.activeCustomers).toBe(384);
    expect(summary.churnedCustomers).toBe(116);
    expect(summary.mrr).toBe(8_031_530);
    expect(metric(ws.db, 'A-751bd4').status).toBe('churned');
  });

  it('takes expansions from the imported movements for every account, not for some', () => {
    // A-2e4581 carries one upgrade flag; A-e6afc1 carries none, so neither counts MRR rises.
    expect(metric(ws.db, 'A-2e4581').expansion_count).toBe(1);
    expect(metric(ws.db, 'A-e6afc1').expansion_count).toBe(0);
    const flagged = ws.db
      .prepare(`SELECT count(DISTINCT account_id) FROM mrr_movements WHERE type = 'expansion'`)
      .pluck()
      .get() as number;
    const expanded = ws.db
      .prepare('SELECT count(*) FROM account_metrics WHERE expansion_count > 0')
      .pluck()
      .get() as number;
    expect(expanded).toBe(flagged);
  });
});
