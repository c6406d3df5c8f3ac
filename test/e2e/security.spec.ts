import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expect, test } from './support/test';
import { type APIRequestContext } from '@playwright/test';
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

  test.describe(() => {
    // The browser reports the refusal itself; that is the point of this test.
    test.use({ allowedConsole: [/status of 403 \(Forbidden\)/] });
    test('serves no page, and so no data, to a browser without the token', async ({ page }) => {
      const response = await page.goto(harness().origin);
      expect([401, 403]).toContain(response?.status());
      await expect(page.locator('body')).not.toContainText('Sample workspace');
      await expect(page.locator('nav')).toHaveCount(0);
      await expect(page.locator('[data-figure]')).toHaveCount(0);
    });
  });
});

test.describe('the import channels through the bridge', () => {
  let folder: string;
  let secret: string;
  test.beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'advocate-lab-e2e-private-'));
    secret = join(folder, 'private-notes.csv');
    writeFileSync(secret, 'account_id,note\nA1,do-not-leak\n');
  });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const invoke = async (request: APIRequestContext, channel: string, body: unknown) => {
    const { origin, token } = harness();
    const response = await request.post(`${origin}/api/invoke`, {
      data: { channel, request: body },
      headers: { 'x-advocate-lab-token': token },
    });
    expect(response.status()).toBe(200);
    return { text: await response.text(), json: (await response.json()) as unknown };
  };

  test('refuse a file the analyst never handed over, with the token, and read nothing of it', async ({
    request,
  }) => {
    for (const file of [secret, harness().workspace, '/etc/hostname']) {
      const { text, json } = await invoke(request, 'import:inspect', { file });
      expect(json, file).toMatchObject({
        ok: false,
        error: {
          code: 'not-chosen',
          message: `${basename(file)} was not chosen in this window; choose it with “Choose files…” or drop it on the window.`,
        },
      });
      expect(text).not.toContain('do-not-leak');
    }
    const run = await invoke(request, 'import:run', { jobId: 'forged', files: [{ path: secret }] });
    expect(run.json).toMatchObject({ ok: false, error: { code: 'not-chosen' } });
  });

  test('read a file handed over through the upload, and nothing a path from it leads to', async ({
    request,
  }) => {
    const { origin, token } = harness();
    const upload = await request.post(`${origin}/api/upload`, {
      data: Buffer.from('account_id,name\nA1,Acme\n'),
      headers: {
        'x-advocate-lab-token': token,
        'x-advocate-lab-file-name': 'accounts.csv',
        'content-type': 'application/octet-stream',
      },
    });
    expect(upload.status()).toBe(200);
    const uploaded = ((await upload.json()) as { value: string }).value;
    const { json } = await invoke(request, 'import:inspect', { file: uploaded });
    expect(json).toMatchObject({ ok: true, value: { path: uploaded, kind: 'accounts' } });

    // Sent as written: from the uploaded copy's folder up to the root and down to the private file.
    const climb = `${dirname(uploaded)}/${'../'.repeat(12)}${secret.replace(/^\//, '')}`;
    const escaped = await invoke(request, 'import:inspect', { file: climb });
    expect(escaped.json).toMatchObject({ ok: false, error: { code: 'not-chosen' } });
    expect(escaped.text).not.toContain('do-not-leak');
  });
});

test.describe('the workspace file dialog through the bridge', () => {
  test('is not available, so the page falls back to a typed path', async ({ request }) => {
    const { origin, token } = harness();
    for (const purpose of ['open', 'create', 'save-as']) {
      const response = await request.post(`${origin}/api/invoke`, {
        data: { channel: 'files:choose-workspace', request: { purpose } },
        headers: { 'x-advocate-lab-token': token },
      });
      expect(await response.json(), purpose).toMatchObject({
        ok: false,
        error: { code: 'not-available' },
      });
    }
  });
});
