import Database from 'better-sqlite3';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import type { GoalProgress } from '../../src-shared/model/goals';
import { AppShell, type LanguageName } from './pages/app-shell';
import { GoalsPage } from './pages/goals-page';
import { OverviewPage } from './pages/overview-page';
import { cliJson } from './support/cli-json';
import { useHarness } from './support/harness';
import { saveScreenshot } from './support/screenshot';
import { openSharedPage } from './support/shared-page';

const harness = useHarness();

const one = <T>(query: string, ...params: unknown[]): T => {
  const db = new Database(harness().workspace, { readonly: true });
  try {
    return db
      .prepare(query)
      .pluck()
      .get(...params) as T;
  } finally {
    db.close();
  }
};

/**
 * NPS by hand in SQL: % promoters (9–10) − % detractors (0–6) of the NPS answers of paying
 * customers in the 180 days that end on `date`.
 */
function npsBySql(date: string): number {
  const db = new Database(harness().workspace, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT count(*) AS n, total(score >= 9) AS promoters, total(score <= 6) AS detractors
         FROM surveys WHERE type = 'NPS' AND score IS NOT NULL
           AND substr(responded_at, 1, 10) > date(@date, '-180 days')
           AND substr(responded_at, 1, 10) <= @date
           AND account_id IN (SELECT account_id FROM account_metrics WHERE status IN ('active', 'churned'))`,
      )
      .get({ date }) as { n: number; promoters: number; detractors: number };
    return ((row.promoters - row.detractors) / row.n) * 100;
  } finally {
    db.close();
  }
}

const englishNumber = (value: number, digits: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);

test.describe('Goals on the sample workspace', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let shell: AppShell;
  let goals: GoalsPage;

  test.beforeAll(async ({ browser }) => {
    page = await openSharedPage(browser);
    shell = new AppShell(page);
    goals = new GoalsPage(page);
    await shell.open(harness().url);
  });

  test.afterAll(async () => {
    await page.close();
  });

  test('starts with no goals, on the Overview and in the view', async () => {
    await expect(page.getByTestId('goals-panel')).toContainText('No goals yet.');
    await page.getByTestId('goals-panel-open').click();
    await expect(goals.root).toBeVisible();
    await expect(goals.root.locator('.goals-empty')).toBeVisible();
  });

  test('an NPS goal shows the start, now and progress worked out by hand', async () => {
    await goals.root.getByTestId('goal-create').click();
    await goals.field('goal-name').fill('NPS to 40');
    await goals.field('goal-metric').selectOption('nps');
    await goals.field('goal-target-input').fill('40');
    await goals.field('goal-start-input').fill('2026-01-01');
    await goals.field('goal-deadline-input').fill('2026-12-31');
    await goals.field('goal-owner').fill('Customer success');
    await goals.field('goal-note').fill('Promoters first');
    await saveScreenshot(page, 'goals-form-light-en');
    await goals.save();

    const card = goals.card('NPS to 40');
    await expect(card).toBeVisible();
    const asOf = one<string>(`SELECT as_of FROM analysis_runs ORDER BY started_at DESC LIMIT 1`);
    const start = npsBySql('2026-01-01');
    const now = npsBySql(asOf);
    expect(Number(await card.getAttribute('data-start'))).toBeCloseTo(start, 6);
    expect(Number(await card.getAttribute('data-now'))).toBeCloseTo(now, 6);
    expect(Number(await card.getAttribute('data-done'))).toBeCloseTo(
      (now - start) / (40 - start),
      6,
    );
    // Days from 2026-01-01 to the as-of date over the 364 days to 2026-12-31.
    const elapsed = (Date.parse(asOf) - Date.parse('2026-01-01')) / 86_400_000;
    expect(Number(await card.getAttribute('data-pace'))).toBeCloseTo(elapsed / 364, 6);
    await expect(card.getByTestId('goal-now')).toHaveText(`+${englishNumber(now, 1)}`);
    await expect(card.getByTestId('goal-target')).toHaveText('≥ +40');

    const [cli] = cliJson<GoalProgress[]>(['goals'], harness().workspace);
    expect(cli?.goal.name).toBe('NPS to 40');
    expect(cli?.now.value).toBeCloseTo(now, 6);
    expect(cli?.start.value).toBeCloseTo(start, 6);
    await expect(card).toHaveAttribute('data-status', cli?.status ?? '');
  });

  test('edits a goal, and a goal on a tier within a channel counts what the store holds', async () => {
    await goals.card('NPS to 40').getByTestId('goal-edit').click();
    await goals.field('goal-target-input').fill('45');
    await goals.save();
    await expect(goals.card('NPS to 40').getByTestId('goal-target')).toHaveText('≥ +45');
    expect(cliJson<GoalProgress[]>(['goals'], harness().workspace)[0]?.goal.target).toBe(45);

    const channel = one<string>(
      `SELECT channel FROM account_metrics WHERE tier = 'champion' GROUP BY channel ORDER BY count(*) DESC LIMIT 1`,
    );
    await goals.root.getByTestId('goal-create').click();
    await goals.field('goal-name').fill('Champions from one channel');
    await goals.field('goal-metric').selectOption('tier-accounts');
    await goals.field('goal-option').selectOption('champion');
    await goals.field('goal-dimension').selectOption('channel');
    await goals.field('goal-segment-value').selectOption(channel);
    await goals.field('goal-target-input').fill('100');
    await goals.field('goal-deadline-input').fill('2027-06-30');
    await goals.save();
    const champions = one<number>(
      `SELECT count(*) FROM account_metrics WHERE tier = 'champion' AND channel = ?`,
      channel,
    );
    const card = goals.card('Champions from one channel');
    await expect(card.getByTestId('goal-now')).toHaveText(englishNumber(champions, 0));
    await expect(card).toHaveAttribute('data-start', String(champions));
    await goals.title.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'goals-light-en');
  });

  test('refuses a goal whose deadline comes before its start, saying so', async () => {
    await goals.root.getByTestId('goal-create').click();
    await goals.field('goal-name').fill('Backwards');
    await goals.field('goal-target-input').fill('50');
    await goals.field('goal-start-input').fill('2026-06-01');
    await goals.field('goal-deadline-input').fill('2026-01-01');
    await goals.field('goal-save').click();
    await expect(goals.field('goal-error')).toContainText(
      'The deadline must come after the start.',
    );
    await page.keyboard.press('Escape');
    await expect(goals.dialog).toHaveCount(0);
    await expect(goals.card('Backwards')).toHaveCount(0);
  });

  test('lists the goals on the Overview', async () => {
    await shell.navLink('overview').click();
    const overview = new OverviewPage(page);
    await overview.waitUntilLoaded();
    const panel = page.getByTestId('goals-panel');
    await expect(panel.getByTestId('goal-card')).toHaveCount(2);
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'overview-goals-light-en');
  });

  const looks: {
    theme: 'light' | 'dark';
    language: 'en' | 'ja';
    name: LanguageName;
    title: string;
  }[] = [
    { theme: 'dark', language: 'en', name: 'English', title: 'Goals' },
    { theme: 'light', language: 'ja', name: '日本語', title: '目標' },
    { theme: 'dark', language: 'ja', name: '日本語', title: '目標' },
  ];
  for (const { theme, language, name, title } of looks) {
    test(`reads in the ${theme} theme, in ${language}`, async () => {
      await shell.chooseLanguage(name);
      await shell.chooseTheme(theme);
      await goals.open();
      await expect(goals.title).toHaveText(title);
      await expect(goals.card('NPS to 40')).toBeVisible();
      await saveScreenshot(page, `goals-${theme}-${language}`);
      await shell.navLink('overview').click();
      await page.getByTestId('goals-panel').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `overview-goals-${theme}-${language}`);
    });
  }

  test('deletes a goal and its measurements', async () => {
    await shell.chooseLanguage('English');
    await shell.chooseTheme('light');
    await goals.open();
    await goals.card('Champions from one channel').getByTestId('goal-delete').click();
    await page.getByTestId('delete-goal-dialog').getByTestId('confirm-delete').click();
    await expect(goals.card('Champions from one channel')).toHaveCount(0);
    expect(one<number>(`SELECT count(*) FROM goals`)).toBe(1);
    expect(
      one<number>(
        `SELECT count(*) FROM goal_measurements WHERE goal_id NOT IN (SELECT id FROM goals)`,
      ),
    ).toBe(0);
  });
});
