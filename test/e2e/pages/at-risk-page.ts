import { expect, type Locator, type Page } from '@playwright/test';

/** The At risk view: the totals, the ranked list and its filters, the reasons and the model card. */
export class AtRiskPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly count: Locator;
  readonly search: Locator;
  readonly reasons: Locator;
  readonly model: Locator;
  readonly reliability: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('at-risk');
    this.table = page.getByTestId('risk-table');
    this.count = page.getByTestId('risk-count');
    this.search = page.getByTestId('risk-search');
    this.reasons = page.getByTestId('risk-reasons');
    this.model = page.getByTestId('risk-model');
    this.reliability = page.getByTestId('risk-reliability');
  }

  async open(): Promise<void> {
    await this.page.locator('nav a[data-view="at-risk"]').click();
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

  /** A total's raw value, as the strip holds it. */
  async total(figure: 'accounts' | 'mrr' | 'expected-loss'): Promise<number> {
    const item = this.root.locator(`.risk-totals [data-figure="${figure}"]`);
    await expect(item).not.toHaveAttribute('data-value', '');
    return Number(await item.getAttribute('data-value'));
  }

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
}
