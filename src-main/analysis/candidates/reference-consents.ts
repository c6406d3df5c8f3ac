import type Database from 'better-sqlite3';
import type { ReferenceConsent } from '../../../src-shared/model/analysis/case-studies';
import { InvalidAnalysisInput } from '../analysis-error';

/**
 * An account's consent to be a reference: the one recorded in the app when there is one (the
 * analyst's own word, which no re-import overwrites), else the CRM's imported flag.
 */
export function readConsent(db: Database.Database, accountId: string): ReferenceConsent {
  const recorded = db
    .prepare('SELECT consent, recorded_at, note FROM reference_consents WHERE account_id = ?')
    .get(accountId) as { consent: number; recorded_at: string; note: string | null } | undefined;
  if (recorded)
    return {
      accountId,
      consent: recorded.consent === 1,
      source: 'recorded',
      recordedAt: recorded.recorded_at,
      note: recorded.note,
    };
  const imported = db
    .prepare('SELECT reference_consent FROM accounts WHERE account_id = ?')
    .pluck()
    .get(accountId) as number | null | undefined;
  if (imported === undefined)
    throw new InvalidAnalysisInput(`No account has the id "${accountId}".`);
  return {
    accountId,
    consent: imported === null ? null : imported === 1,
    source: imported === null ? null : 'imported',
    recordedAt: null,
    note: null,
  };
}

/** Records that an account granted or refused consent, or (null) forgets what was recorded. */
export function recordConsent(
  db: Database.Database,
  accountId: string,
  consent: boolean | null,
  note: string | null = null,
  now = new Date().toISOString(),
): ReferenceConsent {
  const account = db.prepare('SELECT 1 FROM accounts WHERE account_id = ?').get(accountId);
  if (!account) throw new InvalidAnalysisInput(`No account has the id "${accountId}".`);
  if (consent === null)
    db.prepare('DELETE FROM reference_consents WHERE account_id = ?').run(accountId);
  else
    db.prepare(
      `INSERT INTO reference_consents (account_id, consent, recorded_at, note) VALUES (?, ?, ?, ?)
       ON CONFLICT (account_id) DO UPDATE SET consent = excluded.consent,
         recorded_at = excluded.recorded_at, note = excluded.note`,
    ).run(accountId, consent ? 1 : 0, now, note);
  return readConsent(db, accountId);
}
