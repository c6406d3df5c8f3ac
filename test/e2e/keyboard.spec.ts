import { expect, test } from './support/test';
import { type Locator, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { OverviewPage } from './pages/overview-page';
import { useHarness } from './support/harness';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

/** The outline a focused element draws, or its face's for the hidden radio buttons. */
const focusRing = (locator: Locator) =>
  locator.evaluate((element) => {
    const target = element.matches('input[type="radio"]') ? element.nextElementSibling : element;
    const style = target ? target.ownerDocument.defaultView?.getComputedStyle(target) : null;
    return style ? `${style.outlineStyle} ${style.outlineWidth}` : 'none';
  });

test('every control is reached by Tab with a visible focus ring, after the skip link', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const overview = new OverviewPage(page);
  await shell.open(harness().url);
  await overview.waitUntilLoaded();
  const stops: Locator[] = [
    shell.skipLink,
    shell.navLink('overview'),
    shell.languageSwitch.locator('input:checked'),
    shell.themeSwitch.locator('input:checked'),
    shell.analyseButton,
    shell.workspaceButton,
    // The goals panel's way to the Goals view.
    page.getByTestId('goals-panel-open'),
    overview.savePngButton(),
    overview.sortButton('source'),
  ];
  for (const stop of stops) {
    await page.keyboard.press('Tab');
    await expect(stop).toBeFocused();
    expect(await focusRing(stop)).toMatch(/^solid [1-9]/);
  }
  // Past the other sort buttons, into the table's rows.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(overview.coverageRow('accounts')).toBeFocused();
  expect(await focusRing(overview.coverageRow('accounts'))).toMatch(/^solid [1-9]/);

  // The skip link shows itself when focused, and jumps to the view.
  await shell.skipLink.focus();
  await expect(shell.skipLink).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(shell.main).toBeFocused();
});

test.describe('keyboard on the Overview', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let shell: AppShell;
  let overview: OverviewPage;

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    shell = new AppShell(page);
    overview = new OverviewPage(page);
    await shell.open(harness().url);
    await overview.waitUntilLoaded();
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('arrow keys move through the sources and the details follow', async () => {
    await overview.coverageRow('accounts').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(overview.coverageRow('subscriptions')).toBeFocused();
    await expect(overview.coverageRow('subscriptions')).toHaveAttribute('aria-selected', 'true');
    await expect(overview.sourceDetail).toHaveAttribute('data-kind', 'subscriptions');
    await page.keyboard.press('End');
    await expect(overview.coverageRow('cs_costs')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(overview.coverageRow('accounts')).toBeFocused();
  });

  test('column headers sort the table from the keyboard', async () => {
    await overview.sortButton('rows').focus();
    await page.keyboard.press('Enter');
    await expect(overview.coverageTable.locator('[role="columnheader"]').nth(1)).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    // Usage rows (one per account and month) outnumber every other source in the sample.
    expect((await overview.tableOrder())[0]).toBe('usage');
    await page.keyboard.press('Enter');
    await expect(overview.coverageTable.locator('[role="columnheader"]').nth(1)).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect((await overview.tableOrder())[0]).not.toBe('usage');
  });

  test('shortcuts open views and toggle the theme; arrows stay within the navigation', async () => {
    const before = await shell.theme();
    await page.keyboard.press('Control+Shift+L');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
    await page.keyboard.press('Control+Shift+L');
    await expect(page.locator('html')).toHaveAttribute('data-theme', before ?? '');
    await page.keyboard.press('Control+1');
    await expect(page).toHaveURL(/#\/overview$/);

    await shell.navLink('overview').focus();
    await page.keyboard.press('ArrowDown');
    await expect(shell.navLink('import')).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowDown');
    await expect(shell.navLink('overview')).toBeFocused();
    await expect(shell.navLink('overview')).toHaveAttribute('aria-current', 'page');
  });

  test('the workspace dialog opens from the keyboard, and Escape returns focus', async () => {
    const opener = shell.workspaceButton;
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('workspace-dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });
});
