import { z } from 'zod';
import { isCalendarDate } from '../calendar/days';

/** A day that exists, written YYYY-MM-DD, for the channels' schemas. */
export const isoDate = z.string().refine(isCalendarDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a real date written YYYY-MM-DD`,
});
