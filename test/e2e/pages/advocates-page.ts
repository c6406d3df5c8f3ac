import { expect, type Locator, type Page } from '@playwright/test';

/** The Advocates view: the ranked list, its filters, the score distribution and the explanation. */
export class AdvocatesPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly count: Locator;
  readonly search: Locator;
  readonly explanation: Locator;
  readonly explainedScore: Locator;
  readonly distribution: Locator;
  readonly tabs: Locator;
  readonly notAnalysed: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('advocates');
    this.table = page.getByTestId('advocate-table');
    this.count = page.getByTestId('advocate-count');
    this.search = page.getByTestId('advocate-search');
    this.explanation = page.getByTestId('score-explanation');
    this.explainedScore = page.getByTestId('explained-score');
    this.distribution = page.getByTestId('score-distribution');
    this.tabs = page.getByTestId('advocate-tabs');
    this.notAnalysed = page.getByTestId('not-analysed');
  }

  async open(): Promise<void> {
    await this.page.locator('nav a[data-view="advocates"]').click();
    await expect(this.root).toBeVisible();
  }

  async waitForRows(): Promise<void> {
    await expect(this.table.locator('.data-table-row[data-key]').first()).toBeVisible();
    await expect(this.table).toHaveAttribute('aria-busy', 'false');
  }

  /** The account ids of the rows drawn, top to bottom. */
  async keys(): Promise<string[]> {
    await this.waitForRows();
    return this.table
      .locator('.data-table-row[data-key]')
      .evaluateAll((rows) =>
        rows
          .sort(
            (a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')),
          )
          .map((r) => r.getAttribute('data-key') ?? ''),
      );
  }

  row(accountId: string): Locator {
    return this.table.locator(`.data-table-row[data-key="${accountId}"]`);
  }

  cell(accountId: string, column: string): Locator {
    return this.row(accountId).locator(`[data-column="${column}"]`);
  }

  header(column: string): Locator {
    return this.table.locator(`[role="columnheader"][data-column="${column}"] button`);
  }

  /** The number the count shows, read in any locale. */
  async matching(): Promise<number> {
    const text = (await this.count.textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }

  async filterBy(column: string, optionText: string | RegExp): Promise<void> {
    const filter = this.page.getByTestId(`filter-${column}`);
    await filter.getByRole('button').first().click();
    await filter.getByRole('checkbox', { name: optionText }).check();
    await this.page.keyboard.press('Escape');
  }

  async clearFilter(column: string): Promise<void> {
    const filter = this.page.getByTestId(`filter-${column}`);
    await filter.getByRole('button').first().click();
    await filter.getByRole('button', { name: /Clear filters|条件をクリア/ }).click();
    await this.page.keyboard.press('Escape');
  }

  /** Each present signal's points, as the explanation's table lists them. */
  async contributions(): Promise<number[]> {
    return this.explanation
      .locator('[data-contribution]')
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-contribution'))));
  }
}
