/**
 * The names of every channel and event of the contract, without their schemas: what the preload
 * needs to refuse a name outside the contract, kept free of zod so that the preload bundle stays
 * small. A unit test keeps these lists equal to the contract's own.
 */
export const channelNameList = [
  'workspace:info',
  'workspace:open',
  'workspace:create',
  'workspace:save-as',
  'workspace:recent',
  'overview:key-figures',
  'overview:coverage',
  'preferences:get',
  'preferences:set',
  'job:cancel',
  'analysis:run',
  'analysis:freshness',
  'analysis:summary',
  'analysis:advocates',
  'analysis:advocate',
  'analysis:account',
  'analysis:case-studies',
  'analysis:case-studies-export',
  'analysis:channels',
  'analysis:affiliates',
  'analysis:retention',
  'analysis:mrr-movements',
  'analysis:segments',
  'analysis:factors',
  'analysis:use-cases',
  'analysis:clusters',
  'analysis:risk',
  'analysis:risk-totals',
  'analysis:risk-account',
  'analysis:profiles',
  'analysis:profile-save',
  'analysis:profile-delete',
  'analysis:profile-choose',
  'analysis:tiers',
  'analysis:tiers-save',
  'analysis:rules',
  'analysis:rule-save',
  'analysis:rule-delete',
  'analysis:rule-choose',
  'analysis:reference-requests',
  'analysis:reference-log',
  'analysis:reference-outcome',
  'analysis:consent',
  'analysis:consent-save',
  'analysis:account-contacts',
  'analysis:score-distribution',
  'analysis:settings',
  'analysis:settings-save',
  'analysis:profile-duplicate',
  'analysis:profile-rename',
  'import:catalog',
  'import:inspect',
  'import:run',
  'import:runs',
  'import:run-detail',
  'import:undo',
  'import:rejected-csv',
  'lists:page',
  'lists:facet',
  'tables:export',
  'lists:export',
  'files:choose-import',
  'files:choose-workspace',
  'accounts:search',
  'accounts:profile',
  'accounts:timeline',
  'accounts:score-history',
  'goals:list',
  'goals:save',
  'goals:delete',
  'goals:segment-values',
] as const;

export const eventNameList = [
  'job:progress',
  'workspace:changed',
  'preferences:changed',
  'menu:command',
  'analysis:finished',
] as const;

const channelSet: ReadonlySet<string> = new Set(channelNameList);
const eventSet: ReadonlySet<string> = new Set(eventNameList);

export const isChannelName = (name: unknown): name is (typeof channelNameList)[number] =>
  typeof name === 'string' && channelSet.has(name);

export const isEventNameOf = (name: unknown): name is (typeof eventNameList)[number] =>
  typeof name === 'string' && eventSet.has(name);

/**
 * The one request the preload sends on its own behalf, outside the contract: the path Electron
 * gave it for a file the analyst handed over (see `file-channels`).
 */
export const fileHandOverChannel = 'files:hand-over';
