import type { z } from 'zod';
import type { ChannelSpec, EventSpec } from './define';
import { accountChannels } from './account-channels';
import { analysisChannels, analysisEvents } from './analysis-channels';
import { fileChannels } from './file-channels';
import { goalChannels } from './goal-channels';
import { importChannels } from './import-channels';
import { listChannels } from './list-channels';
import { workspaceChannels, workspaceEvents } from './workspace-channels';

/**
 * The one contract between the renderer and main: every channel with its request schema and
 * response type, and every event main sends. Each domain keeps its channels in its own file.
 */
export const contract = {
  ...workspaceChannels,
  ...analysisChannels,
  ...importChannels,
  ...listChannels,
  ...fileChannels,
  ...accountChannels,
  ...goalChannels,
} satisfies Record<string, ChannelSpec<z.ZodType, unknown>>;

export const events = {
  ...workspaceEvents,
  ...analysisEvents,
} satisfies Record<string, EventSpec<unknown>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = NonNullable<Contract[C]['response']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = NonNullable<Events[E]['payload']>;

export const channelNames = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
