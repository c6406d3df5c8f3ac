import type Database from 'better-sqlite3';
import {
  referenceKinds,
  referenceOutcomes,
  type ReferenceKind,
  type ReferenceOutcome,
  type ReferenceRequest,
} from '../../../src-shared/model/analysis/case-studies';
import { InvalidAnalysisInput } from '../analysis-error';

interface Row {
  id: number;
  account_id: string;
  contact_id: string | null;
  contact_name: string | null;
  kind: ReferenceKind;
  asked_at: string;
  asked_by: string | null;
  outcome: ReferenceOutcome;
  note: string | null;
}

const toRequest = (r: Row): ReferenceRequest => ({
  id: r.id,
  accountId: r.account_id,
  contactId: r.contact_id,
  contactName: r.contact_name,
  kind: r.kind,
  askedAt: r.asked_at,
  askedBy: r.asked_by,
  outcome: r.outcome,
  note: r.note,
});

export interface NewReferenceRequest {
  accountId: string;
  contactId?: string | null;
  kind?: ReferenceKind;
  askedAt: string;
  askedBy?: string | null;
  outcome?: ReferenceOutcome;
  note?: string | null;
}

/**
 * Logs that someone at an account was asked for a case study or a reference, so the case-study
 * rule can leave them alone for a while. The contact's name is copied, so the log still reads
 * right after the contacts are re-imported.
 */
export function logReferenceRequest(
  db: Database.Database,
  request: NewReferenceRequest,
): ReferenceRequest {
  const account = db.prepare('SELECT 1 FROM accounts WHERE account_id = ?').get(request.accountId);
  if (!account) throw new InvalidAnalysisInput(`No account has the id "${request.accountId}".`);
  const kind = request.kind ?? 'case_study';
  const outcome = request.outcome ?? 'pending';
  if (!referenceKinds.includes(kind))
    throw new InvalidAnalysisInput(`Unknown request kind "${kind}".`);
  if (!referenceOutcomes.includes(outcome))
    throw new InvalidAnalysisInput(
      `Unknown outcome "${outcome}". Outcomes: ${referenceOutcomes.join(', ')}.`,
    );
  let contactName: string | null = null;
  if (request.contactId) {
    const contact = db
      .prepare('SELECT name FROM contacts WHERE contact_id = ? AND account_id = ?')
      .get(request.contactId, request.accountId) as { name: string | null } | undefined;
    if (!contact)
      throw new InvalidAnalysisInput(
        `Account ${request.accountId} has no contact "${request.contactId}".`,
      );
    contactName = contact.name;
  }
  const id = Number(
    db
      .prepare(
        `INSERT INTO reference_requests (account_id, contact_id, contact_name, kind, asked_at, asked_by, outcome, note, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        request.accountId,
        request.contactId ?? null,
        contactName,
        kind,
        request.askedAt,
        request.askedBy ?? null,
        outcome,
        request.note ?? null,
        new Date().toISOString(),
      ).lastInsertRowid,
  );
  return toRequest(db.prepare('SELECT * FROM reference_requests WHERE id = ?').get(id) as Row);
}

export function updateReferenceOutcome(
  db: Database.Database,
  id: number,
  outcome: ReferenceOutcome,
  note?: string,
): ReferenceRequest {
  if (!referenceOutcomes.includes(outcome))
    throw new InvalidAnalysisInput(
      `Unknown outcome "${outcome}". Outcomes: ${referenceOutcomes.join(', ')}.`,
    );
  const changed = db
    .prepare('UPDATE reference_requests SET outcome = ?, note = coalesce(?, note) WHERE id = ?')
    .run(outcome, note ?? null, id).changes;
  if (changed === 0) throw new InvalidAnalysisInput(`No reference request has the id ${id}.`);
  return toRequest(db.prepare('SELECT * FROM reference_requests WHERE id = ?').get(id) as Row);
}

export function listReferenceRequests(
  db: Database.Database,
  accountId?: string,
): ReferenceRequest[] {
  const rows = (
    accountId === undefined
      ? db.prepare('SELECT * FROM reference_requests ORDER BY asked_at DESC, id DESC').all()
      : db
          .prepare(
            'SELECT * FROM reference_requests WHERE account_id = ? ORDER BY asked_at DESC, id DESC',
          )
          .all(accountId)
  ) as Row[];
  return rows.map(toRequest);
}
