// Starts the bot's server from the environment: settings, knowledge, core, HTTP; stops cleanly on SIGTERM.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AdminOptions, createAdminRoutes } from '../admin/admin-routes.ts';
import { loadConfig } from '../config/load-config.ts';
import { isBotError } from '../core/bot-error.ts';
import { type Bot, createBot } from '../core/create-bot.ts';
import { type KnowledgeStore, loadKnowledgeStore } from '../knowledge/knowledge-store.ts';
import { watchKnowledge } from '../knowledge/watch-knowledge.ts';
import { createLogger, type Logger } from '../logging/create-logger.ts';
import type { ModelEngine } from '../model/model-engine.ts';
import { createMemoryStateStore } from '../state/memory-state-store.ts';
import type { StateStore } from '../state/state-store.ts';
import { createServer, type Route } from './create-server.ts';
import { trackRequests } from './drain-server.ts';
import { createMetrics } from './metrics.ts';

/** What a channel (Slack, Teams) gets to work with when the server starts. */
export interface ChannelContext {
  bot: Bot;
  knowledge: KnowledgeStore;
  state: StateStore;
  logger: Logger;
  env: NodeJS.ProcessEnv;
}

/** A started channel: its routes on the bot's server and how to stop it. */
export interface StartedChannel {
  name: string;
  routes: Route[];
  stop(): Promise<void>;
}

/**
 * Starts a channel, or returns undefined when it is not configured. Throws a BotError with code
 * `config_invalid` for settings that are wrong (the start stops) or `channel_unavailable` when the
 * platform refuses or cannot be reached (the server starts without that channel).
 */
export type ChannelStarter = (context: ChannelContext) => Promise<StartedChannel | undefined>;

/** Creates the optional language model, or returns undefined when it is not configured. */
export type ModelStarter = (context: {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  /** Called whenever the rules answer instead of the model (metrics). */
  onFallback?: (reason: string) => void;
}) => Promise<ModelEngine | undefined>;

/** Opens the shared state store (the default is in memory). */
export type StateStarter = (context: { logger: Logger; env: NodeJS.ProcessEnv }) => Promise<StateStore>;

export interface StartServerOptions {
  channels?: ChannelStarter[];
  model?: ModelStarter;
  state?: StateStarter;
  /** The organisations' own knowledge for the HR console (from the knowledge store, once it has overlays). */
  organisationStatuses?: AdminOptions['organisationStatuses'];
}

export interface RunningServer {
  server: Server;
  url: string;
  /** The bot the server answers with (tests send it what a channel would). */
  bot: Bot;
  /** Shared state (profiles, feedback); read by tests and, later, the HR console. */
  state: StateStore;
  /** How long close() waits for the requests in flight before it cuts them (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /**
   * Graceful stop: not ready, no new connections, the requests in flight and the channels' queued work
   * finish within the grace period; resolves with how many had to be cut (0 when none).
   */
  close(): Promise<ShutdownReport>;
}

export interface ShutdownReport {
  /** Requests (and channels with queued work) still running at the end of the grace period. */
  cut: number;
}

export async function startServer(
  env: NodeJS.ProcessEnv = process.env,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const config = loadConfig(env);
  const logger = createLogger({ level: config.logLevel });
  const knowledge = await loadKnowledgeStore(config.knowledgeDir, logger, {
    staleAfterDays: config.staleAfterDays,
  });
  const state = options.state
    ? await options.state({ logger, env })
    : createMemoryStateStore({ knowledgeGapRetentionDays: config.knowledgeGapRetentionDays });
  const metrics = createMetrics(knowledge.current().version);
  knowledge.onReload((attempt) => metrics.knowledgeReload(attempt.ok, attempt.version));
  const model = await options.model?.({ logger, env, onFallback: (reason) => metrics.modelFallback(reason) });
  const bot = createBot({
    ...(model ? { model } : {}),
    knowledge,
    logger,
    staleAfterDays: config.staleAfterDays,
    confidentialContact: config.confidentialContact,
    state,
    rateLimitPerMinute: config.rateLimitPerMinute,
    rateLimitPerAddressPerMinute: config.rateLimitPerAddressPerMinute,
    onHandled: (event) => metrics.message(event),
  });
  const channels: StartedChannel[] = [];
  let unavailable = 0;
  for (const start of options.channels ?? []) {
    try {
      const channel = await start({ bot, knowledge, state, logger, env });
      if (channel) channels.push(channel);
    } catch (error) {
      if (isBotError(error) && error.code === 'channel_unavailable') {
        logger.error({ code: error.code }, `${error.message} Starting without this channel.`);
        unavailable += 1;
        continue;
      }
      await Promise.all(channels.map((channel) => channel.stop()));
      throw error;
    }
  }
  let draining = false;
  const server = createServer({
    bot,
    logger,
    knowledge,
    metrics,
    ready: async () => {
      const checks: Record<string, string> = { knowledge: knowledge.current().version };
      let ready = !draining;
      if (draining) checks.server = 'shutting down';
      // A refused version is reported here at once; still ready, since the last good version serves.
      const reload = knowledge.status().lastReload;
      const reloadErrors =
        reload?.ok === false ? reload.problems.filter((problem) => problem.severity === 'error') : [];
      const firstError = reloadErrors[0];
      if (firstError) {
        checks.knowledgeReload = `refused: ${reloadErrors.length} error(s), first ${firstError.file}:${firstError.line}: ${firstError.message}`;
      }
      try {
        await state.ping();
        checks.store = state.kind;
      } catch {
        checks.store = 'unreachable';
        ready = false;
      }
      return { ready, checks };
    },
    timeouts: config.http,
    routes: [
      ...channels.flatMap((channel) => channel.routes),
      ...createAdminRoutes({
        token: config.adminToken,
        organisationTokens: config.adminOrganisationTokens,
        // The overlays in service, from the knowledge store (a test may hand its own).
        organisationStatuses: options.organisationStatuses ?? (() => knowledge.organisationStatuses()),
        knowledge,
        state,
        logger,
        staleAfterDays: config.staleAfterDays,
        botOptions: {
          staleAfterDays: config.staleAfterDays,
          confidentialContact: config.confidentialContact,
          ...(model ? { model } : {}),
        },
      }),
    ],
  });
  const requests = trackRequests(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  if (config.shutdownGraceMs < config.longestRequestMs) {
    logger.warn(
      { shutdownGraceMs: config.shutdownGraceMs, longestRequestMs: config.longestRequestMs },
      'SHUTDOWN_GRACE_MS is shorter than the longest request (HTTP_REQUEST_TIMEOUT_MS + LLM_TIMEOUT_MS): a shutdown may cut requests',
    );
  }
  // Watch only once the port is ours, so a failed start leaves nothing running.
  const watcher = config.watchKnowledge ? await watchKnowledge(knowledge, logger) : undefined;
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
  logger.info({ url, knowledgeVersion: bot.knowledgeVersion() }, 'Uitingswijzer is listening');
  logger.info(
    { channels: channels.map((channel) => channel.name) },
    channels.length > 0
      ? `Channels: ${channels.map((channel) => channel.name).join(', ')}; the JSON API is on /api/ask and /api/check`
      : unavailable > 0
        ? 'No chat channel is running (see the error above); the JSON API is on /api/ask and /api/check'
        : 'No chat channel is configured (see the README); the JSON API is on /api/ask and /api/check',
  );
  return {
    server,
    url,
    bot,
    state,
    shutdownGraceMs: config.shutdownGraceMs,
    close: async () => {
      // Graceful: not ready any more, no new connections, the requests in flight finish (answers say
      // Connection: close, idle keep-alive connections are closed), then the channels finish their queued
      // work, then the store closes; all within one grace period, after which what is left is cut.
      const deadline = performance.now() + config.shutdownGraceMs;
      draining = true;
      logger.info({ graceMs: config.shutdownGraceMs }, 'shutting down: finishing the requests in flight');
      await watcher?.close();
      await knowledge.close();
      let { cut } = await requests.drain(config.shutdownGraceMs);
      const stopped = await Promise.all(
        channels.map((channel) => finishesWithin(deadline - performance.now(), channel.stop())),
      );
      for (const [index, done] of stopped.entries()) {
        if (done) continue;
        cut += 1;
        logger.error(
          { channel: channels[index]?.name },
          'shutdown: a channel did not finish its queued work in time',
        );
      }
      await state.close();
      if (cut > 0) {
        logger.error(
          { cut, graceMs: config.shutdownGraceMs },
          `shutdown: ${cut} request(s) cut at the end of the grace period`,
        );
      }
      return { cut };
    },
  };
}

/** Whether the work finished within `ms` (it is not stopped when it did not). */
async function finishesWithin(ms: number, work: Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, ms));
  });
  try {
    return await Promise.race([work.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}
