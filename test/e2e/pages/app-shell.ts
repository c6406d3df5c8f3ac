import { expect, type Locator, type Page } from '@playwright/test';
import { WorkspaceDialog } from './workspace-dialog';

export type LanguageName = 'English' | '日本語';

/** The window around the views: navigation, header and preferences. */
export class AppShell {
  readonly skipLink: Locator;
  readonly navigation: Locator;
  readonly main: Locator;
  readonly workspaceName: Locator;
  readonly workspacePath: Locator;
  readonly languageSwitch: Locator;
  readonly themeSwitch: Locator;
  /** The header's Analyse command and the result's state beside it. */
  readonly analyseButton: Locator;
  readonly analysisStatus: Locator;
  readonly workspaceButton: Locator;

  constructor(readonly page: Page) {
    this.skipLink = page.locator('.skip-link');
    this.navigation = page.getByRole('navigation');
    this.main = page.getByRole('main');
    this.workspaceName = page.getByTestId('workspace-name');
    this.workspacePath = page.getByTestId('workspace-path');
    this.languageSwitch = page.getByTestId('language-switch');
    this.themeSwitch = page.getByTestId('theme-switch');
    this.analyseButton = page.getByTestId('analyse');
    this.analysisStatus = page.getByTestId('analysis-status');
    this.workspaceButton = page.locator('.topbar button[aria-haspopup="dialog"]');
  }

  /** Opens the address the harness printed, and waits until the shell is drawn. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.navigation).toBeVisible();
  }

  navLink(view: string): Locator {
    return this.navigation.locator(`a[data-view="${view}"]`);
  }

  async chooseLanguage(name: LanguageName): Promise<void> {
    await this.languageSwitch.getByRole('radio', { name }).check();
  }

  /** The theme choice by its position (light, dark, system), which does not depend on the language. */
  async chooseTheme(theme: 'light' | 'dark' | 'system'): Promise<void> {
    await this.themeSwitch.locator(`input[value="${theme}"]`).check();
  }

  /** The theme on screen, as the document carries it. */
  theme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }

  language(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /** The page's background colour, as a person sees it. */
  backgroundColour(): Promise<string> {
    return this.page
      .locator('body')
      .evaluate(
        (body) => body.ownerDocument.defaultView?.getComputedStyle(body).backgroundColor ?? '',
      );
  }

  async openWorkspaceDialog(): Promise<WorkspaceDialog> {
    await this.page.locator('.topbar button[aria-haspopup="dialog"]').click();
    const dialog = new WorkspaceDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}
