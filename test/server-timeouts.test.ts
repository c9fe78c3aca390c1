// The server's own time limits, over raw sockets on loopback: a body or headers that arrive too slowly get
// 408 and the connection is closed; an idle keep-alive connection is closed after its timeout, which the
// responses announce. Small values here; the defaults are in src/config/load-config.ts.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.ts';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    ...TEST_SERVER_ENV,
    HTTP_REQUEST_TIMEOUT_MS: '1000',
    HTTP_HEADERS_TIMEOUT_MS: '500',
    HTTP_KEEP_ALIVE_TIMEOUT_MS: '2000',
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
});

/** A raw connection: what it received, and a promise for when the server closed it. */
function open(): { socket: Socket; received: () => string; closed: Promise<void> } {
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  let data = '';
  socket.on('data', (chunk: Buffer) => {
    data += chunk.toString();
  });
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, received: () => data, closed };
}

describe('server timeouts', () => {
  it('answers 408 and closes the connection when the body does not arrive in time', {
    timeout: 20_000,
  }, async () => {
    const connection = open();
    connection.socket.write(
      'POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text": "Mag ik',
    );
    await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers 408 and closes the connection when the headers do not arrive in time', {
    timeout: 20_000,
  }, async () => {
    const connection = open();
    connection.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('announces its keep-alive timeout and closes an idle connection after it', {
    timeout: 20_000,
  }, async () => {
    const connection = open();
    connection.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await connection.closed;
    expect(connection.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(connection.received()).toMatch(/\r\nKeep-Alive: timeout=2\r\n/i);
  });

  it('has defaults, and refuses a headers timeout longer than the request timeout', () => {
    expect(loadConfig({}).http).toMatchObject({
      requestTimeoutMs: expect.any(Number),
      headersTimeoutMs: expect.any(Number),
      keepAliveTimeoutMs: expect.any(Number),
    });
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_HEADERS_TIMEOUT_MS: '2000' })).toThrow(
      /HTTP_HEADERS_TIMEOUT_MS/,
    );
  });
});
