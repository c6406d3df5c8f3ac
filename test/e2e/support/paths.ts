import { resolve } from 'node:path';

/** The repository root: Playwright runs from it, and the harness resolves its bundle against it. */
export const projectRoot = resolve(import.meta.dirname, '..', '..', '..');

/** Where the global set-up leaves the sample workspace that every spec copies. */
export const sampleWorkspaceEnv = 'ADVOCATE_LAB_E2E_SAMPLE';

export const screenshotDir = resolve(projectRoot, 'test-results', 'screenshots');
export const readmeScreenshot = resolve(projectRoot, 'docs', 'images', 'overview.png');

/** A picture the README shows, by its name: refreshed when README_SCREENSHOT=1. */
export const readmeImage = (name: string) => resolve(projectRoot, 'docs', 'images', `${name}.png`);
