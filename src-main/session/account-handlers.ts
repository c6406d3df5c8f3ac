import type { accountChannels } from '../../src-shared/ipc/account-channels';
import { readAccountProfile } from '../analysis/accounts/account-profile';
import { searchAccounts } from '../analysis/accounts/account-search';
import { readAccountTimeline } from '../analysis/accounts/account-timeline';
import { readScoreHistory } from '../analysis/accounts/score-history';
import type { Handlers } from '../ipc/handlers';
import type { Session } from './session';

type AccountChannel = keyof typeof accountChannels;

/** Customer 360's reads: small indexed queries on the session's connection, each a few rows. */
export function accountHandlers(session: Session): Handlers<AccountChannel> {
  const db = () => session.current().db;
  return {
    'accounts:search': ({ text, limit }) => searchAccounts(db(), text, limit),
    'accounts:profile': ({ accountId }) => readAccountProfile(db(), accountId),
    'accounts:timeline': ({ accountId }) => readAccountTimeline(db(), accountId),
    'accounts:score-history': ({ accountId }) => readScoreHistory(db(), accountId),
  };
}
