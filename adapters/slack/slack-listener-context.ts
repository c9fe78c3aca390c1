// What every group of Slack listeners shares: the Bolt app, the core behind the answer queue, the stores.
import type { App } from '@slack/bolt';
import type { Bot } from '../../src/core/create-bot.ts';
import type { Profile } from '../../src/core/types.ts';
import type { KnowledgeStore } from '../../src/knowledge/knowledge-store.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import type { StateStore } from '../../src/state/state-store.ts';

export interface SlackListenerContext {
  app: App;
  /** The core, with answers computed after the ack, one per event-loop turn. */
  bot: Bot;
  knowledge: KnowledgeStore;
  state: StateStore;
  /** The adapter's logger (channel: slack). */
  logger: Logger;
  /** Whether the answer backlog is full, so a new slash command gets "busy" at once. */
  overloaded: () => boolean;
  /** How long a thread the bot answered in stays open for follow-ups without a mention. */
  threadTtlMs: number;
  /** The user's saved profile, if any. */
  profileOf: (teamId: string | undefined, userId: string) => Promise<Profile | undefined>;
}
