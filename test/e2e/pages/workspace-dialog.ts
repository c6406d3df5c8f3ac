import type { Locator, Page } from '@playwright/test';

/**
 * The dialog that opens a recent workspace, or one chosen in the system dialog or at a typed path,
 * or creates one. In the browser the system dialog does not exist: the first "Open…" finds that out
 * and the typed path field takes its place.
 */
export class WorkspaceDialog {
  readonly root: Locator;
  readonly recentItems: Locator;
  readonly pathInput: Locator;
  readonly error: Locator;
  readonly chooseOpen: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('workspace-dialog');
    this.recentItems = this.root.locator('.recent-item');
    this.pathInput = this.root.locator('input[type="text"]');
    this.error = this.root.getByRole('alert');
    this.chooseOpen = this.root.getByRole('button', { name: 'Open…' });
  }

  /** Shows the typed path field, asking for the system dialog first if that is still offered. */
  async showPathField(): Promise<void> {
    if ((await this.pathInput.count()) === 0) await this.chooseOpen.click();
    await this.pathInput.waitFor();
  }

  recentItem(path: string): Locator {
    return this.recentItems.filter({ hasText: path });
  }

  async createAt(path: string): Promise<void> {
    await this.showPathField();
    await this.pathInput.fill(path);
    await this.root.locator('.path-actions button[type="button"]').click();
  }

  async openAt(path: string): Promise<void> {
    await this.showPathField();
    await this.pathInput.fill(path);
    await this.root.locator('.path-actions button[type="submit"]').click();
  }
}
