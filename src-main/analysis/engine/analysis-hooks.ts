import type { AccountActivity, ActivityRequest } from '../load/account-activity';
import type { PastFeatures, PastFeaturesRequest } from '../risk/past-features';

/** Work started elsewhere: `take` blocks until it is done; `abandon` gives up on it. */
export interface Deferred<T> {
  take(whileWaiting: () => void): T;
  abandon(): void;
}

/** What the caller of an analysis provides: progress, cancel, and reads it can do elsewhere. */
export interface AnalysisHooks {
  /** Called between steps with the step's name: report progress, honour a cancel. */
  step(phase: string): void;
  /** Throws when the caller asked to cancel; called while waiting on work done elsewhere. */
  throwIfCancelled?(): void;
  /**
   * Starts reading the churn model's past snapshot on another thread, to be taken when the model
   * is fitted. Without it, the snapshot is read here, in turn.
   */
  startPastFeatures?(request: PastFeaturesRequest): Deferred<PastFeatures>;
  /**
   * Starts reading the accounts' activity (tickets, surveys, usage, partners, contacts) on another
   * thread, to be taken once status and tenure are worked out here. Without it, read here.
   */
  startAccountActivity?(request: ActivityRequest): Deferred<AccountActivity>;
}
