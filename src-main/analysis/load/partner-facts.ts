import type Database from 'better-sqlite3';
import { toBaseCurrency, type CurrencyContext } from '../money/currency';
import { mergeByAccount } from './merge-by-account';
import { roundMoney } from './payment-facts';

export interface PartnerInfo {
  partnerId: string;
  name: string | null;
  type: string | null;
  status: string | null;
  leads: number;
  /** Referrals that carry an account (signed up). */
  signups: number;
  commissionsNet: number;
  commissionsReversed: number;
}

export interface PartnerFacts {
  partners: PartnerInfo[];
  /** Position in `partners` of each account's referring partner (its earliest referral), or -1. */
  partnerOf: Int32Array;
  /** Commissions on each account net of reversals, in the base currency. */
  commissionOnAccount: Float64Array;
  excludedCurrencies: string[];
}

const statusReversed = `lower(coalesce(status, '')) IN ('reversed', 'void', 'voided', 'rejected', 'declined', 'refunded')`;

/**
 * Partners, who referred each account, and what they were paid. A partner that appears only in
 * referrals or commissions (not in the partners file) is kept, without a name.
 */
export function readPartnerFacts(
  db: Database.Database,
  ids: readonly string[],
  asOf: string,
  currency: CurrencyContext,
): PartnerFacts {
  const n = ids.length;
  const byId = new Map<string, PartnerInfo>();
  const partner = (id: string): PartnerInfo => {
    let p = byId.get(id);
    if (!p) {
      p = {
        partnerId: id,
        name: null,
        type: null,
        status: null,
        leads: 0,
        signups: 0,
        commissionsNet: 0,
        commissionsReversed: 0,
      };
      byId.set(id, p);
    }
    return p;
  };
  for (const r of db
    .prepare('SELECT partner_id, name, type, status FROM partners ORDER BY partner_id')
    .raw()
    .iterate() as IterableIterator<[string, string | null, string | null, string | null]>) {
    Object.assign(partner(r[0]), { name: r[1], type: r[2], status: r[3] });
  }
  for (const r of db
    .prepare(
      `SELECT partner_id, count(*), count(account_id) FROM referrals
       WHERE partner_id IS NOT NULL AND coalesce(substr(referred_at, 1, 10), '') <= ? GROUP BY partner_id`,
    )
    .raw()
    .iterate(asOf) as IterableIterator<[string, number, number]>) {
    const p = partner(r[0]);
    p.leads = r[1];
    p.signups = r[2];
  }
  const excluded = new Set<string>();
  const commissionRows = db
    .prepare(
      `SELECT partner_id, account_id, upper(coalesce(currency, '')), ${statusReversed}, total(amount)
       FROM commissions WHERE partner_id IS NOT NULL AND coalesce(substr(created_at, 1, 10), '') <= ?
       GROUP BY 1, 2, 3, 4 ORDER BY 2`,
    )
    .raw()
    .all(asOf) as [string, string | null, string, number, number][];
  const commissionOnAccount = new Float64Array(n);
  for (const r of commissionRows) {
    const amount = toBaseCurrency(r[4], r[2] === '' ? null : r[2], currency);
    if (amount === null) {
      excluded.add(r[2]);
      continue;
    }
    const p = partner(r[0]);
    if (r[3] === 1) p.commissionsReversed = roundMoney(p.commissionsReversed + amount);
    else p.commissionsNet = roundMoney(p.commissionsNet + amount);
  }
  mergeByAccount(
    ids,
    commissionRows.filter((r) => r[3] === 0),
    (r) => r[1],
    (i, r) => {
      const amount = toBaseCurrency(r[4], r[2] === '' ? null : r[2], currency);
      if (amount !== null) commissionOnAccount[i] = roundMoney(commissionOnAccount[i] + amount);
    },
  );

  const partners = [...byId.values()].sort((a, b) =>
    a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0,
  );
  const position = new Map(partners.map((p, i) => [p.partnerId, i]));
  const partnerOf = new Int32Array(n).fill(-1);
  const referrals = db
    .prepare(
      `SELECT account_id, min(coalesce(referred_at, converted_at, '9999-12-31') || char(31) || partner_id)
       FROM referrals WHERE account_id IS NOT NULL AND partner_id IS NOT NULL
         AND coalesce(substr(referred_at, 1, 10), '') <= ?
       GROUP BY account_id ORDER BY account_id`,
    )
    .raw()
    .iterate(asOf) as IterableIterator<[string, string]>;
  mergeByAccount(
    ids,
    referrals,
    (r) => r[0],
    (i, r) => {
      const id = r[1].slice(r[1].indexOf('\u001f') + 1);
      partnerOf[i] = position.get(id) ?? -1;
    },
  );
  return { partners, partnerOf, commissionOnAccount, excludedCurrencies: [...excluded].sort() };
}
