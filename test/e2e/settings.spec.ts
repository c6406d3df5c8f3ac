import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import type { WorkspaceSettings } from '../../src-shared/model/analysis/settings';
import type { ScoreProfile } from '../../src-shared/model/analysis/score';
import { AppShell, type LanguageName } from './pages/app-shell';
import { OverviewPage } from './pages/overview-page';
import { SettingsPage } from './pages/settings-page';
import { cliJson } from './support/cli-json';
import { useHarness } from './support/harness';
import { referenceKeyFigures } from './support/reference-figures';
import { saveScreenshot } from './support/screenshot';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

interface Profiles {
  profiles: ScoreProfile[];
  active: string;
}

test.describe('Settings on the sample workspace', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let shell: AppShell;
  let settings: SettingsPage;

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    shell = new AppShell(page);
    settings = new SettingsPage(page);
    await shell.open(harness().url);
    await settings.open();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('shows the built-in profile with each weight and its share of the total', async () => {
    await expect(settings.profile('Default')).toHaveAttribute('aria-pressed', 'true');
    // The built-in weights add up to 8: NPS (2) has a quarter, health (1) an eighth.
    await expect(settings.weight('nps')).toHaveValue('2');
    await expect(settings.weight('nps')).toBeDisabled();
    await expect(settings.share('nps')).toHaveText('25%');
    await expect(settings.share('health')).toHaveText('12.5%');
    await saveScreenshot(page, 'settings-light-en');
  });

  test('without rates the EUR and GBP customers are left out; with them MRR counts them', async () => {
    await expect(settings.currency.getByTestId('left-out-EUR')).toBeVisible();
    await expect(settings.currency.getByTestId('left-out-GBP')).toBeVisible();
    await expect(shell.analysisStatus).not.toHaveAttribute('data-state', 'stale');

    await settings.commit(settings.page.getByTestId('rate-EUR'), '1.08');
    await expect(settings.currency.getByTestId('counted-EUR')).toBeVisible();
    await settings.commit(settings.page.getByTestId('rate-GBP'), '1.27');
    await expect(settings.currency.getByTestId('counted-GBP')).toBeVisible();
    await expect(shell.analysisStatus).toHaveAttribute('data-state', 'stale');

    const saved = cliJson<WorkspaceSettings>(['settings'], harness().workspace);
    expect(saved.rates).toEqual({ EUR: 1.08, GBP: 1.27 });
    await saveScreenshot(page, 'settings-rates-light-en');

    const overview = new OverviewPage(page);
    await shell.navLink('overview').click();
    await overview.waitUntilLoaded();
    const reference = referenceKeyFigures(harness().workspace);
    expect(reference.mrr.excluded).toEqual([]);
    const mrr = overview.root.locator('[data-figure="mrr"]');
    await expect
      .poll(async () => Number(await mrr.getAttribute('data-value')))
      .toBeCloseTo(reference.mrr.amount, 2);
    await expect(page.getByTestId('figure-note-mrr')).toHaveText(
      'Includes EUR at 1.08 & GBP at 1.27, converted at your rates',
    );
    await expect(mrr.locator('.figure-warning')).toHaveCount(0);
    await overview.title.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'overview-converted-light-en');

    // Analysed again, the stored results count them too.
    await shell.analyseButton.click();
    await expect(shell.analysisStatus).toHaveAttribute('data-state', 'fresh', { timeout: 60_000 });
    await settings.open();
  });

  test('duplicates, edits, renames, chooses and deletes a profile', async () => {
    await settings.profiles.getByTestId('profile-duplicate').click();
    await settings.nameIt('Growth');
    await expect(settings.profile('Growth')).toHaveAttribute('aria-pressed', 'true');
    await settings.commit(settings.weight('nps'), '4');
    // 4 of 10.
    await expect(settings.share('nps')).toHaveText('40%');
    await settings.profiles.getByTestId('profile-rename').click();
    await settings.nameIt('Promoters first');
    await settings.profiles.getByTestId('profile-choose').click();
    await expect(settings.profile('Promoters first').locator('.badge-accent')).toBeVisible();
    await expect(shell.analysisStatus).toHaveAttribute('data-state', 'stale');
    const chosen = cliJson<Profiles>(['profiles'], harness().workspace);
    expect(chosen.active).toBe('Promoters first');
    expect(chosen.profiles.find((p) => p.name === 'Promoters first')?.weights.nps).toBe(4);

    await settings.profiles.getByTestId('profile-delete').click();
    await saveScreenshot(page, 'settings-delete-profile-light-en');
    await page.getByTestId('delete-profile-dialog').getByTestId('confirm-delete').click();
    await expect(settings.profile('Promoters first')).toHaveCount(0);
    expect(cliJson<Profiles>(['profiles'], harness().workspace).active).toBe('Default');
  });

  test('saves the margin, the cost of customer success and its allocation at once', async () => {
    await settings.commit(settings.page.getByTestId('gross-margin'), '80');
    await settings.money.getByTestId('cost-mode').locator('input[value="monthlyTotal"]').check();
    await settings.commit(settings.page.getByTestId('cost-amount'), '25000');
    await settings.money.getByTestId('cost-allocation').locator('input[value="tickets"]').check();
    await expect(
      settings.money.getByTestId('cost-allocation').locator('input[value="tickets"]'),
    ).toBeChecked();
    await expect
      .poll(() => cliJson<WorkspaceSettings>(['settings'], harness().workspace))
      .toMatchObject({
        grossMargin: 0.8,
        crcMonthlyTotal: 25000,
        crcPerAccountMonth: null,
        crcAllocation: 'tickets',
      });
    await expect(settings.error).toHaveCount(0);
  });

  test('says why a change was refused, and keeps the setting', async () => {
    // Checked in the field: a margin is a percentage from 0 to 100.
    await settings.commit(settings.page.getByTestId('gross-margin'), '250');
    await expect(settings.money.locator('.field-error')).toHaveText(
      'Enter a number from 0 to 100.',
    );
    await settings.commit(settings.page.getByTestId('gross-margin'), '80');
    await expect(settings.money.locator('.field-error')).toHaveCount(0);
    expect(cliJson<WorkspaceSettings>(['settings'], harness().workspace).grossMargin).toBe(0.8);
    // Judged by main: tiers must descend. Its message shows, and the saved value comes back.
    const tiers = page.getByTestId('settings-tiers');
    await settings.commit(settings.page.getByTestId('tier-advocate'), '90');
    await expect(tiers.getByTestId('settings-error')).toBeVisible();
    await expect(settings.page.getByTestId('tier-advocate')).toHaveValue('60');
  });

  const looks: {
    theme: 'light' | 'dark';
    language: 'en' | 'ja';
    name: LanguageName;
    title: string;
  }[] = [
    { theme: 'dark', language: 'en', name: 'English', title: 'Settings' },
    { theme: 'light', language: 'ja', name: '日本語', title: '設定' },
    { theme: 'dark', language: 'ja', name: '日本語', title: '設定' },
  ];
  for (const { theme, language, name, title } of looks) {
    test(`reads in the ${theme} theme, in ${language}`, async () => {
      await page.getByTestId('settings-language-switch').getByRole('radio', { name }).check();
      await page.getByTestId('settings-theme-switch').locator(`input[value="${theme}"]`).check();
      await expect(settings.title).toHaveText(title);
      await expect.poll(() => shell.theme()).toBe(theme);
      await settings.title.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `settings-${theme}-${language}`);
      await settings.root.getByTestId('settings-currency').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `settings-money-${theme}-${language}`);
    });
  }
});
