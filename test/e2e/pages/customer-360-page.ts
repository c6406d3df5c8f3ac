import { expect, type Locator, type Page } from '@playwright/test';

/** Customer 360: the search, the account's cards and its timeline. */
export class Customer360Page {
  readonly root: Locator;
  readonly search: Locator;
  readonly options: Locator;
  readonly account: Locator;
  readonly profile: Locator;
  readonly risk: Locator;
  readonly contacts: Locator;
  readonly timeline: Locator;
  readonly events: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('customer-360');
    this.search = page.getByTestId('account-search-input');
    this.options = page.getByRole('option');
    this.account = page.getByTestId('c360-account');
    this.profile = page.getByTestId('c360-profile');
    this.risk = page.getByTestId('c360-risk');
    this.contacts = page.getByTestId('c360-contacts');
    this.timeline = page.getByTestId('c360-timeline');
    this.events = page.getByTestId('c360-events');
  }

  async open(): Promise<void> {
    await this.page.locator('nav a[data-view="customer-360"]').click();
    await expect(this.root).toBeVisible();
  }

  fact(id: string): Locator {
    return this.profile.locator(`[data-fact="${id}"] dd`);
  }

  kindButton(kind: string): Locator {
    return this.timeline.locator(`button[data-kind="${kind}"]`);
  }

  /** The number a kind's filter button counts. */
  async kindCount(kind: string): Promise<number> {
    const text = (await this.kindButton(kind).locator('.c360-kind-count').textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }
}
