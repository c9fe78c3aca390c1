// The bot's own HTTP server: health, the JSON API, and room for the channel adapters' routes.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { z } from 'zod';
import { isBotError } from '../core/bot-error.ts';
import type { Bot } from '../core/create-bot.ts';
import { identifierSchema } from '../core/identifier-schema.ts';
import { countCharacters } from '../core/measure-text.ts';
import { organisationIdSchema } from '../core/organisation-id.ts';
import { replyToJson } from '../core/reply-json.ts';
import { MAX_TEXT_LENGTH, profileSchema, type Reply } from '../core/types.ts';
import type { KnowledgeStore } from '../knowledge/knowledge-store.ts';
import type { Logger } from '../logging/create-logger.ts';
import { answerClientError } from './answer-client-error.ts';
import { type HttpTimeouts, httpServerOptions } from './http-timeouts.ts';
import type { Metrics } from './metrics.ts';
import { privacyPage } from './privacy-page.ts';
import { BodyTooLargeError, readJsonBody } from './read-json-body.ts';

/** A route an adapter adds to the server (Slack, Teams). */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void> | void;
}

export interface ServerOptions {
  bot: Bot;
  /** When given, GET /status reports the knowledge version and the last reload with its problems. */
  knowledge?: KnowledgeStore;
  logger: Logger;
  routes?: Route[];
  /** When given, GET /metrics serves them and every request is counted. */
  metrics?: Metrics;
  /** Readiness (GET /readyz): knowledge loaded, store reachable, not shutting down. */
  ready?: () => Promise<{ ready: boolean; checks: Record<string, string> }>;
  /** Largest accepted JSON body in bytes. */
  maxBodyBytes?: number;
  /** Request, headers and keep-alive timeouts (default: Node's, which wait 300 s for a body). */
  timeouts?: HttpTimeouts;
}

const apiRequestSchema = z.object({
  text: z.string(),
  profile: profileSchema.optional(),
  /** Lets an API client keep follow-up context across calls. */
  conversationId: identifierSchema(300).optional(),
  userId: identifierSchema(200).optional(),
  /**
   * The caller's organisation (an overlay id): its own rules, FAQs and contacts apply, and its knowledge gaps
   * are recorded for it. Asserted by the client, like its user id; the API has no login.
   */
  organisation: organisationIdSchema.optional(),
});

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  });
  response.end(payload);
}

/** An error answer in the one shape every route uses: {"error": {"code", "message"}}. */
export function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { error: { code, message } });
}

/** HTTP status of a reply: 200, 400 for input the bot rejected, 413 for too long, 500 for our own failure. */
function statusFor(reply: Reply): number {
  switch (reply.error?.code) {
    case undefined:
      return 200;
    case 'input_too_long':
      return 413;
    case 'rate_limited':
      return 429;
    case 'input_empty':
    case 'input_invalid':
      return 400;
    default:
      return 500;
  }
}

export function createServer(options: ServerOptions): Server {
  const { bot, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;

  const apiRoute =
    (command: 'ask' | 'check'): Route['handle'] =>
    async (request, response) => {
      const body = apiRequestSchema.safeParse(await readJsonBody(request, maxBodyBytes));
      if (!body.success) {
        const issue = body.error.issues[0];
        sendError(
          response,
          400,
          'input_invalid',
          `${issue?.path.join('.') || 'body'}: ${issue?.message}. Expected {"text": "…", "profile"?: {…}, "userId"?: "…", "conversationId"?: "…", "organisation"?: "…"}.`,
        );
        return;
      }
      if (countCharacters(body.data.text.trim()) > MAX_TEXT_LENGTH) {
        sendError(response, 413, 'input_too_long', `text is longer than ${MAX_TEXT_LENGTH} characters.`);
        return;
      }
      const reply = await bot.handle({
        channel: 'http',
        text: body.data.text,
        profile: body.data.profile,
        ...(body.data.organisation ? { organisation: body.data.organisation } : {}),
        command,
        conversationId: body.data.conversationId ?? `http-${Math.random().toString(36).slice(2)}`,
        // Without a user id, the caller's address is the user for the rate limit.
        userId: body.data.userId ?? `ip:${request.socket.remoteAddress ?? 'unknown'}`,
        // With one, the address is limited too: a client cannot rotate user ids past the limit.
        ...(request.socket.remoteAddress ? { address: request.socket.remoteAddress } : {}),
      });
      sendJson(response, statusFor(reply), replyToJson(reply));
    };

  const routes: Route[] = [
    {
      method: 'GET',
      path: '/healthz',
      handle: (_request, response) =>
        sendJson(response, 200, { status: 'ok', knowledgeVersion: bot.knowledgeVersion() }),
    },
    ...(options.knowledge
      ? [
          {
            method: 'GET' as const,
            path: '/status',
            handle: (_request: IncomingMessage, response: ServerResponse) => {
              const status = options.knowledge?.status();
              const healthy =
                (status?.lastReload === undefined || status.lastReload.ok) &&
                !status?.problems.some((problem) => problem.severity === 'error');
              // The folder path is the operator's business (the HR console shows it after login).
              sendJson(response, 200, {
                status: healthy ? 'ok' : 'degraded',
                knowledge: { ...status, dir: undefined },
              });
            },
          },
        ]
      : []),
    {
      method: 'GET',
      path: '/privacy',
      handle: (_request, response) => {
        const page = privacyPage();
        response.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': Buffer.byteLength(page),
        });
        response.end(page);
      },
    },
    { method: 'POST', path: '/api/ask', handle: apiRoute('ask') },
    { method: 'POST', path: '/api/check', handle: apiRoute('check') },
    {
      method: 'GET',
      path: '/readyz',
      handle: async (_request, response) => {
        const readiness = options.ready ? await options.ready() : { ready: true, checks: {} };
        sendJson(response, readiness.ready ? 200 : 503, {
          status: readiness.ready ? 'ready' : 'not ready',
          checks: readiness.checks,
        });
      },
    },
    ...(options.metrics
      ? [
          {
            method: 'GET' as const,
            path: '/metrics',
            handle: async (_request: IncomingMessage, response: ServerResponse) => {
              const registry = options.metrics!.registry;
              const body = await registry.metrics();
              response.writeHead(200, { 'content-type': registry.contentType });
              response.end(body);
            },
          },
        ]
      : []),
    ...(options.routes ?? []),
  ];

  // The response each connection is writing, so a protocol error on it is only answered when it is not
  // in the middle of one.
  const inFlight = new WeakMap<object, ServerResponse>();
  const httpOptions = options.timeouts ? httpServerOptions(options.timeouts) : {};
  const server = createHttpServer(httpOptions, async (request, response) => {
    inFlight.set(request.socket, response);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (options.metrics) {
      const started = performance.now();
      const metrics = options.metrics;
      response.once('finish', () => {
        // Unknown paths share one label, so a scan cannot blow up the number of series.
        const route = routes.some((candidate) => candidate.path === path) ? path : 'other';
        metrics.httpRequest(
          route,
          request.method ?? 'GET',
          response.statusCode,
          (performance.now() - started) / 1000,
        );
      });
    }
    const matching = routes.filter((route) => route.path === path);
    // HEAD is GET without the body (Node leaves the body out): load balancers probe /healthz with it.
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = matching.find((candidate) => candidate.method === method);
    try {
      if (!route) {
        if (matching.length > 0) {
          const allowed = matching.map((candidate) => candidate.method);
          response.setHeader('allow', [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])].join(', '));
          sendError(response, 405, 'method_not_allowed', `Use ${matching[0]?.method}.`);
        } else {
          sendError(response, 404, 'not_found', `No route ${path}.`);
        }
        return;
      }
      await route.handle(request, response);
    } catch (error) {
      if (response.headersSent) {
        response.end();
        return;
      }
      if (error instanceof BodyTooLargeError) {
        sendError(response, 413, error.code, error.message);
      } else if (isBotError(error) && error.code === 'input_invalid') {
        sendError(response, 400, error.code, error.message);
      } else {
        logger.error({ err: error, path }, 'request failed');
        sendError(response, 500, 'internal', 'Something went wrong; please try again.');
      }
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) =>
    answerClientError(error, socket, inFlight.get(socket)),
  );
  return server;
}
