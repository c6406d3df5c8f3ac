import { expect, type Locator, type Page } from '@playwright/test';

/** The Goals view and its form. */
export class GoalsPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('goals');
    this.title = this.root.locator('.view-title');
    this.dialog = page.getByTestId('goal-dialog');
  }

  async open(): Promise<void> {
    await this.page.locator('nav a[data-view="goals"]').click();
    await expect(this.root).toBeVisible();
  }

  card(name: string): Locator {
    return this.root.locator(`[data-testid="goal-card"][data-goal="${name}"]`);
  }

  field(testId: string): Locator {
    return this.dialog.getByTestId(testId);
  }

  async save(): Promise<void> {
    await this.field('goal-save').click();
    await expect(this.dialog).toHaveCount(0);
  }
}
