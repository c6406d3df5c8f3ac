import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalSources } from '../../../src-shared/model/canonical';
import { sourceKinds } from '../../../src-shared/model/sources';
import { migrations } from '../../../src-main/store/migrations';
import { openWorkspace } from '../../../src-main/store/workspace';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 1: canonical tables', () => {
  const tempDir = useTempDir();
  const open = () => openWorkspace(join(tempDir(), 'w.sqlite'), { create: true });

  it('is numbered in order without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('creates every canonical table with exactly the canonical columns, extra and import_run_id', () => {
    const ws = open();
    for (const kind of sourceKinds) {
      const columns = (ws.db.prepare(`PRAGMA table_info(${kind})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(columns, kind).toEqual([
        ...canonicalSources[kind].fields.map((f) => f.name),
        'extra',
        'import_run_id',
      ]);
    }
    ws.close();
  });

  it('keys each table as DESIGN section 2 says', () => {
    const ws = open();
    for (const kind of sourceKinds) {
      const pk = (
        ws.db.prepare(`PRAGMA table_info(${kind})`).all() as { name: string; pk: number }[]
      )
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
      const expected = canonicalSources[kind].fields.filter((f) => f.key).map((f) => f.name);
      expect(pk, kind).toEqual(expected);
    }
    ws.close();
  });

  it('indexes the lookups the analysis and coverage make', () => {
    const ws = open();
    const plan = (sql: string) =>
      (ws.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(plan("SELECT * FROM subscriptions WHERE account_id = 'A' ORDER BY start_date")).toMatch(
      /USING INDEX subscriptions_account/,
    );
    expect(plan("SELECT * FROM payments WHERE account_id = 'A'")).toMatch(
      /USING INDEX payments_account/,
    );
    expect(plan("SELECT * FROM tickets WHERE account_id = 'A'")).toMatch(
      /USING INDEX tickets_account/,
    );
    expect(plan("SELECT * FROM surveys WHERE account_id = 'A'")).toMatch(
      /USING INDEX surveys_account/,
    );
    expect(plan("SELECT * FROM contacts WHERE account_id = 'A'")).toMatch(
      /USING INDEX contacts_account/,
    );
    expect(plan("SELECT * FROM contacts WHERE email = 'a@b.c'")).toMatch(
      /USING INDEX contacts_email/,
    );
    expect(plan("SELECT * FROM referrals WHERE partner_id = 'P'")).toMatch(
      /USING INDEX referrals_partner/,
    );
    expect(plan("SELECT * FROM referrals WHERE account_id = 'A'")).toMatch(
      /USING INDEX referrals_account/,
    );
    expect(plan("SELECT * FROM commissions WHERE partner_id = 'P'")).toMatch(
      /USING INDEX commissions_partner/,
    );
    expect(plan("SELECT * FROM usage WHERE account_id = 'A'")).toMatch(
      /USING (PRIMARY KEY|INDEX sqlite_autoindex_usage)/,
    );
    expect(plan("SELECT * FROM accounts WHERE account_id = 'A'")).toMatch(
      /USING INDEX sqlite_autoindex_accounts/,
    );
    ws.close();
  });

  it('enforces types and enumerations', () => {
    const ws = open();
    expect(() =>
      ws.db.prepare("INSERT INTO accounts (account_id, employees) VALUES ('A', 'many')").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() =>
      ws.db.prepare("INSERT INTO contacts (contact_id, role) VALUES ('C', 'admin')").run(),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      ws.db.prepare("INSERT INTO accounts (account_id, import_run_id) VALUES ('B', 999)").run(),
    ).toThrow(/FOREIGN KEY/);
    ws.close();
  });
});
