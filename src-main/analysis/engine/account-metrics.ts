import type { AccountMetrics } from '../../../src-shared/model/analysis/accounts';
import { isoOf } from '../../../src-shared/calendar/days';
import { NO_DAY } from '../load/account-columns';
import { ACTIVE, CHURNED } from '../load/core-facts';
import { npsCategory } from '../metrics/nps';
import type { AccountSnapshot } from './account-snapshot';

const nullable = (x: number): number | null => (Number.isNaN(x) ? null : x);
const dateOrNull = (day: number): string | null => (day === NO_DAY ? null : isoOf(day));

/** One account's row of `account_metrics`, from the snapshot's columns. */
export function accountMetrics(
  snapshot: AccountSnapshot,
  i: number,
  ltv: Float64Array,
  cluster: Int32Array,
  isPartner: Uint8Array,
): AccountMetrics {
  const f = snapshot.core;
  const s = snapshot.surveys;
  const state = f.state[i];
  const paying = state === ACTIVE || state === CHURNED;
  const nps = s.npsLatest[i];
  const csatN = s.csatResponses[i];
  const consent = f.consent[i];
  return {
    accountId: f.ids[i],
    name: f.names[i] ?? null,
    status: state === ACTIVE ? 'active' : state === CHURNED ? 'churned' : 'prospect',
    paying,
    reactivated: f.reactivated[i] === 1,
    firstPaidStart: paying ? dateOrNull(f.firstPaidDay[i]) : null,
    churnDate: state === CHURNED ? dateOrNull(f.churnDay[i]) : null,
    tenureMonths: paying ? f.tenureMonths[i] : null,
    mrr: paying ? nullable(f.mrr[i]) : null,
    realisedRevenue: paying ? nullable(f.realised[i]) : null,
    revenueEstimated: f.revenueEstimated,
    expansionCount: f.expansionCount[i],
    expansionMrr: f.expansionMrr[i],
    contractionCount: f.contractionCount[i],
    crcPerMonth: nullable(snapshot.crc.perMonth[i]),
    retentionCost: nullable(snapshot.crc.total[i]),
    npsLatest: nullable(nps),
    npsCategory: Number.isNaN(nps) ? null : npsCategory(nps),
    npsDate: s.npsLatestAt[i]?.slice(0, 10) ?? null,
    csatShare: csatN > 0 ? s.csatSatisfied[i] / csatN : null,
    csatResponses: csatN,
    ticketsPerMonth: nullable(snapshot.friction.ticketsPerMonth[i]),
    urgentShare: nullable(snapshot.friction.urgentShare[i]),
    usageLevel: nullable(snapshot.usage.level[i]),
    usageTrend: nullable(snapshot.usage.trend[i]),
    healthScore: nullable(f.health[i]),
    ltv: nullable(ltv[i]),
    channel: f.channel.get(i),
    partnerId: snapshot.partners.partners[snapshot.partners.partnerOf[i]]?.partnerId ?? null,
    plan: f.plan.get(i),
    industry: f.industry.get(i),
    country: f.country.get(i),
    useCase: f.useCase.get(i),
    csm: f.csm.get(i),
    employees: nullable(f.employees[i]),
    referenceConsent: consent < 0 ? null : consent === 1,
    isPartner: isPartner[i] === 1,
    excludedCurrencies: [...(f.excluded.get(i) ?? [])].sort(),
    cluster: cluster[i] >= 0 ? cluster[i] : null,
  };
}
