import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import type { ChannelReport } from '../../src-shared/model/analysis/economics';
import { AppShell, type LanguageName } from './pages/app-shell';
import { useHarness } from './support/harness';
import { projectRoot } from './support/paths';
import { saveScreenshot } from './support/screenshot';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

function cliChannels(): ChannelReport {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src-main/cli/main.ts',
      'channels',
      '--workspace',
      harness().workspace,
      '--json',
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as ChannelReport;
}

const en = new Intl.NumberFormat('en-US');
const percent = (share: number) => {
  const digits = Math.abs(share) >= 0.1 ? 0 : 1;
  return new Intl.NumberFormat('en-US', {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(share);
};

test.describe('Channels on the sample workspace', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  const table = () => page.getByTestId('channel-table');
  const cell = (key: string, column: string) =>
    table().locator(`.data-table-row[data-key="${key}"] [data-column="${column}"]`);

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    await new AppShell(page).open(harness().url);
    await page.locator('nav a[data-view="channels"]').click();
    await expect(table().locator('.data-table-row[data-key]').first()).toBeVisible();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('shows every channel with the figures the command line prints', async () => {
    const report = cliChannels();
    await expect(table().locator('.data-table-row[data-key]')).toHaveCount(
      report.channels.length + 1,
    );
    await expect(cell('__baseline__', 'customers')).toHaveText(
      en.format(report.baseline.customers),
    );
    for (const c of report.channels.slice(0, 4)) {
      await expect(cell(c.channel, 'customers')).toHaveText(en.format(c.customers));
      await expect(cell(c.channel, 'active')).toHaveText(en.format(c.activeCustomers));
      if (c.advocateRate !== null)
        await expect(cell(c.channel, 'advocateRate')).toHaveText(percent(c.advocateRate));
    }
    for (const id of ['channel-advocate-rate', 'channel-ltv', 'channel-km'])
      await expect(page.getByTestId(id).locator('canvas')).toBeVisible();
  });

  test('a channel opens its customers and its monthly churn', async () => {
    const [first] = cliChannels().channels;
    if (!first) throw new Error('no channel');
    await cell(first.channel, 'channel').click();
    const detail = page.getByTestId('channel-detail');
    await expect(detail).toHaveAttribute('data-channel', first.channel);
    const db = new Database(harness().workspace, { readonly: true });
    const accounts = db
      .prepare('SELECT count(*) FROM account_metrics WHERE channel = ?')
      .pluck()
      .get(first.channel) as number;
    db.close();
    await expect
      .poll(async () =>
        Number(
          ((await page.getByTestId('channel-customer-count').textContent()) ?? '').replace(
            /[^\d]/g,
            '',
          ),
        ),
      )
      .toBe(accounts);
    await expect(page.getByTestId('channel-churn').locator('canvas')).toBeVisible();
    await page.getByTestId('km-bands').check();
    await expect(page.getByTestId('km-bands')).toBeChecked();
  });

  test('exports the channel table with the baseline, as the view shows it', async () => {
    const report = cliChannels();
    const menu = page.getByTestId('export-channels');
    await menu.getByRole('button', { name: /Export/ }).click();
    const download = page.waitForEvent('download');
    await menu.locator('[data-export="csv"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Channels.csv');
    const lines = readFileSync(await file.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]?.split(',').slice(0, 3)).toEqual(['Channel', 'Customers', 'Active']);
    expect(lines).toHaveLength(report.channels.length + 2);
    expect(lines[1]?.startsWith(`Not referred (baseline),${report.baseline.customers},`)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
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
      await expect(page.locator('.channels .view-title')).toHaveText(
        language === 'en' ? 'Channels' : 'チャネル',
      );
      await page.locator('.channels .view-title').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `channels-${theme}-${language}`);
    });
  }
});
