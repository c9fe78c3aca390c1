// The Teams adapter: botbuilder's CloudAdapter wired to the core on POST /api/messages of the bot's own
// server. Translate in (to-incoming-message), call bot.handle, translate out (render-reply). Teams'
// platform duties live here: authentication, typing indicators, invoke responses, and sending a draft
// assessment to the author's 1:1 chat (Teams has no private messages inside a channel). This file builds the
// adapter and starts the channel; the handlers live in handle-*.ts, one file per kind of activity, and the
// HTTP route in teams-messages-route.ts.
// botbuilder is imported only in this folder: moving to the Microsoft 365 Agents SDK is a change here.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Bot } from '../../src/core/create-bot.ts';
import type { Reply } from '../../src/core/types.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import type { Route } from '../../src/server/create-server.ts';
import type { ChannelStarter } from '../../src/server/start-server.ts';
import { createYieldingQueue } from '../../src/server/yielding-queue.ts';
import type { StateStore } from '../../src/state/state-store.ts';
import { createTurnHandler } from './handle-turn.ts';
import { createTurnErrorHandler } from './handle-turn-error.ts';
import { loadTeamsSettings, type TeamsSettings } from './load-teams-settings.ts';
import { type CardAttachment, hasVoteButtons, renderReply } from './render-reply.ts';
import { createSentCardMemory } from './sent-card-memory.ts';
import type { TeamsHandlerContext } from './teams-handler-context.ts';
import { createTeamsMessagesRoute, TEAMS_MESSAGES_PATH } from './teams-messages-route.ts';
import { teamsUserKey } from './to-incoming-message.ts';
import { TurnAdapter } from './turn-adapter.ts';

export { MESSAGE_ACTION_CHECK } from './handle-message-action.ts';
export { TEAMS_MESSAGES_PATH } from './teams-messages-route.ts';

export interface TeamsAdapterOptions {
  settings: TeamsSettings;
  state: StateStore;
  logger: Logger;
  /** Largest accepted activity in bytes. */
  maxBodyBytes?: number;
}

export interface TeamsAdapter {
  routes: Route[];
  /** Resolves when the work in flight is done (graceful shutdown). */
  stop(): Promise<void>;
}

export function createTeamsAdapter(core: Bot, options: TeamsAdapterOptions): TeamsAdapter {
  const { settings, state } = options;
  const logger = options.logger.child({ channel: 'teams' });
  const queue = createYieldingQueue();
  const bot: Bot = {
    handle: (message) => queue.run(() => core.handle(message)),
    knowledgeVersion: () => core.knowledgeVersion(),
  };
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId,
    MicrosoftAppPassword: settings.appPassword,
    MicrosoftAppTenantId: settings.tenantId,
    MicrosoftAppType: settings.appType,
  });
  const adapter = new TurnAdapter(authentication);
  adapter.onTurnError = createTurnErrorHandler(logger);

  // Cards with 👍 / 👎 are kept for a while, so a vote can answer with the same card marked as counted. Not a
  // draft check's: its card shows the draft itself, and a draft is never kept (a vote on it gets the thank-you).
  const sentCards = createSentCardMemory();
  const render = (reply: Reply): CardAttachment => {
    const attachment = renderReply(reply);
    if (reply.intent !== 'draft' && hasVoteButtons(attachment.content))
      sentCards.remember(reply.id, attachment.content);
    return attachment;
  };
  const context: TeamsHandlerContext = {
    settings,
    bot,
    state,
    logger,
    adapter,
    sentCards,
    render,
    profileOf: (activity) => state.getProfile(teamsUserKey(activity)),
  };

  return {
    stop: () => queue.idle(),
    routes: [
      createTeamsMessagesRoute({
        settings,
        authentication,
        adapter,
        onTurn: createTurnHandler(context),
        logger,
        maxBodyBytes: options.maxBodyBytes ?? 256 * 1024,
      }),
    ],
  };
}

/** The Teams channel for the server: off unless an app id (or TEAMS_ENABLED=true for the Emulator) is set. */
export const startTeamsChannel: ChannelStarter = async ({ bot, state, logger, env }) => {
  const settings = loadTeamsSettings(env);
  if (!settings) {
    logger.info('Teams is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to switch it on');
    return undefined;
  }
  if (!settings.authentication) {
    logger.error(
      '!!! Teams AUTHENTICATION IS OFF: no MICROSOFT_APP_ID is set, so anyone who can reach /api/messages can talk to the bot and make it post to any serviceUrl. Use this only with the Bot Framework Emulator on your own machine. !!!',
    );
  }
  const adapter = createTeamsAdapter(bot, { settings, state, logger });
  logger.info({ authentication: settings.authentication }, `Teams listens on ${TEAMS_MESSAGES_PATH}`);
  return { name: 'teams', routes: adapter.routes, stop: adapter.stop };
};
