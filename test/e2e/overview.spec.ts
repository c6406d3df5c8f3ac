import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { OverviewPage } from './pages/overview-page';
import { watchPolicyViolations } from './support/csp-watch';
import { useHarness } from './support/harness';
import { referenceKeyFigures, referenceSource, tablesWithRows } from './support/reference-figures';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();
const integer = new Intl.NumberFormat('en-US');
const wholePercent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

test.describe('Overview on the sample workspace', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let overview: OverviewPage;
  let violations: string[];

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    violations = watchPolicyViolations(page);
    overview = new OverviewPage(page);
    await new AppShell(page).open(harness().url);
    await overview.waitUntilLoaded();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('shows the key figures computed from the workspace file', async () => {
    const expected = referenceKeyFigures(harness().workspace);

    expect(expected.accounts).toBeGreaterThan(0);
    await expect(overview.asOf).toHaveAttribute('data-date', expected.asOf ?? '');
    for (const id of ['accounts', 'active', 'churned', 'partners', 'referredAccounts'] as const) {
      const value = id === 'accounts' ? expected.accounts : expected[id];
      expect(await overview.figureNumber(id), id).toBe(value);
      await expect(overview.figureValue(id)).toHaveText(integer.format(value));
    }
    expect(await overview.figureNumber('mrr')).toBeCloseTo(expected.mrr.amount, 2);
    const exactMrr = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: expected.mrr.currency,
      maximumFractionDigits: 0,
    }).format(expected.mrr.amount);
    await expect(overview.figureCaption('mrr')).toContainText(exactMrr);
    // Amounts in currencies without a rate are named, never silently added.
    for (const currency of expected.mrr.excluded) {
      await expect(overview.figure('mrr')).toContainText(currency);
    }
  });

  test('lists every source with its rows, reach and orphans', async () => {
    const workspace = harness().workspace;

    for (const table of [
      'accounts',
      'contacts',
      'subscriptions',
      'payments',
      'tickets',
      'surveys',
      'usage',
      'partners',
      'referrals',
      'commissions',
    ]) {
      const source = referenceSource(workspace, table);
      await expect(overview.coverageCell(table, 'rows'), table).toHaveText(
        integer.format(source.rows),
      );
    }

    const tickets = referenceSource(workspace, 'tickets');
    expect(tickets.orphans).toBeGreaterThan(0);
    await expect(overview.coverageCell('tickets', 'orphans')).toHaveText(
      integer.format(tickets.orphans),
    );
    await overview.coverageRow('tickets').click();
    await expect(overview.sourceDetail).toHaveAttribute('data-kind', 'tickets');
    await expect(overview.sourceDetail).toContainText(
      integer.format(tickets.accountsCovered ?? -1),
    );
    await expect(overview.sourceDetail).toContainText('Orphaned rows');
  });

  test('marks the maturity stage the imported sources reach', async () => {
    const core = [
      'accounts',
      'contacts',
      'subscriptions',
      'payments',
      'tickets',
      'surveys',
      'usage',
      'partners',
      'referrals',
      'commissions',
    ];
    const present = tablesWithRows(harness().workspace, core);

    // The sample holds every core source: the 360-degree view, with nothing left to import.
    expect(present).toEqual(core);
    await expect(overview.currentStage()).toHaveAttribute('data-stage', 'full');
    await expect(overview.currentStage()).toContainText('360-degree view');
    await expect(overview.maturity.locator('.area-missing')).toHaveCount(0);
    await expect(overview.nextImport).toContainText('Every core source is in place');
  });

  test('charts each source’s account reach and saves the chart as a PNG', async () => {
    const workspace = harness().workspace;
    const accounts = referenceSource(workspace, 'accounts').rows;
    const payments = referenceSource(workspace, 'payments');

    const share = wholePercent.format((payments.accountsCovered ?? 0) / accounts);
    await expect(overview.reachChart.getByRole('img')).toHaveAttribute(
      'aria-label',
      new RegExp(`Payments ${share}`),
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      overview.savePngButton().click(),
    ]);
    expect(download.suggestedFilename()).toBe('Account reach by source.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.length).toBeGreaterThan(5_000);
  });

  test('draws everything without breaking the content security policy', () => {
    expect(violations).toEqual([]);
  });
});

test.describe('Overview while loading or failing', () => {
  test('shows progress while coverage is computed, and can cancel it', async ({ page }) => {
    let held = 0;
    // Hold the first coverage request back, so its progress can be seen and cancelled.
    await page.route('**/api/invoke', async (route) => {
      const body = route.request().postDataJSON() as { channel?: string };
      if (body.channel === 'overview:coverage' && held++ === 0)
        await new Promise((r) => setTimeout(r, 1_500));
      await route.continue();
    });
    const shell = new AppShell(page);
    const overview = new OverviewPage(page);
    await shell.open(harness().url);
    await expect(overview.coverageProgress).toBeVisible();
    await expect(overview.coverageProgress.getByRole('progressbar')).toBeVisible();
    await overview.coverageProgress.getByRole('button', { name: 'Cancel' }).click();
    await expect(overview.coverageCancelled).toBeVisible();
    await expect(overview.coverageTable).toHaveCount(0);

    await overview.coverageCancelled.getByRole('button', { name: 'Check again' }).click();
    await expect(overview.coverageTable).toBeVisible();
  });

  test('shows a readable error when the figures cannot be loaded, and recovers on retry', async ({
    page,
  }) => {
    let fail = true;
    await page.route('**/api/invoke', async (route) => {
      const body = route.request().postDataJSON() as { channel?: string };
      if (fail && body.channel === 'overview:key-figures') {
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, error: { code: 'io', message: 'The disk is full.' } }),
        });
        return;
      }
      await route.continue();
    });
    const shell = new AppShell(page);
    const overview = new OverviewPage(page);
    await shell.open(harness().url);
    const alert = overview.root.getByRole('alert');
    await expect(alert).toContainText('The overview could not be loaded');
    await expect(alert).toContainText('The disk is full.');

    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(overview.figure('accounts')).toBeVisible();
  });
});
