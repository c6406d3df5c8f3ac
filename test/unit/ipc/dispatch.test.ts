import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../src-main/ipc/dispatch';
import { guardedDispatch } from '../../../src-main/app/guarded-dispatch';
import type { AllHandlers } from '../../../src-main/ipc/handlers';
import { WorkspaceError } from '../../../src-main/store/workspace-error';

function handlers(overrides: Partial<AllHandlers> = {}): AllHandlers {
  const unexpected = () => {
    throw new Error('not expected in this test');
  };
  return new Proxy(overrides, {
    get: (target, key) => (target as Record<string, unknown>)[key as string] ?? unexpected,
  }) as AllHandlers;
}

describe('dispatch', () => {
  it('runs the handler with the validated request and wraps the value', async () => {
    const open = vi.fn(() => ({
      path: '/w.sqlite',
      name: 'w.sqlite',
      schemaVersion: 1,
      dataRevision: 0,
    }));
    const dispatch = createDispatch(handlers({ 'workspace:open': open }));
    const result = await dispatch('workspace:open', { path: '/w.sqlite' });
    expect(result).toEqual({
      ok: true,
      value: { path: '/w.sqlite', name: 'w.sqlite', schemaVersion: 1, dataRevision: 0 },
    });
    expect(open).toHaveBeenCalledWith({ path: '/w.sqlite' });
  });

  it('refuses unknown channels and invalid requests before any handler runs', async () => {
    const open = vi.fn();
    const dispatch = createDispatch(handlers({ 'workspace:open': open }));
    expect(await dispatch('shell:exec', { command: 'rm -rf /' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await dispatch('workspace:open', { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch('workspace:open', { path: '/w', extra: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch('job:cancel', { jobId: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(open).not.toHaveBeenCalled();
  });

  it('returns thrown errors as values with their code', async () => {
    const dispatch = createDispatch(
      handlers({
        'workspace:open': () => {
          throw new WorkspaceError('too-new', 'x.sqlite was saved by a newer version');
        },
      }),
    );
    expect(await dispatch('workspace:open', { path: 'x.sqlite' })).toEqual({
      ok: false,
      error: { code: 'too-new', message: 'x.sqlite was saved by a newer version' },
    });
  });
});

describe('IPC sender check', () => {
  it('refuses requests from anything but the app window before dispatching', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }));
    const guarded = guardedDispatch(dispatch);
    const fromApp = await guarded(
      { senderFrame: { url: 'app://advocate-lab/index.html', parent: null } },
      'workspace:info',
      {},
    );
    expect(fromApp).toEqual({ ok: true, value: 1 });
    const fromWeb = await guarded(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      'workspace:info',
      {},
    );
    expect(fromWeb).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    const gone = await guarded({ senderFrame: null }, 'workspace:info', {});
    expect(gone).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});
