// What every group of Slack listeners shares: the Bolt app, the core behind the answer queue, the stores.
import type { App } from '@slack/bolt';
import type { Bot } from '../../src/core/create-bot.ts';
import type { Profile } from '../../src/core/types.ts';
import type { KnowledgeStore } from '../../src/knowledge/knowledge-store.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import type { StateStore } from '../../src/state/state-store.ts';

export interface SlackListenerContext {
  app: App;
  /** The core behind the answer queue: answers computed after the ack, a few per turn once requests pause. */
  bot: Bot;
  knowledge: KnowledgeStore;
  state: StateStore;
  /** The adapter's logger (channel: slack). */
  logger: Logger;
  /**
   * Runs work that follows an ack in the answer queue, with the core itself (not queued a second time): it starts
   * after the requests already received have been read and acknowledged.
   */
  afterAck<T>(job: (core: Bot) => Promise<T>): Promise<T>;
  /** Whether the answer backlog is full, so a new slash command gets "busy" at once. */
  overloaded: () => boolean;
  /** How long a thread the bot answered in stays open for follow-ups without a mention. */
  threadTtlMs: number;
  /** The user's saved profile, if any. */
  profileOf: (teamId: string | undefined, userId: string) => Promise<Profile | undefined>;
}
