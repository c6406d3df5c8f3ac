import { describe, expect, it } from 'vitest';
import { analysisChannels } from '../../../src-shared/ipc/analysis-channels';
import { isCalendarDate } from '../../../src-shared/calendar/days';

/** The issues a request fails on, as `field: message`. */
function issues(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('dates in analysis requests', () => {
  it('accepts only days that exist', () => {
    for (const date of ['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30'])
      expect(isCalendarDate(date), date).toBe(true);
    // Date.parse takes each of these, rolled over to another day.
    for (const date of ['2026-02-31', '2025-02-29', '1900-02-29', '2026-04-31', '2026-06-31'])
      expect(isCalendarDate(date), date).toBe(false);
    for (const date of ['2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32', '2026-1-1', ''])
      expect(isCalendarDate(date), date).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00:00')).toBe(false);
  });

  it('refuses an impossible as-of date, naming the field and the value', () => {
    const run = analysisChannels['analysis:run'].request;
    expect(run.safeParse({ jobId: 'j1', asOf: '2026-02-28' }).success).toBe(true);
    expect(issues(run.safeParse({ jobId: 'j1', asOf: '2026-02-31' }))).toEqual([
      'asOf: "2026-02-31" is not a real date written YYYY-MM-DD',
    ]);
  });

  it('refuses an impossible date for a reference request', () => {
    const log = analysisChannels['analysis:reference-log'].request;
    expect(log.safeParse({ accountId: 'C1', askedAt: '2024-02-29' }).success).toBe(true);
    expect(issues(log.safeParse({ accountId: 'C1', askedAt: '2025-02-29' }))).toEqual([
      'askedAt: "2025-02-29" is not a real date written YYYY-MM-DD',
    ]);
  });
});
