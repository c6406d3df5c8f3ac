import { z } from 'zod';
import type { AccountProfile, AccountSearch, AccountTimeline, ScorePoint } from '../model/accounts';
import { channel } from './define';

const accountId = z.string().min(1).max(200);

/**
 * Customer 360's channels: find an account as the analyst types, and read one account's profile,
 * timeline and score history. They read the canonical tables, so they answer before the first
 * analysis too (the analysed parts are then empty); an unknown account fails with `not-found`.
 */
export const accountChannels = {
  'accounts:search': channel(
    z
      .object({ text: z.string().max(200), limit: z.number().int().min(1).max(50).optional() })
      .strict(),
  ).returns<AccountSearch>(),
  'accounts:profile': channel(z.object({ accountId }).strict()).returns<AccountProfile>(),
  'accounts:timeline': channel(z.object({ accountId }).strict()).returns<AccountTimeline>(),
  'accounts:score-history': channel(z.object({ accountId }).strict()).returns<ScorePoint[]>(),
};
