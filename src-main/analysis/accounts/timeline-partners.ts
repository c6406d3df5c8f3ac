import type Database from 'better-sqlite3';
import type {
  CommissionEvent,
  ReferenceEvent,
  ReferralEvent,
} from '../../../src-shared/model/accounts';
import type {
  ReferenceKind,
  ReferenceOutcome,
} from '../../../src-shared/model/analysis/case-studies';
import { prepared } from './statements';

/** The referrals that brought the account, dated when referred (or, without that, converted). */
export function referralEvents(db: Database.Database, accountId: string): ReferralEvent[] {
  const rows = prepared(
    db,
    `SELECT r.referral_id, r.partner_id, p.name AS partner_name, r.referred_at, r.converted_at,
            r.status, r.coupon, r.landing_page
     FROM referrals r LEFT JOIN partners p ON p.partner_id = r.partner_id
     WHERE r.account_id = ? AND coalesce(r.referred_at, r.converted_at) IS NOT NULL
     ORDER BY r.referral_id`,
  ).all(accountId) as {
    referral_id: string;
    partner_id: string | null;
    partner_name: string | null;
    referred_at: string | null;
    converted_at: string | null;
    status: string | null;
    coupon: string | null;
    landing_page: string | null;
  }[];
  return rows.map((r) => ({
    kind: 'referral',
    key: `referral:${r.referral_id}`,
    date: (r.referred_at ?? r.converted_at) as string,
    referralId: r.referral_id,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    convertedAt: r.converted_at,
    status: r.status,
    coupon: r.coupon,
    landingPage: r.landing_page,
  }));
}

/** Commissions partners earned on the account, dated when created (or, without that, paid). */
export function commissionEvents(db: Database.Database, accountId: string): CommissionEvent[] {
  const rows = prepared(
    db,
    `SELECT c.commission_id, c.partner_id, p.name AS partner_name, c.amount, c.currency, c.status,
            c.created_at, c.paid_at
     FROM commissions c LEFT JOIN partners p ON p.partner_id = c.partner_id
     WHERE c.account_id = ? AND coalesce(c.created_at, c.paid_at) IS NOT NULL
     ORDER BY c.commission_id`,
  ).all(accountId) as {
    commission_id: string;
    partner_id: string | null;
    partner_name: string | null;
    amount: number | null;
    currency: string | null;
    status: string | null;
    created_at: string | null;
    paid_at: string | null;
  }[];
  return rows.map((c) => ({
    kind: 'commission',
    key: `commission:${c.commission_id}`,
    date: (c.created_at ?? c.paid_at) as string,
    commissionId: c.commission_id,
    partnerId: c.partner_id,
    partnerName: c.partner_name,
    amount: c.amount,
    currency: c.currency,
    status: c.status,
    paidAt: c.paid_at,
  }));
}

/** Who at the account was asked for a case study or a reference, and what came of it. */
export function referenceEvents(db: Database.Database, accountId: string): ReferenceEvent[] {
  const rows = prepared(
    db,
    `SELECT id, kind, contact_name, asked_at, outcome, note FROM reference_requests
     WHERE account_id = ? ORDER BY asked_at, id`,
  ).all(accountId) as {
    id: number;
    kind: ReferenceKind;
    contact_name: string | null;
    asked_at: string;
    outcome: ReferenceOutcome;
    note: string | null;
  }[];
  return rows.map((r) => ({
    kind: 'reference',
    key: `reference:${r.id}`,
    date: r.asked_at,
    requestId: r.id,
    requestKind: r.kind,
    contactName: r.contact_name,
    outcome: r.outcome,
    note: r.note,
  }));
}
