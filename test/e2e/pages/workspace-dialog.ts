import type { Locator, Page } from '@playwright/test';

/** The dialog that opens a recent workspace, or one at a path, or creates one. */
export class WorkspaceDialog {
  readonly root: Locator;
  readonly recentItems: Locator;
  readonly pathInput: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('workspace-dialog');
    this.recentItems = this.root.locator('.recent-item');
    this.pathInput = this.root.locator('input[type="text"]');
    this.error = this.root.getByRole('alert');
  }

  recentItem(path: string): Locator {
    return this.recentItems.filter({ hasText: path });
  }

  async createAt(path: string): Promise<void> {
    await this.pathInput.fill(path);
    await this.root.locator('.path-actions button[type="button"]').click();
  }

  async openAt(path: string): Promise<void> {
    await this.pathInput.fill(path);
    await this.root.locator('.path-actions button[type="submit"]').click();
  }
}
