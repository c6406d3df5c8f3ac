import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fitSbg,
  kaplanMeier,
  logRank,
  sbgCountsFromSurvivors,
} from '../../../src-main/analysis/retention';
import { fisherExact, logisticRegression, silhouette } from '../../../src-main/analysis/stats';
import {
  compareWithR,
  groupKeys,
  lifetimesOf,
  readInput,
  readJson,
  type KmReference,
  type SbgReference,
} from '../../unit/analysis/retention/reference-fixtures';
import type { StatsReference } from '../../unit/analysis/stats/stats-reference';

/**
 * Reruns the R reference scripts and checks the maths library against what R prints now, and the
 * committed fixtures against it too, so a fixture cannot drift from the script that made it. Needs
 * `Rscript` with the `survival` and `cluster` packages; without them the suite is skipped and says
 * why (the unit tests still check the committed figures).
 */
const SCRIPTS = fileURLToPath(new URL('../../../scripts/r/', import.meta.url));
const probe = spawnSync('Rscript', ['-e', 'library(survival); library(cluster)'], {
  encoding: 'utf8',
});
const rAvailable = probe.error === undefined && probe.status === 0;
const SKIP_REASON = 'Rscript with the survival and cluster packages is not installed';
const title = rAvailable
  ? 'maths library against R, run live'
  : `maths library against R, run live (skipped: ${SKIP_REASON})`;
if (!rAvailable) console.warn(`Skipping the live R reference: ${SKIP_REASON}.`);

const run = promisify(execFile);
async function rscript<T>(script: string): Promise<T> {
  const { stdout } = await run('Rscript', [`${SCRIPTS}${script}`], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as T;
}

/** Largest absolute difference between two JSON trees of the same shape (null matches null). */
function maxDifference(a: unknown, b: unknown, path = '$'): number {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) / Math.max(1, Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) {
    expect(a.length, path).toBe(b.length);
    return a.reduce(
      (worst: number, item, i) => Math.max(worst, maxDifference(item, b[i], `${path}[${i}]`)),
      0,
    );
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(b).filter((key) => key !== 'producedBy');
    expect(
      Object.keys(a).filter((key) => key !== 'producedBy'),
      path,
    ).toEqual(keys);
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    return keys.reduce(
      (worst, key) => Math.max(worst, maxDifference(left[key], right[key], `${path}.${key}`)),
      0,
    );
  }
  expect(a, path).toEqual(b);
  return 0;
}

describe.skipIf(!rAvailable)(title, () => {
  let km: KmReference;
  let sbg: SbgReference;
  let stats: StatsReference;

  beforeAll(async () => {
    [km, sbg, stats] = await Promise.all([
      rscript<KmReference>('km-reference.R'),
      rscript<SbgReference>('sbg-reference.R'),
      rscript<StatsReference>('stats-reference.R'),
    ]);
  });

  it('reproduces the committed fixtures', () => {
    expect(maxDifference(km, readJson<KmReference>('km-reference.json'))).toBeLessThan(1e-12);
    expect(maxDifference(stats, readJson<StatsReference>('stats-reference.json'))).toBeLessThan(
      1e-9,
    );
    // The sBG reference is itself an optimiser's output: agreement to its own tolerance.
    expect(maxDifference(sbg, readJson<SbgReference>('sbg-reference.json'))).toBeLessThan(1e-6);
  });

  it('Kaplan–Meier and log-rank agree with survival on every data set to 1e-9', () => {
    let worst = 0;
    for (const dataset of km.datasets) {
      const data = readInput(dataset.name);
      worst = Math.max(worst, compareWithR(kaplanMeier(lifetimesOf(data)), dataset.all));
      for (const group of dataset.groups) {
        worst = Math.max(worst, compareWithR(kaplanMeier(lifetimesOf(data, group.key)), group));
      }
      if (dataset.logRank !== null) {
        const test = logRank(groupKeys(data).map((key) => lifetimesOf(data, key)));
        expect(test.df).toBe(dataset.logRank.df);
        worst = Math.max(
          worst,
          Math.abs(test.chisq - dataset.logRank.chisq) / (1 + dataset.logRank.chisq),
        );
        worst = Math.max(worst, Math.abs(test.p - dataset.logRank.p));
      }
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('the sBG fits of the Fader & Hardie cohorts agree with R', () => {
    for (const cohort of sbg.cohorts) {
      const fit = fitSbg(
        sbgCountsFromSurvivors(cohort.survivors.slice(0, cohort.fittedPeriods + 1)),
      );
      expect(Math.abs((fit?.alpha ?? NaN) / cohort.fit.alpha - 1)).toBeLessThan(1e-6);
      expect(Math.abs((fit?.beta ?? NaN) / cohort.fit.beta - 1)).toBeLessThan(1e-6);
      expect(Math.abs((fit?.logLik ?? NaN) - cohort.fit.logLik)).toBeLessThan(1e-8);
    }
  });

  it("Fisher's test, glm and the silhouette agree with R", () => {
    for (const table of stats.twoByTwo) {
      const [a, b, c, d] = table.cells;
      expect(Math.abs(fisherExact(a, b, c, d).p / table.fisherP - 1)).toBeLessThan(1e-9);
    }
    for (const data of stats.logistic) {
      const y = Uint8Array.from(data.y);
      const model = logisticRegression(
        Float64Array.from(data.x.flat()),
        y.length,
        data.columns.length,
        y,
        { l2: 0 },
      );
      [model.intercept, ...model.coefficients].forEach((value, j) =>
        expect(Math.abs(value / data.coefficients[j] - 1)).toBeLessThan(1e-6),
      );
    }
    const points = Float64Array.from(stats.kmeans.points.flat());
    for (const clustering of stats.kmeans.clusterings) {
      const assignment = Int32Array.from(clustering.assignment, (cluster) => cluster - 1);
      const result = silhouette(points, stats.kmeans.points.length, 2, assignment, clustering.k);
      expect(result.mean).toBeCloseTo(clustering.meanWidth, 12);
    }
  });
});
