import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import type { CaseStudyCandidate } from '../../src-shared/model/analysis/case-studies';
import { AppShell, type LanguageName } from './pages/app-shell';
import { useHarness } from './support/harness';
import { projectRoot } from './support/paths';
import { saveScreenshot } from './support/screenshot';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

/** The command line's answer, as an independent reader of the same workspace. */
function cli(...args: string[]): string {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/main.ts', ...args, '--workspace', harness().workspace],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

const candidatesOf = (rule?: string): CaseStudyCandidate[] =>
  (
    JSON.parse(cli('case-studies', ...(rule ? ['--rule', rule] : []), '--json')) as {
      candidates: CaseStudyCandidate[];
    }
  ).candidates;

test.describe('Case studies on the sample workspace', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;

  const rows = () => page.getByTestId('candidate-table').locator('.data-table-row[data-key]');
  const keys = async () => {
    await expect(rows().first()).toBeVisible();
    return rows().evaluateAll((all) =>
      all
        .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
        .map((r) => r.getAttribute('data-key') ?? ''),
    );
  };
  const count = async () =>
    Number(((await page.getByTestId('candidate-count').textContent()) ?? '').replace(/[^\d]/g, ''));

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    await new AppShell(page).open(harness().url);
    await page.locator('nav a[data-view="case-studies"]').click();
    await expect(page.getByTestId('case-studies')).toBeVisible();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('shows the same candidates and contacts as the command line', async () => {
    const expected = candidatesOf();
    expect(expected.length).toBeGreaterThan(10);
    await expect.poll(count).toBe(expected.length);
    expect((await keys()).slice(0, 8)).toEqual(expected.slice(0, 8).map((c) => c.accountId));
    for (const c of expected.slice(0, 3)) {
      const row = page
        .getByTestId('candidate-table')
        .locator(`.data-table-row[data-key="${c.accountId}"]`);
      await expect(row.locator('[data-column="contact"]')).toContainText(c.contact.name ?? '');
      if (c.contact.email)
        await expect(row.locator('[data-column="email"]')).toHaveText(c.contact.email);
    }
  });

  test('a new rule, written and validated in the form, picks what the command line picks', async () => {
    await page.getByTestId('rule-new').click();
    const dialog = page.getByTestId('rule-dialog');
    await dialog.getByTestId('rule-name').fill('Loyal promoters');
    await dialog.getByTestId('rule-minNps').fill('11');
    await expect(dialog.getByRole('alert')).toContainText('from 0 to 10');
    await expect(dialog.getByTestId('rule-save')).toBeDisabled();
    await dialog.getByTestId('rule-minNps').fill('10');
    await dialog.getByTestId('rule-minTenureMonths').fill('12');
    await dialog.getByTestId('rule-minScore').fill('60');
    await dialog.getByTestId('rule-save').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('rule-choice')).toHaveValue('Loyal promoters');
    await expect(page.getByTestId('rule-words')).toContainText('at least 12 months');
    const expected = candidatesOf('Loyal promoters');
    await expect.poll(count).toBe(expected.length);
    expect(await keys()).toEqual(expected.map((c) => c.accountId).slice(0, (await keys()).length));
  });

  test('exports the candidates with the columns of case-studies --format csv', async () => {
    const menu = page.getByTestId('export-candidates');
    await menu.getByRole('button', { name: /Export/ }).click();
    const download = page.waitForEvent('download');
    await menu.locator('[data-export="csv"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Case studies.csv');
    const ours = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
    const theirs = cli('case-studies', '--rule', 'Loyal promoters', '--format', 'csv');
    expect(ours.trimEnd()).toBe(theirs.replace(/^\uFEFF/, '').trimEnd());
    await page.keyboard.press('Escape');
  });

  test('deletes the rule, and the built-in rule comes back', async () => {
    await page.getByTestId('rule-delete').click();
    await page
      .getByTestId('rule-delete-dialog')
      .getByRole('button', { name: 'Delete rule' })
      .click();
    await expect(page.getByTestId('rule-choice')).toHaveValue('Default');
    await expect(page.getByTestId('rule-delete')).toBeDisabled();
    await expect.poll(count).toBe(candidatesOf().length);
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
      await expect(page.locator('.case-studies .view-title')).toHaveText(
        language === 'en' ? 'Case studies' : '導入事例',
      );
      await expect(rows().first()).toBeVisible();
      await saveScreenshot(page, `case-studies-${theme}-${language}`);
    });
  }
});
