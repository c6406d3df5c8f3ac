import { mkdirSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChosenFiles } from '../../../src-main/session/chosen-files';
import { useTempDir } from '../../helpers/temp-dir';

const notChosen = (file: string) => ({
  code: 'not-chosen',
  message: expect.stringContaining(`${file} was not chosen in this window`) as unknown,
  location: { file },
});

describe('the files chosen in a window', () => {
  const tempDir = useTempDir('chosen-files-');

  /** A folder with a chosen export and, next to it, files the analyst never chose. */
  function disk() {
    const root = realpathSync(tempDir());
    const chosenDir = join(root, 'exports');
    const outside = join(root, 'private');
    mkdirSync(chosenDir);
    mkdirSync(join(outside, 'deep'), { recursive: true });
    const accounts = join(chosenDir, 'accounts.csv');
    const neighbour = join(chosenDir, 'tickets.csv');
    const secret = join(outside, 'secret.csv');
    writeFileSync(accounts, 'account_id\nA1\n');
    writeFileSync(neighbour, 'ticket_id\nT1\n');
    writeFileSync(secret, 'key\nhunter2\n');
    writeFileSync(join(outside, 'accounts.csv'), 'key\nhunter2\n');
    return { root, chosenDir, outside, accounts, neighbour, secret };
  }

  it('lets a granted file be read, by its canonical path', async () => {
    const { accounts } = disk();
    const chosen = new ChosenFiles();
    await chosen.grant(accounts);
    expect(await chosen.readablePath(accounts)).toBe(accounts);
  });

  it('refuses a file never chosen, its neighbours and its folder, naming the file', async () => {
    const { accounts, neighbour, chosenDir, secret } = disk();
    const chosen = new ChosenFiles();
    await chosen.grant(accounts);
    await expect(chosen.readablePath(neighbour)).rejects.toMatchObject(notChosen('tickets.csv'));
    await expect(chosen.readablePath(secret)).rejects.toMatchObject(notChosen('secret.csv'));
    await expect(chosen.readablePath(chosenDir)).rejects.toMatchObject(notChosen('exports'));
    await expect(new ChosenFiles().readablePath(accounts)).rejects.toMatchObject(
      notChosen('accounts.csv'),
    );
  });

  it('refuses a missing file with the same answer as an existing one, so nothing is learnt', async () => {
    const { chosenDir } = disk();
    const chosen = new ChosenFiles();
    const missing = join(chosenDir, 'nothing-here.csv');
    await expect(chosen.readablePath(missing)).rejects.toMatchObject(notChosen('nothing-here.csv'));
  });

  it('refuses relative paths, and grants only absolute ones', async () => {
    const chosen = new ChosenFiles();
    await expect(chosen.readablePath('accounts.csv')).rejects.toMatchObject({
      code: 'not-chosen',
    });
    await expect(chosen.grant('exports/accounts.csv')).rejects.toThrow(/absolute/);
  });

  it('resolves `..` as the system does: the same file passes, a way out does not', async () => {
    const { accounts, chosenDir } = disk();
    const chosen = new ChosenFiles();
    await chosen.grant(accounts);
    mkdirSync(join(chosenDir, 'sub'));
    expect(await chosen.readablePath(join(chosenDir, 'sub', '..', 'accounts.csv'))).toBe(accounts);
    await expect(chosen.readablePath(`${chosenDir}/../private/secret.csv`)).rejects.toMatchObject(
      notChosen('secret.csv'),
    );
    await expect(chosen.readablePath(`${accounts}/../../private/secret.csv`)).rejects.toMatchObject(
      { code: 'not-chosen' },
    );
  });

  it('is not fooled by a link whose `..` reads as the chosen file but opens another', async () => {
    const { accounts, chosenDir, outside } = disk();
    const chosen = new ChosenFiles();
    await chosen.grant(accounts);
    // exports/link → private/deep, so exports/link/../accounts.csv is private/accounts.csv on disk,
    // though as text it looks like exports/accounts.csv.
    symlinkSync(join(outside, 'deep'), join(chosenDir, 'link'));
    await expect(chosen.readablePath(`${chosenDir}/link/../accounts.csv`)).rejects.toMatchObject(
      notChosen('accounts.csv'),
    );
    await expect(chosen.readablePath(`${chosenDir}/link/../secret.csv`)).rejects.toMatchObject(
      notChosen('secret.csv'),
    );
  });

  it('follows a chosen link to its file, and refuses it once it points elsewhere', async () => {
    const { root, accounts, secret } = disk();
    const link = join(root, 'latest-accounts.csv');
    symlinkSync(accounts, link);
    const chosen = new ChosenFiles();
    await chosen.grant(link);
    expect(await chosen.readablePath(link)).toBe(accounts);
    expect(await chosen.readablePath(accounts)).toBe(accounts);
    unlinkSync(link);
    symlinkSync(secret, link);
    await expect(chosen.readablePath(link)).rejects.toMatchObject(notChosen('latest-accounts.csv'));
  });

  it('refuses a chosen file that was swapped for a link to another', async () => {
    const { accounts, secret } = disk();
    const chosen = new ChosenFiles();
    await chosen.grant(accounts);
    unlinkSync(accounts);
    symlinkSync(secret, accounts);
    await expect(chosen.readablePath(accounts)).rejects.toMatchObject(notChosen('accounts.csv'));
  });

  it('refuses a link the analyst did not choose, even to a file next to a chosen one', async () => {
    const { root, accounts, neighbour } = disk();
    const chosen = new ChosenFiles();
    await chosen.grant(accounts);
    const link = join(root, 'renamed.csv');
    symlinkSync(neighbour, link);
    await expect(chosen.readablePath(link)).rejects.toMatchObject(notChosen('renamed.csv'));
  });

  it('tells a chosen file that has gone from one never chosen', async () => {
    const { accounts } = disk();
    const chosen = new ChosenFiles();
    await chosen.grant(accounts);
    rmSync(accounts);
    await expect(chosen.readablePath(accounts)).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('accounts.csv is no longer where it was chosen') as unknown,
    });
  });

  it('forgets every grant when cleared', async () => {
    const { accounts, neighbour } = disk();
    const chosen = new ChosenFiles();
    await chosen.grant(accounts);
    await chosen.grant(neighbour);
    chosen.clear();
    await expect(chosen.readablePath(accounts)).rejects.toMatchObject(notChosen('accounts.csv'));
    await expect(chosen.readablePath(neighbour)).rejects.toMatchObject(notChosen('tickets.csv'));
  });
});
