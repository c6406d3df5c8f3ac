import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  searchAccounts,
  searchBranches,
  SEARCH_LIMIT,
} from '../../../src-main/analysis/accounts/account-search';
import { prefixRange } from '../../../src-main/analysis/accounts/prefix-range';
import { openWorkspace, type Workspace } from '../../../src-main/store/workspace';
import { insertRows } from '../../helpers/seed-workspace';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * A company whose every account begins with "acme" in a different way: by its id, its name (whole
 * and in part), its domain, a contact's e-mail address; and some that only contain it.
 */
function seedAcmes(db: Workspace['db']): void {
  insertRows(db, 'accounts', [
    { account_id: 'ACME', name: 'Zeta Ltd', domain: 'zeta.io' },
    { account_id: 'A2', name: 'Acme Corp', domain: 'acmecorp.com' },
    { account_id: 'A3', name: 'acme', domain: 'other.org' },
    { account_id: 'A4', name: 'Beta', domain: 'acme.io' },
    { account_id: 'A5', name: 'Gamma', domain: 'gamma.com' },
    { account_id: 'ACME-2', name: 'Omega', domain: 'omega.net' },
    { account_id: 'A7', name: 'Bacme', domain: 'bacme.com' },
    { account_id: 'A8', name: 'Ärzteteam', domain: 'aerzte.de' },
    { account_id: 'A9', name: 'acme\u{FFFF}', domain: null },
  ]);
  insertRows(db, 'contacts', [
    { contact_id: 'K1', account_id: 'A5', name: 'Ann Buyer', email: 'ACME.buyer@gamma.com' },
    { contact_id: 'K2', account_id: 'A2', name: 'Bo', email: 'acme@acmecorp.com' },
    // A contact of an account the CRM does not know finds nothing to open.
    { contact_id: 'K3', account_id: 'NOWHERE', name: 'Orphan', email: 'acme.orphan@x.com' },
    { contact_id: 'K4', account_id: 'A7', name: 'Cy', email: 'cy@bacme.com' },
  ]);
}

describe('finding an account as the analyst types', () => {
  const tempDir = useTempDir();
  const workspace = () => {
    const ws = openWorkspace(join(tempDir(), 'acme.sqlite'), { create: true });
    seedAcmes(ws.db);
    return ws;
  };

  it('ranks the exact id first, then names, domains, e-mail addresses and ids that begin so', () => {
    const ws = workspace();
    const result = searchAccounts(ws.db, 'acme');
    expect(result.matches.map((m) => [m.accountId, m.field, m.exact])).toEqual([
      ['ACME', 'id', true],
      // A whole name before names that begin with the text; the A2 domain and e-mail rank lower.
      ['A3', 'name', true],
      ['A2', 'name', false],
      ['A9', 'name', false],
      ['A4', 'domain', false],
      ['A5', 'email', false],
      ['ACME-2', 'id', false],
    ]);
    expect(result.more).toBe(false);
    const email = result.matches.find((m) => m.field === 'email');
    expect(email).toMatchObject({ matched: 'ACME.buyer@gamma.com', contactName: 'Ann Buyer' });
    ws.close();
  });

  it('matches beginnings only, whatever the case, and finds an account by its contact', () => {
    const ws = workspace();
    const ids = (text: string) => searchAccounts(ws.db, text).matches.map((m) => m.accountId);
    expect(ids('cme')).toEqual([]);
    expect(ids('ACME CO')).toEqual(['A2']);
    expect(ids('zeta')).toEqual(['ACME']);
    expect(ids('ZETA.I')).toEqual(['ACME']);
    expect(ids('acme.buy')).toEqual(['A5']);
    expect(ids('cy@')).toEqual(['A7']);
    // Ids are matched as typed, in capitals or in small letters.
    expect(ids('acme-')).toEqual(['ACME-2']);
    expect(ids('a8')).toEqual(['A8']);
    // Letters beyond ASCII are matched as they are.
    expect(ids('Ärzte')).toEqual(['A8']);
    // A domain pasted as an address.
    expect(ids('https://www.acme.io/pricing')).toEqual(['A4']);
    expect(ids('   ')).toEqual([]);
    ws.close();
  });

  it('stops at the limit, says there are more, and never lists an account twice', () => {
    const ws = workspace();
    insertRows(
      ws.db,
      'accounts',
      Array.from({ length: 30 }, (_, k) => ({
        account_id: `N${String(k).padStart(2, '0')}`,
        name: `Node ${String(k).padStart(2, '0')}`,
        domain: `node${String(k).padStart(2, '0')}.io`,
      })),
    );
    const result = searchAccounts(ws.db, 'node');
    expect(result.matches).toHaveLength(SEARCH_LIMIT);
    expect(result.more).toBe(true);
    expect(new Set(result.matches.map((m) => m.accountId)).size).toBe(SEARCH_LIMIT);
    // In the names' order, which is the index's.
    expect(result.matches.map((m) => m.name)).toEqual(
      Array.from({ length: SEARCH_LIMIT }, (_, k) => `Node ${String(k).padStart(2, '0')}`),
    );
    expect(searchAccounts(ws.db, 'node 2').matches.map((m) => m.accountId)).toEqual(
      Array.from({ length: 10 }, (_, k) => `N${20 + k}`),
    );
    ws.close();
  });

  it('runs every branch as a range scan of its index, with no full scan and no sort', () => {
    const ws = workspace();
    const plans = Object.fromEntries(
      Object.entries(searchBranches).map(([branch, sql]) => {
        const detail = (
          ws.db
            .prepare(`EXPLAIN QUERY PLAN ${sql}`)
            .all({ text: 'acme', ...prefixRange('acme'), limit: 20 }) as { detail: string }[]
        ).map((r) => r.detail);
        return [branch, detail];
      }),
    );
    expect(plans['idExact']).toEqual([
      expect.stringMatching(
        /^SEARCH accounts USING INDEX sqlite_autoindex_accounts_1 \(account_id=\?\)/,
      ),
    ]);
    expect(plans['id']).toEqual([
      expect.stringMatching(
        /^SEARCH accounts USING (COVERING )?INDEX sqlite_autoindex_accounts_1 \(account_id>\? AND account_id<\?\)/,
      ),
    ]);
    expect(plans['name']).toEqual([
      'SEARCH accounts USING INDEX accounts_name_nocase (name>? AND name<?)',
    ]);
    expect(plans['domain']).toEqual([
      'SEARCH accounts USING INDEX accounts_domain_nocase (domain>? AND domain<?)',
    ]);
    expect(plans['email']).toEqual([
      'SEARCH c USING INDEX contacts_email_nocase (email>? AND email<?)',
      'SEARCH a USING INDEX sqlite_autoindex_accounts_1 (account_id=?)',
    ]);
    for (const detail of Object.values(plans).flat()) {
      expect(detail).not.toMatch(/\bSCAN\b/);
      expect(detail).not.toMatch(/TEMP B-TREE/);
    }
    ws.close();
  });
});
