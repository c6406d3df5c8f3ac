import { seededRandom } from '../../../../src-main/analysis/stats';

/** A seeded permutation of 0 … n − 1 (Fisher–Yates), for row-order tests. */
export function shuffled(n: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}

/** The rows of a row-major matrix in a new order. */
export function permuteRows(data: Float64Array, dims: number, order: Int32Array): Float64Array {
  const out = new Float64Array(data.length);
  order.forEach((row, i) => out.set(data.subarray(row * dims, row * dims + dims), i * dims));
  return out;
}
