// The HR console's login over real HTTP (no browser needed): the attempt limit holds under concurrent
// guesses, guesses from the same address do not lock HR out, refusals are logged, and a login form posted
// from anywhere but the console itself (Origin: null, another scheme) is refused.
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdminRoutes } from '../src/admin/admin-routes.ts';
import { staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { createServer } from '../src/server/create-server.ts';
import { createMemoryStateStore } from '../src/state/memory-state-store.ts';
import { capturedLogger } from './support/captured-logger.ts';
import { realBot, realKnowledge } from './support/real-knowledge.ts';

const TOKEN = 'beheer-token-voor-de-test-123';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function startConsole() {
  const { logger, lines } = capturedLogger('info');
  const state = createMemoryStateStore();
  server = createServer({
    bot: await realBot(),
    logger,
    routes: createAdminRoutes({
      token: TOKEN,
      knowledge: staticKnowledgeStore(await realKnowledge()),
      state,
      logger,
      staleAfterDays: 365,
    }),
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = (token: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    });
  return { base, login, lines };
}

describe('HR console login', () => {
  it('counts each attempt before checking it: of 200 concurrent wrong tokens, only 10 are evaluated', async () => {
    const { base } = await startConsole();
    // Every request is in the server (headers sent) before any body arrives: the window in which a
    // check-then-count limit lets them all through.
    const form = 'token=dit-is-niet-het-token-0000';
    const requests = Array.from({ length: 200 }, () => {
      const request = httpRequest(`${base}/admin/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(form),
        },
      });
      const status = new Promise<number>((resolve, reject) => {
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
      });
      request.flushHeaders();
      return { request, status };
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const { request } of requests) request.end(form);
    const statuses = await Promise.all(requests.map(({ status }) => status));
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(190);
  });

  it('guesses from the same address do not lock HR out: the right token still logs in, and it is logged', async () => {
    const { login, lines } = await startConsole();
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await login(`raden-${attempt}-abcdefghijklmnop`);
      expect(response.status).toBe(attempt < 10 ? 401 : 429);
      await response.arrayBuffer();
    }
    const right = await login(TOKEN);
    expect(right.status).toBe(303);
    expect(right.headers.get('set-cookie')).toMatch(/^uw_admin=/);
    const log = lines.join('');
    expect(log).toContain('admin login refused');
    expect(log).toContain('admin login limited');
    expect(log).toContain('"source":"127.0.0.1"');
    expect(log).not.toContain('raden-');
  });

  it('refuses an address that tries more than 100 tokens a minute, whatever they start with', async () => {
    const { login } = await startConsole();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 101; attempt++) {
      const response = await login(`${attempt.toString(36).padStart(4, '0')}-willekeurige-gok`);
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.slice(0, 100).every((status) => status === 401)).toBe(true);
    expect(statuses[100]).toBe(429);
  });

  it('refuses a login posted with Origin: null or from the other scheme of the same host', async () => {
    const { base, login } = await startConsole();
    const host = new URL(base).host;
    const refused: Record<string, string>[] = [
      { origin: 'null' },
      // Behind a TLS proxy: a form on http://host (which anyone on the network path can serve) is not the console.
      { origin: `http://${host}`, 'x-forwarded-proto': 'https' },
      { origin: `https://${host}`, 'x-forwarded-proto': 'http' },
      { origin: `http://${host}.example.org` },
      { origin: 'http://127.0.0.1:1' },
    ];
    for (const headers of refused) {
      const response = await login(TOKEN, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get('set-cookie'), JSON.stringify(headers)).toBeNull();
      await response.arrayBuffer();
    }
    const accepted: Record<string, string>[] = [
      { origin: base },
      { origin: `https://${host}`, 'x-forwarded-proto': 'https' },
      { 'sec-fetch-site': 'same-origin', origin: base },
    ];
    for (const headers of accepted) {
      const response = await login(TOKEN, headers);
      expect(response.status, JSON.stringify(headers)).toBe(303);
      await response.arrayBuffer();
    }
  });
});
