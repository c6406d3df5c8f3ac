import { expect, type Locator, type Page } from '@playwright/test';

/** The Settings view: weight profiles, tiers, the default rule, money and currencies. */
export class SettingsPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly profiles: Locator;
  readonly weights: Locator;
  readonly money: Locator;
  readonly currency: Locator;
  readonly nameDialog: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('settings');
    this.title = this.root.locator('.view-title');
    this.profiles = page.getByTestId('settings-profiles');
    this.weights = page.getByTestId('weights-table');
    this.money = page.getByTestId('settings-money');
    this.currency = page.getByTestId('settings-currency');
    this.nameDialog = page.getByTestId('name-dialog');
    this.error = page.getByTestId('settings-error');
  }

  async open(): Promise<void> {
    await this.page.locator('nav a[data-view="settings"]').click();
    await expect(this.root).toBeVisible();
    await expect(this.weights).toBeVisible();
    await expect(this.currency.getByTestId('currency-table')).toBeVisible();
  }

  profile(name: string): Locator {
    return this.profiles.locator(`[data-testid="profile-item"][data-name="${name}"]`);
  }

  weight(signal: string): Locator {
    return this.page.getByTestId(`weight-${signal}`);
  }

  share(signal: string): Locator {
    return this.page.getByTestId(`share-${signal}`);
  }

  /** Types a value and leaves the field, which saves it. */
  async commit(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    await field.press('Enter');
  }

  async nameIt(name: string): Promise<void> {
    await this.nameDialog.getByTestId('name-input').fill(name);
    await this.nameDialog.getByTestId('name-confirm').click();
    await expect(this.nameDialog).toHaveCount(0);
  }
}
