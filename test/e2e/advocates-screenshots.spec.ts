import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import { AdvocatesPage } from './pages/advocates-page';
import { AppShell, type LanguageName } from './pages/app-shell';
import { useHarness } from './support/harness';
import { saveScreenshot } from './support/screenshot';
import { openSharedPage } from './support/shared-page';

const harness = useHarness({ folder: join(tmpdir(), 'Advocate Lab') });

const cases: {
  theme: 'light' | 'dark';
  language: 'en' | 'ja';
  name: LanguageName;
  title: string;
}[] = [
  { theme: 'light', language: 'en', name: 'English', title: 'Advocates' },
  { theme: 'dark', language: 'en', name: 'English', title: 'Advocates' },
  { theme: 'light', language: 'ja', name: '日本語', title: 'アドボケイト' },
  { theme: 'dark', language: 'ja', name: '日本語', title: 'アドボケイト' },
];

test.describe('Advocates screenshots at 1280×800', () => {
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

  for (const { theme, language, name, title } of cases) {
    test(`${theme} theme, ${language}`, async () => {
      const shell = new AppShell(page);
      await shell.chooseLanguage(name);
      await shell.chooseTheme(theme);
      await expect(advocates.root.locator('.view-title')).toHaveText(title);
      await advocates.waitForRows();
      await expect(advocates.explanation).toBeVisible();
      await saveScreenshot(
        page,
        `advocates-${theme}-${language}`,
        theme === 'light' && language === 'en' ? 'advocates' : undefined,
      );
    });
  }

  test('recruits, and the explanation scrolled into view', async () => {
    const shell = new AppShell(page);
    await shell.chooseLanguage('English');
    await shell.chooseTheme('light');
    await advocates.tabs.getByRole('radio', { name: 'Recruit as affiliates' }).check();
    await advocates.waitForRows();
    await saveScreenshot(page, 'advocates-recruits-light-en');
    await advocates.explanation.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'advocates-explanation-light-en');
  });
});
