// A local stand-in for the Slack Web API and for response_url, on loopback. It records every call so
// tests can assert exactly what the bot sent to Slack, and answers like Slack does.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json } from './json.ts';

export interface SlackCall {
  /** Web API method (chat.postMessage …) or "response" for a response_url post. */
  method: string;
  /** The body as Slack would read it; JSON-encoded form fields (blocks, view) decoded. */
  body: Json;
  token: string | undefined;
  /** The request path (a response_url call's id is in it). */
  path: string;
}

export interface SlackStandIn {
  /** Base URL for SLACK_API_URL. */
  apiUrl: string;
  responseUrl(id: string): string;
  calls: SlackCall[];
  callsTo(method: string): SlackCall[];
  /** Resolves when a call matching the predicate has arrived. */
  waitFor(method: string, predicate?: (call: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  /** Makes a method answer with a Slack error (ok: false). */
  failWith(method: string, error: string): void;
  /** The WebSocket URL apps.connections.open hands out (Socket Mode). */
  setSocketUrl(url: string): void;
  close(): Promise<void>;
}

function decodeForm(raw: string): Json {
  const fields = Object.fromEntries(new URLSearchParams(raw));
  for (const [key, value] of Object.entries(fields)) {
    if (/^[[{]/.test(value)) {
      try {
        fields[key] = JSON.parse(value);
      } catch {
        // A plain string that happens to start with a bracket.
      }
    }
  }
  return fields;
}

export interface SlackStandInOptions {
  /** Called with every call as it arrives (the benchmark's stand-in process reports answers with it). */
  onCall?: (call: SlackCall) => void;
}

export async function startSlackStandIn(options: SlackStandInOptions = {}): Promise<SlackStandIn> {
  const calls: SlackCall[] = [];
  const failures = new Map<string, string>();
  let socketUrl = 'ws://127.0.0.1:9/';
  const waiters: {
    method: string;
    predicate: (call: SlackCall) => boolean;
    resolve: (call: SlackCall) => void;
  }[] = [];
  let counter = 0;

  const answer = (method: string, body: Json): Json => {
    const failure = failures.get(method);
    if (failure) return { ok: false, error: failure };
    counter += 1;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          user_id: 'UBOT',
          bot_id: 'BBOT',
          team_id: 'T1',
          user: 'uitingswijzer',
          team: 'Test',
        };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: `1700000000.${String(counter).padStart(6, '0')}` };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1700000000.${String(counter).padStart(6, '0')}` };
      case 'apps.connections.open':
        return { ok: true, url: socketUrl };
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: body.view_id ?? `V${counter}`, ...(body.view ?? {}) } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = request.url ?? '/';
      const contentType = request.headers['content-type'] ?? '';
      const body: Json = contentType.includes('json') ? JSON.parse(raw || '{}') : decodeForm(raw);
      const api = /^\/api\/([a-zA-Z.]+)$/.exec(url);
      const method = api?.[1] ?? (url.startsWith('/response/') ? 'response' : 'unknown');
      const authorization = request.headers.authorization;
      const call: SlackCall = {
        method,
        body,
        token: authorization?.replace(/^Bearer /, '') ?? body.token,
        path: url,
      };
      calls.push(call);
      options.onCall?.(call);
      for (const waiter of [...waiters]) {
        if (waiter.method === method && waiter.predicate(call)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(call);
        }
      }
      const result = method === 'response' ? { ok: true } : answer(method, body);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    waitFor(method, predicate = () => true, timeoutMs = 5000) {
      const existing = calls.find((call) => call.method === method && predicate(call));
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const waiter = { method, predicate, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) {
            waiters.splice(index, 1);
            reject(
              new Error(
                `no ${method} call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`,
              ),
            );
          }
        }, timeoutMs).unref();
      });
    },
    failWith(method, error) {
      failures.set(method, error);
    },
    setSocketUrl(url) {
      socketUrl = url;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

/** Headers Slack sends with a signed request. */
export function slackHeaders(
  body: string,
  contentType: string,
  options: { secret?: string; timestamp?: number } = {},
): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${signature}`,
  };
}

/** Posts a signed request to the bot's /slack/events. */
export function postToSlackEndpoint(
  baseUrl: string,
  body: string,
  contentType: string,
  extraHeaders: Record<string, string> = {},
  signing: { secret?: string; timestamp?: number } = {},
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: { ...slackHeaders(body, contentType, signing), ...extraHeaders },
    body,
    ...(signal ? { signal } : {}),
  });
}

let sequence = 0;

/** An Events API callback as Slack sends it. */
export function eventCallback(event: Json, eventId = `Ev${++sequence}`): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { event_ts: event.ts, ...event },
  });
}

/** A slash command as Slack sends it (form-encoded). */
export function slashCommand(
  command: string,
  text: string,
  responseUrl: string,
  user = 'U1',
  channel = 'C1',
): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: channel,
    channel_name: 'algemeen',
    user_id: user,
    user_name: 'tester',
    command,
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: `trigger-${++sequence}`,
  }).toString();
}

/** An interactive payload (button, modal, shortcut) as Slack sends it: form-encoded `payload=`. */
export function interactive(payload: Json): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
