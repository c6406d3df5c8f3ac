import type { MoneyAssumptions } from '../../../src-shared/model/analysis/runs';
import { ChurnCalendar, type EconomicsContext, type Population } from '../groups/group-economics';
import { bucketByCode, customersWhere, isCustomer } from '../groups/lifetimes';
import { PROSPECT, type CoreFacts } from '../load/core-facts';
import type { AnalysisSettings } from '../settings/analysis-settings';
import type { AccountSnapshot } from './account-snapshot';

/** What the report builders share: the snapshot, the settings and who the top advocates are. */
export interface AnalysisFrame {
  facts: CoreFacts;
  snapshot: AccountSnapshot;
  settings: AnalysisSettings;
  money: MoneyAssumptions;
  economics: EconomicsContext;
  calendar: ChurnCalendar;
  /** 1 for active customers in the Champion or Advocate tier. */
  topAdvocate: Uint8Array;
  /** Advocate score per account, NaN where not scored. */
  score: Float64Array;
  /** Every paying customer, active or churned, in account order. */
  customers: Int32Array;
  /**
   * Customers and prospects split by a code per account (the last bucket: no code). The same codes
   * give the same arrays, so reports that split alike share their fits.
   */
  split(codes: Int32Array, size: number): { customers: Int32Array[]; prospects: Int32Array[] };
}

export function analysisFrame(
  snapshot: AccountSnapshot,
  settings: AnalysisSettings,
  population: Population,
  score: Float64Array,
  topAdvocate: Uint8Array,
): AnalysisFrame {
  const facts = snapshot.core;
  const money: MoneyAssumptions = {
    currency: settings.currency.base,
    grossMargin: settings.grossMargin,
    discountRate: settings.discountRate,
  };
  const splits = new Map<Int32Array, { customers: Int32Array[]; prospects: Int32Array[] }>();
  return {
    facts,
    snapshot,
    settings,
    money,
    economics: {
      facts,
      money,
      population,
      horizonMonths: settings.horizonMonths,
      fitted: new WeakMap(),
    },
    calendar: new ChurnCalendar(facts),
    topAdvocate,
    score,
    customers: customersWhere(facts, () => true),
    split: (codes, size) => {
      let split = splits.get(codes);
      if (!split) {
        split = {
          customers: bucketByCode(codes, size, (i) => isCustomer(facts, i)),
          prospects: bucketByCode(codes, size, (i) => facts.state[i] === PROSPECT),
        };
        splits.set(codes, split);
      }
      return split;
    },
  };
}
