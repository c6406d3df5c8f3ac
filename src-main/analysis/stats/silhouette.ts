import { contentSample } from './row-order';

export interface SilhouetteResult {
  /** Mean silhouette width over the rows used; NaN with fewer than two clusters present. */
  mean: number;
  /** Rows used (all of them, or the seeded content sample). */
  rowsUsed: Int32Array;
  /** Silhouette width of each row used, in the order of `rowsUsed`. */
  widths: Float64Array;
  sampled: boolean;
}

/**
 * Silhouette widths (Rousseeuw 1987) with Euclidean distance: s = (b − a) ÷ max(a, b), where a is
 * the mean distance to the other rows of the own cluster and b the smallest mean distance to
 * another cluster's rows; 0 for a row alone in its cluster, as R's `cluster::silhouette`. Exact up
 * to `exactLimit` rows (default 4,000: n² distances); above that, computed among a seeded content
 * sample of `exactLimit` rows, which does not depend on row order.
 */
export function silhouette(
  data: Float64Array,
  rows: number,
  dims: number,
  assignment: Int32Array,
  k: number,
  options: { exactLimit?: number; seed?: number } = {},
): SilhouetteResult {
  const rowsUsed = contentSample(data, rows, dims, options.exactLimit ?? 4000, options.seed ?? 1);
  const n = rowsUsed.length;
  const clusterSizes = new Int32Array(k);
  for (let i = 0; i < n; i++) clusterSizes[assignment[rowsUsed[i]]]++;
  let clustersPresent = 0;
  for (let c = 0; c < k; c++) if (clusterSizes[c] > 0) clustersPresent++;
  const widths = new Float64Array(n);
  const sampled = n < rows;
  if (clustersPresent < 2) return { mean: NaN, rowsUsed, widths: widths.fill(NaN), sampled };
  const distanceSums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = assignment[rowsUsed[i]];
    distanceSums.fill(0);
    const iStart = rowsUsed[i] * dims;
    for (let other = 0; other < n; other++) {
      if (other === i) continue;
      const oStart = rowsUsed[other] * dims;
      let squared = 0;
      for (let j = 0; j < dims; j++) {
        const difference = data[iStart + j] - data[oStart + j];
        squared += difference * difference;
      }
      distanceSums[assignment[rowsUsed[other]]] += Math.sqrt(squared);
    }
    let width = 0;
    if (clusterSizes[own] > 1) {
      const a = distanceSums[own] / (clusterSizes[own] - 1);
      let b = Infinity;
      for (let c = 0; c < k; c++) {
        if (c !== own && clusterSizes[c] > 0) b = Math.min(b, distanceSums[c] / clusterSizes[c]);
      }
      const scale = Math.max(a, b);
      width = scale > 0 ? (b - a) / scale : 0;
    }
    widths[i] = width;
    total += width;
  }
  return { mean: total / n, rowsUsed, widths, sampled };
}
