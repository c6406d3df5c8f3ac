import type Database from 'better-sqlite3';
import type { AccountProfile, ExtraColumn } from '../../../src-shared/model/accounts';
import { baseCurrency } from '../../store/settings';
import { accountContacts } from '../load/contact-facts';
import { readAccountMetrics } from '../results/account-reader';
import { readAccountRisk } from './account-risk';
import { prepared } from './statements';

interface CrmRow {
  name: string | null;
  domain: string | null;
  industry: string | null;
  country: string | null;
  employees: number | null;
  plan: string | null;
  acquisition_channel: string | null;
  signup_date: string | null;
  churn_date: string | null;
  status: string | null;
  csm_owner: string | null;
  health_score: number | null;
  primary_use_case: string | null;
  extra: string | null;
}

/** A NotFound for an account no table knows, with the code the views expect. */
export class AccountNotFoundError extends Error {
  override readonly name = 'AccountNotFoundError';
  readonly code = 'not-found';
  constructor(accountId: string) {
    super(`No account has the id "${accountId.slice(0, 200)}".`);
  }
}

/**
 * One account's profile: what the CRM export says of it (with the columns imported for it that map
 * to no field), its contacts, and the stored analysis beside it when there is one. Everything but
 * the analysed figures comes from the canonical tables, so it shows before any analysis.
 */
export function readAccountProfile(db: Database.Database, accountId: string): AccountProfile {
  const crm = prepared(db, 'SELECT * FROM accounts WHERE account_id = ?').get(accountId) as
    CrmRow | undefined;
  const metrics = readAccountMetrics(db, accountId);
  if (!crm && !metrics) throw new AccountNotFoundError(accountId);
  return {
    accountId,
    name: crm?.name ?? metrics?.name ?? null,
    domain: crm?.domain ?? null,
    industry: crm?.industry ?? metrics?.industry ?? null,
    country: crm?.country ?? metrics?.country ?? null,
    employees: crm?.employees ?? metrics?.employees ?? null,
    plan: metrics?.plan ?? crm?.plan ?? null,
    channel: metrics?.channel ?? crm?.acquisition_channel ?? null,
    csm: crm?.csm_owner ?? metrics?.csm ?? null,
    useCase: crm?.primary_use_case ?? metrics?.useCase ?? null,
    healthScore: crm?.health_score ?? null,
    crmStatus: crm?.status ?? null,
    signupDate: crm?.signup_date ?? null,
    crmChurnDate: crm?.churn_date ?? null,
    partner: accountPartner(db, accountId, metrics?.partnerId ?? null),
    extra: extraColumns(db, crm?.extra ?? null),
    contacts: accountContacts(db, accountId),
    metrics,
    risk: readAccountRisk(db, accountId, metrics),
    currency: baseCurrency(db),
    inCrm: crm !== undefined,
  };
}

/**
 * The partner the account is attributed to: the analysis's attribution when there is one, else the
 * partner of its earliest referral.
 */
function accountPartner(
  db: Database.Database,
  accountId: string,
  attributed: string | null,
): AccountProfile['partner'] {
  const partnerId =
    attributed ??
    (prepared(
      db,
      `SELECT partner_id FROM referrals WHERE account_id = ? AND partner_id IS NOT NULL
       ORDER BY referred_at IS NULL, referred_at, referral_id LIMIT 1`,
    )
      .pluck()
      .get(accountId) as string | undefined) ??
    null;
  if (partnerId === null) return null;
  const name = prepared(db, 'SELECT name FROM partners WHERE partner_id = ?')
    .pluck()
    .get(partnerId) as string | null | undefined;
  return { partnerId, name: name ?? null };
}

/**
 * The unmapped columns, in the order the file had them: SQLite walks the JSON object in its own
 * order, where JavaScript would move keys that look like numbers ("2024") to the front.
 */
function extraColumns(db: Database.Database, extra: string | null): ExtraColumn[] {
  if (extra === null || !prepared(db, 'SELECT json_valid(?)').pluck().get(extra)) return [];
  const rows = prepared(db, 'SELECT key, value FROM json_each(?) ORDER BY id').all(extra) as {
    key: string;
    value: string | number | null;
  }[];
  return rows
    .filter((r) => r.value !== null)
    .map((r) => ({ column: String(r.key), value: String(r.value) }));
}
