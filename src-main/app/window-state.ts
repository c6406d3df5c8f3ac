import type { Rectangle } from 'electron';
import type { WindowBounds } from '../session/app-state';

const MIN_WIDTH = 960;
const MIN_HEIGHT = 640;

/**
 * Where to open the window: the remembered bounds when they still fit on one of the displays
 * (a monitor may have been unplugged since), otherwise the default size, centred.
 */
export function restoredBounds(saved: WindowBounds, displays: readonly Rectangle[]): WindowBounds {
  const width = Math.max(MIN_WIDTH, saved.width);
  const height = Math.max(MIN_HEIGHT, saved.height);
  if (saved.x === undefined || saved.y === undefined)
    return { width, height, maximized: saved.maximized };
  const { x, y } = saved;
  const visible = displays.some(
    (d) =>
      x >= d.x && y >= d.y && x + Math.min(width, 200) <= d.x + d.width && y + 50 <= d.y + d.height,
  );
  return visible
    ? { x, y, width, height, maximized: saved.maximized }
    : { width, height, maximized: saved.maximized };
}

export const windowMinimumSize = { minWidth: MIN_WIDTH, minHeight: MIN_HEIGHT };
