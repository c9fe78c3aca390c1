// Socket Mode (development without a public URL): with SLACK_APP_TOKEN the bot opens a WebSocket to
// the URL Slack hands out, acknowledges envelopes over it and answers as in HTTP mode. Here a local
// WebSocket server plays Slack's socket endpoint.
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { startSlackChannel } from '../adapters/slack/index.ts';
import { startServer } from '../src/server/start-server.ts';
import type { Json } from './support/json.ts';
import { startSlackStandIn } from './support/slack-stand-in.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

describe('Slack: Socket Mode', () => {
  it('connects with the app token, acknowledges a slash command over the socket and answers via response_url', async () => {
    const slack = await startSlackStandIn();
    const sockets = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => sockets.once('listening', () => resolve()));
    slack.setSocketUrl(`ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/link`);
    const acks: Json[] = [];
    const connected = new Promise<WebSocket>((resolve) => {
      sockets.on('connection', (socket) => {
        socket.on('message', (data) => acks.push(JSON.parse(String(data))));
        socket.send(
          JSON.stringify({
            type: 'hello',
            num_connections: 1,
            debug_info: { host: 'local', approximate_connection_time: 18060 },
            connection_info: { app_id: 'A1' },
          }),
        );
        resolve(socket);
      });
    });
    const server = await startServer(
      {
        ...TEST_SERVER_ENV,
        SLACK_BOT_TOKEN: 'xoxb-socket',
        SLACK_APP_TOKEN: 'xapp-1-socket',
        SLACK_API_URL: slack.apiUrl,
      },
      { channels: [startSlackChannel] },
    );
    try {
      const socket = await connected;
      expect(slack.callsTo('apps.connections.open')[0]?.token).toBe('xapp-1-socket');
      socket.send(
        JSON.stringify({
          envelope_id: 'env-1',
          type: 'slash_commands',
          accepts_response_payload: true,
          payload: {
            token: 'legacy',
            team_id: 'T1',
            channel_id: 'C1',
            user_id: 'U1',
            command: '/uitingswijzer',
            text: 'Mag ik meelopen in een demonstratie?',
            response_url: slack.responseUrl('socket'),
            trigger_id: 'trigger-s',
          },
        }),
      );
      const answer = await slack.waitFor('response', (c) => c.body.blocks !== undefined);
      expect(answer.body.response_type).toBe('ephemeral');
      const ack = acks.find((message) => message.envelope_id === 'env-1');
      // The envelope is acknowledged with an empty payload: a message in it would stay above the answer.
      expect(ack).toBeDefined();
      expect(ack?.payload ?? {}).toEqual({});
      // In Socket Mode there is no HTTP endpoint for Slack.
      expect((await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await server.close();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await slack.close();
    }
  });

  it('starts without Slack, and says why, when Slack refuses the app token', async () => {
    const slack = await startSlackStandIn();
    slack.failWith('apps.connections.open', 'invalid_auth');
    const server = await startServer(
      {
        ...TEST_SERVER_ENV,
        SLACK_BOT_TOKEN: 'xoxb-socket',
        SLACK_APP_TOKEN: 'xapp-1-refused',
        SLACK_API_URL: slack.apiUrl,
      },
      { channels: [startSlackChannel] },
    );
    try {
      expect(slack.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(1);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
      await slack.close();
    }
  });
});
