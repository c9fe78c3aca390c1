// Stopping without dropping clients, over real HTTP on loopback: while draining, answers say
// `Connection: close` and idle keep-alive connections are closed; the grace period covers the longest request
// (the body's timeout plus the model's time budget); what outlives it is cut, and then the process exits 1.
import { once } from 'node:events';
import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.ts';
import { type ChannelStarter, startServer } from '../src/server/start-server.ts';
import { json } from './support/json.ts';
import { startOpenAIStandIn } from './support/openai-stand-in.ts';
import { spawnServer } from './support/server-process.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

/** A channel with one route, GET /hold, that answers only when the test lets it. */
function holdingChannel() {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let enter: () => void = () => {};
  const entered = new Promise<void>((resolve) => {
    enter = resolve;
  });
  const starter: ChannelStarter = async () => ({
    name: 'hold',
    routes: [
      {
        method: 'GET',
        path: '/hold',
        handle: async (_request, response) => {
          enter();
          await released;
          response.writeHead(200, { 'content-type': 'text/plain' });
          response.end('done');
        },
      },
    ],
    stop: async () => {},
  });
  return { starter, release, entered };
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  socket: Socket;
}

function get(agent: Agent, url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { agent }, (response) => {
      const socket = response.socket;
      response.resume();
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, socket }),
      );
    })
      .once('error', reject)
      .end();
  });
}

/** A keep-alive connection written by hand, to send a request at an exact moment. */
function rawConnection(url: string) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {});
  let data = '';
  let waiting: (() => void) | undefined;
  socket.on('data', (chunk: Buffer) => {
    data += chunk.toString();
    waiting?.();
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    closed,
    /** Sends a GET and resolves with the status line and headers of its answer ('' if the connection closed). */
    async get(path: string): Promise<string> {
      data = '';
      socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
      const complete = () => {
        const end = data.indexOf('\r\n\r\n');
        const length = Number(/\r\ncontent-length: (\d+)/i.exec(data)?.[1] ?? 0);
        return end !== -1 && data.length >= end + 4 + length;
      };
      await Promise.race([
        new Promise<void>((resolve) => {
          waiting = () => complete() && resolve();
        }),
        closed,
      ]);
      return complete() ? data.slice(0, data.indexOf('\r\n\r\n')) : '';
    },
  };
}

const ask = (url: string, text: string) =>
  fetch(`${url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });

/** `npm start` in its own process with a model that never answers; resolves once it listens. */
async function startWithHangingModel(env: Record<string, string>) {
  const openai = await startOpenAIStandIn();
  openai.respond(() => ({ kind: 'hang' }));
  const server = await spawnServer({
    ...TEST_SERVER_ENV,
    DATABASE_URL: 'memory:',
    OPENAI_BASE_URL: openai.baseUrl,
    LLM_MAX_RETRIES: '0',
    ...env,
  });
  await server.waitForLog('Uitingswijzer is listening');
  return {
    ...server,
    openai,
    async stop() {
      server.child.kill('SIGKILL');
      await openai.close();
    },
  };
}

describe('graceful shutdown', () => {
  it('while draining: answers in flight with Connection: close, closes idle keep-alive connections, cuts nothing', async () => {
    const hold = holdingChannel();
    const server = await startServer(TEST_SERVER_ENV, { channels: [hold.starter] });
    const idleAgent = new Agent({ keepAlive: true });
    const busyAgent = new Agent({ keepAlive: true });
    try {
      const idle = await get(idleAgent, `${server.url}/healthz`);
      expect(idle.headers.connection).toBe('keep-alive');
      const idleClosed = once(idle.socket, 'close');
      const reused = rawConnection(server.url);
      expect(await reused.get('/healthz')).toMatch(/\r\nconnection: keep-alive/i);
      const slow = get(busyAgent, `${server.url}/hold`);
      await hold.entered;
      const closing = server.close();
      // A client that sends its next request on a kept-alive connection just as the drain begins gets an
      // answer, not a reset, and is told to close.
      const next = await reused.get('/healthz');
      expect(next).toMatch(/^HTTP\/1\.1 (200|503) /);
      expect(next).toMatch(/\r\nconnection: close/i);
      await reused.closed;
      await idleClosed;
      hold.release();
      const answered = await slow;
      expect(answered.status).toBe(200);
      expect(answered.headers.connection).toBe('close');
      expect(await closing).toEqual({ cut: 0 });
    } finally {
      hold.release();
      idleAgent.destroy();
      busyAgent.destroy();
    }
  });

  it('cuts a request that outlives the grace period, and reports it', async () => {
    const hold = holdingChannel();
    const server = await startServer(
      { ...TEST_SERVER_ENV, SHUTDOWN_GRACE_MS: '300' },
      { channels: [hold.starter] },
    );
    const agent = new Agent({ keepAlive: true });
    try {
      const slow = get(agent, `${server.url}/hold`).catch((error: NodeJS.ErrnoException) => error);
      await hold.entered;
      expect(await server.close()).toEqual({ cut: 1 });
      expect(await slow).toMatchObject({ code: 'ECONNRESET' });
    } finally {
      hold.release();
      agent.destroy();
    }
  });

  it('lets the grace period cover the body timeout plus the model time budget, unless set', () => {
    const defaults = loadConfig({});
    expect(defaults.shutdownGraceMs).toBeGreaterThanOrEqual(defaults.http.requestTimeoutMs + 8000);
    const slowModel = loadConfig({ LLM_TIMEOUT_MS: '60000' });
    expect(slowModel.shutdownGraceMs).toBeGreaterThanOrEqual(slowModel.http.requestTimeoutMs + 60_000);
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '2000' }).shutdownGraceMs).toBe(2000);
  });

  it('on SIGTERM: waits for a model call longer than 10 s to run into its budget, answers, exits 0', {
    timeout: 120_000,
  }, async () => {
    const server = await startWithHangingModel({ LLM_TIMEOUT_MS: '12000' });
    try {
      const inFlight = ask(server.url, 'Mag ik op LinkedIn reageren op het stikstofbeleid?');
      while (server.openai.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      server.child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(response.headers.get('connection')).toBe('close');
      expect((await json(response)).engine).toBe('embedded');
      expect(await server.exited).toBe(0);
    } finally {
      await server.stop();
    }
  });

  it('on SIGTERM: exits 1 when a request had to be cut at the end of the grace period', {
    timeout: 90_000,
  }, async () => {
    const server = await startWithHangingModel({ LLM_TIMEOUT_MS: '60000', SHUTDOWN_GRACE_MS: '500' });
    try {
      const inFlight = ask(server.url, 'Mag ik op LinkedIn reageren op het stikstofbeleid?').catch(
        (error: unknown) => error,
      );
      while (server.openai.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(1);
      expect(await inFlight).toBeInstanceOf(Error);
      expect(server.log()).toMatch(/1 request\(s\) cut/);
    } finally {
      await server.stop();
    }
  });
});
