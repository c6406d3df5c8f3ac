import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import type { RiskReport } from '../../src-shared/model/analysis/risk';
import { AtRiskPage } from './pages/at-risk-page';
import { AppShell, type LanguageName } from './pages/app-shell';
import { useHarness } from './support/harness';
import { projectRoot } from './support/paths';
import { saveScreenshot } from './support/screenshot';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

/** What the command line says, as an independent reader of the same workspace. */
function cliRisk(workspace: string, top: number): RiskReport {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src-main/cli/main.ts',
      'risk',
      '--workspace',
      workspace,
      '--top',
      String(top),
      '--json',
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as RiskReport;
}

function sql<T>(workspace: string, query: string, ...params: unknown[]): T {
  const db = new Database(workspace, { readonly: true });
  try {
    return db.prepare(query).get(...params) as T;
  } finally {
    db.close();
  }
}

const percent = (share: number) =>
  new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format(share);

test.describe('At risk on the sample workspace', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let atRisk: AtRiskPage;

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    atRisk = new AtRiskPage(page);
    await new AppShell(page).open(harness().url);
    await atRisk.open();
    await atRisk.waitForRows();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('ranks the accounts in the order the risk command prints', async () => {
    const report = cliRisk(harness().workspace, 10);
    expect(report.accounts).toHaveLength(10);
    expect((await atRisk.keys()).slice(0, 10)).toEqual(report.accounts.map((a) => a.accountId));
    for (const account of report.accounts.slice(0, 3)) {
      await expect(atRisk.cell(account.accountId, 'probability')).toHaveText(
        percent(account.probability),
      );
    }
    const scored = sql<{ n: number }>(harness().workspace, 'SELECT count(*) AS n FROM churn_risk');
    expect(await atRisk.matching()).toBe(scored.n);
  });

  test('totals the accounts, their MRR and the expected churned MRR as SQL does', async () => {
    const all = sql<{ n: number; mrr: number; loss: number }>(
      harness().workspace,
      `SELECT count(*) AS n, total(m.mrr) AS mrr, total(r.probability * m.mrr) AS loss
       FROM churn_risk r JOIN account_metrics m USING (account_id)`,
    );
    expect(await atRisk.total('accounts')).toBe(all.n);
    expect(await atRisk.total('mrr')).toBeCloseTo(all.mrr, 6);
    expect(await atRisk.total('expected-loss')).toBeCloseTo(all.loss, 6);

    const csm = sql<{ csm: string }>(
      harness().workspace,
      `SELECT m.csm FROM churn_risk r JOIN account_metrics m USING (account_id)
       WHERE m.csm IS NOT NULL GROUP BY m.csm ORDER BY count(*) DESC, m.csm LIMIT 1`,
    ).csm;
    const kept = sql<{ n: number; loss: number }>(
      harness().workspace,
      `SELECT count(*) AS n, total(r.probability * m.mrr) AS loss
       FROM churn_risk r JOIN account_metrics m USING (account_id) WHERE m.csm = ?`,
      csm,
    );
    await atRisk.filterBy('csm', new RegExp(`^${csm}`));
    await expect.poll(() => atRisk.matching()).toBe(kept.n);
    await expect.poll(() => atRisk.total('accounts')).toBe(kept.n);
    expect(await atRisk.total('expected-loss')).toBeCloseTo(kept.loss, 6);
    for (const key of (await atRisk.keys()).slice(0, 5))
      await expect(atRisk.cell(key, 'csm')).toHaveText(csm);
    await atRisk.clearFilter('csm');
    await expect.poll(() => atRisk.matching()).toBe(all.n);
  });

  test('explains the account picked with its stored reasons and their direction', async () => {
    const [, second] = cliRisk(harness().workspace, 2).accounts;
    if (!second) throw new Error('no second account at risk');
    await atRisk.row(second.accountId).click();
    await expect(atRisk.reasons.locator('.risk-reasons-probability')).toHaveAttribute(
      'data-value',
      String(second.probability),
    );
    const items = atRisk.reasons.locator('.risk-reason');
    await expect(items).toHaveCount(second.reasons.length);
    for (const [k, reason] of second.reasons.entries()) {
      const item = items.nth(k);
      await expect(item).toHaveAttribute('data-feature', reason.feature);
      await expect(item.locator('.risk-reason-words')).toHaveText(reason.label);
      await expect(item).toHaveClass(reason.effect > 0 ? /reason-raises/ : /reason-lowers/);
    }
  });

  test('shows the model card with the stored model and its calibration', async () => {
    const model = cliRisk(harness().workspace, 1).model;
    if (!model) throw new Error('no model');
    await atRisk.model.scrollIntoViewIfNeeded();
    await expect(atRisk.model.locator('[data-fact="auc"] .risk-model-fact-value')).toHaveText(
      new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(model.heldOutAuc ?? 0),
    );
    await expect(atRisk.model.locator('[data-fact="training"] .risk-model-fact-value')).toHaveText(
      new Intl.NumberFormat('en-US').format(model.trainingAccounts),
    );
    const rows = atRisk.model.locator('[data-testid="risk-coefficients"] tbody tr');
    await expect(rows).toHaveCount(model.features.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr): [string, number] => [
        tr.getAttribute('data-feature') ?? '',
        Number(tr.getAttribute('data-coefficient')),
      ]),
    );
    expect(new Map(shown)).toEqual(new Map(model.features.map((f) => [f.feature, f.coefficient])));
    await expect(page.getByTestId('risk-calibration').locator('canvas')).toBeVisible();
    // A model that ranks the sample well says nothing against itself.
    await expect(atRisk.reliability).toHaveCount(0);
    const download = page.waitForEvent('download');
    await page
      .getByTestId('risk-calibration')
      .getByRole('button', { name: /Save the chart/ })
      .click();
    expect((await download).suggestedFilename()).toBe('Calibration of the held-out accounts.png');
  });

  test('exports exactly the rows and columns shown, as CSV and as XLSX', async () => {
    const all = await atRisk.matching();
    await atRisk.search.fill('co');
    await expect.poll(() => atRisk.matching()).toBeLessThan(all);
    const shown = await atRisk.matching();
    const menu = page.getByTestId('export-risk');
    await menu.getByRole('button', { name: /Export/ }).click();
    const csv = page.waitForEvent('download');
    await menu.locator('[data-export="csv"]').click();
    const file = await csv;
    expect(file.suggestedFilename()).toBe('Accounts by churn probability.csv');
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Account,Churn risk,MRR,Expected loss,Top reason,CSM');
    expect(lines).toHaveLength(shown + 1);
    await expect(page.getByTestId('export-status')).toContainText(
      `Exported ${new Intl.NumberFormat('en-US').format(shown)} rows`,
    );
    const xlsx = page.waitForEvent('download');
    await menu.locator('[data-export="xlsx"]').click();
    const workbook = readFileSync(await (await xlsx).path());
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.keyboard.press('Escape');
    await atRisk.search.fill('');
    await expect.poll(() => atRisk.matching()).toBeGreaterThan(shown);
  });

  const cases: { theme: 'light' | 'dark'; language: 'en' | 'ja'; name: LanguageName }[] = [
    { theme: 'light', language: 'en', name: 'English' },
    { theme: 'dark', language: 'en', name: 'English' },
    { theme: 'light', language: 'ja', name: '日本語' },
    { theme: 'dark', language: 'ja', name: '日本語' },
  ];
  for (const { theme, language, name } of cases) {
    test(`screenshot: ${theme} theme, ${language}`, async () => {
      const shell = new AppShell(page);
      await shell.chooseLanguage(name);
      await shell.chooseTheme(theme);
      await expect(atRisk.root.locator('.view-title')).toHaveText(
        language === 'en' ? 'At risk' : '解約リスク',
      );
      await atRisk.root.locator('.view-title').scrollIntoViewIfNeeded();
      await atRisk.waitForRows();
      await saveScreenshot(page, `at-risk-${theme}-${language}`);
    });
  }
});
