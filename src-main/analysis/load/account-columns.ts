import type Database from 'better-sqlite3';
import { dayOf, type Day } from '../../../src-shared/calendar/days';
import { Categorical } from './categorical';

/** Stands for "no date" in the Int32Array day columns. */
export const NO_DAY = -2147483648;

export const dayOrNone = (iso: string | null | undefined): Day =>
  iso && iso.length >= 10 ? dayOf(iso) : NO_DAY;

/** The accounts table as columns, in account_id order (SQLite BINARY), one position per account. */
export interface AccountColumns {
  n: number;
  ids: string[];
  names: (string | null)[];
  channel: Categorical;
  industry: Categorical;
  country: Categorical;
  crmPlan: Categorical;
  useCase: Categorical;
  csm: Categorical;
  rawStatus: (string | null)[];
  rawChurnDate: (string | null)[];
  signupDay: Int32Array;
  /** NaN when unknown. */
  employees: Float64Array;
  health: Float64Array;
  /** 1 consent given, 0 refused, -1 not recorded. */
  consent: Int8Array;
}

type AccountRow = [
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  string | null,
  number | null,
];

export function readAccountColumns(db: Database.Database): AccountColumns {
  const n = db.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
  const columns: AccountColumns = {
    n,
    ids: new Array<string>(n),
    names: new Array<string | null>(n),
    channel: new Categorical(n),
    industry: new Categorical(n),
    country: new Categorical(n),
    crmPlan: new Categorical(n),
    useCase: new Categorical(n),
    csm: new Categorical(n),
    rawStatus: new Array<string | null>(n),
    rawChurnDate: new Array<string | null>(n),
    signupDay: new Int32Array(n).fill(NO_DAY),
    employees: new Float64Array(n).fill(NaN),
    health: new Float64Array(n).fill(NaN),
    consent: new Int8Array(n).fill(-1),
  };
  const rows = db
    .prepare(
      `SELECT account_id, name, industry, country, employees, plan, acquisition_channel, signup_date,
              churn_date, status, csm_owner, health_score, primary_use_case, reference_consent
       FROM accounts ORDER BY account_id`,
    )
    .raw()
    .iterate() as IterableIterator<AccountRow>;
  let i = 0;
  for (const r of rows) {
    if (i >= n) break;
    columns.ids[i] = r[0];
    columns.names[i] = r[1];
    columns.industry.set(i, r[2]);
    columns.country.set(i, r[3]);
    if (r[4] !== null) columns.employees[i] = r[4];
    columns.crmPlan.set(i, r[5]);
    columns.channel.set(i, r[6]);
    columns.signupDay[i] = dayOrNone(r[7]);
    columns.rawChurnDate[i] = r[8] && r[8].length >= 10 ? r[8].slice(0, 10) : null;
    columns.rawStatus[i] = r[9];
    columns.csm.set(i, r[10]);
    if (r[11] !== null) columns.health[i] = r[11];
    columns.useCase.set(i, r[12]);
    if (r[13] !== null) columns.consent[i] = r[13] === 1 ? 1 : 0;
    i++;
  }
  return columns;
}
