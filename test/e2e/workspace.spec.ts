import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { OverviewPage } from './pages/overview-page';
import { useHarness } from './support/harness';
import { referenceKeyFigures } from './support/reference-figures';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

test.describe('workspaces', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let shell: AppShell;
  let overview: OverviewPage;
  let scratch: string;

  test.beforeAll(async ({ browser }) => {
    scratch = mkdtempSync(join(tmpdir(), 'advocate-lab-e2e-new-'));
    page = await openSharedPage(browser);
    shell = new AppShell(page);
    overview = new OverviewPage(page);
    await shell.open(harness().url);
    await overview.waitUntilLoaded();
  });

  test.afterAll(async () => {
    await page.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('the header names the open workspace file and its folder', async () => {
    await expect(shell.workspaceName).toHaveText(basename(harness().workspace));
    await expect(shell.workspacePath).toHaveText(harness().workspace);
  });

  test('without a system dialog, “Open…” gives way to a typed path, focused', async () => {
    const dialog = await shell.openWorkspaceDialog();
    await expect(dialog.pathInput).toHaveCount(0);
    await dialog.chooseOpen.focus();
    await page.keyboard.press('Enter');
    await expect(dialog.pathInput).toBeFocused();
    await expect(dialog.chooseOpen).toHaveCount(0);
    await expect(dialog.error).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog.root).toHaveCount(0);
  });

  test('a new workspace shows the empty state; the recent list brings the sample back', async () => {
    const dialog = await shell.openWorkspaceDialog();
    await expect(dialog.recentItem(harness().workspace)).toHaveAttribute('aria-current', 'true');
    await dialog.createAt(join(scratch, 'Fresh start.sqlite'));
    await expect(dialog.root).toHaveCount(0);
    await expect(shell.workspaceName).toHaveText('Fresh start.sqlite');
    await expect(overview.emptyState).toBeVisible();
    await expect(overview.currentStage()).toHaveCount(0);
    await expect(overview.nextImport).toHaveAttribute('data-kind', 'accounts');
    await expect(overview.coverageCell('accounts', 'rows')).toHaveText('—');

    const again = await shell.openWorkspaceDialog();
    await again.recentItem(harness().workspace).click();
    await expect(shell.workspaceName).toHaveText(basename(harness().workspace));
    const expected = referenceKeyFigures(harness().workspace);
    await expect(overview.figure('accounts')).toHaveAttribute(
      'data-value',
      String(expected.accounts),
    );
  });

  test('a path that is not a workspace gives a clear message and changes nothing', async () => {
    const dialog = await shell.openWorkspaceDialog();
    await dialog.openAt(join(scratch, 'no-such-folder', 'missing.sqlite'));
    await expect(dialog.error).toContainText('The workspace could not be opened');
    await page.keyboard.press('Escape');
    await expect(dialog.root).toHaveCount(0);
    await expect(shell.workspaceName).toHaveText(basename(harness().workspace));
  });
});
