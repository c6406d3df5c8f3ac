import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import type { AffiliatesOverview } from '../../src-shared/model/analysis/economics';
import { AppShell, type LanguageName } from './pages/app-shell';
import { useHarness } from './support/harness';
import { projectRoot } from './support/paths';
import { saveScreenshot } from './support/screenshot';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

function cliAffiliates(): AffiliatesOverview {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src-main/cli/main.ts',
      'affiliates',
      '--workspace',
      harness().workspace,
      '--recruits',
      '1000',
      '--json',
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as AffiliatesOverview;
}

const en = new Intl.NumberFormat('en-US');
const money = (amount: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(amount);

test.describe('Affiliates on the sample workspace', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  const table = () => page.getByTestId('partner-table');
  const cell = (key: string, column: string) =>
    table().locator(`.data-table-row[data-key="${key}"] [data-column="${column}"]`);

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    await new AppShell(page).open(harness().url);
    await page.locator('nav a[data-view="affiliates"]').click();
    await expect(table().locator('.data-table-row[data-key]').first()).toBeVisible();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('shows every partner with the figures of the partner report', async () => {
    const report = cliAffiliates();
    // The rows are virtualised: the grid says how many it holds, header included.
    await expect(table()).toHaveAttribute('aria-rowcount', String(report.partners.length + 2));
    for (const p of report.partners.slice(0, 4)) {
      await expect(cell(p.partnerId, 'leads')).toHaveText(en.format(p.leads));
      await expect(cell(p.partnerId, 'conversions')).toHaveText(en.format(p.conversions));
      await expect(cell(p.partnerId, 'commissions')).toHaveText(money(p.commissionsNet));
    }
    await expect(page.getByTestId('partner-roi').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('partner-bubbles').locator('canvas')).toBeVisible();
  });

  test('filters by partner type', async () => {
    const report = cliAffiliates();
    const type = report.partners.find((p) => p.type !== null)?.type ?? '';
    await page.getByTestId('partner-type').selectOption(type);
    const kept = report.partners.filter((p) => p.type === type).length;
    await expect(table()).toHaveAttribute('aria-rowcount', String(kept + 2));
    await page.getByTestId('partner-type').selectOption('');
  });

  test('a partner opens its retention, its referred customers and its advocates', async () => {
    const report = cliAffiliates();
    const partner = [...report.partners].sort((a, b) => b.conversions - a.conversions)[0];
    if (!partner) throw new Error('no partner');
    await cell(partner.partnerId, 'partner').click();
    await expect(page.getByTestId('partner-detail')).toHaveAttribute(
      'data-partner',
      partner.partnerId,
    );
    await expect(page.getByTestId('partner-km').locator('canvas')).toBeVisible();
    const db = new Database(harness().workspace, { readonly: true });
    const referred = db
      .prepare('SELECT count(*) FROM account_metrics WHERE partner_id = ?')
      .pluck()
      .get(partner.partnerId) as number;
    db.close();
    const count = async (id: string) =>
      Number(((await page.getByTestId(id).textContent()) ?? '').replace(/[^\d]/g, ''));
    await expect.poll(() => count('partner-customers-count')).toBe(referred);
    await expect.poll(() => count('partner-advocates-count')).toBe(partner.advocatesReferred);
  });

  test('the recruits are one click away', async () => {
    await page.getByTestId('open-recruits').click();
    await expect(page).toHaveURL(/#\/advocates$/);
    await expect(
      page.getByTestId('advocate-tabs').getByRole('radio', { name: 'Recruit as affiliates' }),
    ).toBeChecked();
    await page.locator('nav a[data-view="affiliates"]').click();
    await expect(table()).toBeVisible();
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
      await expect(page.locator('.affiliates .view-title')).toHaveText(
        language === 'en' ? 'Affiliates' : 'アフィリエイト',
      );
      await page.locator('.affiliates .view-title').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `affiliates-${theme}-${language}`);
    });
  }
});
