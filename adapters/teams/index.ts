// The Teams adapter: botbuilder's CloudAdapter wired to the core on POST /api/messages of the bot's own
// server. Translate in (to-incoming-message), call bot.handle, translate out (render-reply). Teams'
// platform duties live here: authentication, typing indicators, invoke responses, and sending a draft
// assessment to the author's 1:1 chat (Teams has no private messages inside a channel).
// botbuilder is imported only in this folder: moving to the Microsoft 365 Agents SDK is a change here.
import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import {
  type Activity,
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { CHANNEL_TEXT, voteNote } from '../../src/answer/channel-messages.ts';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import type { Language } from '../../src/answer/messages.ts';
import { chooseLanguage } from '../../src/conversation/choose-language.ts';
import { decodeClarification, toClarification } from '../../src/conversation/clarification-payload.ts';
import { isProfileRequest, profileFromForm, rememberTopic } from '../../src/conversation/profile-form.ts';
import type { Bot } from '../../src/core/create-bot.ts';
import { type Profile, profileSchema, type Reply } from '../../src/core/types.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import { type Route, sendError, sendJson } from '../../src/server/create-server.ts';
import { parseJsonBody, readRawBody } from '../../src/server/read-json-body.ts';
import type { ChannelStarter } from '../../src/server/start-server.ts';
import { createYieldingQueue } from '../../src/server/yielding-queue.ts';
import { isEmptyProfile, type StateStore } from '../../src/state/state-store.ts';
import { loadTeamsSettings, type TeamsSettings } from './load-teams-settings.ts';
import {
  type CardAttachment,
  hasVoteButtons,
  messageCard,
  profileCard,
  renderReply,
  VERB,
  voteButtonTitle,
  withVoteNote,
} from './render-reply.ts';
import { createSentCardMemory } from './sent-card-memory.ts';
import {
  activitySchema,
  activityToIncomingMessage,
  draftToIncomingMessage,
  executeValueSchema,
  isPersonalConversation,
  messageActionValueSchema,
  messageText,
  type TeamsActivity,
  teamsToPlainText,
  teamsUserKey,
  tenantOf,
} from './to-incoming-message.ts';

export const TEAMS_MESSAGES_PATH = '/api/messages';
/** commandId of the message extension action "Toets dit bericht" in the app manifest. */
export const MESSAGE_ACTION_CHECK = 'toetsBericht';
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

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
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, activityType: context.activity.type }, 'Teams turn failed');
    const language = chooseLanguage(context.activity.text ?? '', { locale: context.activity.locale });
    const failed = CHANNEL_TEXT[language].failed;
    // An invoke is answered in its own response (a dialog or a card action), never with a new message
    // that could land in a channel.
    const apology =
      context.activity.type === ActivityTypes.Invoke
        ? invokeResponse(
            context,
            200,
            context.activity.name?.startsWith('composeExtension/')
              ? {
                  task: {
                    type: 'continue',
                    value: { title: CHANNEL_TEXT[language].draftTitle, card: messageCard(failed) },
                  },
                }
              : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: failed },
          )
        : context.sendActivity({ attachments: [messageCard(failed)] });
    await apology.catch((nested: unknown) =>
      logger.error({ err: nested }, 'could not tell the user about the failure'),
    );
  };

  const profileOf = (activity: TeamsActivity): Promise<Profile | undefined> =>
    state.getProfile(teamsUserKey(activity));

  // Cards with 👍 / 👎 are kept for a while, so a vote can answer with the same card marked as counted. Not a
  // draft check's: its card shows the draft itself, and a draft is never kept (a vote on it gets the thank-you).
  const sentCards = createSentCardMemory();
  const render = (reply: Reply): CardAttachment => {
    const attachment = renderReply(reply);
    if (reply.intent !== 'draft' && hasVoteButtons(attachment.content))
      sentCards.remember(reply.id, attachment.content);
    return attachment;
  };

  async function turn(context: TurnContext): Promise<void> {
    const activity = activitySchema.parse(context.activity);
    switch (activity.type) {
      case ActivityTypes.Message:
        return onMessage(context, activity);
      case ActivityTypes.Invoke:
        return onInvoke(context, activity);
      case ActivityTypes.ConversationUpdate:
        return onConversationUpdate(context, activity);
      default:
        return;
    }
  }

  async function onMessage(context: TurnContext, activity: TeamsActivity): Promise<void> {
    const text = messageText(activity);
    const personal = isPersonalConversation(activity);
    if (isProfileRequest(text)) {
      const form = profileCard(/profile/i.test(text) ? 'en' : 'nl', await profileOf(activity));
      if (personal) await context.sendActivity({ attachments: [form] });
      else await sendPrivately(context, activity, form, detectLanguage(text), 'profileSentPrivately');
      return;
    }
    if (showsTyping(activity)) await context.sendActivity({ type: ActivityTypes.Typing });
    const reply = await bot.handle(activityToIncomingMessage(activity, await profileOf(activity)));
    const attachment = render(reply);
    if (reply.intent === 'draft' && !personal) {
      // A draft assessment never goes into a channel or group chat: to the author's 1:1 chat instead.
      await sendPrivately(context, activity, attachment, reply.language);
      return;
    }
    await context.sendActivity({ attachments: [attachment] });
  }

  /** Sends a card to the user's 1:1 chat with the bot, and a short note (no content) where they asked. */
  async function sendPrivately(
    context: TurnContext,
    activity: TeamsActivity,
    attachment: CardAttachment,
    language: Language,
    note: 'sentPrivately' | 'profileSentPrivately' = 'sentPrivately',
  ): Promise<void> {
    const tenantId = tenantOf(activity);
    let delivered = false;
    try {
      await adapter.createConversationAsync(
        settings.appId,
        activity.channelId,
        activity.serviceUrl,
        BOT_FRAMEWORK_AUDIENCE,
        {
          isGroup: false,
          bot: { id: activity.recipient.id, name: activity.recipient.name ?? 'Uitingswijzer' },
          members: [{ id: activity.from.id, name: activity.from.name ?? '' }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        } as never,
        async (privateContext) => {
          // Caught here: botbuilder would otherwise hand the error to onTurnError of the private chat.
          try {
            await privateContext.sendActivity({ attachments: [attachment] });
            delivered = true;
          } catch (error) {
            logger.error({ err: error }, 'could not send to the 1:1 chat');
          }
        },
      );
    } catch (error) {
      logger.error({ err: error }, 'could not open a 1:1 chat with the user');
    }
    // The note where the user asked never carries the content; it says whether the private send worked.
    const text = CHANNEL_TEXT[language];
    await context.sendActivity({
      attachments: [messageCard(delivered ? text[note] : text.couldNotSendPrivately)],
    });
  }

  async function onInvoke(context: TurnContext, activity: TeamsActivity): Promise<void> {
    if (activity.name === 'adaptiveCard/action') return onCardAction(context, activity);
    // With fetchTask the dialog is asked for first; both carry the message and get the assessment.
    if (activity.name === 'composeExtension/fetchTask' || activity.name === 'composeExtension/submitAction') {
      return onMessageAction(context, activity);
    }
    await invokeResponse(context, 501, undefined);
  }

  async function onCardAction(context: TurnContext, activity: TeamsActivity): Promise<void> {
    const parsed = executeValueSchema.safeParse(activity.value);
    if (!parsed.success) {
      await invokeResponse(context, 400, {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: 'Unknown card action.' },
      });
      return;
    }
    const { verb, data } = parsed.data.action;
    const language: Language = data.language === 'en' ? 'en' : 'nl';
    switch (verb) {
      case VERB.feedback: {
        const replyId = typeof data.replyId === 'string' ? data.replyId : '';
        const rating = data.rating === 'down' ? 'down' : 'up';
        // One vote per person per reply, changeable, as in Slack: the core counts the latest press (the state
        // store keeps one vote per reply and user) and says whether it was new, changed or the same again.
        const reply = replyId
          ? await bot.handle({
              channel: 'teams',
              text: '',
              userId: teamsUserKey(activity),
              feedback: { replyId, rating },
            })
          : undefined;
        // The card is replaced for the voter only (the invoke response of an Action.Execute): the same answer,
        // the current vote marked and both buttons kept, so pressing the other one changes it.
        const sent = replyId ? sentCards.recall(replyId) : undefined;
        if (!sent || !reply?.vote) {
          await cardActionMessage(context, reply?.error?.message ?? CHANNEL_TEXT[language].feedbackThanks);
          return;
        }
        const note = voteNote(language, reply.vote, voteButtonTitle(sent, rating) ?? rating);
        await invokeResponse(context, 200, {
          statusCode: 200,
          type: 'application/vnd.microsoft.card.adaptive',
          value: withVoteNote(sent, note, reply.vote.rating).content,
        });
        return;
      }
      case VERB.confidential:
        await cardActionMessage(
          context,
          typeof data.text === 'string' ? data.text : CHANNEL_TEXT[language].unknownAction,
        );
        return;
      case VERB.profileSave: {
        const text = CHANNEL_TEXT[language];
        const candidate = profileSchema.safeParse(
          profileFromForm({
            sector: typeof data.sector === 'string' ? data.sector : undefined,
            role: typeof data.role === 'string' ? data.role : undefined,
            portfolio: typeof data.portfolio === 'string' ? data.portfolio : undefined,
            language,
          }),
        );
        if (!candidate.success) {
          await cardActionMessage(context, text.profileInvalid);
          return;
        }
        await state.setProfile(teamsUserKey(activity), candidate.data);
        // The card always sends its language: a form with every field empty deletes the profile (as the store
        // does), whatever language it was filled in.
        const empty = isEmptyProfile(candidate.data);
        await invokeResponse(context, 200, {
          statusCode: 200,
          type: 'application/vnd.microsoft.card.adaptive',
          value: messageCard(empty ? text.profileCleared : text.profileSaved).content,
        });
        return;
      }
      case VERB.clarify: {
        // A quick reply: the answer replaces the card that asked.
        const decoded = decodeClarification(data.clarification);
        if (!decoded) {
          await cardActionMessage(context, CHANNEL_TEXT[language].unknownAction);
          return;
        }
        const reply = await bot.handle({
          channel: 'teams',
          text: typeof data.label === 'string' && data.label.trim() ? data.label.slice(0, 200) : decoded.v,
          command: 'ask',
          userId: teamsUserKey(activity),
          conversationId: `teams:${activity.conversation.id}`.slice(0, 300),
          profile: await profileOf(activity),
          ...(activity.locale ? { locale: activity.locale } : {}),
          clarification: toClarification(decoded),
        });
        await invokeResponse(context, 200, {
          statusCode: 200,
          type: 'application/vnd.microsoft.card.adaptive',
          value: render(reply).content,
        });
        return;
      }
      case VERB.rememberPortfolio: {
        const topic = typeof data.topic === 'string' ? data.topic.slice(0, 100) : '';
        const saved = await rememberTopic(state, teamsUserKey(activity), topic);
        const text = CHANNEL_TEXT[language];
        await cardActionMessage(context, saved ? text.portfolioRemembered(topic) : text.profileInvalid);
        return;
      }
      default:
        await cardActionMessage(context, CHANNEL_TEXT[language].unknownAction);
    }
  }

  /** "Toets dit bericht": the assessment in a dialog only the user sees. */
  async function onMessageAction(context: TurnContext, activity: TeamsActivity): Promise<void> {
    const parsed = messageActionValueSchema.safeParse(activity.value);
    if (!parsed.success || parsed.data.commandId !== MESSAGE_ACTION_CHECK) {
      await invokeResponse(context, 400, undefined);
      return;
    }
    const payload = parsed.data.messagePayload;
    const draft = teamsToPlainText(payload?.body.content ?? '');
    const language = detectLanguage(draft);
    const author = payload?.from?.user?.id;
    // Only the user's own messages (a message from a bot or app has no user and is not checked).
    const own = author !== undefined && (author === activity.from.aadObjectId || author === activity.from.id);
    const attachment = own
      ? renderReply(await bot.handle(draftToIncomingMessage(activity, draft, await profileOf(activity))), {
          actions: false,
        })
      : messageCard(CHANNEL_TEXT[language].ownMessagesOnly);
    await invokeResponse(context, 200, {
      task: {
        type: 'continue',
        value: {
          title: CHANNEL_TEXT[language].draftTitle,
          card: attachment,
          width: 'large',
          height: 'large',
        },
      },
    });
  }

  async function onConversationUpdate(context: TurnContext, activity: TeamsActivity): Promise<void> {
    const added = activity.membersAdded?.some((member) => member.id === activity.recipient.id);
    if (!added || !isPersonalConversation(activity)) return;
    const welcome = await bot.handle({
      channel: 'teams',
      text: '',
      command: 'help',
      userId: teamsUserKey(activity),
      conversationId: `teams:${activity.conversation.id}`.slice(0, 300),
      // Installing says nothing in words: the welcome follows the user's Teams language.
      ...(activity.locale ? { locale: activity.locale } : {}),
    });
    await context.sendActivity({ attachments: [renderReply(welcome)] });
  }

  async function cardActionMessage(context: TurnContext, text: string): Promise<void> {
    await invokeResponse(context, 200, {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: text,
    });
  }

  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024;
  return {
    stop: () => queue.idle(),
    routes: [
      {
        method: 'POST',
        path: TEAMS_MESSAGES_PATH,
        async handle(request: HttpRequest, response: ServerResponse) {
          // Without a token there is nothing to check: 401 before reading what was sent.
          if (settings.authentication && !request.headers.authorization) {
            sendError(response, 401, 'unauthorized', 'A Bot Framework token is required.');
            return;
          }
          // Without authentication only this machine may talk to the bot (the Bot Framework Emulator).
          if (!settings.authentication && !isLoopback(request.socket.remoteAddress)) {
            sendError(response, 403, 'forbidden', 'Teams runs without authentication: local requests only.');
            return;
          }
          const raw = await readRawBody(request, maxBodyBytes);
          let body: unknown;
          let unreadable: unknown;
          try {
            body = parseJsonBody(raw);
          } catch (error) {
            unreadable = error;
          }
          // The token is checked first, so a caller without a valid one gets 401 and learns nothing about
          // the activity we expect; it is checked against the fields it names (channelId, serviceUrl),
          // read leniently here. Checked here, not inside CloudAdapter.process (which prints refusals with
          // console.error), so that a refusal is one log line of ours and a 401.
          const envelope = tokenEnvelopeSchema.safeParse(body);
          let authenticated: AuthenticateRequestResult;
          try {
            authenticated = await authentication.authenticateRequest(
              (envelope.success ? envelope.data : {}) as Partial<Activity> as Activity,
              request.headers.authorization ?? '',
            );
          } catch (error) {
            // Any failure to authenticate is a refusal (jsonwebtoken's errors carry no status code).
            logger.warn(
              { reason: error instanceof Error ? error.name : typeof error },
              'Teams request refused: missing or invalid Bot Framework token',
            );
            sendError(response, 401, 'unauthorized', 'Invalid Bot Framework token.');
            return;
          }
          if (unreadable) throw unreadable;
          const activity = activitySchema.safeParse(body);
          if (!activity.success) {
            const issue = activity.error.issues[0];
            sendError(
              response,
              400,
              'input_invalid',
              `Not a Bot Framework activity: ${issue?.path.join('.') || 'body'}: ${issue?.message}`,
            );
            return;
          }
          if (!settings.authentication && !isLoopbackUrl(activity.data.serviceUrl)) {
            sendError(
              response,
              400,
              'input_invalid',
              'Without authentication the serviceUrl must be on this machine.',
            );
            return;
          }
          const invoke = await adapter.run(authenticated, body as Activity, turn);
          if (invoke?.body !== undefined) {
            sendJson(response, invoke.status, invoke.body);
          } else {
            response.writeHead(invoke?.status ?? 200);
            response.end();
          }
        },
      },
    ],
  };
}

/** The fields a Bot Framework token is checked against, read before the activity's full shape. */
const tokenEnvelopeSchema = z.looseObject({
  channelId: z.string().optional(),
  serviceUrl: z.string().optional(),
  recipient: z.looseObject({ role: z.string().optional() }).optional(),
});

type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/** CloudAdapter with its turn processing reachable for a request we have already authenticated. */
class TurnAdapter extends CloudAdapter {
  run(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ) {
    return this.processActivity(authenticated, activity, logic);
  }
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/**
 * Teams shows a typing indicator only in personal and group chats. In a channel the client fails on it
 * ("Invalid conversation id team-id;messageid=…") and then does not show the answer that follows.
 */
function showsTyping(activity: TeamsActivity): boolean {
  return isPersonalConversation(activity) || activity.conversation.conversationType === 'groupChat';
}

async function invokeResponse(context: TurnContext, status: number, body: unknown): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
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
