import { resolve } from 'node:path';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import { countRows, queryWorkspace } from './fixtures/reference-csv';
import { AppShell } from './pages/app-shell';
import { ImportPage } from './pages/import-page';
import { projectRoot } from './support/paths';
import { useHarness } from './support/harness';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();
const fixture = (...parts: string[]) => resolve(projectRoot, 'test', 'fixtures', ...parts);
const japanese = fixture('import', 'japanese-accounts-sjis.csv');
const european = fixture('import', 'european-subscriptions-semicolon.csv');
const telco = fixture('datasets', 'telco', 'WA_Fn-UseC_-Telco-Customer-Churn.csv');

/** Files as analysts' tools write them outside the US: other encodings, delimiters and numbers. */
test.describe('Import view with other dialects', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let importPage: ImportPage;

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    importPage = new ImportPage(page);
    await new AppShell(page).open(harness().url);
    await importPage.open();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('detects a Shift_JIS file with Japanese headers, a semicolon file and the Telco export', async () => {
    await importPage.addFiles([japanese, european, telco]);

    await importPage.show('japanese-accounts-sjis.csv');
    await expect(importPage.setting('kind')).toHaveValue('accounts');
    await expect(importPage.setting('encoding')).toHaveValue('shift_jis');
    await expect(importPage.mappingSelect('account_id')).toHaveValue('顧客ID');
    await expect(importPage.mappingSelect('signup_date')).toHaveValue('契約開始日');

    await importPage.show('european-subscriptions-semicolon.csv');
    await expect(importPage.setting('kind')).toHaveValue('subscriptions');
    await expect(importPage.setting('delimiter')).toHaveValue(';');
    await expect(importPage.setting('encoding')).toHaveValue('windows-1252');

    await importPage.show('WA_Fn-UseC_-Telco-Customer-Churn.csv');
    await expect(importPage.setting('kind')).toHaveValue('accounts');
  });

  test('imports all three with their rows typed', async () => {
    const workspace = harness().workspace;
    const accountsBefore = countRows(workspace, 'accounts');
    await importPage.importButton.click();
    await expect(importPage.summary).toHaveAttribute('data-state', 'done');
    expect(await importPage.count('japanese-accounts-sjis.csv', 'inserted')).toBe(5);
    expect(await importPage.count('european-subscriptions-semicolon.csv', 'inserted')).toBe(4);
    expect(await importPage.count('WA_Fn-UseC_-Telco-Customer-Churn.csv', 'inserted')).toBe(7043);
    expect(countRows(workspace, 'accounts')).toBe(accountsBefore + 5 + 7043);

    const [sakura] = queryWorkspace<{ name: string; signup_date: string }>(
      workspace,
      "SELECT name, signup_date FROM accounts WHERE account_id = 'C-001'",
    );
    expect(sakura).toEqual({ name: '株式会社さくら商事', signup_date: '2024-03-05' });
    const [euro] = queryWorkspace<{ mrr: number; start_date: string; status: string }>(
      workspace,
      "SELECT mrr, start_date, status FROM subscriptions WHERE subscription_id = 'A-100'",
    );
    expect(euro).toEqual({ mrr: 1234.5, start_date: '2024-03-05', status: 'aktiv' });
  });
});
