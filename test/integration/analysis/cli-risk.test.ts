import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RiskModelSummary, RiskReport } from '../../../src-shared/model/analysis/risk';
import type { AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import { openWorkspace } from '../../../src-main/store/workspace';
import { bumpDataRevision } from '../../../src-main/store/settings';
import { cli, cliJson } from '../../helpers/cli-run';
import { insertRows } from '../../helpers/seed-workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { seedHandCompany } from './hand-company';

type MarkedModel = RiskModelSummary & { reliable: boolean };
type MarkedRiskReport = Omit<RiskReport, 'model'> & { model: MarkedModel | null };

const AS_OF = '2026-06-30';
const ACCOUNTS = 80;
/** One account in four churns in the 90 days before the as-of date. */
const churns = (k: number) => k % 4 === 0;

/**
 * Eighty customers who all started on 2025-01-01, twenty of whom churn between April and June
 * 2026. The churn model learns from the accounts active on 2026-04-01: enough of them, and of
 * churners, to fit one. When `telling` is false every account looks the same on that day, so the
 * model can only rank them all equal: a held-out AUC of exactly 0.5, chance. When it is true the
 * churners pay 10 a month and the others 500, so MRR alone sorts the held-out accounts: AUC 1.
 */
function seedCohort(path: string, telling: boolean): void {
  const ws = openWorkspace(path, { create: true });
  const ids = Array.from({ length: ACCOUNTS }, (_, k) => `K${String(k).padStart(3, '0')}`);
  ws.db.transaction(() => {
    insertRows(
      ws.db,
      'accounts',
      ids.map((id) => ({
        account_id: id,
        name: `Account ${id}`,
        acquisition_channel: 'Organic',
        signup_date: '2025-01-01',
        health_score: 50,
      })),
    );
    insertRows(
      ws.db,
      'subscriptions',
      ids.map((id, k) => ({
        subscription_id: `S-${id}`,
        account_id: id,
        plan: 'Pro',
        start_date: '2025-01-01',
        end_date: churns(k) ? `2026-0${4 + (k % 3)}-15` : null,
        mrr: telling && churns(k) ? 10 : telling ? 500 : 100,
        currency: 'USD',
      })),
    );
    bumpDataRevision(ws.db);
  })();
  ws.close();
}

describe('the churn ranking says when it cannot be trusted', () => {
  const tempDir = useTempDir();

  it('warns on stderr and marks the JSON when the held-out AUC is below 0.6', async () => {
    const path = join(tempDir(), 'chance.sqlite');
    seedCohort(path, false);

    const analysed = await cli('analyze', '--workspace', path, '--as-of', AS_OF);
    expect(analysed.code).toBe(0);
    expect(analysed.out).toContain('AUC 0.500 on 16 held-out accounts; trained on 64');
    expect(analysed.out).toContain('not reliable for this data (AUC below 0.6)');
    expect(analysed.err).toContain(
      "Warning: the churn model's ranking is not reliable for this data: its held-out AUC is 0.500, below 0.6",
    );
    const summary = await cliJson<AnalysisSummary & { riskModel: MarkedModel | null }>(
      'analyze',
      '--workspace',
      path,
      '--as-of',
      AS_OF,
    );
    expect(summary.riskModel).toMatchObject({ heldOutAuc: 0.5, reliable: false });

    const text = await cli('risk', '--workspace', path);
    expect(text.code).toBe(0);
    expect(text.err).toContain('not reliable for this data: its held-out AUC is 0.500');
    expect(text.out).toContain('held-out AUC 0.500 on 16. Not reliable for this data.');

    const json = await cli('risk', '--workspace', path, '--json');
    expect(json.err).toContain('not reliable for this data');
    const report = JSON.parse(json.out) as MarkedRiskReport;
    // The stored report's fields stay as they were; `reliable` is added beside the model figures.
    expect(Object.keys(report)).toEqual(['asOf', 'model', 'accounts']);
    expect(Object.keys(report.model ?? {})).toEqual([
      'horizonDays',
      'trainedAt',
      'trainingAccounts',
      'trainingChurners',
      'heldOutAccounts',
      'heldOutAuc',
      'features',
      'calibration',
      'reliable',
    ]);
    // 80 customers on 2026-04-01, a fifth held out by stratum: 16 of them, 4 churners among them.
    expect(report.model).toMatchObject({
      trainedAt: '2026-04-01',
      trainingAccounts: 64,
      trainingChurners: 16,
      heldOutAccounts: 16,
      heldOutAuc: 0.5,
      reliable: false,
    });
    // The sixty still active are all ranked, every one equally likely to churn.
    expect(report.accounts).toHaveLength(20);
    expect(new Set(report.accounts.map((r) => r.probability)).size).toBe(1);
  });

  it('prints no warning and marks the model reliable when it ranks well', async () => {
    const path = join(tempDir(), 'telling.sqlite');
    seedCohort(path, true);
    expect((await cli('analyze', '--workspace', path, '--as-of', AS_OF)).err).not.toContain(
      'Warning',
    );
    const json = await cli('risk', '--workspace', path, '--json');
    expect(json.err).toBe('');
    const report = JSON.parse(json.out) as MarkedRiskReport;
    expect(report.model).toMatchObject({ heldOutAuc: 1, reliable: true });
    const text = await cli('risk', '--workspace', path);
    expect(text.err).toBe('');
    expect(text.out).not.toContain('Not reliable');
  });

  it('says there is no model, rather than printing an empty list, when too few can train one', async () => {
    const path = join(tempDir(), 'hand.sqlite');
    const ws = openWorkspace(path, { create: true });
    seedHandCompany(ws.db);
    ws.close();
    expect((await cli('analyze', '--workspace', path)).code).toBe(0);

    const text = await cli('risk', '--workspace', path);
    expect(text.code).toBe(0);
    expect(text.out).toBe(
      'No churn model as of 2026-06-30: too few customers with a known outcome to learn from, so no account is ranked.',
    );
    expect(text.err).toBe('');

    const json = await cli('risk', '--workspace', path, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ asOf: '2026-06-30', model: null, accounts: [] });
    expect(json.err).toBe(
      'No churn model: too few customers with a known outcome to learn from, so no account is ranked by risk.',
    );
  });
});
