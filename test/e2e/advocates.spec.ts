import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import { AdvocatesPage } from './pages/advocates-page';
import { AppShell } from './pages/app-shell';
import { useHarness } from './support/harness';
import { projectRoot } from './support/paths';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

interface CliAdvocate {
  rank: number;
  accountId: string;
  name: string | null;
  score: number;
  tier: string;
  contributions: { signal: string; contribution: number }[];
}

/** What the command line says, as an independent reader of the same workspace. */
function cliAdvocates(workspace: string, top: number): CliAdvocate[] {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src-main/cli/main.ts',
      'advocates',
      '--workspace',
      workspace,
      '--top',
      String(top),
      '--json',
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as CliAdvocate[];
}

const sql = <T>(workspace: string, query: string, ...params: unknown[]): T => {
  const db = new Database(workspace, { readonly: true });
  try {
    return db
      .prepare(query)
      .pluck()
      .get(...params) as T;
  } finally {
    db.close();
  }
};

test.describe('Advocates on the sample workspace', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let advocates: AdvocatesPage;

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    advocates = new AdvocatesPage(page);
    await new AppShell(page).open(harness().url);
    await advocates.open();
    await advocates.waitForRows();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('ranks the same top advocates, in the same order, as the command line', async () => {
    const expected = cliAdvocates(harness().workspace, 10);
    expect(expected).toHaveLength(10);
    const keys = (await advocates.keys()).slice(0, 10);
    expect(keys).toEqual(expected.map((a) => a.accountId));
    for (const a of expected.slice(0, 3)) {
      await expect(advocates.cell(a.accountId, 'rank')).toHaveText(String(a.rank));
      await expect(advocates.cell(a.accountId, 'name')).toHaveText(a.name ?? a.accountId);
      await expect(advocates.cell(a.accountId, 'score')).toHaveText(
        new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(a.score),
      );
    }
    const scored = sql<number>(harness().workspace, 'SELECT count(*) FROM advocate_scores');
    expect(await advocates.matching()).toBe(scored);
  });

  test('explains a score with contributions that add up to it', async () => {
    const [second] = cliAdvocates(harness().workspace, 2).slice(1);
    if (!second) throw new Error('no second advocate');
    await advocates.row(second.accountId).click();
    await expect(advocates.explanation).toHaveAttribute('data-account', second.accountId);
    const points = await advocates.contributions();
    expect(points.length).toBe(second.contributions.length);
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(second.score, 6);
    await expect(advocates.explainedScore).toHaveText(
      new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(second.score),
    );
  });

  test('filters by tier and by search in the store, and counts what is left', async () => {
    await advocates.filterBy('tier', /Champion/);
    const champions = sql<number>(
      harness().workspace,
      "SELECT count(*) FROM advocate_scores WHERE tier = 'champion'",
    );
    await expect.poll(() => advocates.matching()).toBe(champions);
    for (const key of (await advocates.keys()).slice(0, 5))
      await expect(advocates.cell(key, 'tier')).toHaveText('Champion');
    await advocates.clearFilter('tier');
    const [top] = cliAdvocates(harness().workspace, 1);
    const name = top?.name ?? '';
    await advocates.search.fill(name.split(' ')[0] ?? name);
    await expect.poll(async () => (await advocates.keys())[0]).toBe(top?.accountId);
    await advocates.search.fill('');
    await expect.poll(() => advocates.matching()).toBeGreaterThan(champions);
  });

  test('sorts by MRR in the store, largest first', async () => {
    await advocates.header('mrr').click();
    const largest = sql<number>(
      harness().workspace,
      'SELECT max(m.mrr) FROM advocate_scores s JOIN account_metrics m USING (account_id)',
    );
    const [first] = await advocates.keys();
    const mrr = sql<number>(
      harness().workspace,
      'SELECT mrr FROM account_metrics WHERE account_id = ?',
      first,
    );
    expect(mrr).toBe(largest);
    await advocates.header('rank').click();
    await expect
      .poll(async () => (await advocates.keys())[0])
      .toBe(cliAdvocates(harness().workspace, 1)[0]?.accountId);
  });

  test('lists the champions and advocates who are not partners yet as recruits', async () => {
    await advocates.tabs.getByRole('radio', { name: 'Recruit as affiliates' }).check();
    const recruits = sql<number>(
      harness().workspace,
      `SELECT count(*) FROM advocate_scores s JOIN account_metrics m USING (account_id)
       WHERE s.tier IN ('champion', 'advocate') AND m.is_partner = 0`,
    );
    await expect.poll(() => advocates.matching()).toBe(recruits);
    await advocates.tabs.getByRole('radio', { name: 'All advocates' }).check();
    await advocates.waitForRows();
  });

  test('logs a reference request and records consent for the account explained', async () => {
    const [top] = cliAdvocates(harness().workspace, 1);
    if (!top) throw new Error('no advocate');
    await advocates.row(top.accountId).click();
    await expect(advocates.explanation).toHaveAttribute('data-account', top.accountId);
    await page.getByTestId('mark-asked').click();
    const dialog = page.getByTestId('ask-dialog');
    await dialog.getByLabel('Asked for').selectOption('reference');
    await dialog.getByTestId('ask-save').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('request-list').locator('li')).toHaveCount(1);
    expect(
      sql<string>(
        harness().workspace,
        'SELECT kind FROM reference_requests WHERE account_id = ?',
        top.accountId,
      ),
    ).toBe('reference');
    await page.getByRole('button', { name: 'Record refused' }).click();
    await expect(page.getByTestId('consent')).toHaveAttribute('data-state', 'refused');
    expect(
      sql<number>(
        harness().workspace,
        'SELECT consent FROM reference_consents WHERE account_id = ?',
        top.accountId,
      ),
    ).toBe(0);
  });

  test('saves the score distribution as a PNG', async () => {
    const download = page.waitForEvent('download');
    await advocates.distribution.getByRole('button', { name: /Save the chart/ }).click();
    expect((await download).suggestedFilename()).toBe('Score distribution by tier.png');
  });
});

test.describe('Advocates before the first analysis', () => {
  test('shows one clear empty state, and analyses from the app with progress', async ({ page }) => {
    const db = new Database(harness().workspace);
    db.exec(
      'DELETE FROM account_metrics; DELETE FROM advocate_scores; DELETE FROM churn_risk; DELETE FROM analysis_reports; DELETE FROM analysis_runs;',
    );
    db.close();
    const advocates = new AdvocatesPage(page);
    const shell = new AppShell(page);
    await shell.open(harness().url);
    await advocates.open();
    await expect(advocates.notAnalysed).toBeVisible();
    await expect(shell.analysisStatus).toHaveAttribute('data-state', 'stale');
    await advocates.notAnalysed.getByRole('button', { name: 'Analyse now' }).click();
    await expect(page.getByTestId('analysis-phase').first()).toBeVisible();
    await advocates.waitForRows();
    await expect(shell.analysisStatus).toHaveAttribute('data-state', 'fresh');
  });
});
