import { compareKeys } from '../../store/key-order';

/** Position of an account id in the sorted ids, or -1; a binary search in SQLite's BINARY order. */
export function accountIndex(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const order = compareKeys(ids[mid] as string, id);
    if (order === 0) return mid;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
