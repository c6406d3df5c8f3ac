import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisSummary } from '../../../src-shared/model/analysis/runs';
import type {
  AdvocateRow,
  ScoreProfile,
  SignalName,
  Tier,
} from '../../../src-shared/model/analysis/score';
import { cli, cliJson } from '../../helpers/cli-run';
import { useShippedSampleWorkspace } from '../sample/shipped-workspace';

interface Profiles {
  profiles: ScoreProfile[];
  active: string;
}

/** DESIGN section 4's built-in weights, written out by hand. */
const builtInWeights = {
  health: 1,
  nps: 2,
  csat: 0.5,
  usageLevel: 1,
  usageTrend: 0.5,
  expansion: 1,
  ltv: 1,
  friction: 0.5,
  crc: 0.5,
};

/** The ratio of two signals' renormalised weights in every stored score that has both. */
function weightRatios(rows: readonly AdvocateRow[], a: SignalName, b: SignalName): number[] {
  return rows.flatMap((row) => {
    const wa = row.contributions.find((c) => c.signal === a)?.weight;
    const wb = row.contributions.find((c) => c.signal === b)?.weight;
    return wa === undefined || wb === undefined ? [] : [wa / wb];
  });
}

const tierOf = (score: number, champion: number, advocate: number, neutral: number): Tier =>
  score >= champion
    ? 'champion'
    : score >= advocate
      ? 'advocate'
      : score >= neutral
        ? 'neutral'
        : 'at_risk';

describe('score profiles and tiers on the command line, on the bundled sample', () => {
  const sample = useShippedSampleWorkspace();
  let path = '';

  beforeAll(async () => {
    path = sample().workspace.path;
    expect((await cli('analyze', '--workspace', path)).code).toBe(0);
  });

  it('lists the built-in profile, active, with the documented weights', async () => {
    expect(await cliJson<Profiles>('profiles', '--workspace', path)).toEqual({
      profiles: [{ name: 'Default', weights: builtInWeights, builtIn: true }],
      active: 'Default',
    });
    const text = await cli('profiles', '--workspace', path);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /^\*\s+Default\s+1\s+2\s+0\.5\s+1\s+0\.5\s+1\s+1\s+0\.5\s+0\.5\s+built in$/m,
    );
    expect(text.out).toContain('The stored scores were computed with "Default".');
  });

  it('saves a profile, lists it, scores with it once chosen, and falls back when it is deleted', async () => {
    const saved = await cliJson<ScoreProfile>(
      'profiles',
      'save',
      'Growth',
      '--weights',
      'nps=3, expansion=2',
      '--workspace',
      path,
    );
    // Signals not named keep the built-in weight.
    expect(saved).toEqual({
      name: 'Growth',
      weights: { ...builtInWeights, nps: 3, expansion: 2 },
      builtIn: false,
    });
    const listed = await cliJson<Profiles>('profiles', '--workspace', path);
    expect(listed.profiles.map((p) => p.name)).toEqual(['Default', 'Growth']);
    expect(listed.active).toBe('Default');

    // Under the built-in profile NPS weighs twice health in every score that has both.
    const before = await cliJson<AdvocateRow[]>('advocates', '--workspace', path);
    expect(weightRatios(before, 'nps', 'health').length).toBeGreaterThan(100);
    for (const r of weightRatios(before, 'nps', 'health')) expect(r).toBeCloseTo(2, 12);

    const chosen = await cli('profiles', 'use', 'Growth', '--workspace', path);
    expect(chosen).toMatchObject({ code: 0 });
    expect(chosen.out).toContain('Active: score profile "Growth" (health 1, nps 3,');
    expect(chosen.out).toContain(
      'The stored scores (with "Default") are now stale: the next command that reads them analyses again with "Growth".',
    );
    expect((await cliJson<Profiles>('profiles', '--workspace', path)).active).toBe('Growth');
    // Results scored with the active profile go stale when another is chosen.
    const rescored = await cli('advocates', '--workspace', path, '--json');
    expect(rescored.err).toContain(
      'The active score profile is now "Growth"; the results were scored with "Default". Analysed again.',
    );
    for (const r of weightRatios(JSON.parse(rescored.out) as AdvocateRow[], 'nps', 'health'))
      expect(r).toBeCloseTo(3, 12);
    const summary = await cliJson<AnalysisSummary>('analyze', '--workspace', path);
    expect(summary.stamp.profile).toBe('Growth');
    const after = await cliJson<AdvocateRow[]>('advocates', '--workspace', path);
    for (const r of weightRatios(after, 'nps', 'health')) expect(r).toBeCloseTo(3, 12);
    for (const r of weightRatios(after, 'expansion', 'crc')) expect(r).toBeCloseTo(4, 12);

    // Deleting the active profile is allowed; the built-in one takes over, and results read
    // next are computed again because their profile is gone.
    const deleted = await cli('profiles', 'delete', 'Growth', '--workspace', path);
    expect(deleted).toMatchObject({
      code: 0,
      out: 'Deleted the score profile "Growth". It was the active one; "Default" is active now.',
    });
    const reread = await cli('advocates', '--workspace', path, '--top', '1', '--json');
    expect(reread.err).toContain('The score profile "Growth" no longer exists. Analysed again.');
    expect((await cliJson<AnalysisSummary>('analyze', '--workspace', path)).stamp.profile).toBe(
      'Default',
    );
    expect((await cliJson<Profiles>('profiles', '--workspace', path)).profiles).toHaveLength(1);
  });

  it('refuses bad weights, the built-in profile and unknown names with exit code 1', async () => {
    const refused = async (argv: string[], message: string) => {
      const run = await cli('profiles', ...argv, '--workspace', path);
      expect(run).toMatchObject({ code: 1, out: '' });
      expect(run.err).toBe(message);
    };
    await refused(
      ['save', 'X', '--weights', 'loyalty=2'],
      'Unknown signal "loyalty". Signals are: health, nps, csat, usageLevel, usageTrend, expansion, ltv, friction, crc.',
    );
    await refused(
      ['save', 'X', '--weights', 'nps=-1'],
      'The weight of nps must be a number of at least 0.',
    );
    await refused(
      ['save', 'X', '--weights', 'nps=lots'],
      'The weight of nps must be a number of at least 0.',
    );
    await refused(
      ['save', 'X', '--weights', 'nps=5000'],
      '--weights nps: Too big: expected number to be <=1000.',
    );
    await refused(
      ['save', 'X', '--weights', 'nps'],
      '--weights takes signal=weight pairs separated by commas (for example nps=2,health=1); "nps" is not one.',
    );
    await refused(['save', 'X', '--weights', 'nps=1,nps=2'], '--weights names nps twice.');
    const zero = Object.keys(builtInWeights)
      .map((s) => `${s}=0`)
      .join(',');
    await refused(
      ['save', 'X', '--weights', zero],
      'At least one signal must have a weight above 0.',
    );
    await refused(
      ['save', 'Default', '--weights', 'nps=1'],
      '"Default" is built in; save your weights under another name.',
    );
    await refused(['delete', 'Default'], 'The built-in profile stays.');
    await refused(['delete', 'Nobody'], 'No saved score profile is named "Nobody".');
    await refused(['use', 'Nobody'], 'No score profile is named "Nobody". Profiles: Default.');
    expect((await cliJson<Profiles>('profiles', '--workspace', path)).profiles).toHaveLength(1);
  });

  it('answers a misused profiles command with exit code 2 and its usage', async () => {
    for (const argv of [
      ['rename', 'X'],
      ['save', 'X'],
      ['save', '--weights', 'nps=1'],
      ['use', 'A', 'B'],
      ['--weights', 'nps=1'],
    ]) {
      const run = await cli('profiles', ...argv, '--workspace', path);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toContain('Usage: npm run cli -- profiles');
    }
    expect((await cli('profiles', 'rename', 'X', '--workspace', path)).err).toMatch(
      /^Unknown profiles command: rename\. Use save, delete or use\./,
    );
  });

  it('shows the tier thresholds, and re-tiers every account when one changes', async () => {
    expect(await cliJson('tiers', '--workspace', path)).toEqual({
      champion: 75,
      advocate: 60,
      neutral: 40,
    });
    const text = await cli('tiers', '--workspace', path);
    expect(text.out).toMatch(/^Champion\s+75\s+75 to 100$/m);
    expect(text.out).toMatch(/^At risk\s+0\s+0 to < 40$/m);

    // Only the advocate threshold given: the others keep their values.
    expect(await cliJson('tiers', 'set', '--advocate', '65', '--workspace', path)).toEqual({
      champion: 75,
      advocate: 65,
      neutral: 40,
    });
    const reread = await cli('advocates', '--workspace', path, '--json');
    expect(reread.err).toContain('Settings (weights, tiers');
    const rows = JSON.parse(reread.out) as AdvocateRow[];
    const advocates = rows.filter((r) => r.tier === 'advocate');
    expect(advocates.length).toBeGreaterThan(50);
    for (const r of rows) expect(r.tier).toBe(tierOf(r.score, 75, 65, 40));
    const summary = await cliJson<AnalysisSummary>('analyze', '--workspace', path);
    expect(summary.tierThresholds).toEqual({ champion: 75, advocate: 65, neutral: 40 });
    expect(summary.tiers.advocate).toBe(advocates.length);

    expect((await cli('tiers', 'set', '--advocate', '60', '--workspace', path)).code).toBe(0);
  });

  it('refuses thresholds the engine refuses with exit code 1, and a misused tiers with 2', async () => {
    const outOfOrder = await cli('tiers', 'set', '--champion', '50', '--workspace', path);
    expect(outOfOrder).toMatchObject({
      code: 1,
      err: 'Tier thresholds must fall from Champion to Advocate to Neutral (for example 75, 60, 40).',
    });
    expect(await cli('tiers', 'set', '--champion', '120', '--workspace', path)).toMatchObject({
      code: 1,
      err: '--champion: Too big: expected number to be <=100.',
    });
    for (const argv of [
      ['set'],
      ['set', '--neutral', 'forty'],
      ['--neutral', '30'],
      ['set', '50'],
      ['reset'],
    ]) {
      const run = await cli('tiers', ...argv, '--workspace', path);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toContain('Usage: npm run cli -- tiers');
    }
    expect(await cliJson('tiers', '--workspace', path)).toEqual({
      champion: 75,
      advocate: 60,
      neutral: 40,
    });
  });
});
