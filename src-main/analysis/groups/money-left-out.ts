/**
 * The customers whose money is not known in the base currency, each with the currencies without a
 * rate that kept it out (core facts' `excluded`; in the partner report also a commission in such a
 * currency). Amounts in different currencies are never mixed, and a customer whose money is partly
 * unknown is left out of every money figure of a group, not only of the sums its unknown amounts
 * would have gone into: ARPA, LTV, revenue, retention cost and commissions then cover the same
 * customers, so the figures built from several of them (ROI, payback) compare like with like.
 */
export type MoneyLeftOut = ReadonlyMap<number, ReadonlySet<string>>;

/** Counts a group's members left out of its money figures, and the currencies that did it. */
export class MoneyCoverage {
  customersLeftOut = 0;
  private readonly currencies = new Set<string>();

  constructor(private readonly leftOut: MoneyLeftOut) {}

  /** Whether member i's money counts; when it does not, notes the member and its currencies. */
  counts(i: number): boolean {
    const currencies = this.leftOut.get(i);
    if (currencies === undefined) return true;
    this.customersLeftOut++;
    for (const code of currencies) this.currencies.add(code);
    return false;
  }

  excludedCurrencies(): string[] {
    return [...this.currencies].sort();
  }
}

/** The members whose money counts, in the same order. */
export const moneyMembers = (members: Int32Array, leftOut: MoneyLeftOut): Int32Array =>
  leftOut.size === 0 ? members : members.filter((i) => !leftOut.has(i));

/** The currencies of several lists in one sorted list, each once. */
export function unionOfCurrencies(lists: Iterable<Iterable<string>>): string[] {
  const all = new Set<string>();
  for (const list of lists) for (const code of list) all.add(code);
  return [...all].sort();
}
