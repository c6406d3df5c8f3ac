import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import {
  column,
  countRows,
  e2eFixture,
  existingKeys,
  queryWorkspace,
  ravenstackFile,
  readPlainCsv,
} from './fixtures/reference-csv';
import { AppShell } from './pages/app-shell';
import { ImportPage } from './pages/import-page';
import { OverviewPage } from './pages/overview-page';
import { watchPolicyViolations } from './support/csp-watch';
import { useHarness } from './support/harness';
import { referenceKeyFigures } from './support/reference-figures';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();
const integer = new Intl.NumberFormat('en-US');
const accountsFile = ravenstackFile('accounts');
const badDateFile = e2eFixture('tickets-with-a-bad-date.csv');
const unclosedQuoteFile = e2eFixture('accounts-with-an-unclosed-quote.csv');

test.describe('Import view', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let shell: AppShell;
  let importPage: ImportPage;
  let violations: string[];
  let accountsBefore: number;

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    violations = watchPolicyViolations(page);
    shell = new AppShell(page);
    importPage = new ImportPage(page);
    await shell.open(harness().url);
    accountsBefore = countRows(harness().workspace, 'accounts');
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('invites files in, and lists the imports the workspace already has', async () => {
    await importPage.open();
    await expect(page).toHaveURL(/#\/import$/);
    await expect(importPage.title).toHaveText('Import');
    await expect(importPage.dropZone).toContainText('Drop your CSV exports here');
    await expect(importPage.chooseButton).toBeVisible();
    await expect(importPage.tabs).toHaveCount(0);
    const runs = queryWorkspace<{ file_name: string }>(
      harness().workspace,
      'SELECT file_name FROM import_runs ORDER BY id DESC',
    );
    expect(runs.length).toBeGreaterThan(0);
    await expect(importPage.historyTable).toHaveAttribute('aria-rowcount', String(runs.length + 1));
    await expect(importPage.historyTable.locator('[role="row"][data-index="0"]')).toContainText(
      runs[0]?.file_name ?? '',
    );
  });

  test('reads a RavenStack export: kind, preset, encoding, delimiter, types and mapping', async () => {
    const csv = readPlainCsv(accountsFile);
    await importPage.addFiles([accountsFile]);
    await importPage.waitUntilInspected('ravenstack_accounts.csv');

    await expect(importPage.setting('kind')).toHaveValue('accounts');
    await expect(importPage.setting('preset')).toHaveValue('generic-accounts');
    await expect(importPage.setting('encoding')).toHaveValue('utf-8');
    await expect(importPage.setting('delimiter')).toHaveValue(',');
    await expect(importPage.settingHint('kind')).toHaveText('Detected');
    await expect(importPage.tab('ravenstack_accounts.csv')).toHaveAttribute('data-state', 'ready');

    // Every column of the file, with the type its values show.
    await expect(importPage.preview.locator('thead th[data-column]')).toHaveCount(
      csv.header.length,
    );
    await expect(importPage.previewColumn('signup_date')).toHaveAttribute('data-type', 'date');
    await expect(importPage.previewColumn('signup_date')).toContainText('M/D/Y');
    await expect(importPage.previewColumn('seats')).toHaveAttribute('data-type', 'integer');
    await expect(importPage.previewColumn('churn_flag')).toHaveAttribute('data-type', 'boolean');
    const first = csv.rows[0];
    if (!first) throw new Error('The export has no rows.');
    await expect(importPage.previewRow(first.line).locator('td')).toHaveText(first.cells);

    // The mapping, with the key marked.
    await expect(importPage.mappingSelect('account_id')).toHaveValue('account_id');
    await expect(importPage.mappingRow('account_id')).toHaveAttribute('data-required', 'true');
    await expect(importPage.mappingRow('account_id')).toContainText('Key');
    await expect(importPage.mappingSelect('name')).toHaveValue('account_name');
    await expect(importPage.mappingSelect('signup_date')).toHaveValue('signup_date');
    await expect(importPage.mappingSelect('acquisition_channel')).toHaveValue('referral_source');
    await expect(importPage.mappingSelect('employees')).toHaveValue('');
    await expect(importPage.keptColumns).toContainText('seats');
    await expect(importPage.problem('date-order')).toContainText('signup_date');
  });

  test('reads the file another way when told to, and goes back to what was detected', async () => {
    await importPage.setting('delimiter').selectOption(';');
    await importPage.waitUntilInspected('ravenstack_accounts.csv');
    await expect(importPage.settingHint('delimiter')).toHaveText('Your choice');
    // Read with semicolons, each line is one long column that names no key.
    await expect(importPage.preview.locator('thead th[data-column]')).toHaveCount(1);
    await expect(importPage.panel.locator('[data-severity="fatal"]')).not.toHaveCount(0);
    await expect(importPage.tab('ravenstack_accounts.csv')).toHaveAttribute(
      'data-state',
      'blocked',
    );

    await importPage.panel.getByRole('button', { name: 'Back to detected settings' }).click();
    await importPage.waitUntilInspected('ravenstack_accounts.csv');
    await expect(importPage.setting('delimiter')).toHaveValue(',');
    await expect(importPage.settingHint('delimiter')).toHaveText('Detected');
    await expect(importPage.preview.locator('thead th[data-column]')).toHaveCount(10);
    await expect(importPage.tab('ravenstack_accounts.csv')).toHaveAttribute('data-state', 'ready');
  });

  test('checks an edited mapping at once, and says it is the analyst’s', async () => {
    await importPage.mappingSelect('employees').selectOption('seats');
    await importPage.waitUntilInspected('ravenstack_accounts.csv');
    await expect(importPage.previewColumn('seats')).toHaveAttribute('data-mapped', 'employees');
    await expect(importPage.panel).toContainText('Mapping edited by you');
    await expect(importPage.keptColumns).not.toContainText('seats');

    // A key left without a column is a problem the view names, and the file waits.
    await importPage.mappingSelect('account_id').selectOption('');
    await importPage.waitUntilInspected('ravenstack_accounts.csv');
    await expect(importPage.problem('no-key')).toHaveAttribute('data-severity', 'fatal');
    await expect(importPage.importButton).toBeDisabled();
    await importPage.mappingSelect('account_id').selectOption('account_id');
    await importPage.waitUntilInspected('ravenstack_accounts.csv');
    await expect(importPage.problem('no-key')).toHaveCount(0);
    await expect(importPage.importButton).toHaveText('Import 1 file');
  });

  test('imports the file with the counts the file and the workspace imply', async () => {
    const workspace = harness().workspace;
    const csv = readPlainCsv(accountsFile);
    const ids = column(csv, 'account_id');
    const known = existingKeys(workspace, 'accounts', 'account_id', ids);
    const expected = {
      rowsRead: csv.rows.length,
      inserted: new Set(ids.filter((id) => !known.has(id))).size,
    };
    expect(expected).toEqual({ rowsRead: 500, inserted: 500 });

    await importPage.importButton.click();
    await expect(importPage.summary).toHaveAttribute('data-state', 'done');
    const name = 'ravenstack_accounts.csv';
    expect(await importPage.count(name, 'rowsRead')).toBe(expected.rowsRead);
    expect(await importPage.count(name, 'inserted')).toBe(expected.inserted);
    expect(await importPage.count(name, 'updated')).toBe(0);
    expect(await importPage.count(name, 'unchanged')).toBe(0);
    expect(await importPage.count(name, 'rejected')).toBe(0);
    await expect(importPage.outcome(name)).toContainText('Every row was imported.');
    await expect(importPage.tabs).toHaveCount(0);
    await expect(importPage.historyTable.locator('[role="row"][data-index="0"]')).toContainText(
      name,
    );

    // In the workspace, with the edited mapping: seats became employees.
    expect(countRows(workspace, 'accounts')).toBe(accountsBefore + expected.inserted);
    const seats = column(csv, 'seats')[0];
    const [stored] = queryWorkspace<{ employees: number }>(
      workspace,
      'SELECT employees FROM accounts WHERE account_id = ?',
      ids[0],
    );
    expect(stored?.employees).toBe(Number(seats));
  });

  test('the Overview counts the new accounts', async () => {
    const overview = new OverviewPage(page);
    await shell.navLink('overview').click();
    await overview.waitUntilLoaded();
    const expected = referenceKeyFigures(harness().workspace);
    expect(expected.accounts).toBe(accountsBefore + 500);
    await expect(overview.coverageCell('accounts', 'rows')).toHaveText(
      integer.format(expected.accounts),
    );
    expect(await overview.figureNumber('accounts')).toBe(expected.accounts);
  });

  test('undoes the import after confirmation, and the Overview follows', async () => {
    await importPage.open();
    const row = importPage.historyRow('ravenstack_accounts.csv');
    await row.getByTestId('undo-run').click();
    await expect(importPage.undoDialog).toContainText('Undo this import?');
    await expect(importPage.undoDialog).toContainText('It inserted 500 rows and updated 0.');
    // Keeping it changes nothing.
    await importPage.undoDialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(importPage.undoDialog).toHaveCount(0);
    expect(countRows(harness().workspace, 'accounts')).toBe(accountsBefore + 500);

    await importPage.undo('ravenstack_accounts.csv');
    await expect(row).toContainText('Undone');
    await expect(row.getByTestId('undo-run')).toHaveCount(0);
    expect(countRows(harness().workspace, 'accounts')).toBe(accountsBefore);
    expect(existingKeys(harness().workspace, 'accounts', 'account_id', ['A-2e4581']).size).toBe(0);

    const overview = new OverviewPage(page);
    await shell.navLink('overview').click();
    await overview.waitUntilLoaded();
    await expect(overview.coverageCell('accounts', 'rows')).toHaveText(
      integer.format(accountsBefore),
    );
  });

  test('names what is wrong where: a rejected row, an orphan, a file that cannot be read', async () => {
    await importPage.open();
    await importPage.dropFiles([badDateFile]);
    await importPage.addFiles([unclosedQuoteFile]);
    await importPage.show('tickets-with-a-bad-date.csv');
    const rejected = importPage.problem('row-rejected');
    await expect(rejected).toHaveAttribute('data-severity', 'error');
    await expect(rejected.locator('[data-place="line"]')).toHaveText('Line 3');
    await expect(rejected.locator('[data-place="column"]')).toHaveText('Column “created_at”');
    await expect(rejected.locator('[data-place="value"]')).toHaveText('Value “someday”');
    await expect(importPage.previewRow(3).locator('td.has-problem')).toHaveText(/someday/);
    await expect(importPage.problem('orphans')).toContainText('account_id');

    // Arrow keys move between the files.
    await importPage.tab('tickets-with-a-bad-date.csv').focus();
    await page.keyboard.press('ArrowRight');
    await expect(importPage.tab('accounts-with-an-unclosed-quote.csv')).toBeFocused();
    await importPage.waitUntilInspected('accounts-with-an-unclosed-quote.csv');
    const unreadable = importPage.problem('unterminated-quote');
    await expect(unreadable).toHaveAttribute('data-severity', 'fatal');
    await expect(unreadable.locator('[data-place="line"]')).toHaveText('Line 2');
    await expect(unreadable).toContainText('never closed');
    await expect(importPage.tab('accounts-with-an-unclosed-quote.csv')).toHaveAttribute(
      'data-state',
      'blocked',
    );
    await expect(importPage.runBar).toContainText('1 file cannot be imported as it is');
  });

  test('imports what it can, reports rejected rows by line, and hands them back as CSV', async () => {
    const workspace = harness().workspace;
    const csv = readPlainCsv(badDateFile);
    const dates = column(csv, 'created_at');
    const kept = csv.rows.filter((_, i) => /^\d{4}-\d{2}-\d{2}$/.test(dates[i] ?? ''));
    const at = (name: string) => csv.header.indexOf(name);
    const knownAccounts = existingKeys(
      workspace,
      'accounts',
      'account_id',
      kept.map((row) => row.cells[at('account_id')] ?? ''),
    );
    const expected = {
      rowsRead: csv.rows.length,
      rejected: csv.rows.length - kept.length,
      inserted: kept.length,
      warnings: kept.filter((row) => !knownAccounts.has(row.cells[at('account_id')] ?? '')).length,
    };
    expect(expected).toEqual({ rowsRead: 3, rejected: 1, inserted: 2, warnings: 1 });

    await expect(importPage.importButton).toHaveText('Import 1 file');
    await importPage.importButton.click();
    await expect(importPage.summary).toHaveAttribute('data-state', 'done');
    const name = 'tickets-with-a-bad-date.csv';
    for (const key of ['rowsRead', 'rejected', 'inserted', 'warnings'] as const)
      expect(await importPage.count(name, key), key).toBe(expected[key]);
    // The data changed: the app offers to analyse at once, and the header says the results are old.
    await expect(page.getByTestId('analyse-offer')).toBeVisible();
    await expect(page.getByTestId('analysis-status')).toHaveAttribute('data-state', 'stale');
    const issue = importPage.outcome(name).getByTestId('issues-error').locator('[data-line="3"]');
    await expect(issue).toContainText('created_at');
    await expect(issue).toContainText('someday');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      importPage.outcome(name).getByTestId('download-rejected').click(),
    ]);
    expect(download.suggestedFilename()).toBe('tickets-with-a-bad-date-rejected-rows.csv');
    const text = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '');
    const [header, row] = text.trim().split(/\r?\n/);
    expect(header).toMatch(/^Line,Reason,Column,ticket_id,account_id,created_at/);
    expect(row).toMatch(/^3,/);
    expect(row).toContain('E2E-T2');
    expect(row).toContain('someday');

    // The unreadable file stays behind, unimported, until it is removed.
    await expect(importPage.tabs).toHaveCount(1);
    await importPage.panel.getByRole('button', { name: /Remove/ }).click();
    await expect(importPage.tabs).toHaveCount(0);
    await importPage.undo(name);
    expect(existingKeys(workspace, 'tickets', 'ticket_id', ['E2E-T1', 'E2E-T3']).size).toBe(0);
  });

  test('shows a long import’s progress in bytes and rows, and cancels it cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'advocate-lab-big-'));
    try {
      const big = join(dir, 'many-accounts.csv');
      const lines = ['account_id,name,industry,country,signup_date'];
      for (let i = 0; i < 600_000; i++)
        lines.push(`BIG-${i},Company ${i},Retail,JP,2024-0${(i % 9) + 1}-1${i % 10}`);
      writeFileSync(big, `${lines.join('\n')}\n`);
      const before = countRows(harness().workspace, 'accounts');

      await importPage.addFiles([big]);
      await importPage.waitUntilInspected('many-accounts.csv');
      await importPage.importButton.click();
      await expect(importPage.runBar).toHaveAttribute('data-state', 'running');
      await expect(importPage.progressText).toContainText(/B of [\d.]+ MB · [\d,]+ rows read/);
      await expect(importPage.runBar.getByRole('progressbar')).toHaveAttribute(
        'aria-valuenow',
        /\d+/,
      );
      await importPage.cancelButton.click();
      await expect(importPage.summary).toHaveAttribute('data-state', 'cancelled');
      await expect(importPage.summary).toContainText('rolled back');
      expect(countRows(harness().workspace, 'accounts')).toBe(before);
      // The file waits to be imported again.
      await expect(importPage.tab('many-accounts.csv')).toBeVisible();
      await importPage.panel.getByRole('button', { name: /Remove/ }).click();
      await importPage.summary.getByRole('button', { name: 'Dismiss' }).click();
      await expect(importPage.summary).toHaveCount(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('speaks Japanese and turns dark on the view', async () => {
    await shell.chooseLanguage('日本語');
    await shell.chooseTheme('dark');
    await expect(importPage.title).toHaveText('インポート');
    await expect(shell.navLink('import')).toContainText('インポート');
    await expect(importPage.dropZone).toContainText('ここに CSV エクスポートをドロップ');
    await expect(importPage.chooseButton).toHaveText('ファイルを選択…');
    await expect(importPage.history.getByRole('heading', { name: 'インポート履歴' })).toBeVisible();
    await expect(importPage.historyTable.locator('[role="columnheader"]').first()).toHaveText(
      '取り込み日時',
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await shell.backgroundColour()).toBe('rgb(13, 15, 20)');

    await importPage.addFiles([accountsFile]);
    await importPage.waitUntilInspected('ravenstack_accounts.csv');
    await expect(importPage.setting('kind').locator('option:checked')).toHaveText('アカウント');
    await expect(importPage.settingHint('kind')).toHaveText('自動検出');
    await expect(importPage.previewColumn('signup_date')).toContainText('月/日/年');
    await expect(importPage.importButton).toHaveText('1 件のファイルをインポート');
    await importPage.panel.getByRole('button', { name: /外す/ }).click();

    await shell.chooseLanguage('English');
    await shell.chooseTheme('light');
    await expect(importPage.title).toHaveText('Import');
  });

  test('draws everything without breaking the content security policy', () => {
    expect(violations).toEqual([]);
  });
});
