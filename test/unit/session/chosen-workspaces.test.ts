import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChosenWorkspaces } from '../../../src-main/session/chosen-workspaces';
import { useTempDir } from '../../helpers/temp-dir';

describe('the workspace files chosen in the window', () => {
  const tempDir = useTempDir();

  function setUp() {
    const dir = realpathSync(tempDir());
    const existing = join(dir, 'Company.sqlite');
    writeFileSync(existing, '');
    return { dir, existing, chosen: new ChosenWorkspaces() };
  }

  it('admits a chosen file once, for the purpose it was chosen for', async () => {
    const { existing, chosen } = setUp();
    await chosen.grant('open', existing);
    await expect(chosen.admit('create', existing, [])).rejects.toMatchObject({
      code: 'not-chosen',
    });
    await expect(chosen.admit('open', existing, [])).resolves.toBeUndefined();
    await expect(chosen.admit('open', existing, [])).rejects.toMatchObject({
      code: 'not-chosen',
    });
  });

  it('refuses a typed path, naming the file, whether or not it exists', async () => {
    const { dir, existing, chosen } = setUp();
    for (const path of [existing, join(dir, 'missing.sqlite'), 'relative.sqlite']) {
      await expect(chosen.admit('open', path, [])).rejects.toMatchObject({
        code: 'not-chosen',
        location: { file: path.split('/').at(-1) },
      });
    }
    await expect(chosen.admit('save-as', existing, [])).rejects.toThrow(
      'Company.sqlite was not chosen in this window to save a copy as; choose it in the system dialog.',
    );
  });

  it('admits a recent workspace to open, and to nothing else', async () => {
    const { existing, chosen } = setUp();
    await expect(chosen.admit('open', existing, [existing])).resolves.toBeUndefined();
    await expect(chosen.admit('open', existing, [existing])).resolves.toBeUndefined();
    await expect(chosen.admit('create', existing, [existing])).rejects.toThrow(/not chosen/);
    await expect(chosen.admit('save-as', existing, [existing])).rejects.toThrow(/not chosen/);
  });

  it('admits a file to be created by its folder, and no `..` or link around a choice', async () => {
    const { dir, existing, chosen } = setUp();
    mkdirSync(join(dir, 'sub'));
    const fresh = join(dir, 'sub', 'New.sqlite');
    await chosen.grant('create', fresh);
    symlinkSync(existing, join(dir, 'sub', 'link.sqlite'));
    for (const path of [`${fresh}/../../Company.sqlite`, join(dir, 'sub', 'link.sqlite')]) {
      await expect(chosen.admit('create', path, [])).rejects.toThrow(/not chosen/);
    }
    await expect(
      chosen.admit('create', join(dir, 'sub', '..', 'sub', 'New.sqlite'), []),
    ).resolves.toBeUndefined();
  });
});
