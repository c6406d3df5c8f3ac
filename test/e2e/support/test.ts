import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

/**
 * The end-to-end tests' `test`: the same as Playwright's, and every test fails when the page logs an
 * error or a warning to the console, or throws, on any page it used (its own pages, and the pages a
 * file shares between tests). A test that provokes such messages on purpose (a refused request,
 * say) names them in `allowedConsole`.
 */
interface ConsoleGuard {
  allowedConsole: RegExp[];
  consoleGuard: undefined;
}

const sharedPages = new Map<Page, string[]>();

const problemOf = (message: ConsoleMessage): string | null =>
  message.type() === 'error' || message.type() === 'warning'
    ? `${message.type()}: ${message.text()} (${message.location().url})`
    : null;

function watch(page: Page, into: string[]): void {
  page.on('console', (message) => {
    const problem = problemOf(message);
    if (problem) into.push(problem);
  });
  page.on('pageerror', (error) => into.push(`uncaught: ${error.message}`));
}

/** Puts a page several tests share under the console guard. */
export function guardSharedPage(page: Page): void {
  const problems: string[] = [];
  sharedPages.set(page, problems);
  watch(page, problems);
  page.on('close', () => sharedPages.delete(page));
}

export const test = base.extend<ConsoleGuard>({
  allowedConsole: [[], { option: true }],
  consoleGuard: [
    async ({ context, allowedConsole }, use) => {
      const problems: string[] = [];
      context.on('page', (page) => watch(page, problems));
      for (const page of context.pages()) watch(page, problems);
      const sharedBefore = new Map([...sharedPages].map(([page, list]) => [page, list.length]));
      await use(undefined);
      for (const [page, list] of sharedPages)
        problems.push(...list.slice(sharedBefore.get(page) ?? 0));
      const unexpected = problems.filter((p) => !allowedConsole.some((allowed) => allowed.test(p)));
      expect(unexpected, 'the page logged errors or warnings to the console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
