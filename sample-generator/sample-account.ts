import { drawProfile, type AccountProfile, type ProfileContext } from './account-profile';
import { drawSnapshot, type AccountSnapshot } from './account-snapshot';
import { activityMonths } from './activity';
import { drawContacts, type Contact } from './contacts-model';
import { drawFeedback, type Feedback } from './feedback-model';
import type { IdFactory } from './ids';
import { simulateLifecycle, type Lifecycle } from './lifecycle';
import { drawCommissions, drawReferral, type Commission, type Referral } from './partner-activity';
import { Random } from './random';
import { drawUsage, type UsageRow } from './usage-model';

/** Everything the sample holds about one account, across all the tools' exports. */
export interface SampleAccount {
  profile: AccountProfile;
  contacts: Contact[];
  lifecycle: Lifecycle;
  usage: UsageRow[];
  feedback: Feedback;
  snapshot: AccountSnapshot;
  referral: Referral | null;
  commissions: Commission[];
}

export interface AccountContext extends ProfileContext {
  seed: number;
  ids: IdFactory;
}

/** Each concern draws from its own stream, so changing one model leaves the others' numbers alone. */
export const Stream = {
  Profile: 1,
  Lifecycle: 2,
  Engagement: 3,
  Partner: 4,
  Leads: 5,
  Imperfections: 6,
} as const;

export function buildAccount(index: number, context: AccountContext): SampleAccount {
  const { seed, ids } = context;
  const profileRng = Random.stream(seed, index, Stream.Profile);
  const profile = drawProfile(index, profileRng, context);
  const contacts = drawContacts(
    profile,
    profileRng,
    () => 51_000_000_000 + ids.sequence('hubspot-contact') * 13,
  );
  const lifecycle = simulateLifecycle(profile, Random.stream(seed, index, Stream.Lifecycle), ids);
  const engagement = Random.stream(seed, index, Stream.Engagement);
  const months = activityMonths(lifecycle);
  const usage = drawUsage(profile, months, engagement);
  const feedback = drawFeedback(profile, lifecycle, months, contacts, engagement, ids);
  const snapshot = drawSnapshot(profile, lifecycle, contacts, feedback, usage.trend, engagement);
  const partnerRng = Random.stream(seed, index, Stream.Partner);
  return {
    profile,
    contacts,
    lifecycle,
    usage: usage.rows,
    feedback,
    snapshot,
    referral: drawReferral(profile, lifecycle, contacts, partnerRng, ids),
    commissions: drawCommissions(profile, lifecycle, partnerRng, ids),
  };
}
