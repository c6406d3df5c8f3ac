import { expect, type Locator, type Page } from '@playwright/test';

export type FigureId = 'accounts' | 'active' | 'churned' | 'mrr' | 'partners' | 'referredAccounts';

export type CoverageColumn = 'source' | 'rows' | 'accounts' | 'dates' | 'empty' | 'orphans';

/** The Overview: key figures and the data-coverage panel. */
export class OverviewPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly asOf: Locator;
  readonly coverageTable: Locator;
  readonly sourceDetail: Locator;
  readonly maturity: Locator;
  readonly nextImport: Locator;
  readonly reachChart: Locator;
  readonly emptyState: Locator;
  readonly coverageProgress: Locator;
  readonly coverageCancelled: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('overview');
    this.title = this.root.locator('.view-title');
    this.asOf = page.getByTestId('as-of');
    this.coverageTable = page.getByTestId('coverage-table');
    this.sourceDetail = page.getByTestId('source-detail');
    this.maturity = page.getByTestId('maturity');
    this.nextImport = page.getByTestId('next-import');
    this.reachChart = page.getByTestId('reach-chart');
    this.emptyState = page.getByTestId('empty-workspace');
    this.coverageProgress = page.getByTestId('coverage-progress');
    this.coverageCancelled = page.getByTestId('coverage-cancelled');
  }

  /** Waits until figures, coverage and the chart have all arrived. */
  async waitUntilLoaded(): Promise<void> {
    await expect(this.root.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(this.coverageTable).toBeVisible();
    await expect(this.reachChart.locator('canvas')).toBeVisible();
  }

  figure(id: FigureId): Locator {
    return this.root.locator(`[data-figure="${id}"]`);
  }

  /** The exact number behind a figure card. */
  async figureNumber(id: FigureId): Promise<number> {
    return Number(await this.figure(id).getAttribute('data-value'));
  }

  figureValue(id: FigureId): Locator {
    return this.figure(id).locator('.figure-value');
  }

  figureCaption(id: FigureId): Locator {
    return this.figure(id).locator('.figure-caption');
  }

  coverageRow(kind: string): Locator {
    return this.coverageTable.locator(`[role="row"][data-key="${kind}"]`);
  }

  coverageCell(kind: string, column: CoverageColumn): Locator {
    return this.coverageRow(kind).locator(`[data-column="${column}"]`);
  }

  currentStage(): Locator {
    return this.maturity.locator('[aria-current="step"]');
  }

  savePngButton(): Locator {
    return this.reachChart.locator('button');
  }

  sortButton(column: CoverageColumn): Locator {
    return this.coverageTable.locator('[role="columnheader"] button').nth(columnIndex[column]);
  }

  /** The source kinds in the order the table shows them. */
  async tableOrder(): Promise<string[]> {
    const keys = await this.coverageTable.locator('[role="row"][data-key]').evaluateAll((rows) =>
      rows
        .map((row) => ({
          key: row.getAttribute('data-key') ?? '',
          index: Number(row.getAttribute('data-index')),
        }))
        .sort((a, b) => a.index - b.index)
        .map((row) => row.key),
    );
    return keys;
  }
}

const columnIndex: Record<CoverageColumn, number> = {
  source: 0,
  rows: 1,
  accounts: 2,
  dates: 3,
  empty: 4,
  orphans: 5,
};
