// The Slack adapter: Bolt wired to the core. Translate in (to-incoming-message), call bot.handle,
// translate out (render-reply, render-views). Slack's platform duties live here: the 3-second ack,
// retries, privacy of drafts (ephemeral messages and modals only), and never answering bots. This file builds
// the Bolt app and its receiver and starts the channel; the listeners live in register-*.ts, one file per
// concern, and the HTTP route in slack-events-route.ts.
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import { BotError } from '../../src/core/bot-error.ts';
import type { Bot } from '../../src/core/create-bot.ts';
import type { Profile } from '../../src/core/types.ts';
import type { KnowledgeStore } from '../../src/knowledge/knowledge-store.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import type { Route } from '../../src/server/create-server.ts';
import type { ChannelStarter } from '../../src/server/start-server.ts';
import { createYieldingQueue } from '../../src/server/yielding-queue.ts';
import type { StateStore } from '../../src/state/state-store.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { loadSlackSettings, type SlackSettings } from './load-slack-settings.ts';
import { noUnfurl } from './message-options.ts';
import { registerActions } from './register-actions.ts';
import { ACKNOWLEDGED_BY_ROUTE, COMMAND, commandAck, registerCommands } from './register-commands.ts';
import { registerEvents } from './register-events.ts';
import { registerHome } from './register-home.ts';
import { registerUnknownAcks } from './register-unknown.ts';
import { registerViews } from './register-views.ts';
import { renderAdminNotice } from './render-admin-notice.ts';
import {
  type CommandAck,
  createSlackEventsRoute,
  SLACK_BODY_LIMIT,
  SLACK_EVENTS_PATH,
} from './slack-events-route.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { slackUserKey } from './to-incoming-message.ts';

export { COMMAND } from './register-commands.ts';
export { SHORTCUT_CHECK_MESSAGE } from './register-views.ts';
export { SLACK_EVENTS_PATH } from './slack-events-route.ts';

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
const SOCKET_START_TIMEOUT_MS = 20_000;

/**
 * Creates the adapter and checks the token with Slack (auth.test). Throws a BotError when Slack cannot
 * be reached or the token is refused; the caller starts without Slack and logs why.
 */
export async function createSlackAdapter(core: Bot, options: SlackAdapterOptions): Promise<SlackAdapter> {
  const { settings, state, knowledge } = options;
  // Answers are computed after the ack, a few per event-loop turn once a burst has been read, so a burst of
  // commands cannot delay the acknowledgements Slack waits for (3 seconds).
  const queue = createYieldingQueue();
  // HTTP mode: commands the route has acknowledged wait here for Bolt to run their listener (which queues the
  // answer), after the burst they came in has been read and acknowledged.
  const acknowledgedCommands = createYieldingQueue({ perTurn: 8 });
  // Each acknowledged command's run through Bolt, until its answer is sent (graceful shutdown waits for them).
  const commandsInFlight = new Set<Promise<void>>();
  // Past this many answers waiting, new commands get "busy" at once instead of a growing backlog.
  const overloaded = () => queue.size() + acknowledgedCommands.size() >= (options.maxBacklog ?? 200);
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
          // The only way in is our /slack/events route, which has checked the signature of these very bytes
          // (stricter than Bolt: a timestamp from the future is refused too). Bolt's second check cost about a
          // tenth of a millisecond per request (an HMAC, and tsscmp's random key and two more), and every ack in
          // a burst waits for those of the requests read before it. The receiver never listens on a port.
          signatureVerification: false,
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

  // Registered in this order: messages, commands, modals, buttons, the acks for anything unknown, App Home.
  const listeners: SlackListenerContext = {
    app,
    bot,
    knowledge,
    state,
    logger,
    afterAck: (job) => queue.run(() => job(core)),
    overloaded,
    threadTtlMs: options.threadTtlMs ?? 24 * 60 * 60 * 1000,
    profileOf,
  };
  registerEvents(listeners);
  registerCommands(listeners);
  registerViews(listeners);
  registerActions(listeners);
  registerUnknownAcks(app);
  registerHome(listeners);

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

  /** Our slash commands over HTTP: acknowledged by the route, then run through Bolt from the queue. */
  const acknowledgeCommand = (form: Record<string, string>): CommandAck | undefined => {
    const command = form.command ?? '';
    if (command !== COMMAND.ask && command !== COMMAND.check) return undefined;
    const busy = commandAck(command, form.text ?? '', overloaded);
    if (busy) return { body: busy };
    return {
      afterAck: () =>
        void acknowledgedCommands.run(() => {
          // Not awaited here: the job ends once Bolt has passed the command to its listener, which queues the
          // answer in `queue`; a job that waited for the answer would hold its place in this queue meanwhile.
          const done = app
            .processEvent({
              body: form,
              ack: async () => {},
              customProperties: { [ACKNOWLEDGED_BY_ROUTE]: true },
            })
            .catch((error: unknown) => logger.error({ err: error }, 'Slack listener failed'))
            .finally(() => commandsInFlight.delete(done));
          commandsInFlight.add(done);
        }),
    };
  };

  const httpReceiver = receiver instanceof HTTPReceiver ? receiver : undefined;
  return {
    mode,
    routes: httpReceiver
      ? [
          createSlackEventsRoute({
            httpReceiver,
            signingSecret: settings.signingSecret!,
            logger,
            acknowledgeCommand,
          }),
        ]
      : [],
    stop: async () => {
      if (mode === 'socket') await app.stop();
      // Answers already acknowledged to Slack are still sent.
      await acknowledgedCommands.idle();
      await Promise.all(commandsInFlight);
      await queue.idle();
    },
  };
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
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
