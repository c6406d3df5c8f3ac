import type { PartnerReport, PartnerRow } from '../../../src-shared/model/analysis/economics';
import type { AnalysisFrame } from '../engine/analysis-frame';
import { baselineRow, groupOutcomes, ratio } from '../groups/group-outcomes';
import { lifetimeColumns } from '../groups/lifetimes';
import { moneyMembers, unionOfCurrencies } from '../groups/money-left-out';
import { logRankOf } from '../groups/retention-report';
import { roundMoney } from '../load/payment-facts';
import { survivalTable, type SurvivalTable } from '../retention/survival-table';
import { paybackMonth, type ReferredCashflows } from './payback';
import { partnerRoi, qualityGrade } from './quality-grade';

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

/**
 * The affiliate partner report of DESIGN section 4: every partner against the customers nobody
 * referred. Commissions are what each partner was paid or is owed, net of reversals. The projected
 * LTV and the projected retention cost cover the same discounted expected lifetime, so ROI sets
 * like against like. Every money figure of a row (LTV, revenue, retention cost, commissions, ROI,
 * payback) covers the same customers, those whose money is known in the base currency; the others
 * count in the customers, churn and retention only, and the row names them
 * (`customersLeftOutOfMoney`) with the currencies that kept them out (`excludedCurrencies`).
 */
export function partnerReport(frame: AnalysisFrame, flows: ReferredCashflows): PartnerReport {
  const { facts, snapshot } = frame;
  const leftOut = flows.leftOutOfMoney;
  const partners = snapshot.partners.partners;
  const none = partners.length;
  const split = frame.split(snapshot.partners.partnerOf, none);
  const baselineMembers = split.customers[none];
  const baseline = baselineRow(
    frame,
    'Not referred',
    baselineMembers,
    split.prospects[none],
    leftOut,
  );
  // Counted once, on the first partner compared with it.
  let baselineTable: SurvivalTable | undefined;
  const baselineSurvival = () =>
    (baselineTable ??= survivalTable(lifetimeColumns(facts, baselineMembers)));

  const rows: PartnerRow[] = partners.map((info, p) => {
    const members = split.customers[p];
    const figures = groupOutcomes(frame, members, split.prospects[p], leftOut);
    const customers = members.length;
    // The customers every money figure of the row is about.
    const counted = customers - figures.customersLeftOutOfMoney;
    const commissionsLeftOut = flows.commissionsLeftOut.get(info.partnerId);
    const commissionsNet = roundMoney(info.commissionsNet - (commissionsLeftOut?.net ?? 0));
    const projectedLtvTotal = figures.ltvSbg === null ? null : figures.ltvSbg * counted;
    const crcPerMonth = figures.crcPerAccountMonth ?? snapshot.crc.populationPerMonth;
    const projectedRetentionCost =
      crcPerMonth !== null && figures.expectedLifetimeMonths !== null
        ? crcPerMonth * figures.expectedLifetimeMonths * counted
        : null;
    const ltvRatio = ratio(figures.ltvSbg, baseline.ltvSbg);
    const churnRatio = ratio(figures.trailingSixMonthChurn, baseline.trailingSixMonthChurn);
    const grade = qualityGrade({
      customers,
      lifetimeRatio: ratio(figures.expectedLifetimeMonths, baseline.expectedLifetimeMonths),
      arpaRatio: ratio(figures.arpa, baseline.arpa),
      ownWeight: 1 - figures.sbgPopulationWeight,
    });
    return {
      partnerId: info.partnerId,
      name: info.name,
      type: info.type,
      status: info.status,
      ...frame.money,
      ...figures,
      excludedCurrencies: unionOfCurrencies([
        figures.excludedCurrencies,
        commissionsLeftOut?.currencies ?? [],
      ]),
      leads: info.leads,
      conversions: customers,
      conversionRate: info.leads > 0 ? customers / info.leads : null,
      commissionsNet,
      commissionsReversed: roundMoney(
        info.commissionsReversed - (commissionsLeftOut?.reversed ?? 0),
      ),
      projectedRetentionCost,
      projectedLtvTotal,
      roi: partnerRoi(projectedLtvTotal, commissionsNet, projectedRetentionCost ?? 0),
      realisedRoi: partnerRoi(
        figures.realisedRevenue * frame.money.grossMargin,
        commissionsNet,
        figures.retentionCost,
      ),
      paybackMonth:
        counted > 0
          ? paybackMonth(
              facts,
              moneyMembers(members, leftOut),
              flows,
              frame.money.grossMargin,
              snapshot.crc.total,
            )
          : null,
      advocatesReferred: figures.topAdvocates,
      qualityGrade: grade.grade,
      qualityRatio: grade.ratio,
      gradeReason:
        churnRatio === null || grade.grade === 'insufficient data'
          ? grade.reason
          : `${grade.reason} Monthly churn ${pct(figures.trailingSixMonthChurn)} against ${pct(baseline.trailingSixMonthChurn)}.`,
      ltvVersusBaseline: ltvRatio,
      churnVersusBaseline: churnRatio,
      logRankPVersusBaseline:
        customers > 0 && baselineMembers.length > 0
          ? (logRankOf([lifetimeColumns(facts, members), baselineSurvival()])?.p ?? null)
          : null,
    };
  });
  return {
    asOf: facts.asOf,
    ...frame.money,
    baseline,
    partners: rows,
    excludedCurrencies: unionOfCurrencies([baseline, ...rows].map((r) => r.excludedCurrencies)),
  };
}
