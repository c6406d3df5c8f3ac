import { signalNames, type SignalName } from '../../../src-shared/model/analysis/score';
import {
  type ClusterProfile,
  type ClusterResult,
} from '../../../src-shared/model/analysis/segments';
import type { SignalColumns } from '../score/advocate-score';
import { chooseK, standardize } from '../stats';

/** k-means centres are fitted on a seeded sample of at most this many accounts; all are assigned. */
const FIT_SAMPLE = 10_000;
const SILHOUETTE_SAMPLE = 1_000;
const K_RANGE = [2, 6] as const;

const readable: Record<SignalName, [high: string, low: string]> = {
  health: ['healthy', 'poor health'],
  nps: ['promoters', 'detractors'],
  csat: ['satisfied with support', 'unhappy with support'],
  usageLevel: ['heavy usage', 'light usage'],
  usageTrend: ['usage growing', 'usage falling'],
  expansion: ['expanding', 'not expanding'],
  ltv: ['high value', 'low value'],
  friction: ['many tickets', 'few tickets'],
  crc: ['costly to serve', 'cheap to serve'],
};

/** Skewed signals are clustered on a log scale, so a few large accounts do not form a cluster alone. */
const logScaled: readonly SignalName[] = ['usageLevel', 'ltv', 'friction', 'crc', 'expansion'];

export interface Clustering {
  result: ClusterResult;
  /** Cluster per account position, -1 for accounts not clustered. */
  assignment: Int32Array;
}

/**
 * Data-driven segments (DESIGN section 4): k-means on the standardised signals of the scored
 * accounts, k from 2 to 6 chosen by the mean silhouette, with a fixed seed so a re-run gives the
 * same clusters. Each cluster is named by the two signals that set it most apart.
 */
export function clusterAccounts(
  signals: SignalColumns,
  scored: Uint8Array,
  score: Float64Array,
  topAdvocate: Uint8Array,
  seed: number,
): Clustering {
  const n = scored.length;
  const assignment = new Int32Array(n).fill(-1);
  const members: number[] = [];
  for (let i = 0; i < n; i++) if (scored[i] === 1) members.push(i);
  const empty: Clustering = { result: { k: 0, silhouette: null, seed, clusters: [] }, assignment };
  if (members.length < 20) return empty;
  const used = signalNames.filter((s) => presentShare(signals[s], members) >= 0.2);
  if (used.length < 2) return empty;
  const d = used.length;
  const raw = new Float64Array(members.length * d);
  used.forEach((signal, j) => {
    const column = transformed(signals[signal], logScaled.includes(signal));
    members.forEach((i, r) => (raw[r * d + j] = column[i]));
  });
  // A missing signal sits at its column's mean (z = 0), so it pulls no account anywhere.
  const scaled = standardize(raw, members.length, d, { fillMissing: 0 });
  const chosen = chooseK(scaled.values, members.length, d, [K_RANGE[0], K_RANGE[1]], seed, {
    sampleSize: FIT_SAMPLE,
    starts: 2,
    maxIterations: 100,
    silhouetteLimit: SILHOUETTE_SAMPLE,
  });
  if (chosen === null) return empty;
  const { k } = chosen;
  const centroids = chosen.clustering.centers;
  const silhouetteWidth = chosen.scores.find((s) => s.k === k)?.silhouette ?? null;
  const sizes = new Float64Array(k);
  members.forEach((i, r) => {
    const c = chosen.clustering.assignment[r];
    assignment[i] = c;
    sizes[c]++;
  });
  const clusters: ClusterProfile[] = [];
  for (let c = 0; c < k; c++) {
    const inCluster = members.filter((i) => assignment[i] === c);
    const profile = used.map((s, j) => ({
      signal: s,
      mean: meanOf(signals[s], inCluster),
      z: centroids[c * d + j],
    }));
    const distinctive = [...profile].sort((a, b) => Math.abs(b.z) - Math.abs(a.z)).slice(0, 2);
    let scoreSum = 0;
    let top = 0;
    for (const i of inCluster) {
      scoreSum += score[i];
      top += topAdvocate[i];
    }
    clusters.push({
      cluster: c,
      size: sizes[c],
      label: distinctive.map((p) => readable[p.signal][p.z >= 0 ? 0 : 1]).join(', '),
      signals: profile,
      meanScore: inCluster.length > 0 ? scoreSum / inCluster.length : null,
      topAdvocateShare: inCluster.length > 0 ? top / inCluster.length : 0,
    });
  }
  return { result: { k, silhouette: silhouetteWidth, seed, clusters }, assignment };
}

function transformed(values: Float64Array, log: boolean): Float64Array {
  if (!log) return values;
  return values.map((v) => (Number.isNaN(v) ? NaN : Math.sign(v) * Math.log1p(Math.abs(v))));
}

function presentShare(values: Float64Array, members: readonly number[]): number {
  let present = 0;
  for (const i of members) if (!Number.isNaN(values[i])) present++;
  return present / members.length;
}

function meanOf(values: Float64Array, members: readonly number[]): number | null {
  let sum = 0;
  let count = 0;
  for (const i of members) {
    if (Number.isNaN(values[i])) continue;
    sum += values[i];
    count++;
  }
  return count > 0 ? sum / count : null;
}
