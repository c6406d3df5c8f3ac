import { sideRead } from '../../job/side-reads';
import {
  readAccountActivity,
  readAccountIds,
  type ActivityRequest,
} from '../load/account-activity';
import { readPastFeatures, type PastFeaturesRequest } from '../risk/past-features';

/** The accounts' activity (tickets, surveys, usage sums, partners, contacts), read elsewhere. */
export const accountActivityRead = sideRead('account-activity', (db, params: ActivityRequest) =>
  readAccountActivity(db, readAccountIds(db), params),
);

/** The churn model's snapshot from the risk horizon back, read elsewhere. */
export const pastRiskFeaturesRead = sideRead(
  'past-risk-features',
  (db, params: PastFeaturesRequest) => readPastFeatures(db, params),
);

/** Every read an analysis may hand to the side thread, for the thread's registry. */
export const analysisSideReads = [accountActivityRead, pastRiskFeaturesRead] as const;
