/**
 * The row a key moves to in a list of `count` rows, or null for a key that does not move:
 * arrows by one, Page Up/Down by a page, Home/End to the ends. It stops at the ends, as tables do.
 */
export function targetRow(
  key: string,
  index: number,
  count: number,
  pageSize: number,
): number | null {
  if (count === 0) return null;
  const clamp = (value: number) => Math.min(count - 1, Math.max(0, value));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + Math.max(1, pageSize));
    case 'PageUp':
      return clamp(index - Math.max(1, pageSize));
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
