import { kmeans, type KMeansOptions, type KMeansResult } from './kmeans';
import { silhouette } from './silhouette';

export interface ChooseKResult {
  k: number;
  /** Mean silhouette for every k tried, in the order tried. */
  scores: { k: number; silhouette: number }[];
  clustering: KMeansResult;
}

/**
 * Runs k-means for every k in [kMin, kMax] (k ≥ 2) with the same seed and keeps the k with the
 * highest mean silhouette; ties go to the smaller k, and a k whose silhouette is undefined (NaN)
 * is chosen only when no k has one. k above the number of distinct rows is skipped. Returns null
 * when no k can be tried (fewer than two distinct rows).
 */
export function chooseK(
  data: Float64Array,
  rows: number,
  dims: number,
  kRange: readonly [number, number],
  seed: number,
  options: KMeansOptions & { silhouetteLimit?: number } = {},
): ChooseKResult | null {
  const distinct = countDistinctRows(data, rows, dims, kRange[1]);
  const scores: { k: number; silhouette: number }[] = [];
  let best: { k: number; silhouette: number; clustering: KMeansResult } | null = null;
  for (let k = Math.max(2, kRange[0]); k <= Math.min(kRange[1], distinct); k++) {
    const clustering = kmeans(data, rows, dims, k, seed, options);
    const width = silhouette(data, rows, dims, clustering.assignment, k, {
      exactLimit: options.silhouetteLimit,
      seed,
    }).mean;
    scores.push({ k, silhouette: width });
    // A NaN width (one cluster among the rows sampled for the silhouette) must lose to any number.
    const score = Number.isNaN(width) ? -Infinity : width;
    if (best === null || score > best.silhouette) best = { k, silhouette: score, clustering };
  }
  return best === null ? null : { k: best.k, scores, clustering: best.clustering };
}

/** Distinct rows, counted up to `cap` (enough to know which k are possible). */
function countDistinctRows(data: Float64Array, rows: number, dims: number, cap: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < rows && seen.size < cap; i++) {
    seen.add(Array.from(data.subarray(i * dims, i * dims + dims)).join(','));
  }
  return seen.size;
}
