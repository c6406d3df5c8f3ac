import { readJson } from '../retention/reference-fixtures';

/** The committed output of scripts/r/stats-reference.R (base R and the `cluster` package). */
export interface StatsReference {
  producedBy: string;
  twoByTwo: {
    /** [[a, b], [c, d]] by rows. */
    cells: [number, number, number, number];
    fisherP: number;
    /** null where R's estimate is infinite. */
    fisherOddsRatio: number | null;
    yatesChisq: number;
    yatesP: number;
    pearsonChisq: number;
    pearsonP: number;
  }[];
  chiSquareTails: { x: number; df: number; p: number }[];
  lnGamma: { x: number; lnGamma: number }[];
  percentiles: {
    values: (number | null)[];
    higherIsBetter: (number | null)[];
    lowerIsBetter: (number | null)[];
  };
  auc: { scores: number[]; labels: number[]; auc: number };
  logistic: {
    name: string;
    columns: string[];
    x: number[][];
    y: number[];
    coefficients: number[];
    standardErrors: number[];
    logLik: number;
  }[];
  kmeans: {
    points: [number, number][];
    clusterings: {
      k: number;
      /** R's cluster numbers, 1-based. */
      assignment: number[];
      withinSumOfSquares: number;
      widths: number[];
      meanWidth: number;
    }[];
  };
}

export const statsReference = readJson<StatsReference>('stats-reference.json');

/** Relative difference, with absolute for values near 0. */
export const relativeDifference = (a: number, b: number): number =>
  Math.abs(a - b) / Math.max(1e-300, Math.abs(b));
