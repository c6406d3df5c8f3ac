import { describe, expect, it, vi } from 'vitest';
import type { AdvocateLabApi } from '../../../src-shared/ipc/api';

// The preload against a recording stand-in for Electron's renderer modules.
const exposed = vi.hoisted(() => ({ name: '', api: undefined as unknown }));
const electron = vi.hoisted(() => ({
  getPathForFile: vi.fn<(file: unknown) => string>(),
  invoke: vi.fn<(channel: string, request: unknown) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => {
      exposed.name = name;
      exposed.api = api;
    },
  },
  ipcRenderer: { invoke: electron.invoke, on: vi.fn(), removeListener: vi.fn() },
  webUtils: { getPathForFile: electron.getPathForFile },
}));

await import('../../../src-main/preload/preload');
const api = exposed.api as AdvocateLabApi;
const file = { name: 'accounts.csv' } as unknown as File;

describe('the preload', () => {
  it('exposes the contract and the file hand-over, and nothing else', () => {
    expect(exposed.name).toBe('advocateLab');
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on', 'pathForFile']);
  });

  it('hands the path Electron names for a dropped file to main, and answers with main’s reply', async () => {
    electron.getPathForFile.mockReturnValueOnce('/home/ana/exports/accounts.csv');
    electron.invoke.mockResolvedValueOnce({ ok: true, value: '/home/ana/exports/accounts.csv' });
    expect(await api.pathForFile(file)).toEqual({
      ok: true,
      value: '/home/ana/exports/accounts.csv',
    });
    expect(electron.getPathForFile).toHaveBeenLastCalledWith(file);
    expect(electron.invoke).toHaveBeenLastCalledWith('files:hand-over', {
      path: '/home/ana/exports/accounts.csv',
    });
  });

  it('answers with an error value for a file that is not on disk, or is no file at all', async () => {
    electron.invoke.mockClear();
    electron.getPathForFile.mockReturnValueOnce('');
    expect(await api.pathForFile(file)).toMatchObject({
      ok: false,
      error: { code: 'not-on-disk' },
    });
    electron.getPathForFile.mockImplementationOnce(() => {
      throw new TypeError('Expected a File');
    });
    expect(await api.pathForFile({} as File)).toMatchObject({
      ok: false,
      error: { code: 'not-on-disk' },
    });
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('refuses channels outside the contract without asking main, the hand-over among them', async () => {
    electron.invoke.mockClear();
    const answer = await api.invoke('shell:exec' as never, {} as never);
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    // A page that could send the hand-over itself could let main read any file it names.
    const forged = await api.invoke('files:hand-over' as never, { path: '/etc/hostname' } as never);
    expect(forged).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(electron.invoke).not.toHaveBeenCalled();
    electron.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    await api.invoke('files:choose-import', {});
    expect(electron.invoke).toHaveBeenCalledWith('files:choose-import', {});
  });
});
