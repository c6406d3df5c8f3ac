import { canonicalOrder, contentSample, gatherRows } from './row-order';
import { randomIndex, seededRandom, type RandomStream } from './seeded-random';

export interface KMeansOptions {
  /** Lloyd iterations per start (default 300). */
  maxIterations?: number;
  /** Independent k-means++ starts; the lowest within-cluster sum of squares wins (default 4). */
  starts?: number;
  /** Above this many rows, centres are found on a seeded content sample of this size (default 50,000). */
  sampleSize?: number;
}

export interface KMeansResult {
  k: number;
  /** Row-major k × dims. */
  centers: Float64Array;
  /** Cluster of every input row, 0..k − 1. */
  assignment: Int32Array;
  sizes: Int32Array;
  /** Within-cluster sum of squared distances over all rows. */
  inertia: number;
  iterations: number;
  converged: boolean;
  /** Rows the centres were fitted on (all rows unless sampled). */
  fittedRows: number;
  sampled: boolean;
}

/**
 * k-means with k-means++ seeding from a seeded stream, then Lloyd's iterations. Deterministic for a
 * seed, and independent of the input's row order: the rows (or a content-hashed sample of them)
 * are put in lexicographic order before any random choice or floating-point sum. Cluster numbers
 * follow that order too. Ties in distance go to the lower cluster number. A cluster left empty
 * takes the row farthest from its centre. Every value must be finite (impute first).
 */
export function kmeans(
  data: Float64Array,
  rows: number,
  dims: number,
  k: number,
  seed: number,
  options: KMeansOptions = {},
): KMeansResult {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a positive integer');
  if (data.length !== rows * dims) throw new RangeError('data must hold rows × dims values');
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) throw new RangeError('k-means needs finite values');
  }
  const maxIterations = options.maxIterations ?? 300;
  const starts = options.starts ?? 4;
  const sampleSize = options.sampleSize ?? 50_000;
  const working = canonicalOrder(data, dims, contentSample(data, rows, dims, sampleSize, seed));
  const points = gatherRows(data, dims, working);
  const n = working.length;
  if (k > n) throw new RangeError('k exceeds the number of rows');
  const random = seededRandom(seed);
  let best: LloydResult | null = null;
  for (let start = 0; start < starts; start++) {
    const centers = plusPlusSeeds(points, n, dims, k, random);
    const result = lloyd(points, n, dims, k, centers, maxIterations);
    if (best === null || result.inertia < best.inertia) best = result;
  }
  if (best === null) throw new RangeError('starts must be at least 1');
  const assignment = new Int32Array(rows);
  const sizes = new Int32Array(k);
  let inertia = 0;
  if (n === rows) {
    for (let i = 0; i < n; i++) assignment[working[i]] = best.assignment[i];
    inertia = best.inertia;
  } else {
    for (let i = 0; i < rows; i++) {
      const nearest = nearestCenter(data, i * dims, best.centers, k, dims);
      assignment[i] = nearest.cluster;
      inertia += nearest.distance;
    }
  }
  for (let i = 0; i < rows; i++) sizes[assignment[i]]++;
  return {
    k,
    centers: best.centers,
    assignment,
    sizes,
    inertia,
    iterations: best.iterations,
    converged: best.converged,
    fittedRows: n,
    sampled: n < rows,
  };
}

function squaredDistance(
  a: Float64Array,
  aStart: number,
  b: Float64Array,
  bStart: number,
  dims: number,
): number {
  let sum = 0;
  for (let j = 0; j < dims; j++) {
    const difference = a[aStart + j] - b[bStart + j];
    sum += difference * difference;
  }
  return sum;
}

function nearestCenter(
  points: Float64Array,
  start: number,
  centers: Float64Array,
  k: number,
  dims: number,
): { cluster: number; distance: number } {
  let cluster = 0;
  let distance = Infinity;
  for (let c = 0; c < k; c++) {
    const d = squaredDistance(points, start, centers, c * dims, dims);
    if (d < distance) {
      distance = d;
      cluster = c;
    }
  }
  return { cluster, distance };
}

/** k-means++ (Arthur & Vassilvitskii 2007): each next centre drawn with probability ∝ D². */
function plusPlusSeeds(
  points: Float64Array,
  n: number,
  dims: number,
  k: number,
  random: RandomStream,
): Float64Array {
  const centers = new Float64Array(k * dims);
  const nearest = new Float64Array(n).fill(Infinity);
  let chosen = randomIndex(random, n);
  for (let c = 0; c < k; c++) {
    centers.set(points.subarray(chosen * dims, chosen * dims + dims), c * dims);
    if (c === k - 1) break;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = squaredDistance(points, i * dims, centers, c * dims, dims);
      if (d < nearest[i]) nearest[i] = d;
      total += nearest[i];
    }
    if (total === 0) {
      chosen = randomIndex(random, n);
      continue;
    }
    const target = random() * total;
    let cumulative = 0;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      cumulative += nearest[i];
      if (cumulative > target && nearest[i] > 0) {
        chosen = i;
        break;
      }
    }
  }
  return centers;
}

interface LloydResult {
  centers: Float64Array;
  assignment: Int32Array;
  inertia: number;
  iterations: number;
  converged: boolean;
}

function lloyd(
  points: Float64Array,
  n: number,
  dims: number,
  k: number,
  centers: Float64Array,
  maxIterations: number,
): LloydResult {
  const assignment = new Int32Array(n).fill(-1);
  const distances = new Float64Array(n);
  const sums = new Float64Array(k * dims);
  const counts = new Int32Array(k);
  let iterations = 0;
  let converged = false;
  for (;;) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const nearest = nearestCenter(points, i * dims, centers, k, dims);
      if (nearest.cluster !== assignment[i]) changed++;
      assignment[i] = nearest.cluster;
      distances[i] = nearest.distance;
    }
    if (refillEmptyClusters(n, k, assignment, distances, counts)) changed++;
    if (changed === 0) {
      converged = true;
      break;
    }
    if (iterations === maxIterations) break;
    iterations++;
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const c = assignment[i];
      counts[c]++;
      for (let j = 0; j < dims; j++) sums[c * dims + j] += points[i * dims + j];
    }
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < dims; j++) centers[c * dims + j] = sums[c * dims + j] / counts[c];
    }
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    inertia += squaredDistance(points, i * dims, centers, assignment[i] * dims, dims);
  }
  return { centers, assignment, inertia, iterations, converged };
}

/**
 * Gives every empty cluster the row farthest from its own centre (the first such row on ties),
 * taken from a cluster that keeps at least one row. Returns whether anything moved.
 */
function refillEmptyClusters(
  n: number,
  k: number,
  assignment: Int32Array,
  distances: Float64Array,
  counts: Int32Array,
): boolean {
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[assignment[i]]++;
  let moved = false;
  for (let c = 0; c < k; c++) {
    if (counts[c] > 0) continue;
    let farthest = -1;
    for (let i = 0; i < n; i++) {
      if (counts[assignment[i]] < 2) continue;
      if (farthest < 0 || distances[i] > distances[farthest]) farthest = i;
    }
    if (farthest < 0) return moved;
    counts[assignment[farthest]]--;
    assignment[farthest] = c;
    counts[c] = 1;
    distances[farthest] = 0;
    moved = true;
  }
  return moved;
}
