// Our slash commands over HTTP are acknowledged by the /slack/events route itself, once the signature and the
// shape are checked and before Bolt runs: in a burst, every ack waits for the work done on the requests read
// before it, and Bolt's dispatch was most of that work (bench/slack-acks.ts).
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HTTPReceiver } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { type CommandAck, createSlackEventsRoute } from '../adapters/slack/slack-events-route.ts';
import { createSilentLogger } from '../src/logging/create-logger.ts';
import { createServer } from '../src/server/create-server.ts';
import { FORM, postToSlackEndpoint, SIGNING_SECRET, slashCommand } from './support/slack-stand-in.ts';

const unusedBot = {
  handle: () => Promise.reject(new Error('not called')),
  knowledgeVersion: () => 'test',
};

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The route on a server of its own, with a stand-in for Bolt's receiver that records what reaches it. */
async function startRoute(acknowledgeCommand: (form: Record<string, string>) => CommandAck | undefined) {
  const reachedBolt: string[] = [];
  const httpReceiver = {
    requestListener: (request: { url?: string }, response: ServerResponse) => {
      reachedBolt.push(request.url ?? '');
      response.writeHead(200);
      response.end('bolt');
    },
  } as unknown as HTTPReceiver;
  const route = createSlackEventsRoute({
    httpReceiver,
    signingSecret: SIGNING_SECRET,
    logger: createSilentLogger(),
    acknowledgeCommand,
  });
  server = createServer({ bot: unusedBot, logger: createSilentLogger(), routes: [route] });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reachedBolt };
}

describe('Slack: slash commands acknowledged by the route', () => {
  it('answers an empty 200 without Bolt, then hands the command on, with all its fields', async () => {
    const handedOn: Record<string, string>[] = [];
    const running = await startRoute((form) => ({ afterAck: () => handedOn.push(form) }));
    const response = await postToSlackEndpoint(
      running.url,
      slashCommand('/uitingswijzer', 'Mag ik staken?', 'http://127.0.0.1:9/response/1', 'U7'),
      FORM,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(running.reachedBolt).toHaveLength(0);
    expect(handedOn).toHaveLength(1);
    expect(handedOn[0]).toMatchObject({
      command: '/uitingswijzer',
      text: 'Mag ik staken?',
      user_id: 'U7',
      response_url: 'http://127.0.0.1:9/response/1',
    });
  });

  it('sends the ack’s message as JSON, as Bolt does for ack(message)', async () => {
    const running = await startRoute(() => ({ body: { response_type: 'ephemeral', text: 'druk' } }));
    const response = await postToSlackEndpoint(
      running.url,
      slashCommand('/uitingstoets', 'Concept', 'http://127.0.0.1:9/response/2'),
      FORM,
    );
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: 'druk' });
    expect(running.reachedBolt).toHaveLength(0);
  });

  it('leaves a command it does not claim to Bolt, and never claims an unsigned one', async () => {
    const asked: string[] = [];
    const running = await startRoute((form) => {
      asked.push(form.command ?? '');
      return undefined;
    });
    const body = slashCommand('/iets-anders', '', 'http://127.0.0.1:9/response/3');
    const claimed = await postToSlackEndpoint(running.url, body, FORM);
    expect(await claimed.text()).toBe('bolt');
    const unsigned = await postToSlackEndpoint(running.url, body, FORM, {}, { secret: 'wrong' });
    expect(unsigned.status).toBe(401);
    expect(asked).toEqual(['/iets-anders']);
    expect(running.reachedBolt).toHaveLength(1);
  });
});
