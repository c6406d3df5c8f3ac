import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeJob } from '../../../src-main/analysis/analyze-job';
import {
  chooseProfile,
  deleteProfile,
  saveProfile,
} from '../../../src-main/analysis/score/profiles';
import { saveAnalysisSettings } from '../../../src-main/analysis/settings/settings-edits';
import { saveTiers } from '../../../src-main/analysis/settings/tiers';
import { readAdvocates } from '../../../src-main/analysis/store/advocate-reader';
import { analysisFreshness, readStamp } from '../../../src-main/analysis/store/results-reader';
import { bumpDataRevision, writeSetting } from '../../../src-main/store/settings';
import { openWorkspace } from '../../../src-main/store/workspace';
import { directContext } from '../../../src-main/job/context';
import { useTempDir } from '../../helpers/temp-dir';
import { seedHandCompany } from './hand-company';

describe('stored results know what they were computed from', () => {
  const tempDir = useTempDir();

  function workspace() {
    const ws = openWorkspace(join(tempDir(), 'hand.sqlite'), { create: true });
    seedHandCompany(ws.db);
    return ws;
  }
  const analyse = (
    ws: ReturnType<typeof workspace>,
    options: { profile?: string; asOf?: string } = {},
  ) => analyzeJob({ path: ws.path, ...options }, directContext(ws.db));

  it('is fresh after a run and stale after the data changes', () => {
    const ws = workspace();
    expect(analysisFreshness(ws.db)).toMatchObject({ fresh: false, stamp: null });
    const summary = analyse(ws);
    expect(analysisFreshness(ws.db)).toMatchObject({ fresh: true, reasons: [] });
    expect(summary.stamp.dataRevision).toBe(1);
    bumpDataRevision(ws.db);
    const stale = analysisFreshness(ws.db);
    expect(stale.fresh).toBe(false);
    expect(stale.reasons[0]).toContain('revision 1, now 2');
    analyse(ws);
    expect(analysisFreshness(ws.db).fresh).toBe(true);
    ws.close();
  });

  it('is stale after a setting the figures depend on changes, and not after one they do not', () => {
    const ws = workspace();
    analyse(ws);
    writeSetting(ws.db, 'ui.unrelated', true);
    expect(analysisFreshness(ws.db).fresh).toBe(true);
    saveTiers(ws.db, { champion: 80, advocate: 65, neutral: 45 });
    expect(analysisFreshness(ws.db).fresh).toBe(false);
    analyse(ws);
    saveAnalysisSettings(ws.db, { grossMargin: 0.8 });
    expect(analysisFreshness(ws.db).reasons[0]).toContain('Settings');
    writeSetting(ws.db, 'currency.rates', { EUR: 1.1 });
    analyse(ws);
    expect(analysisFreshness(ws.db).fresh).toBe(true);
    ws.close();
  });

  it('goes stale when another profile is chosen, unless the run asked for its profile by name', () => {
    const ws = workspace();
    saveProfile(ws.db, 'Growth', { nps: 3, health: 1 });
    analyse(ws);
    expect(readStamp(ws.db)).toMatchObject({ profile: 'Default', profileFixed: false });
    chooseProfile(ws.db, 'Growth');
    expect(analysisFreshness(ws.db)).toMatchObject({
      fresh: false,
      reasons: [
        'The active score profile is now "Growth"; the results were scored with "Default".',
      ],
    });
    analyse(ws);
    expect(analysisFreshness(ws.db).fresh).toBe(true);
    analyse(ws, { profile: 'Default' });
    expect(readStamp(ws.db)).toMatchObject({ profile: 'Default', profileFixed: true });
    expect(analysisFreshness(ws.db).fresh).toBe(true);
    ws.close();
  });

  it('scores with a named profile and keeps the run fresh until that profile changes', () => {
    const ws = workspace();
    saveProfile(ws.db, 'NPS only', {
      health: 0,
      nps: 1,
      csat: 0,
      usageLevel: 0,
      usageTrend: 0,
      expansion: 0,
      ltv: 0,
      friction: 0,
      crc: 0,
    });
    analyse(ws, { profile: 'NPS only' });
    expect(readStamp(ws.db)?.profile).toBe('NPS only');
    // NPS 10 / 9 / 6 among C1, C5, C3 (C7 has no answer and no score).
    expect(readAdvocates(ws.db).map((r) => [r.accountId, r.score])).toEqual([
      ['C1', expect.closeTo(250 / 3, 10)],
      ['C5', 50],
      ['C3', expect.closeTo(50 / 3, 10)],
    ]);
    expect(analysisFreshness(ws.db).fresh).toBe(true);
    saveProfile(ws.db, 'NPS only', { nps: 2, health: 1 });
    expect(analysisFreshness(ws.db).fresh).toBe(false);
    deleteProfile(ws.db, 'NPS only');
    expect(analysisFreshness(ws.db).reasons).toContain(
      'The score profile "NPS only" no longer exists.',
    );
    ws.close();
  });

  it('keeps a fixed as-of date with the run', () => {
    const ws = workspace();
    const summary = analyse(ws, { asOf: '2026-03-31' });
    expect(summary.stamp).toMatchObject({ asOf: '2026-03-31', asOfFixed: true });
    // On 2026-03-31 C2 and C6 had churned; C4 and C7 had not (C7 had not started).
    expect(summary).toMatchObject({ activeCustomers: 4, churnedCustomers: 2 });
    expect(analysisFreshness(ws.db).fresh).toBe(true);
    ws.close();
  });
});
