import type Database from 'better-sqlite3';

const CACHE_LIMIT = 200_000;

/** A cache that forgets everything when full, so that memory stays bounded on any file. */
class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= CACHE_LIMIT) this.map.clear();
    this.map.set(key, value);
  }
}

/** The account a subscription belongs to (usage keyed by subscription), from the workspace. */
export class SubscriptionAccounts {
  private readonly statement: Database.Statement;
  private readonly cache = new BoundedCache<string | null>();
  constructor(db: Database.Database) {
    this.statement = db
      .prepare('SELECT account_id FROM subscriptions WHERE subscription_id = ?')
      .pluck();
  }
  accountOf(subscriptionId: string): string | null {
    let account = this.cache.get(subscriptionId);
    if (account === undefined) {
      account = (this.statement.get(subscriptionId) as string | null | undefined) ?? null;
      this.cache.set(subscriptionId, account);
    }
    return account;
  }
}

/** The account of the contact with an e-mail address; null when unknown or when several accounts share it. */
export class ContactAccounts {
  private readonly statement: Database.Statement;
  private readonly cache = new BoundedCache<string | null>();
  constructor(db: Database.Database) {
    this.statement = db
      .prepare(
        'SELECT DISTINCT account_id FROM contacts WHERE email = ? AND account_id IS NOT NULL LIMIT 2',
      )
      .pluck();
  }
  accountOf(email: string): string | null {
    const key = email.toLowerCase();
    let account = this.cache.get(key);
    if (account === undefined) {
      const found = this.statement.all(key) as string[];
      account = found.length === 1 ? (found[0] ?? null) : null;
      this.cache.set(key, account);
    }
    return account;
  }
}

const referenceKeys = {
  accounts: 'account_id',
  partners: 'partner_id',
  payments: 'payment_id',
} as const;
export type ReferencedTable = keyof typeof referenceKeys;

/**
 * Which referenced keys (accounts, partners, payments) the workspace does not hold, asked a batch at
 * a time. Rows that point to them are orphans: kept, and reported as warnings.
 */
export class ReferenceCheck {
  /** What was found out, both ways: the referenced table does not change while a file is read. */
  private readonly known = new BoundedCache<boolean>();
  private readonly statements = new Map<number, Database.Statement>();
  /** Nothing to look up in a table that is empty (the first import of a workspace). */
  private readonly empty: boolean;
  constructor(
    private readonly db: Database.Database,
    private readonly table: ReferencedTable,
  ) {
    this.empty = db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined;
  }

  unknownOf(values: Iterable<string>): Set<string> {
    if (this.empty) return new Set(values);
    const missing = new Set<string>();
    const asked = new Set<string>();
    for (const v of values) {
      const known = this.known.get(v);
      if (known === false) missing.add(v);
      else if (known === undefined) asked.add(v);
    }
    const list = [...asked];
    for (let i = 0; i < list.length; i += 500) {
      const chunk = list.slice(i, i + 500);
      const found = new Set(this.statement(chunk.length).all(chunk) as string[]);
      for (const v of chunk) {
        this.known.set(v, found.has(v));
        if (!found.has(v)) missing.add(v);
      }
    }
    return missing;
  }

  private statement(n: number): Database.Statement {
    let statement = this.statements.get(n);
    if (!statement) {
      const key = referenceKeys[this.table];
      statement = this.db
        .prepare(
          `SELECT ${key} FROM ${this.table} WHERE ${key} IN (${Array(n).fill('?').join(', ')})`,
        )
        .pluck();
      this.statements.set(n, statement);
    }
    return statement;
  }
}
