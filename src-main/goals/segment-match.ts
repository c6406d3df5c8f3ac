import type { GoalSegment } from '../../src-shared/model/goals';
import type { Categorical } from '../analysis/load/categorical';
import type { DataAtDate } from './data-at-date';

/** Segment values match whatever their case and surrounding spaces: "organic search" is "Organic Search". */
export const sameValue = (a: string | null, b: string): boolean =>
  a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

function categoricalMatch(column: Categorical, value: string): (i: number) => boolean {
  const codes = new Set<number>();
  column.values.forEach((v, code) => {
    if (sameValue(v, value)) codes.add(code);
  });
  return (i) => codes.has(column.codes[i] ?? -1);
}

/**
 * Which accounts of the data on a date belong to a segment; every account when there is none. A
 * partner is named by its id or its name, and an account belongs to the partner of its earliest
 * referral on or before the date, as the partner report attributes it. The plan is the account's
 * plan on that date.
 */
export function segmentMembers(
  data: DataAtDate,
  segment: GoalSegment | null,
): (i: number) => boolean {
  if (segment === null) return () => true;
  const facts = data.facts;
  switch (segment.dimension) {
    case 'channel':
      return categoricalMatch(facts.channel, segment.value);
    case 'plan':
      return categoricalMatch(facts.plan, segment.value);
    case 'industry':
      return categoricalMatch(facts.industry, segment.value);
    case 'country':
      return categoricalMatch(facts.country, segment.value);
    case 'partner': {
      const { partners, partnerOf } = data.partners;
      const positions = new Set<number>();
      partners.forEach((p, position) => {
        if (p.partnerId === segment.value.trim() || sameValue(p.name, segment.value))
          positions.add(position);
      });
      return (i) => positions.has(partnerOf[i] ?? -1);
    }
  }
}
