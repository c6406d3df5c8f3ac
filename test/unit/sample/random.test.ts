import { describe, expect, it } from 'vitest';
import { Random, mix32 } from '../../../sample-generator/random';

const draw = (rng: Random, n: number) => Array.from({ length: n }, () => rng.uint32());

describe('seeded random streams', () => {
  it('repeat exactly for the same seed and salts, and differ otherwise', () => {
    expect(draw(Random.stream(42, 1, 2), 50)).toEqual(draw(Random.stream(42, 1, 2), 50));
    expect(draw(Random.stream(42, 1, 2), 50)).not.toEqual(draw(Random.stream(42, 1, 3), 50));
    expect(draw(Random.stream(42, 1, 2), 50)).not.toEqual(draw(Random.stream(43, 1, 2), 50));
    // Seeds beyond 32 bits are not folded onto smaller ones.
    expect(draw(Random.stream(2 ** 32 + 5), 10)).not.toEqual(draw(Random.stream(5), 10));
  });

  it('pins the first values, so a change to the generator cannot go unnoticed', () => {
    // A different first draw means every sample file changes: regenerate resources/sample on purpose.
    expect(draw(Random.stream(20261122), 3)).toEqual([1643630099, 727609336, 2802887105]);
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).toBe(0x514e28b7);
  });

  it('draws uniform numbers in [0, 1) with the right mean and spread', () => {
    const rng = Random.stream(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      sum += u;
      sumSq += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sumSq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
  });

  it('keeps integers within inclusive bounds and hits both ends', () => {
    const rng = Random.stream(9);
    const seen = new Set<number>();
    for (let i = 0; i < 5_000; i++) seen.add(rng.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('draws normal, exponential and Poisson values with their textbook moments', () => {
    const rng = Random.stream(11);
    const n = 100_000;
    const normals = Array.from({ length: n }, () => rng.normal());
    const mean = normals.reduce((a, b) => a + b, 0) / n;
    const variance = normals.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
    const exps = Array.from({ length: n }, () => rng.exponential(3));
    expect(exps.reduce((a, b) => a + b, 0) / n).toBeCloseTo(3, 1);
    const counts = Array.from({ length: n }, () => rng.poisson(2.5));
    const poissonMean = counts.reduce((a, b) => a + b, 0) / n;
    expect(poissonMean).toBeCloseTo(2.5, 1);
    expect(counts.reduce((a, b) => a + (b - poissonMean) ** 2, 0) / n).toBeCloseTo(2.5, 1);
  });

  it('picks by weight', () => {
    const rng = Random.stream(13);
    const hits = [0, 0, 0];
    for (let i = 0; i < 60_000; i++) {
      const k = rng.weighted([1, 0, 3]);
      hits[k] = (hits[k] ?? 0) + 1;
    }
    expect(hits[1]).toBe(0);
    expect((hits[2] ?? 0) / (hits[0] ?? 1)).toBeCloseTo(3, 0);
  });
});
