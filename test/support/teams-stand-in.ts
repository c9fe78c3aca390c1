// A local stand-in for the Bot Framework connector (the activity's serviceUrl), on loopback. It
// records every activity the bot sends and every 1:1 conversation it creates.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json } from './json.ts';

export interface ConnectorCall {
  kind: 'activity' | 'create-conversation';
  /** Decoded conversation id the activity was sent to. */
  conversationId: string;
  body: Json;
}

export interface TeamsStandIn {
  serviceUrl: string;
  calls: ConnectorCall[];
  /** Activities sent to a conversation, typing indicators left out unless asked. */
  activities(conversationId?: string, withTyping?: boolean): Json[];
  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  /** Activities posted to conversations whose id starts with this prefix get a 500. */
  failConversation(prefix: string): void;
  close(): Promise<void>;
}

export async function startTeamsStandIn(): Promise<TeamsStandIn> {
  const calls: ConnectorCall[] = [];
  const failing: string[] = [];
  let counter = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const body: Json = raw ? JSON.parse(raw) : {};
      const url = request.url ?? '/';
      counter += 1;
      const activity = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(url);
      if (activity?.[1]) {
        const conversationId = decodeURIComponent(activity[1]);
        if (failing.some((prefix) => conversationId.startsWith(prefix))) {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: { code: 'ServiceError', message: 'failing on purpose' } }));
          return;
        }
        calls.push({ kind: 'activity', conversationId, body });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id: `activity-${counter}` }));
        return;
      }
      if (url === '/v3/conversations' && request.method === 'POST') {
        const member = body.members?.[0]?.id ?? 'user';
        const id = `a:personal-${member}`;
        calls.push({ kind: 'create-conversation', conversationId: id, body });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id, activityId: `activity-${counter}` }));
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'NotFound', message: url } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    activities(conversationId, withTyping = false) {
      return calls
        .filter((call) => call.kind === 'activity')
        .filter((call) => conversationId === undefined || call.conversationId === conversationId)
        .filter((call) => withTyping || call.body.type !== 'typing')
        .map((call) => call.body);
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const found = calls.find(predicate);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(
        `no matching connector call within ${timeoutMs} ms; calls: ${JSON.stringify(calls.map((c) => c.conversationId))}`,
      );
    },
    failConversation(prefix) {
      failing.push(prefix);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let sequence = 0;

export interface ActivityOptions {
  text?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  user?: string;
  type?: string;
  name?: string;
  value?: unknown;
  mention?: boolean;
  membersAdded?: { id: string }[];
}

/** An activity as Teams sends it to the bot. */
export function teamsActivity(serviceUrl: string, options: ActivityOptions): Json {
  const user = options.user ?? 'user-1';
  const mentionText = '<at>Uitingswijzer</at>';
  const text =
    options.text === undefined
      ? undefined
      : options.mention
        ? `${mentionText} ${options.text}`
        : options.text;
  return {
    type: options.type ?? 'message',
    id: `incoming-${++sequence}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:${user}`, name: 'Test Gebruiker', aadObjectId: `aad-${user}` },
    recipient: { id: '28:bot-id', name: 'Uitingswijzer' },
    conversation: {
      id: options.conversationId ?? `a:personal-${user}`,
      conversationType: options.conversationType ?? 'personal',
      tenantId: 'tenant-1',
    },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'nl-NL',
    ...(text === undefined ? {} : { text, textFormat: 'plain' }),
    ...(options.mention
      ? {
          entities: [
            { type: 'mention', text: mentionText, mentioned: { id: '28:bot-id', name: 'Uitingswijzer' } },
          ],
        }
      : {}),
    ...(options.name ? { name: options.name } : {}),
    ...(options.value === undefined ? {} : { value: options.value }),
    ...(options.membersAdded ? { membersAdded: options.membersAdded } : {}),
  };
}

export function postActivity(
  baseUrl: string,
  activity: Json,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
}
