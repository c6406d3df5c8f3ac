import type { RetentionGrouping } from '../../../src-shared/model/analysis/retention';
import { civilFromDays } from '../../../src-shared/calendar/days';
import type { CoreFacts } from '../load/core-facts';
import type { PartnerFacts } from '../load/partner-facts';
import { isCustomer } from './lifetimes';

export const NOT_REFERRED = '(not referred)';
export const NOT_RECORDED = '(not recorded)';

/** A grouping as a code per account (-1: none) and the label of each code. */
export interface GroupingCodes {
  codes: Int32Array;
  labels: string[];
  /** The key of the accounts without a code. */
  missing: string;
}

/**
 * The codes of a retention grouping. Channel, plan and industry are the accounts' own values;
 * the partner key is the partner id (names may repeat; the views show the name beside it);
 * cohorts are calendar quarters of the first paid day, because months split the curves too thin.
 */
export function groupingCodes(
  facts: CoreFacts,
  partners: PartnerFacts,
  grouping: RetentionGrouping,
): GroupingCodes {
  switch (grouping) {
    case 'channel':
      return { codes: facts.channel.codes, labels: facts.channel.values, missing: NOT_RECORDED };
    case 'plan':
      return { codes: facts.plan.codes, labels: facts.plan.values, missing: NOT_RECORDED };
    case 'industry':
      return { codes: facts.industry.codes, labels: facts.industry.values, missing: NOT_RECORDED };
    case 'partner':
      return {
        codes: partners.partnerOf,
        labels: partners.partners.map((p) => p.partnerId),
        missing: NOT_REFERRED,
      };
    case 'cohort': {
      const codes = new Int32Array(facts.n).fill(-1);
      const labels: string[] = [];
      const index = new Map<string, number>();
      for (let i = 0; i < facts.n; i++) {
        if (!isCustomer(facts, i)) continue;
        const c = civilFromDays(facts.firstPaidDay[i]);
        const label = `${c.year}-Q${Math.floor((c.month - 1) / 3) + 1}`;
        let code = index.get(label);
        if (code === undefined) {
          code = labels.length;
          labels.push(label);
          index.set(label, code);
        }
        codes[i] = code;
      }
      return { codes, labels, missing: NOT_RECORDED };
    }
  }
}
