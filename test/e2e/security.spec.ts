import { expect, test } from '@playwright/test';
import { useHarness } from './support/harness';

const harness = useHarness();

test.describe('the bridge without its token', () => {
  const infoRequest = { channel: 'workspace:info', request: {} };

  test('refuses service requests without the token, or with a wrong one', async ({ request }) => {
    const { origin, token } = harness();
    const withToken = await request.post(`${origin}/api/invoke`, {
      data: infoRequest,
      headers: { 'x-advocate-lab-token': token },
    });
    expect(withToken.status()).toBe(200);
    expect(await withToken.json()).toMatchObject({ ok: true });

    const without = await request.post(`${origin}/api/invoke`, { data: infoRequest });
    expect([401, 403]).toContain(without.status());
    expect(await without.text()).not.toContain('sqlite');

    const wrong = await request.post(`${origin}/api/invoke`, {
      data: infoRequest,
      headers: { 'x-advocate-lab-token': `${token.slice(0, -1)}x` },
    });
    expect([401, 403]).toContain(wrong.status());

    const events = await request.get(`${origin}/api/events`);
    expect([401, 403]).toContain(events.status());
  });

  test('serves no page, and so no data, to a browser without the token', async ({ page }) => {
    const response = await page.goto(harness().origin);
    expect([401, 403]).toContain(response?.status());
    await expect(page.locator('body')).not.toContainText('Sample workspace');
    await expect(page.locator('nav')).toHaveCount(0);
    await expect(page.locator('[data-figure]')).toHaveCount(0);
  });
});
