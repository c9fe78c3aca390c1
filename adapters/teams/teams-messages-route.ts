// POST /api/messages on the bot's own server: the Bot Framework token checked first (or, with authentication
// off, only this machine may talk to the bot), then the activity's shape, then the turn.
import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import type { Activity, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../../src/logging/create-logger.ts';
import { type Route, sendError, sendJson } from '../../src/server/create-server.ts';
import { parseJsonBody, readRawBody } from '../../src/server/read-json-body.ts';
import type { TeamsSettings } from './load-teams-settings.ts';
import { activitySchema } from './to-incoming-message.ts';
import type { AuthenticateRequestResult, TurnAdapter } from './turn-adapter.ts';

export const TEAMS_MESSAGES_PATH = '/api/messages';

export interface TeamsMessagesRouteOptions {
  settings: TeamsSettings;
  authentication: ConfigurationBotFrameworkAuthentication;
  adapter: TurnAdapter;
  onTurn: (turn: TurnContext) => Promise<void>;
  logger: Logger;
  /** Largest accepted activity in bytes. */
  maxBodyBytes: number;
}

/** The fields a Bot Framework token is checked against, read before the activity's full shape. */
const tokenEnvelopeSchema = z.looseObject({
  channelId: z.string().optional(),
  serviceUrl: z.string().optional(),
  recipient: z.looseObject({ role: z.string().optional() }).optional(),
});

export function createTeamsMessagesRoute(options: TeamsMessagesRouteOptions): Route {
  const { settings, authentication, adapter, onTurn, logger, maxBodyBytes } = options;
  return {
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
      const invoke = await adapter.run(authenticated, body as Activity, onTurn);
      if (invoke?.body !== undefined) {
        sendJson(response, invoke.status, invoke.body);
      } else {
        response.writeHead(invoke?.status ?? 200);
        response.end();
      }
    },
  };
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}
