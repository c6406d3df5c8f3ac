import { mix32 } from './seeded-random';

/**
 * Helpers that make row-based algorithms independent of the order of the rows: a canonical order
 * (lexicographic by value) and a sample chosen by hashing each row's content with a seed, so the
 * same rows are chosen whatever their positions. Rows with the same values are interchangeable for
 * every algorithm here, so how they tie does not matter.
 */

/** A key in [0, 1) from the row's bits and the seed; equal rows get equal keys. */
export function rowContentKey(words: Uint32Array, row: number, dims: number, seed: number): number {
  let high = mix32(seed ^ 0x68e31da4);
  let low = mix32(seed ^ 0x1b56c4e9);
  const start = row * dims * 2;
  for (let j = 0; j < dims * 2; j++) {
    const word = words[start + j];
    high = mix32(high ^ word);
    low = mix32((low + Math.imul(word, 0x27d4eb2d)) | 0);
  }
  return ((high >>> 5) * 67108864 + (low >>> 6)) / 9007199254740992;
}

/** A view of the data's IEEE 754 bits, for hashing. */
export const bitsOf = (data: Float64Array): Uint32Array =>
  new Uint32Array(data.buffer, data.byteOffset, data.length * 2);

/**
 * The rows to work on: all of them when there are at most `limit`, else the `limit` rows with the
 * smallest content keys (plus any exact duplicates tied at the threshold).
 */
export function contentSample(
  data: Float64Array,
  rows: number,
  dims: number,
  limit: number,
  seed: number,
): Int32Array {
  if (rows <= limit) return Int32Array.from({ length: rows }, (_, i) => i);
  const words = bitsOf(data);
  const keys = new Float64Array(rows);
  for (let i = 0; i < rows; i++) keys[i] = rowContentKey(words, i, dims, seed);
  const threshold = new Float64Array(keys).sort()[limit - 1];
  let count = 0;
  for (let i = 0; i < rows; i++) if (keys[i] <= threshold) count++;
  const chosen = new Int32Array(count);
  let next = 0;
  for (let i = 0; i < rows; i++) if (keys[i] <= threshold) chosen[next++] = i;
  return chosen;
}

/** The given rows sorted lexicographically by their values. */
export function canonicalOrder(
  data: Float64Array,
  dims: number,
  rowsToOrder: Int32Array,
): Int32Array {
  const order = Int32Array.from(rowsToOrder);
  order.sort((left, right) => {
    const a = left * dims;
    const b = right * dims;
    for (let j = 0; j < dims; j++) {
      const difference = data[a + j] - data[b + j];
      if (difference !== 0) return difference < 0 ? -1 : 1;
    }
    return 0;
  });
  return order;
}

/** Copies the given rows, in the given order, into a dense matrix. */
export function gatherRows(data: Float64Array, dims: number, rowsToCopy: Int32Array): Float64Array {
  const out = new Float64Array(rowsToCopy.length * dims);
  for (let i = 0; i < rowsToCopy.length; i++) {
    out.set(data.subarray(rowsToCopy[i] * dims, rowsToCopy[i] * dims + dims), i * dims);
  }
  return out;
}
