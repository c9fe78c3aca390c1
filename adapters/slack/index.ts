// The Slack adapter: Bolt wired to the core. Translate in (to-incoming-message), call bot.handle,
// translate out (render-reply, render-views). Slack's platform duties live here: the 3-second ack,
// retries, privacy of drafts (ephemeral messages and modals only), and never answering bots.
import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import { z } from 'zod';
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import type { Language } from '../../src/answer/messages.ts';
import { isProfileRequest, profileFromForm } from '../../src/conversation/profile-form.ts';
import { BotError } from '../../src/core/bot-error.ts';
import type { Bot } from '../../src/core/create-bot.ts';
import { type IncomingMessage, type Profile, profileSchema, type Reply } from '../../src/core/types.ts';
import type { KnowledgeStore } from '../../src/knowledge/knowledge-store.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import type { Route } from '../../src/server/create-server.ts';
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
  messageModal,
  profileModal,
  replyModal,
  VIEW,
} from './render-views.ts';
import {
  commandToIncomingMessage,
  draftToIncomingMessage,
  eventToIncomingMessage,
  messageEventSchema,
  slackUserKey,
  slashCommandSchema,
} from './to-incoming-message.ts';

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
  /** How long a thread the bot answered in stays open for follow-ups without a mention. */
  threadTtlMs?: number;
}

export interface SlackAdapter {
  mode: 'http' | 'socket';
  /** Routes for the bot's own server (HTTP mode); empty in Socket Mode. */
  routes: Route[];
  stop(): Promise<void>;
}

const EVENT_CLAIM_MS = 60 * 60 * 1000;

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
  view: z.object({ id: z.string(), blocks: z.array(z.looseObject({ type: z.string() })) }).optional(),
});
const buttonSchema = z.object({ action_id: z.string(), value: z.string().default('') });

/**
 * Creates the adapter and checks the token with Slack (auth.test). Throws a BotError when Slack cannot
 * be reached or the token is refused; the caller starts without Slack and logs why.
 */
export async function createSlackAdapter(core: Bot, options: SlackAdapterOptions): Promise<SlackAdapter> {
  const { settings, state, knowledge } = options;
  // Answers are computed after the ack, one per event-loop turn, so a burst of commands cannot
  // delay the acknowledgements Slack waits for (3 seconds).
  const queue = createYieldingQueue();
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
          installerOptions: { clientOptions },
        })
      : new HTTPReceiver({
          signingSecret: settings.signingSecret!,
          endpoints: SLACK_EVENTS_PATH,
          logger: boltLogger,
          // Our own server owns the port; Bolt's receiver only handles the requests we pass it.
          port: 0,
        });
  const app = new App({
    token: settings.botToken,
    receiver,
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
    ...(mode === 'socket' ? { socketMode: true, appToken: settings.appToken } : {}),
  });
  try {
    await app.init();
  } catch (error) {
    throw new BotError(
      'channel_unavailable',
      `Slack did not accept the bot token (auth.test: ${webApiErrorCode(error)}).`,
    );
  }

  const threads = createThreadMemory(options.threadTtlMs ?? 24 * 60 * 60 * 1000);
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
    if (message.subtype || message.bot_id || !message.user || message.user === context.botUserId) return;
    if (message.channel_type !== 'im') {
      if (!message.thread_ts || !threads.has(message.channel, message.thread_ts)) return;
      // A mention in the thread also arrives as app_mention; answer that one only.
      if (context.botUserId && message.text.includes(`<@${context.botUserId}>`)) return;
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
        await client.chat.postEphemeral({ channel: event.channel, user, ...threadOf(threadTs), ...message });
      } else {
        await client.chat.postMessage({
          channel: event.channel,
          ...threadOf(threadTs),
          ...noUnfurl(message),
        });
      }
      if (!direct && threadTs) threads.add(event.channel, threadTs);
    } catch (error) {
      logger.error({ err: error }, 'could not answer a Slack message');
      const text = CHANNEL_TEXT[detectLanguage(event.text)].failed;
      await client.chat
        .postEphemeral({ channel: event.channel, user, text, ...threadOf(threadTs) })
        .catch((nested: unknown) =>
          logger.error({ err: nested }, 'could not tell the user about the failure'),
        );
    }
  }

  // ── Slash commands: acknowledged at once, answered privately through response_url ───────────────
  app.command(COMMAND.ask, async ({ command, ack, respond, client }) => {
    const parsed = slashCommandSchema.parse(command);
    const language = detectLanguage(parsed.text);
    if (isProfileRequest(parsed.text)) {
      await ack();
      const profile = await profileOf(parsed.team_id, parsed.user_id);
      const english = /profile/i.test(parsed.text);
      await client.views.open({
        trigger_id: parsed.trigger_id,
        view: profileModal(english ? 'en' : 'nl', profile),
      });
      return;
    }
    await ack({ response_type: 'ephemeral', text: CHANNEL_TEXT[language].busyAnswer });
    await respondPrivately(respond, language, async () =>
      bot.handle(commandToIncomingMessage(parsed, 'ask', await profileOf(parsed.team_id, parsed.user_id))),
    );
  });

  app.command(COMMAND.check, async ({ command, ack, respond, client }) => {
    const parsed = slashCommandSchema.parse(command);
    const language = detectLanguage(parsed.text);
    if (parsed.text.trim() === '') {
      await ack();
      await client.views.open({ trigger_id: parsed.trigger_id, view: draftInputModal('nl') });
      return;
    }
    await ack({ response_type: 'ephemeral', text: CHANNEL_TEXT[language].busyCheck });
    await respondPrivately(respond, language, async () =>
      bot.handle(commandToIncomingMessage(parsed, 'check', await profileOf(parsed.team_id, parsed.user_id))),
    );
  });

  async function respondPrivately(
    respond: (message: Record<string, unknown>) => Promise<unknown>,
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
    await respond({ response_type: 'ephemeral', replace_original: true, ...message });
  }

  // ── Checking a draft in a modal, and the message shortcut ───────────────────────────────────────
  app.view(VIEW.draftModal, async ({ ack, body, client }) => {
    const payload = viewPayloadSchema.parse(body);
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
    await client.views.update({ view_id: payload.view.id, view });
  });

  app.shortcut(SHORTCUT_CHECK_MESSAGE, async ({ ack, body, client }) => {
    await ack();
    const payload = messageShortcutSchema.parse(body);
    const language = detectLanguage(payload.message.text);
    if (payload.message.user !== payload.user.id) {
      await client.views.open({
        trigger_id: payload.trigger_id,
        view: messageModal(language, CHANNEL_TEXT[language].ownMessagesOnly),
      });
      return;
    }
    // The trigger expires after 3 seconds: open a modal at once, fill it when the check is done.
    const opened = await client.views.open({ trigger_id: payload.trigger_id, view: busyModal(language) });
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
    if (opened.view?.id) await client.views.update({ view_id: opened.view.id, view });
  });

  async function assessInModal(language: Language, answer: () => Promise<Reply>) {
    try {
      return replyModal(await answer());
    } catch (error) {
      logger.error({ err: error }, 'could not check a draft from Slack');
      return messageModal(language, CHANNEL_TEXT[language].failed);
    }
  }

  // ── Profile ─────────────────────────────────────────────────────────────────────────────────────
  app.view(VIEW.profileModal, async ({ ack, body }) => {
    const payload = viewPayloadSchema.parse(body);
    const language: Language = payload.view.private_metadata === 'en' ? 'en' : 'nl';
    const values = payload.view.state.values;
    const candidate = profileSchema.safeParse(
      profileFromForm({
        sector: selectedValue(values, VIEW.sectorBlock, VIEW.sectorInput),
        role: inputValue(values, VIEW.roleBlock, VIEW.roleInput),
        portfolio: inputValue(values, VIEW.portfolioBlock, VIEW.portfolioInput),
      }),
    );
    if (!candidate.success) {
      const field = String(candidate.error.issues[0]?.path[0] ?? VIEW.portfolioBlock);
      await ack({ response_action: 'errors', errors: { [field]: CHANNEL_TEXT[language].profileInvalid } });
      return;
    }
    await state.setProfile(
      slackUserKey(payload.team?.id ?? payload.user.team_id, payload.user.id),
      candidate.data,
    );
    const empty = Object.keys(candidate.data).length === 0;
    const text = CHANNEL_TEXT[language];
    await ack({
      response_action: 'update',
      view: messageModal(language, empty ? text.profileCleared : text.profileSaved),
    });
  });

  // ── Buttons: feedback, "Bespreek vertrouwelijk", example questions ──────────────────────────────
  app.action(/^feedback_(up|down)$/, async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.parse(body);
    const button = buttonSchema.parse(action);
    const reply = await bot.handle({
      channel: 'slack',
      text: '',
      userId: slackUserKey(payload.team?.id ?? payload.user.team_id, payload.user.id),
      feedback: { replyId: button.value, rating: button.action_id === ACTION.feedbackUp ? 'up' : 'down' },
    });
    const language = reply.language;
    await showPrivately(client, respond, payload, CHANNEL_TEXT[language].feedbackThanks);
  });

  app.action(ACTION.confidential, async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.parse(body);
    await showPrivately(client, respond, payload, buttonSchema.parse(action).value);
  });

  app.action(new RegExp(`^${ACTION.example}_\\d+$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.parse(body);
    const question = buttonSchema.parse(action).value;
    const teamId = payload.team?.id ?? payload.user.team_id;
    const reply = await bot.handle({
      channel: 'slack',
      text: question,
      command: 'ask',
      userId: slackUserKey(teamId, payload.user.id),
      conversationId: `slack:${teamId ?? 'T'}:${payload.channel?.id ?? payload.user.id}`,
      profile: await profileOf(teamId, payload.user.id),
    } satisfies IncomingMessage);
    if (payload.channel?.id.startsWith('D')) {
      await client.chat.postMessage({ channel: payload.channel.id, ...noUnfurl(renderReply(reply)) });
    } else if (respond) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply) });
    }
  });

  /** Shows a short text to the user who pressed a button: in the modal, or as an ephemeral message. */
  async function showPrivately(
    client: webApi.WebClient,
    respond: ((message: Record<string, unknown>) => Promise<unknown>) | undefined,
    payload: z.infer<typeof actionPayloadSchema>,
    text: string,
  ): Promise<void> {
    if (payload.view) {
      const blocks = payload.view.blocks.map((block) =>
        block.block_id === 'reply_actions'
          ? { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text) } }
          : block,
      );
      const language: Language = 'nl';
      await client.views.update({
        view_id: payload.view.id,
        view: { ...busyModal(language), blocks: blocks as never },
      });
      return;
    }
    if (respond)
      await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(text) });
  }

  // ── App Home ────────────────────────────────────────────────────────────────────────────────────
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const documents = knowledge.current().documents;
    const reviewed = documents.map((document) => document.meta.reviewed).sort();
    await client.views.publish({
      user_id: event.user,
      view: homeView('nl', {
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

  if (mode === 'socket') await app.start();
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
            handle: (request: HttpRequest, response: ServerResponse) =>
              httpReceiver.requestListener(request, response),
          },
        ]
      : [],
    stop: async () => {
      if (mode === 'socket') await app.stop();
    },
  };
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

/** Threads the bot answered in, for follow-ups without a new mention. Bounded and expiring. */
function createThreadMemory(ttlMs: number, max = 20_000) {
  const threads = new Map<string, number>();
  return {
    add(channel: string, threadTs: string) {
      const key = `${channel}:${threadTs}`;
      threads.delete(key);
      threads.set(key, Date.now() + ttlMs);
      if (threads.size > max) threads.delete(threads.keys().next().value as string);
    },
    has(channel: string, threadTs: string) {
      const until = threads.get(`${channel}:${threadTs}`);
      return until !== undefined && until > Date.now();
    },
  };
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
