import { daysFromCivil, isoOf } from './days';

/** Today's date where the analyst is, as YYYY-MM-DD: the day a request or a goal is dated. */
export function todayIso(now: Date = new Date()): string {
  return isoOf(daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}
