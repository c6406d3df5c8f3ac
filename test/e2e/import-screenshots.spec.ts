import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import { ravenstackFile } from './fixtures/reference-csv';
import { AppShell, type LanguageName } from './pages/app-shell';
import { ImportPage } from './pages/import-page';
import { useHarness } from './support/harness';
import { screenshotDir } from './support/paths';
import { openSharedPage } from './support/shared-page';

// Its own folder, so it never meets the Overview's screenshots running beside it.
const harness = useHarness({ folder: join(tmpdir(), 'Advocate Lab imports') });

const looks: {
  theme: 'light' | 'dark';
  language: 'en' | 'ja';
  name: LanguageName;
  title: string;
}[] = [
  { theme: 'light', language: 'en', name: 'English', title: 'Import' },
  { theme: 'dark', language: 'en', name: 'English', title: 'Import' },
  { theme: 'light', language: 'ja', name: '日本語', title: 'インポート' },
  { theme: 'dark', language: 'ja', name: '日本語', title: 'インポート' },
];

test.describe('Import screenshots at 1280×800', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let shell: AppShell;
  let importPage: ImportPage;

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    shell = new AppShell(page);
    importPage = new ImportPage(page);
    await shell.open(harness().url);
    await importPage.open();
  });

  test.afterAll(async () => {
    await page.close();
  });

  /** The view in each theme and language, saved as import-<state>-<theme>-<language>.png. */
  async function shootEveryLook(state: string): Promise<void> {
    mkdirSync(screenshotDir, { recursive: true });
    for (const { theme, language, name, title } of looks) {
      await shell.chooseLanguage(name);
      await shell.chooseTheme(theme);
      await expect(importPage.title).toHaveText(title);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(importPage.history).toHaveAttribute('aria-busy', 'false');
      await page.screenshot({
        path: join(screenshotDir, `import-${state}-${theme}-${language}.png`),
      });
    }
  }

  test('with nothing waiting', async () => {
    await expect(importPage.dropZone).toBeVisible();
    await shootEveryLook('empty');
  });

  test('with two exports inspected', async () => {
    await importPage.addFiles([ravenstackFile('accounts'), ravenstackFile('support_tickets')]);
    await importPage.waitUntilInspected('ravenstack_accounts.csv');
    await importPage.show('ravenstack_support_tickets.csv');
    await importPage.show('ravenstack_accounts.csv');
    await shootEveryLook('inspected');
  });

  test('after importing them', async () => {
    await importPage.importButton.click();
    await expect(importPage.summary).toHaveAttribute('data-state', 'done');
    await expect(importPage.outcome('ravenstack_support_tickets.csv')).toBeVisible();
    await shootEveryLook('imported');
  });
});
