import { SIGNUPS_FROM } from '../account-profile';
import { AS_OF_DAY, firstDayOfMonth, isoMonth, monthOfDay } from '../calendar';
import { money, type CsvValue } from '../csv-writer';
import type { SampleAccount } from '../sample-account';

/** Finance's monthly customer-success cost sheet: salaries, tooling and per-account costs. */
export const csCostsHeader = [
  'Month',
  'Scope',
  'Department',
  'Amount',
  'Currency',
  'Headcount',
  'Notes',
] as const;

/**
 * Counts the paying accounts of each month, so the cost follows the size of the book: a CSM per 140
 * accounts and a team lead, tooling, a small cost per account, and a team offsite each September.
 */
export class CsCostLedger {
  private readonly first = monthOfDay(SIGNUPS_FROM);
  private readonly activeAccounts: number[];

  constructor() {
    this.activeAccounts = new Array<number>(monthOfDay(AS_OF_DAY) - this.first + 1).fill(0);
  }

  add(a: SampleAccount): void {
    for (const spell of a.lifecycle.spells) {
      if (spell.paidStart === null) continue;
      const from = monthOfDay(spell.paidStart) - this.first;
      const to = monthOfDay(spell.end ?? AS_OF_DAY) - this.first;
      for (let m = Math.max(0, from); m <= to && m < this.activeAccounts.length; m++) {
        this.activeAccounts[m] = (this.activeAccounts[m] ?? 0) + 1;
      }
    }
  }

  rows(): CsvValue[][] {
    return this.activeAccounts.map((active, i) => {
      const month = firstDayOfMonth(this.first + i);
      const headcount = 1 + Math.ceil(active / 140);
      const amount = headcount * 8_200 + 1_450 + active * 3.5 + (i % 12 === 11 ? 4_000 : 0);
      return [
        isoMonth(month),
        'all',
        'Customer Success',
        money(amount),
        'USD',
        headcount,
        i % 12 === 11 ? 'Includes annual team offsite' : '',
      ];
    });
  }
}
