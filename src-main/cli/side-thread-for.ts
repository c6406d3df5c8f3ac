import type Database from 'better-sqlite3';
import { sourceWorkerLaunch } from '../session/worker-launch';
import { portableLaunch } from '../worker/launch';
import { SideThread } from '../worker/side-thread';

/**
 * From this many accounts on, the command line's analysis starts a side thread for its independent
 * reads (as the app's worker does): below it, the analysis takes a second or two and starting the
 * thread would cost more than it saves.
 */
export const SIDE_THREAD_FROM_ACCOUNTS = 20_000;

/** Runs `work` with a side thread when the workspace is large enough to gain from one. */
export function withSideThreadFor<T>(
  db: Database.Database,
  work: (side: SideThread | undefined) => T,
  threshold = SIDE_THREAD_FROM_ACCOUNTS,
): T {
  const accounts = db.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
  const side =
    accounts >= threshold ? new SideThread(portableLaunch(sourceWorkerLaunch())) : undefined;
  try {
    return work(side);
  } finally {
    side?.close();
  }
}
