import { describe, expect, it } from 'vitest';
import { chooseK, kmeans, silhouette } from '../../../../src-main/analysis/stats';
import { permuteRows, shuffled } from './shuffle';
import { statsReference } from './stats-reference';

const { points, clusterings } = statsReference.kmeans;
const data = Float64Array.from(points.flat());
const rows = points.length;

/** Whether two labellings make the same partition of the rows. */
function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((forward.get(a[i]) ?? b[i]) !== b[i] || (backward.get(b[i]) ?? a[i]) !== a[i]) return false;
    forward.set(a[i], b[i]);
    backward.set(b[i], a[i]);
  }
  return true;
}

describe('k-means and the silhouette against R (kmeans, cluster::silhouette)', () => {
  it('finds R’s partitions and within-cluster sums of squares for k = 2 and 3', () => {
    for (const reference of clusterings.filter((c) => c.k <= 3)) {
      const result = kmeans(data, rows, 2, reference.k, 1);
      expect(samePartition(result.assignment, reference.assignment)).toBe(true);
      expect(result.inertia).toBeCloseTo(reference.withinSumOfSquares, 9);
      expect(result.converged).toBe(true);
      expect(Array.from(result.sizes).reduce((a, b) => a + b, 0)).toBe(rows);
    }
  });

  it('gives every silhouette width R gives for the same clustering', () => {
    for (const reference of clusterings) {
      const assignment = Int32Array.from(reference.assignment, (c) => c - 1);
      const result = silhouette(data, rows, 2, assignment, reference.k);
      result.widths.forEach((w, i) => expect(w).toBeCloseTo(reference.widths[i], 12));
      expect(result.mean).toBeCloseTo(reference.meanWidth, 12);
    }
  });

  it('chooses k = 3 by silhouette, as R’s widths do', () => {
    const best = clusterings.reduce((a, b) => (b.meanWidth > a.meanWidth ? b : a));
    expect(best.k).toBe(3);
    const chosen = chooseK(data, rows, 2, [2, 6], 1);
    expect(chosen?.k).toBe(3);
    expect(chosen?.scores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6]);
    expect(chosen?.scores[1].silhouette).toBeCloseTo(best.meanWidth, 12);
  });
});

describe('k-means by hand', () => {
  it('splits two obvious groups and puts each centre at its group mean', () => {
    const twoGroups = Float64Array.from([0, 0, 0, 2, 10, 10, 10, 12]);
    const result = kmeans(twoGroups, 4, 2, 2, 7);
    expect(result.assignment[0]).toBe(result.assignment[1]);
    expect(result.assignment[2]).toBe(result.assignment[3]);
    expect(result.assignment[0]).not.toBe(result.assignment[2]);
    // Centres (0, 1) and (10, 11): inertia 4 × 1² = 4.
    expect(result.inertia).toBe(4);
    const first = result.assignment[0];
    expect(Array.from(result.centers.subarray(first * 2, first * 2 + 2))).toEqual([0, 1]);
  });

  it('gives a row alone in its cluster a width of 0', () => {
    const result = silhouette(
      Float64Array.from([0, 1, 2, 10]),
      4,
      1,
      Int32Array.from([0, 0, 0, 1]),
      2,
    );
    expect(result.widths[3]).toBe(0);
    // Row 0: a = (1 + 2)/2 = 1.5, b = 10, s = 8.5/10.
    expect(result.widths[0]).toBeCloseTo(0.85, 15);
  });

  it('never prefers a k whose sampled silhouette is undefined', () => {
    // One far row among 200 close ones: at k = 2 it is a cluster of its own, and the 5 rows the
    // silhouette samples all fall in the other cluster, so its mean width is NaN.
    const data = Float64Array.from({ length: 201 }, (_, i) => (i === 0 ? 100 : i * 0.01));
    const chosen = chooseK(data, 201, 1, [2, 3], 1, { silhouetteLimit: 5 });
    expect(chosen?.scores[0].silhouette).toBeNaN();
    expect(chosen?.k).toBe(3);
  });

  it('refuses impossible requests', () => {
    expect(() => kmeans(Float64Array.from([1, 2]), 2, 1, 3, 1)).toThrow(RangeError);
    expect(() => kmeans(Float64Array.from([1, NaN]), 2, 1, 1, 1)).toThrow(RangeError);
    expect(chooseK(Float64Array.from([1, 1, 1]), 3, 1, [2, 4], 1)).toBeNull();
  });
});

describe('determinism and row order', () => {
  it('repeats exactly for a seed', () => {
    expect(kmeans(data, rows, 2, 4, 99)).toEqual(kmeans(data, rows, 2, 4, 99));
  });

  it('gives each row the same cluster and the same centres whatever the row order', () => {
    const order = shuffled(rows, 123);
    for (const k of [2, 3, 5]) {
      const original = kmeans(data, rows, 2, k, 5);
      const reordered = kmeans(permuteRows(data, 2, order), rows, 2, k, 5);
      expect(Array.from(reordered.assignment)).toEqual(
        Array.from(order, (row) => original.assignment[row]),
      );
      expect(reordered.centers).toEqual(original.centers);
      expect(reordered.inertia).toBeCloseTo(original.inertia, 10);
    }
  });

  it('samples by content above the sample size, so the sample ignores row order too', () => {
    const order = shuffled(rows, 4);
    const options = { sampleSize: 25 };
    const original = kmeans(data, rows, 2, 3, 8, options);
    const reordered = kmeans(permuteRows(data, 2, order), rows, 2, 3, 8, options);
    expect(original.sampled).toBe(true);
    expect(original.fittedRows).toBeGreaterThanOrEqual(25);
    expect(reordered.centers).toEqual(original.centers);
    expect(Array.from(reordered.assignment)).toEqual(
      Array.from(order, (row) => original.assignment[row]),
    );
    const width = silhouette(data, rows, 2, original.assignment, 3, { exactLimit: 30, seed: 2 });
    const widthReordered = silhouette(
      permuteRows(data, 2, order),
      rows,
      2,
      reordered.assignment,
      3,
      {
        exactLimit: 30,
        seed: 2,
      },
    );
    expect(width.sampled).toBe(true);
    expect(widthReordered.mean).toBeCloseTo(width.mean, 12);
  });
});
