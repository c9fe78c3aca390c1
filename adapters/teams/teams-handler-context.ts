// What every Teams handler shares: the core behind the answer queue, the stores, and the CloudAdapter (to open
// a 1:1 chat with the user).
import type { Bot } from '../../src/core/create-bot.ts';
import type { Profile, Reply } from '../../src/core/types.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import type { StateStore } from '../../src/state/state-store.ts';
import type { TeamsSettings } from './load-teams-settings.ts';
import type { CardAttachment } from './render-reply.ts';
import type { SentCardMemory } from './sent-card-memory.ts';
import type { TeamsActivity } from './to-incoming-message.ts';
import type { TurnAdapter } from './turn-adapter.ts';

export interface TeamsHandlerContext {
  settings: TeamsSettings;
  /** The core behind the answer queue: answers computed a few per turn once requests pause. */
  bot: Bot;
  state: StateStore;
  /** The adapter's logger (channel: teams). */
  logger: Logger;
  adapter: TurnAdapter;
  /** The answer cards with 👍 / 👎 this instance sent, so a vote can answer with the card marked. */
  sentCards: SentCardMemory;
  /** A reply as its card; an answer card with vote buttons is kept in sentCards. */
  render: (reply: Reply) => CardAttachment;
  /** The user's saved profile, if any. */
  profileOf: (activity: TeamsActivity) => Promise<Profile | undefined>;
}
