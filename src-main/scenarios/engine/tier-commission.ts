import { percentOfCents, roundExpected } from '../book/money-cents';
import { tierAt, type CompiledStructure } from './compiled-structure';

/**
 * The one commission of a partner's month under tiers by month revenue. With `apply: "all"` the
 * whole sum takes the percent of the level it reaches; with `apply: "marginal"` each slice takes its
 * own band's percent, like tax brackets (impact.com: 4%, 6% from $200, 8% from $400 on $500 is $28
 * marginal, $40 all). A whole number of cents is computed exactly and rounded half-up once; an
 * expected (projected) sum in floating point.
 */
export function revenueTierCommission(s: CompiledStructure, sumCents: number): number {
  if (!(sumCents > 0)) return 0;
  const exact = Number.isInteger(sumCents);
  if (!s.marginal) {
    const level = tierAt(s, sumCents);
    if (level === null) return 0;
    return exact
      ? percentOfCents(sumCents, level.millionths)
      : roundExpected((sumCents * level.millionths) / 1e6);
  }
  let millionthsOfCents = 0;
  for (let i = 0; i < s.tierFrom.length; i++) {
    const from = s.tierFrom[i];
    if (sumCents <= from) break;
    const to = i + 1 < s.tierFrom.length ? s.tierFrom[i + 1] : Infinity;
    const slice = Math.min(sumCents, to) - from;
    millionthsOfCents += slice * (s.tiers[i]?.millionths ?? 0);
  }
  return exact && Number.isSafeInteger(millionthsOfCents)
    ? percentOfCents(1, millionthsOfCents)
    : roundExpected(millionthsOfCents / 1e6);
}
