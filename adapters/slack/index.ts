// The Slack adapter: Bolt wired to the core. Translate in (to-incoming-message), call bot.handle,
// translate out (render-reply, render-views). Slack's platform duties live here: the 3-second ack,
// retries, privacy of drafts (ephemeral messages and modals only), and never answering bots.
import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import { z } from 'zod';
import { CHANNEL_TEXT, voteNote } from '../../src/answer/channel-messages.ts';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import type { Language } from '../../src/answer/messages.ts';
import { fallbackLanguage, threadLanguage } from '../../src/conversation/choose-language.ts';
import { decodeClarification, toClarification } from '../../src/conversation/clarification-payload.ts';
import { isProfileRequest, profileFromForm, rememberTopic } from '../../src/conversation/profile-form.ts';
import { BotError } from '../../src/core/bot-error.ts';
import type { Bot } from '../../src/core/create-bot.ts';
import { type IncomingMessage, type Profile, profileSchema, type Reply } from '../../src/core/types.ts';
import type { KnowledgeStore } from '../../src/knowledge/knowledge-store.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import { type Route, sendError } from '../../src/server/create-server.ts';
import { readRawBody } from '../../src/server/read-json-body.ts';
import type { ChannelStarter } from '../../src/server/start-server.ts';
import { createYieldingQueue } from '../../src/server/yielding-queue.ts';
import type { StateStore } from '../../src/state/state-store.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { loadSlackSettings, type SlackSettings } from './load-slack-settings.ts';
import { renderAdminNotice } from './render-admin-notice.ts';
import { ACTION, escapeMrkdwn, renderReply, type SlackMessage } from './render-reply.ts';
import {
  busyModal,
  draftInputModal,
  homeView,
  type ModalView,
  messageModal,
  profileModal,
  replyModal,
  VIEW,
} from './render-views.ts';
import { registerSourcesAction } from './sources-action.ts';
import {
  commandToIncomingMessage,
  draftToIncomingMessage,
  eventToIncomingMessage,
  messageEventSchema,
  slackUserKey,
  slashCommandSchema,
} from './to-incoming-message.ts';
import { verifySlackSignature } from './verify-slack-signature.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
export const COMMAND = { ask: '/uitingswijzer', check: '/uitingstoets' } as const;
export const SHORTCUT_CHECK_MESSAGE = 'toets_bericht';

export interface SlackAdapterOptions {
  settings: SlackSettings;
  knowledge: KnowledgeStore;
  state: StateStore;
  logger: Logger;
  /** Web API retries on 429/5xx/network errors (default 2; tests use 0). */
  apiRetries?: number;
  /** How long a thread the bot answered in stays open for follow-ups without a mention (in the state store). */
  threadTtlMs?: number;
  /** Answers waiting after their ack before new slash commands are turned away (default 200). */
  maxBacklog?: number;
}

export interface SlackAdapter {
  mode: 'http' | 'socket';
  /** Routes for the bot's own server (HTTP mode); empty in Socket Mode. */
  routes: Route[];
  stop(): Promise<void>;
}

const EVENT_CLAIM_MS = 60 * 60 * 1000;
const SLACK_BODY_LIMIT = 1024 * 1024;
const SOCKET_START_TIMEOUT_MS = 20_000;
/** The block a button's note (thanks, the confidential contact) takes in a modal; one at a time. */
const MODAL_NOTE_BLOCK = 'reply_note';
/** Message subtypes that are still a person writing to the bot. */
const ANSWERABLE_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

/** Fields of interactive payloads the handlers read, checked with zod. */
const payloadUserSchema = z.object({
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullable().optional(),
});
const messageShortcutSchema = payloadUserSchema.extend({
  trigger_id: z.string(),
  message: z.object({ text: z.string().default(''), user: z.string().optional() }),
});
const viewPayloadSchema = payloadUserSchema.extend({
  view: z.object({
    id: z.string(),
    private_metadata: z.string().optional(),
    state: z.object({
      values: z.record(z.string(), z.record(z.string(), z.looseObject({}))),
    }),
  }),
});
const actionPayloadSchema = payloadUserSchema.extend({
  channel: z.object({ id: z.string() }).optional(),
  view: z
    .object({
      id: z.string(),
      private_metadata: z.string().optional(),
      blocks: z.array(z.looseObject({ type: z.string() })),
    })
    .optional(),
});
const buttonSchema = z.object({
  action_id: z.string(),
  value: z.string().default(''),
  text: z.object({ text: z.string() }).optional(),
});
/** Where a button was pressed: the message it sits on, its thread, and whether it was ephemeral. */
const buttonPlaceSchema = actionPayloadSchema.extend({
  container: z
    .object({
      channel_id: z.string().optional(),
      thread_ts: z.string().optional(),
      is_ephemeral: z.boolean().optional(),
    })
    .optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
});

/**
 * Creates the adapter and checks the token with Slack (auth.test). Throws a BotError when Slack cannot
 * be reached or the token is refused; the caller starts without Slack and logs why.
 */
export async function createSlackAdapter(core: Bot, options: SlackAdapterOptions): Promise<SlackAdapter> {
  const { settings, state, knowledge } = options;
  // Answers are computed after the ack, one per event-loop turn, so a burst of commands cannot
  // delay the acknowledgements Slack waits for (3 seconds).
  const queue = createYieldingQueue();
  // Past this many answers waiting, new commands get "busy" at once instead of a growing backlog.
  const overloaded = () => queue.size() >= (options.maxBacklog ?? 200);
  const bot: Bot = {
    handle: (message) => queue.run(() => core.handle(message)),
    knowledgeVersion: () => core.knowledgeVersion(),
  };
  const logger = options.logger.child({ channel: 'slack' });
  const boltLogger = toBoltLogger(options.logger);
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: { retries: options.apiRetries ?? 2, factor: 2 },
    timeout: 10_000,
    ...(settings.apiUrl ? { slackApiUrl: withTrailingSlash(settings.apiUrl) } : {}),
  };
  const mode = settings.appToken ? 'socket' : 'http';
  const receiver =
    mode === 'socket'
      ? new SocketModeReceiver({
          appToken: settings.appToken!,
          logger: boltLogger,
          // Only the API address: the socket client keeps its own, patient reconnect policy.
          installerOptions: {
            clientOptions: settings.apiUrl ? { slackApiUrl: withTrailingSlash(settings.apiUrl) } : {},
          },
        })
      : new HTTPReceiver({
          signingSecret: settings.signingSecret!,
          endpoints: SLACK_EVENTS_PATH,
          logger: boltLogger,
          // Our own server owns the port; Bolt's receiver only handles the requests we pass it.
          port: 0,
          // Anything no listener acknowledges gets its answer after one second, not three.
          unhandledRequestTimeoutMillis: 1000,
          // Slack's payloads are small; refuse large bodies before the signature check reads them.
          bodyLimit: SLACK_BODY_LIMIT,
        });
  const app = new App({
    token: settings.botToken,
    receiver,
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
    // Context per thread is the core's business; Bolt's own conversation store would cost every request.
    convoStore: false,
    ...(mode === 'socket' ? { socketMode: true, appToken: settings.appToken } : {}),
  });
  try {
    await app.init();
  } catch (error) {
    const code = webApiErrorCode(error);
    // A request error means Slack (or SLACK_API_URL) could not be reached; anything else is Slack's refusal.
    throw new BotError(
      'channel_unavailable',
      code === 'slack_webapi_request_error'
        ? `Slack could not be reached at ${settings.apiUrl ?? 'https://slack.com/api/'} (auth.test). Slack stays off until the next start.`
        : `Slack did not accept the bot token (auth.test: ${code}). Slack stays off until the next start.`,
    );
  }

  // Threads the bot answered in are kept in the state store, so a follow-up without a mention is answered by
  // whichever instance Slack reaches, also after a restart.
  const threadTtlMs = options.threadTtlMs ?? 24 * 60 * 60 * 1000;
  const threadKey = (teamId: string | undefined, channel: string, threadTs: string) =>
    `slack:${teamId ?? 'T'}:${channel}:${threadTs}`;
  const profileOf = (teamId: string | undefined, userId: string): Promise<Profile | undefined> =>
    state.getProfile(slackUserKey(teamId, userId));

  // A retried event (X-Slack-Retry-Num) carries the same event_id: answer it once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await state.claimOnce(`slack:event:${eventId}`, EVENT_CLAIM_MS))) {
      logger.info({ eventId }, 'duplicate Slack event ignored');
      return;
    }
    await next();
  });

  app.error(async (error) => {
    logger.error({ err: error }, 'Slack listener failed');
  });

  // ── Asking: direct messages, mentions, follow-ups in a thread the bot answered in ──────────────
  app.event('app_mention', async ({ event, context, client }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success || parsed.data.bot_id || !parsed.data.user) return;
    await answerEvent(client, parsed.data, context.teamId, context.botUserId);
  });

  app.event('message', async ({ event, context, client }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success) return;
    const message = parsed.data;
    // Edits, joins, bot posts and our own messages are not questions.
    const answerable = !message.subtype || ANSWERABLE_SUBTYPES.has(message.subtype);
    if (!answerable || message.bot_id || !message.user || message.user === context.botUserId) return;
    if (message.channel_type !== 'im') {
      if (
        !message.thread_ts ||
        !(await state.hasThread(threadKey(context.teamId, message.channel, message.thread_ts)))
      )
        return;
      // A mention in the thread also arrives as app_mention; answer that one only.
      if (context.botUserId && new RegExp(`<@${context.botUserId}(\\|[^>]*)?>`).test(message.text)) return;
    }
    await answerEvent(client, message, context.teamId, context.botUserId);
  });

  async function answerEvent(
    client: webApi.WebClient,
    event: z.infer<typeof messageEventSchema>,
    teamId: string | undefined,
    botUserId: string | undefined,
  ): Promise<void> {
    const user = event.user!;
    const direct = event.channel_type === 'im';
    const threadTs = direct ? event.thread_ts : (event.thread_ts ?? event.ts);
    // Slack shows an ephemeral message with a thread_ts only inside a thread that already exists: a
    // top-level mention has none yet, so its private replies go to the channel itself.
    const ephemeralThreadTs = event.thread_ts;
    try {
      const incoming = eventToIncomingMessage(event, {
        teamId,
        botUserId,
        profile: await profileOf(teamId, user),
      });
      const reply = await bot.handle(incoming);
      const message = renderReply(reply);
      if (reply.intent === 'draft' && !direct) {
        // A draft assessment never goes into a channel: only the author sees it.
        await client.chat.postEphemeral({
          channel: event.channel,
          user,
          ...threadOf(ephemeralThreadTs),
          ...message,
        });
      } else {
        await client.chat.postMessage({
          channel: event.channel,
          ...threadOf(threadTs),
          ...noUnfurl(message),
        });
      }
      // The answer is out; a store that fails now only costs the follow-ups without a mention.
      if (!direct && threadTs)
        await state
          .markThread(threadKey(teamId, event.channel, threadTs), threadTtlMs)
          .catch((error: unknown) =>
            logger.error({ err: error }, 'could not keep the thread for follow-ups'),
          );
    } catch (error) {
      logger.error({ err: error }, 'could not answer a Slack message');
      const text = CHANNEL_TEXT[detectLanguage(event.text)].failed;
      await client.chat
        .postEphemeral({ channel: event.channel, user, text, ...threadOf(ephemeralThreadTs) })
        .catch((nested: unknown) =>
          logger.error({ err: nested }, 'could not tell the user about the failure'),
        );
    }
  }

  // ── Slash commands: acknowledged at once, answered privately through response_url ───────────────
  // The ack comes before anything that could fail, so Slack never shows its own timeout error.
  app.command(COMMAND.ask, async ({ command, ack, respond, client }) => {
    const text = typeof command.text === 'string' ? command.text : '';
    const language = detectLanguage(text);
    if (isProfileRequest(text)) {
      await ack();
      const english = /profile/i.test(text);
      await openView(client, respond, language, command.trigger_id, async () =>
        profileModal(english ? 'en' : 'nl', await profileOf(command.team_id, command.user_id)),
      );
      return;
    }
    await answerCommand('ask', command, ack, respond, language);
  });

  app.command(COMMAND.check, async ({ command, ack, respond, client }) => {
    const text = typeof command.text === 'string' ? command.text : '';
    const language = detectLanguage(text);
    if (text.trim() === '') {
      await ack();
      // No words to tell the language: the user's last question in this channel's commands, else the
      // language of their profile.
      await openView(client, respond, language, command.trigger_id, async () =>
        draftInputModal(
          fallbackLanguage({
            thread: await threadLanguage(
              state,
              `slack:${command.team_id}:${command.channel_id}:command`,
              undefined,
              slackUserKey(command.team_id, command.user_id),
            ),
            profile: await profileOf(command.team_id, command.user_id),
          }),
        ),
      );
      return;
    }
    await answerCommand('check', command, ack, respond, language);
  });

  /** A command with text: "busy" when the backlog is full, else an empty ack now and the answer via response_url. */
  async function answerCommand(
    kind: 'ask' | 'check',
    command: unknown,
    ack: (response?: { response_type: 'ephemeral'; text: string }) => Promise<void>,
    respond: Respond,
    language: Language,
  ): Promise<void> {
    if (overloaded()) {
      await ack({ response_type: 'ephemeral', text: CHANNEL_TEXT[language].overloaded });
      return;
    }
    // An empty ack shows nothing: a message in it would stay above the answer, because response_url
    // cannot replace the ack's message (a Slack limitation). The answer follows within about a second.
    await ack();
    await respondPrivately(respond, language, async () => {
      const parsed = slashCommandSchema.parse(command);
      return bot.handle(
        commandToIncomingMessage(parsed, kind, await profileOf(parsed.team_id, parsed.user_id)),
      );
    });
  }

  /** Answers through response_url; if that fails, tries once more with a plain apology. */
  async function respondPrivately(
    respond: Respond,
    language: Language,
    answer: () => Promise<Reply>,
  ): Promise<void> {
    let message: SlackMessage;
    try {
      message = renderReply(await answer());
    } catch (error) {
      logger.error({ err: error }, 'could not answer a Slack command');
      message = { text: CHANNEL_TEXT[language].failed, blocks: [] };
    }
    try {
      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    } catch (error) {
      logger.error({ err: error }, 'could not send the answer through response_url');
      await apologise(respond, language);
    }
  }

  async function apologise(respond: Respond | undefined, language: Language): Promise<void> {
    await respond?.({ response_type: 'ephemeral', text: CHANNEL_TEXT[language].failed }).catch(
      (error: unknown) => logger.error({ err: error }, 'could not send the apology through response_url'),
    );
  }

  /** Opens a modal; when Slack refuses, the user gets a private apology instead of nothing. */
  async function openView(
    client: webApi.WebClient,
    respond: Respond | undefined,
    language: Language,
    triggerId: string,
    build: () => Promise<ModalView>,
  ): Promise<string | undefined> {
    try {
      const opened = await client.views.open({ trigger_id: triggerId, view: await build() });
      return opened.view?.id;
    } catch (error) {
      logger.error({ err: error }, 'could not open a Slack modal');
      await apologise(respond, language);
      return undefined;
    }
  }

  /** Fills a modal; when that fails, tries to show an apology in it. */
  async function updateView(
    client: webApi.WebClient,
    viewId: string,
    language: Language,
    view: ModalView,
  ): Promise<void> {
    try {
      await client.views.update({ view_id: viewId, view });
    } catch (error) {
      logger.error({ err: error }, 'could not update a Slack modal');
      await client.views
        .update({ view_id: viewId, view: messageModal(language, CHANNEL_TEXT[language].failed) })
        .catch((nested: unknown) => logger.error({ err: nested }, 'could not show the apology in the modal'));
    }
  }

  // ── Checking a draft in a modal, and the message shortcut ───────────────────────────────────────
  app.view(VIEW.draftModal, async ({ ack, body, client }) => {
    const parsed = viewPayloadSchema.safeParse(body);
    if (!parsed.success) {
      await ack();
      logger.warn('Slack modal submission did not have the expected shape');
      return;
    }
    const payload = parsed.data;
    const draft = inputValue(payload.view.state.values, VIEW.draftBlock, VIEW.draftInput) ?? '';
    const language = detectLanguage(draft);
    if (draft.trim() === '') {
      await ack({
        response_action: 'errors',
        errors: { [VIEW.draftBlock]: CHANNEL_TEXT[language].emptyDraft },
      });
      return;
    }
    await ack({ response_action: 'update', view: busyModal(language) });
    const teamId = payload.team?.id ?? payload.user.team_id;
    const view = await assessInModal(language, async () =>
      bot.handle(
        draftToIncomingMessage(draft, teamId, payload.user.id, await profileOf(teamId, payload.user.id)),
      ),
    );
    await updateView(client, payload.view.id, language, view);
  });

  app.shortcut(SHORTCUT_CHECK_MESSAGE, async ({ ack, body, client, respond }) => {
    await ack();
    const parsed = messageShortcutSchema.safeParse(body);
    if (!parsed.success) {
      logger.warn('Slack message shortcut did not have the expected shape');
      return;
    }
    const payload = parsed.data;
    const language = detectLanguage(payload.message.text);
    if (payload.message.user !== payload.user.id) {
      await openView(client, respond, language, payload.trigger_id, async () =>
        messageModal(language, CHANNEL_TEXT[language].ownMessagesOnly),
      );
      return;
    }
    // The trigger expires after 3 seconds: open a modal at once, fill it when the check is done.
    const viewId = await openView(client, respond, language, payload.trigger_id, async () =>
      busyModal(language),
    );
    if (!viewId) return;
    const teamId = payload.team?.id ?? payload.user.team_id;
    const view = await assessInModal(language, async () =>
      bot.handle(
        draftToIncomingMessage(
          payload.message.text,
          teamId,
          payload.user.id,
          await profileOf(teamId, payload.user.id),
        ),
      ),
    );
    await updateView(client, viewId, language, view);
  });

  async function assessInModal(language: Language, answer: () => Promise<Reply>): Promise<ModalView> {
    try {
      return replyModal(await answer());
    } catch (error) {
      logger.error({ err: error }, 'could not check a draft from Slack');
      return messageModal(language, CHANNEL_TEXT[language].failed);
    }
  }

  // ── Profile ─────────────────────────────────────────────────────────────────────────────────────
  app.view(VIEW.profileModal, async ({ ack, body }) => {
    const parsed = viewPayloadSchema.safeParse(body);
    if (!parsed.success) {
      await ack();
      logger.warn('Slack profile submission did not have the expected shape');
      return;
    }
    const payload = parsed.data;
    const language: Language = payload.view.private_metadata === 'en' ? 'en' : 'nl';
    const values = payload.view.state.values;
    const candidate = profileSchema.safeParse(
      profileFromForm({
        sector: selectedValue(values, VIEW.sectorBlock, VIEW.sectorInput),
        role: inputValue(values, VIEW.roleBlock, VIEW.roleInput),
        portfolio: inputValue(values, VIEW.portfolioBlock, VIEW.portfolioInput),
        language,
      }),
    );
    const text = CHANNEL_TEXT[language];
    if (!candidate.success) {
      const field = String(candidate.error.issues[0]?.path[0] ?? VIEW.portfolioBlock);
      await ack({ response_action: 'errors', errors: { [field]: text.profileInvalid } });
      return;
    }
    try {
      await state.setProfile(
        slackUserKey(payload.team?.id ?? payload.user.team_id, payload.user.id),
        candidate.data,
      );
    } catch (error) {
      logger.error({ err: error }, 'could not save a profile');
      await ack({ response_action: 'update', view: messageModal(language, text.failed, text.profileTitle) });
      return;
    }
    const empty = Object.keys(candidate.data).length === 0;
    await ack({
      response_action: 'update',
      view: messageModal(language, empty ? text.profileCleared : text.profileSaved, text.profileTitle),
    });
  });

  // ── Buttons: feedback, "Bespreek vertrouwelijk", example questions ──────────────────────────────
  // Each acks first, then works; a failure becomes a private apology.
  app.action(/^feedback_(up|down)$/, async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    const { language, replyId } = readFeedbackValue(button.data.value);
    const rating = button.data.action_id === ACTION.feedbackUp ? 'up' : 'down';
    try {
      const userKey = slackUserKey(payload.data.team?.id ?? payload.data.user.team_id, payload.data.user.id);
      // One vote per person per reply, changeable: the core counts the latest press (the state store keeps
      // one vote per reply and user), and says whether it was new, changed or the same again.
      const reply = replyId
        ? await bot.handle({ channel: 'slack', text: '', userId: userKey, feedback: { replyId, rating } })
        : undefined;
      const note = reply?.error
        ? reply.error.message
        : reply?.vote
          ? voteNote(language, reply.vote, button.data.text?.text ?? (rating === 'up' ? '👍' : '👎'))
          : CHANNEL_TEXT[language].feedbackThanks;
      await showPrivately(client, respond, payload.data, note);
    } catch (error) {
      logger.error({ err: error }, 'could not record Slack feedback');
      await apologise(respond, language);
    }
  });

  app.action(ACTION.confidential, async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    try {
      await showPrivately(client, respond, payload.data, button.data.value);
    } catch (error) {
      logger.error({ err: error }, 'could not show the confidential contact');
      await apologise(respond, detectLanguage(button.data.value));
    }
  });

  app.action(new RegExp(`^${ACTION.example}_\\d+$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    const question = button.data.value;
    const language = detectLanguage(question);
    const teamId = payload.data.team?.id ?? payload.data.user.team_id;
    const userId = payload.data.user.id;
    try {
      const reply = await bot.handle({
        channel: 'slack',
        text: question,
        command: 'ask',
        userId: slackUserKey(teamId, userId),
        conversationId: `slack:${teamId ?? 'T'}:${payload.data.channel?.id ?? userId}`,
        profile: await profileOf(teamId, userId),
      } satisfies IncomingMessage);
      const channel = payload.data.channel?.id;
      if (channel?.startsWith('D')) {
        await client.chat.postMessage({ channel, ...noUnfurl(renderReply(reply)) });
      } else {
        await respond?.({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply) });
      }
    } catch (error) {
      logger.error({ err: error }, 'could not answer an example question');
      await apologise(respond, language);
    }
  });

  // ── Asking back: a quick reply answers the one question the bot asked; the answer follows ─────────
  app.action(new RegExp(`^${ACTION.clarify}_\\d+$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = buttonPlaceSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    const decoded = decodeClarification(button.data.value);
    if (!decoded) {
      await showPrivately(client, respond, payload.data, CHANNEL_TEXT.nl.unknownAction);
      return;
    }
    const teamId = payload.data.team?.id ?? payload.data.user.team_id;
    const userId = payload.data.user.id;
    const channelId = payload.data.channel?.id ?? payload.data.container?.channel_id;
    const ephemeral = payload.data.container?.is_ephemeral === true;
    const threadTs = payload.data.message?.thread_ts ?? payload.data.container?.thread_ts;
    try {
      const reply = await bot.handle({
        channel: 'slack',
        text: button.data.text?.text ?? decoded.v,
        command: 'ask',
        userId: slackUserKey(teamId, userId),
        // The conversation the question was asked in: a slash command's own, or the channel and thread.
        conversationId: ephemeral
          ? `slack:${teamId ?? 'T'}:${channelId ?? userId}:command`
          : `slack:${teamId ?? 'T'}:${channelId ?? userId}`,
        ...(threadTs && !ephemeral ? { threadId: threadTs } : {}),
        profile: await profileOf(teamId, userId),
        // Posted in the channel's thread, the answer is read by others (a DM's id starts with D).
        audience: ephemeral || !channelId || channelId.startsWith('D') ? 'private' : 'shared',
        clarification: toClarification(decoded),
      } satisfies IncomingMessage);
      const message = renderReply(reply);
      if (ephemeral || !channelId) {
        await respond?.({ response_type: 'ephemeral', replace_original: true, ...message });
      } else {
        await client.chat.postMessage({ channel: channelId, ...threadOf(threadTs), ...noUnfurl(message) });
      }
    } catch (error) {
      logger.error({ err: error }, 'could not answer a quick reply');
      await apologise(respond, decoded.l);
    }
  });

  registerSourcesAction(app, { knowledge, logger });

  // "Onthoud: ik werk aan …": the topic joins the profile's portfolio, so the next answer knows it.
  app.action(ACTION.rememberPortfolio, async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    const [code, ...rest] = button.data.value.split(':');
    const language: Language = code === 'en' ? 'en' : 'nl';
    const topic = rest.join(':').trim();
    try {
      const userKey = slackUserKey(payload.data.team?.id ?? payload.data.user.team_id, payload.data.user.id);
      const saved = await rememberTopic(state, userKey, topic);
      await showPrivately(
        client,
        respond,
        payload.data,
        saved ? CHANNEL_TEXT[language].portfolioRemembered(topic) : CHANNEL_TEXT[language].profileInvalid,
      );
    } catch (error) {
      logger.error({ err: error }, 'could not remember a topic in the profile');
      await apologise(respond, language);
    }
  });

  /** Shows a short text to the user who pressed a button: in the modal, or as an ephemeral message. */
  async function showPrivately(
    client: webApi.WebClient,
    respond: Respond | undefined,
    payload: z.infer<typeof actionPayloadSchema>,
    text: string,
  ): Promise<void> {
    if (payload.view) {
      // Keep the buttons; put the text below them, in place of the note an earlier press left there
      // (Slack sends the modal as it is now, so without that the notes would pile up).
      const language: Language = payload.view.private_metadata === 'en' ? 'en' : 'nl';
      const blocks = payload.view.blocks.flatMap((block) => {
        if (block.block_id === MODAL_NOTE_BLOCK) return [];
        if (block.block_id !== 'reply_actions') return [block];
        return [
          block,
          {
            type: 'context',
            block_id: MODAL_NOTE_BLOCK,
            elements: [{ type: 'mrkdwn', text: escapeMrkdwn(text), verbatim: true }],
          },
        ];
      });
      await client.views.update({
        view_id: payload.view.id,
        view: { ...busyModal(language), private_metadata: language, blocks: blocks.slice(0, 100) as never },
      });
      return;
    }
    await respond?.({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(text) });
  }

  // Buttons, forms and shortcuts the bot does not know (an old message, a changed app) are acknowledged at
  // once; otherwise Slack waits and shows the user an error.
  app.action(
    /^(?!feedback_(up|down)$|bespreek_vertrouwelijk$|voorbeeldvraag_\d+$|bronnen$)/,
    async ({ ack }) => ack(),
  );
  app.view(/^(?!uitingstoets_modal$|profiel_modal$)/, async ({ ack }) => ack());
  app.shortcut(/^(?!toets_bericht$)/, async ({ ack }) => ack());

  // ── App Home ────────────────────────────────────────────────────────────────────────────────────
  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    // Opening the home says nothing in words: it follows the user's last question in their DM with the bot,
    // else the language of their profile, else Dutch.
    const language = fallbackLanguage({
      thread: await threadLanguage(
        state,
        `slack:${context.teamId ?? 'T'}:${event.channel}`,
        undefined,
        slackUserKey(context.teamId, event.user),
      ),
      profile: await profileOf(context.teamId, event.user).catch(() => undefined),
    });
    const documents = knowledge.current().documents;
    const reviewed = documents.map((document) => document.meta.reviewed).sort();
    await client.views.publish({
      user_id: event.user,
      view: homeView(language, {
        knowledgeVersion: knowledge.current().version,
        oldestReview: reviewed[0] ?? '—',
        newestReview: reviewed.at(-1) ?? '—',
      }),
    });
  });

  // ── Knowledge reload problems to the admin channel ──────────────────────────────────────────────
  if (settings.adminChannel) {
    const channel = settings.adminChannel;
    knowledge.onReload((attempt, status) => {
      const notice = renderAdminNotice(attempt, status);
      if (!notice) return;
      app.client.chat
        .postMessage({ channel, ...noUnfurl(notice) })
        .catch((error: unknown) => logger.error({ err: error }, 'could not post to the Slack admin channel'));
    });
  }

  if (mode === 'socket') {
    // A refused app token or an unreachable Slack must not stop the server: start without Slack.
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        app.start(),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), SOCKET_START_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      await app.stop().catch(() => undefined);
      throw new BotError(
        'channel_unavailable',
        `Slack Socket Mode could not connect (${webApiErrorCode(error)}).`,
      );
    } finally {
      clearTimeout(timer);
    }
  }
  logger.info(
    { mode },
    mode === 'socket' ? 'Slack connected in Socket Mode' : `Slack listens on ${SLACK_EVENTS_PATH}`,
  );

  const httpReceiver = receiver instanceof HTTPReceiver ? receiver : undefined;
  return {
    mode,
    routes: httpReceiver
      ? [
          {
            method: 'POST',
            path: SLACK_EVENTS_PATH,
            async handle(request: HttpRequest, response: ServerResponse) {
              const raw = await readRawBody(request, SLACK_BODY_LIMIT);
              // The signature first: whoever cannot sign learns nothing about the body we expect.
              const signature = verifySlackSignature(settings.signingSecret!, request.headers, raw);
              if (signature !== 'valid') {
                logger.warn({ reason: signature }, 'Slack request refused: missing or invalid signature');
                sendError(response, 401, 'unauthorized', 'Missing or invalid Slack signature.');
                return;
              }
              // Then the shape: Bolt assumes an object and would leave a request with a body such as
              // `null` unanswered. Bolt then reads the same bytes (rawBody) and checks them again.
              const envelope = readSlackEnvelope(raw.toString('utf8'), request.headers['content-type'] ?? '');
              if (!envelope) {
                sendError(response, 400, 'input_invalid', 'Not a Slack request body.');
                return;
              }
              // Slack stops sending events for a minute when the app gets too many (30,000 an hour) and says
              // so in a callback no Bolt listener takes (it got a 404 after a second): acknowledged here.
              if ('type' in envelope && envelope.type === 'app_rate_limited') {
                logger.warn(
                  { teamId: envelope.team_id, minuteRateLimited: envelope.minute_rate_limited },
                  'Slack app_rate_limited: events from this workspace are dropped for a minute',
                );
                response.writeHead(200);
                response.end();
                return;
              }
              Object.assign(request, { rawBody: raw });
              httpReceiver.requestListener(request, response);
            },
          },
        ]
      : [],
    stop: async () => {
      if (mode === 'socket') await app.stop();
      // Answers already acknowledged to Slack are still sent.
      await queue.idle();
    },
  };
}

type Respond = (message: Record<string, unknown>) => Promise<unknown>;

/** Feedback buttons carry "<language>:<reply id>". */
function readFeedbackValue(value: string): { language: Language; replyId: string } {
  const [language, ...rest] = value.split(':');
  return language === 'en' || language === 'nl'
    ? { language, replyId: rest.join(':') }
    : { language: 'nl', replyId: value };
}

/** The envelope Slack sends: what Bolt relies on before any listener runs. */
const slackEnvelopeSchema = z.union([
  z.object({ type: z.literal('url_verification'), challenge: z.string() }),
  z.object({ type: z.literal('event_callback'), event: z.looseObject({ type: z.string() }) }),
  z.object({
    type: z.literal('app_rate_limited'),
    team_id: z.string().optional(),
    minute_rate_limited: z.number().optional(),
  }),
  z.object({ ssl_check: z.string() }),
  z.object({ command: z.string(), user_id: z.string(), team_id: z.string().optional() }),
  // A view's submission or closing without the view (or without a user) is no Slack payload: Bolt would fail
  // on it with a 500 (found by the fuzzer in test/security.test.ts).
  z.object({
    type: z.enum(['view_submission', 'view_closed']),
    user: z.looseObject({ id: z.string().min(1) }),
    view: z.looseObject({}),
  }),
  z.object({
    type: z.enum(['block_actions', 'message_action', 'shortcut', 'block_suggestion']),
    user: z.looseObject({ id: z.string().min(1) }),
  }),
]);

/** A JSON object, or a form (with a `payload` when interactive), in a shape Slack sends; else undefined. */
function readSlackEnvelope(
  body: string,
  contentType: string,
): z.infer<typeof slackEnvelopeSchema> | undefined {
  try {
    if (contentType.startsWith('application/json'))
      return slackEnvelopeSchema.safeParse(JSON.parse(body)).data;
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(body);
      const payload = form.get('payload');
      const value = payload === null ? Object.fromEntries(form) : JSON.parse(payload);
      return slackEnvelopeSchema.safeParse(value).data;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function threadOf(threadTs: string | undefined): { thread_ts?: string } {
  return threadTs ? { thread_ts: threadTs } : {};
}

/** Links in answers (sources) are never unfurled into previews. */
function noUnfurl(message: SlackMessage) {
  return { ...message, unfurl_links: false, unfurl_media: false };
}

type ViewValues = Record<string, Record<string, Record<string, unknown>>>;

function inputValue(values: ViewValues, block: string, action: string): string | undefined {
  const value = values[block]?.[action]?.value;
  return typeof value === 'string' ? value : undefined;
}

function selectedValue(values: ViewValues, block: string, action: string): string | undefined {
  const selected = values[block]?.[action]?.selected_option as { value?: unknown } | null | undefined;
  return typeof selected?.value === 'string' ? selected.value : undefined;
}

function webApiErrorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The Slack channel for the server: off (one log line) when no Slack settings are present. */
export const startSlackChannel: ChannelStarter = async ({ bot, knowledge, state, logger, env }) => {
  const settings = loadSlackSettings(env);
  if (!settings) {
    logger.info(
      'Slack is off: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) to switch it on',
    );
    return undefined;
  }
  const adapter = await createSlackAdapter(bot, { settings, knowledge, state, logger });
  return { name: `slack (${adapter.mode})`, routes: adapter.routes, stop: adapter.stop };
};
