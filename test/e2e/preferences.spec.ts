import { expect, test } from './support/test';
import { AppShell } from './pages/app-shell';
import { OverviewPage } from './pages/overview-page';
import { useHarness } from './support/harness';
import { referenceKeyFigures } from './support/reference-figures';

const harness = useHarness();

test.describe('preferences', () => {
  test('the language switch turns the window Japanese, and the choice survives a reload', async ({
    page,
  }) => {
    const expected = referenceKeyFigures(harness().workspace);
    const shell = new AppShell(page);
    const overview = new OverviewPage(page);
    await shell.open(harness().url);
    await expect(overview.title).toHaveText('Overview');
    expect(await shell.language()).toBe('en');

    await shell.chooseLanguage('日本語');
    await expect(overview.title).toHaveText('概要');
    await expect(shell.navLink('overview')).toContainText('概要');
    await expect(overview.figure('accounts')).toContainText('アカウント');
    await expect(page.getByRole('heading', { name: 'データカバレッジ' })).toBeVisible();
    expect(await shell.language()).toBe('ja');
    // Numbers and dates follow the language too.
    await expect(overview.figureValue('accounts')).toHaveText(
      new Intl.NumberFormat('ja-JP').format(expected.accounts),
    );
    if (expected.asOf) {
      const date = new Intl.DateTimeFormat('ja-JP', {
        dateStyle: 'medium',
        timeZone: 'UTC',
      }).format(new Date(`${expected.asOf}T00:00:00Z`));
      await expect(overview.asOf).toContainText(date);
    }

    await shell.reload();
    await expect(overview.title).toHaveText('概要');
    await expect(shell.languageSwitch.getByRole('radio', { name: '日本語' })).toBeChecked();

    await shell.chooseLanguage('English');
    await expect(overview.title).toHaveText('Overview');
    expect(await shell.language()).toBe('en');
  });

  test('the theme switch changes the colours, and the choice survives a reload', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const shell = new AppShell(page);
    await shell.open(harness().url);
    await shell.chooseTheme('light');
    expect(await shell.theme()).toBe('light');
    const light = await shell.backgroundColour();

    await shell.chooseTheme('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await shell.backgroundColour();
    expect(dark).not.toBe(light);

    await shell.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(shell.themeSwitch.locator('input[value="dark"]')).toBeChecked();
    expect(await shell.backgroundColour()).toBe(dark);
  });

  test('"System" follows the operating system’s light or dark setting', async ({ page }) => {
    const shell = new AppShell(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shell.open(harness().url);
    await shell.chooseTheme('system');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});
