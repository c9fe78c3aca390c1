// The /slack/events route on the bot's own server (HTTP mode): the signature and the envelope's shape are
// checked here, then Bolt's HTTPReceiver takes the request (its own signature check is off: this one is it, for
// every kind of request; test/slack-request-verification.test.ts tries each kind badly signed).
// Our slash commands are acknowledged here, before Bolt runs at all: commands come in bursts, and every ack
// waits for all the work done on the requests read before it, of which Bolt's dispatch was the larger part.
import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../src/logging/create-logger.ts';
import { type Route, sendError } from '../../src/server/create-server.ts';
import { BodyTooLargeError, readRawBody } from '../../src/server/read-json-body.ts';
import { verifySlackSignature } from './verify-slack-signature.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
export const SLACK_BODY_LIMIT = 1024 * 1024;

export interface SlackEventsRouteOptions {
  httpReceiver: HTTPReceiver;
  signingSecret: string;
  logger: Logger;
  /**
   * Called with a verified slash command's form fields: the ack to send at once, or undefined to leave the
   * command to Bolt's receiver (its listener acks).
   */
  acknowledgeCommand?: (form: Record<string, string>) => CommandAck | undefined;
}

/** An ack the route sends itself. */
export interface CommandAck {
  /** The ack's message ("busy"); none: an empty ack, which Slack shows as nothing. */
  body?: Record<string, unknown>;
  /** Runs once the ack is written: hands the command on (to Bolt, in a later turn). */
  afterAck?: () => void;
}

export function createSlackEventsRoute(options: SlackEventsRouteOptions): Route {
  const { httpReceiver, signingSecret, logger, acknowledgeCommand } = options;
  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    async handle(request: HttpRequest, response: ServerResponse) {
      const contentType = request.headers['content-type'] ?? '';
      let raw: Buffer;
      try {
        raw = await readRawBody(request, SLACK_BODY_LIMIT);
      } catch (error) {
        // The server answers 413 in its one error shape; the log says which route refused what.
        if (error instanceof BodyTooLargeError)
          logger.warn(
            { limitBytes: SLACK_BODY_LIMIT, declaredBytes: request.headers['content-length'] },
            'Slack request refused: body too large',
          );
        throw error;
      }
      // The signature first: whoever cannot sign learns nothing about the body we expect.
      const signature = verifySlackSignature(signingSecret, request.headers, raw);
      if (signature !== 'valid') {
        if (signature === 'missing' && isSslCheck(raw, contentType)) {
          // Slack checks a slash command's certificate with an unsigned `ssl_check=1&token=…` and wants a 200
          // (slackapi/bolt-js#1397). Answered here, and nothing else in that body is read or handed on: Bolt
          // once ran a payload smuggled into one (slackapi/bolt-js#2897).
          logger.debug('Slack ssl_check answered');
          response.writeHead(200);
          response.end();
          return;
        }
        logger.warn({ reason: signature }, 'Slack request refused: missing or invalid signature');
        sendError(response, 401, 'unauthorized', 'Missing or invalid Slack signature.');
        return;
      }
      // Then the shape: Bolt assumes an object and would leave a request with a body such as
      // `null` unanswered. Bolt then reads the same bytes (rawBody).
      const { envelope, fields } = readSlackEnvelope(raw.toString('utf8'), contentType);
      if (!envelope) {
        // Signed by Slack and still not what Slack sends: worth a line, without the body (it holds user text).
        logger.warn({ contentType, bytes: raw.length }, 'Slack request refused: not a Slack request body');
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
      const early = 'command' in envelope && fields ? acknowledgeCommand?.(fields) : undefined;
      if (early) {
        // The same answer Bolt's receiver gives for ack() and ack(message).
        if (early.body) {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(early.body));
        } else {
          response.writeHead(200);
          response.end();
        }
        early.afterAck?.();
        return;
      }
      Object.assign(request, { rawBody: raw });
      httpReceiver.requestListener(request, response);
    },
  };
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
  // A slash command: its answer goes to response_url and its forms need trigger_id, so one without them
  // could only be acknowledged and then never answered.
  z.object({
    command: z.string(),
    user_id: z.string(),
    team_id: z.string().optional(),
    channel_id: z.string(),
    response_url: z.string().min(1),
    trigger_id: z.string().min(1),
  }),
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

/**
 * A JSON object, or a form (with a `payload` when interactive), in a shape Slack sends (else no envelope); and
 * for a form without a payload (a slash command), all its fields, as Bolt's receiver would read them.
 */
function readSlackEnvelope(
  body: string,
  contentType: string,
): { envelope?: z.infer<typeof slackEnvelopeSchema>; fields?: Record<string, string> } {
  try {
    if (contentType.startsWith('application/json'))
      return { envelope: slackEnvelopeSchema.safeParse(JSON.parse(body)).data };
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(body);
      const payload = form.get('payload');
      if (payload !== null) return { envelope: slackEnvelopeSchema.safeParse(JSON.parse(payload)).data };
      const fields = Object.fromEntries(form);
      return { envelope: slackEnvelopeSchema.safeParse(fields).data, fields };
    }
  } catch {
    return {};
  }
  return {};
}

/** Slack's certificate check: a form whose `ssl_check` is exactly "1" (as Bolt tells it). */
function isSslCheck(raw: Buffer, contentType: string): boolean {
  return (
    contentType.startsWith('application/x-www-form-urlencoded') &&
    new URLSearchParams(raw.toString('utf8')).get('ssl_check') === '1'
  );
}
