import type { Page } from '@playwright/test';

/**
 * Records every Content Security Policy violation on a page: an inline style or script the policy
 * refuses would otherwise fail silently, leaving a chart or a bar unstyled.
 */
export function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('Refused to'))
      violations.push(message.text());
  });
  return violations;
}
