import Database from 'better-sqlite3';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import { AppShell, type LanguageName } from './pages/app-shell';
import { AtRiskPage } from './pages/at-risk-page';
import { Customer360Page } from './pages/customer-360-page';
import { useHarness } from './support/harness';
import { saveScreenshot } from './support/screenshot';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

function one<T>(query: string, ...params: unknown[]): T {
  const db = new Database(harness().workspace, { readonly: true });
  try {
    return db
      .prepare(query)
      .pluck()
      .get(...params) as T;
  } finally {
    db.close();
  }
}

test.describe('Customer 360 on the sample workspace', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let c360: Customer360Page;
  /** A customer with payments, tickets and survey answers: the top of the risk list. */
  let accountId: string;

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    c360 = new Customer360Page(page);
    await new AppShell(page).open(harness().url);
    accountId = one<string>(
      `SELECT r.account_id FROM churn_risk r
       WHERE EXISTS (SELECT 1 FROM tickets t WHERE t.account_id = r.account_id)
         AND EXISTS (SELECT 1 FROM surveys s WHERE s.account_id = r.account_id)
       ORDER BY r.probability DESC, r.account_id LIMIT 1`,
    );
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('an account name in another view opens the account, and Back returns with the filter kept', async () => {
    const atRisk = new AtRiskPage(page);
    await atRisk.open();
    await atRisk.waitForRows();
    const all = await atRisk.matching();
    await atRisk.search.fill(
      one<string>('SELECT name FROM accounts WHERE account_id = ?', accountId),
    );
    // The account tops the list before the search too: wait for the searched list to be drawn,
    // so the click lands on a row that stays.
    await expect.poll(() => atRisk.matching()).toBeLessThan(all);
    await expect(atRisk.table).toHaveAttribute('aria-busy', 'false');
    await expect.poll(async () => (await atRisk.keys())[0]).toBe(accountId);
    await atRisk.cell(accountId, 'name').locator('a').click();
    await expect(c360.account).toHaveAttribute('data-account', accountId);
    await expect(page).toHaveURL(new RegExp(`#/customer-360/${accountId}$`));
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(atRisk.root).toBeVisible();
    await expect(atRisk.search).toHaveValue(
      one<string>('SELECT name FROM accounts WHERE account_id = ?', accountId),
    );
    await atRisk.search.fill('');
  });

  test('finds an account by a contact’s e-mail address and opens it from the keyboard', async () => {
    const email = one<string>(
      'SELECT email FROM contacts WHERE account_id = ? AND email IS NOT NULL ORDER BY email LIMIT 1',
      accountId,
    );
    await c360.open();
    await c360.search.fill(email);
    const option = c360.options.filter({ hasText: email }).first();
    await expect(option).toBeVisible();
    await expect(option).toHaveAttribute('data-account', accountId);
    await c360.search.press('ArrowDown');
    await c360.search.press('ArrowUp');
    await expect(c360.options.first()).toHaveAttribute('aria-selected', 'true');
    await c360.search.press('Enter');
    await expect(c360.account).toHaveAttribute('data-account', accountId);
  });

  test('shows the profile and the churn risk as stored', async () => {
    const plan = one<string>('SELECT plan FROM account_metrics WHERE account_id = ?', accountId);
    const csm = one<string>('SELECT csm FROM account_metrics WHERE account_id = ?', accountId);
    await expect(c360.fact('plan')).toHaveText(plan);
    await expect(c360.fact('csm')).toHaveText(csm);
    const probability = one<number>(
      'SELECT probability FROM churn_risk WHERE account_id = ?',
      accountId,
    );
    await expect(c360.risk.locator('.c360-risk-probability')).toHaveAttribute(
      'data-value',
      String(probability),
    );
    const contacts = one<number>('SELECT count(*) FROM contacts WHERE account_id = ?', accountId);
    await expect(c360.contacts.locator('li')).toHaveCount(contacts);
  });

  test('has a timeline that matches the account’s rows in the workspace', async () => {
    const count = async (kind: string) =>
      (await c360.kindButton(kind).count()) === 0 ? 0 : c360.kindCount(kind);
    const payments = one<number>('SELECT count(*) FROM payments WHERE account_id = ?', accountId);
    expect((await count('payment')) + (await count('refund'))).toBe(payments);
    for (const [kind, table] of [
      ['ticket', 'tickets'],
      ['survey', 'surveys'],
      ['subscription', 'subscriptions'],
    ] as const) {
      const rows = one<number>(`SELECT count(*) FROM ${table} WHERE account_id = ?`, accountId);
      expect(await count(kind)).toBe(rows);
    }
    const all = Number(
      ((await c360.timeline.getByRole('button', { name: /^All/ }).textContent()) ?? '').replace(
        /[^\d]/g,
        '',
      ),
    );
    await expect(c360.events).toHaveAttribute('data-count', String(all));

    // Only the surveys, newest first.
    const kinds = await c360.timeline
      .locator('button[data-kind]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-kind') ?? ''));
    for (const kind of kinds) if (kind !== 'survey') await c360.kindButton(kind).click();
    await expect(c360.events).toHaveAttribute('data-count', String(await count('survey')));
    const newest = one<string>(
      'SELECT max(responded_at) FROM surveys WHERE account_id = ?',
      accountId,
    );
    await expect(c360.events.locator('li').first()).toHaveAttribute('data-kind', 'survey');
    await expect(c360.events.locator('li').first().locator('time')).toHaveAttribute(
      'datetime',
      new RegExp(`^${newest.slice(0, 10)}`),
    );
    await c360.timeline.getByRole('button', { name: /^All/ }).click();
    await expect(c360.events).toHaveAttribute('data-count', String(all));
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
      await expect(c360.root.locator('.view-title')).toHaveText(
        language === 'en' ? 'Customer 360' : 'カスタマー360',
      );
      await c360.root.locator('.view-title').scrollIntoViewIfNeeded();
      await saveScreenshot(
        page,
        `customer-360-${theme}-${language}`,
        theme === 'light' && language === 'en' ? 'customer-360' : undefined,
      );
    });
  }
});
