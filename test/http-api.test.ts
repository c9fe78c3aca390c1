// The HTTP API over real HTTP on loopback.
import type { Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../src/logging/create-logger.ts';
import { createServer } from '../src/server/create-server.ts';
import { json } from './support/json.ts';
import { realBot } from './support/real-knowledge.ts';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer({ bot: await realBot(), logger: createSilentLogger(), maxBodyBytes: 16 * 1024 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, body: string) =>
  fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

/** Sends raw bytes over a socket and returns all the server wrote back until it closed the connection. */
function rawRequest(bytes: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
  });
}

describe('HTTP API', () => {
  it('GET /healthz reports the knowledge version', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      knowledgeVersion: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
  });

  it('GET /privacy serves the privacy statement the Teams manifest links to', async () => {
    const response = await fetch(`${base}/privacy`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('niet in logbestanden');
    expect(page).toContain('not written to logs');
  });

  it('POST /api/ask answers with the same JSON as the CLI', async () => {
    const response = await post(
      '/api/ask',
      JSON.stringify({ text: 'Mag ik over mijn eigen dossier twitteren?', profile: { sector: 'rijk' } }),
    );
    expect(response.status).toBe(200);
    const reply = await json(response);
    expect(reply).toMatchObject({ intent: 'question', verdict: 'voorwaardelijk', engine: 'embedded' });
    expect(reply.basis).toContain('aw2017-art10');
    expect(reply.citations.length).toBeGreaterThan(0);
  });

  it('POST /api/check assesses a draft', async () => {
    const response = await post(
      '/api/check',
      JSON.stringify({
        text: 'Jullie horen het van mij: het college sluit volgende week de bieb.',
        profile: { sector: 'gemeente' },
      }),
    );
    expect(response.status).toBe(200);
    const reply = await json(response);
    expect(reply).toMatchObject({ intent: 'draft', risk: 'hoog' });
    expect(reply.categories).toContain('geheimhouding');
    expect(reply.findings[0].spans.length).toBeGreaterThan(0);
  });

  it('keeps follow-up context when the client sends a conversationId', async () => {
    await post(
      '/api/ask',
      JSON.stringify({ text: 'Mag ik liken wat een Kamerlid over wonen zegt?', conversationId: 'k1' }),
    );
    const response = await post(
      '/api/ask',
      JSON.stringify({ text: 'En als ik zelf aan wonen werk?', conversationId: 'k1' }),
    );
    const reply = await json(response);
    expect(reply.followUp).toBe(true);
  });

  it('gives 400 with a clear error for bad bodies', async () => {
    const cases = [
      ['{not json', /not valid JSON/],
      ['', /empty/],
      [JSON.stringify({ question: 'Mag ik?' }), /^text: /],
      [JSON.stringify({ text: 'Mag ik?', profile: { sector: 'bank' } }), /^profile\.sector/],
      [JSON.stringify({ text: '   ' }), /leeg/],
    ] as const;
    for (const [body, message] of cases) {
      const response = await post('/api/ask', body);
      expect(response.status, body).toBe(400);
      const body400 = await json(response);
      expect(body400.error.message, body).toMatch(message);
    }
  });

  it('accepts an organisation id and refuses a malformed one with 400', async () => {
    const accepted = await post(
      '/api/ask',
      JSON.stringify({
        text: 'Mag ik over mijn eigen dossier twitteren?',
        organisation: 'gemeente-voorbeeld',
      }),
    );
    expect(accepted.status).toBe(200);
    expect((await json(accepted)).intent).toBe('question');
    for (const organisation of [
      'Gemeente-Voorbeeld',
      '-gemeente',
      'gemeente voorbeeld',
      'a'.repeat(64),
      '',
      42,
    ]) {
      const body = JSON.stringify({ text: 'Mag ik over mijn eigen dossier twitteren?', organisation });
      const response = await post('/api/ask', body);
      expect(response.status, body).toBe(400);
      const error = (await json(response)).error;
      expect(error.code, body).toBe('input_invalid');
      expect(error.message, body).toMatch(/^organisation: /);
    }
  });

  it('gives 413 for a text over the limit and for an oversized body', async () => {
    const longText = await post('/api/ask', JSON.stringify({ text: 'a'.repeat(5000) }));
    expect(longText.status).toBe(413);
    const hugeBody = await post('/api/ask', JSON.stringify({ text: 'a', padding: 'x'.repeat(20_000) }));
    expect(hugeBody.status).toBe(413);
  });

  it('gives 404 for unknown paths and 405 for a wrong method', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    const wrongMethod = await fetch(`${base}/api/ask`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });

  it('answers HEAD on /healthz and /readyz like GET, without a body (load balancers probe with HEAD)', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${base}${path}`, { method: 'HEAD' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain('application/json');
      expect(await response.text(), path).toBe('');
    }
  });

  it('gives 400 for a text of only invisible characters (zero-width spaces and joiners, BOM, word joiner)', async () => {
    for (const text of ['\u200B\u200B\u200B', '\u200C\u200D \u2060\uFEFF', '\u00AD\u200E\u200F\u180E']) {
      const response = await post('/api/ask', JSON.stringify({ text }));
      expect(response.status, JSON.stringify(text)).toBe(400);
      expect((await json(response)).error.code).toBe('input_empty');
    }
  });

  it('counts the length limit in characters, not UTF-16 units: 4,000 emoji pass, 4,001 do not', async () => {
    // Each of these is one character but two UTF-16 units.
    const atLimit = await post('/api/check', JSON.stringify({ text: '😀'.repeat(4000) }));
    expect(atLimit.status).toBe(200);
    const overLimit = await post('/api/check', JSON.stringify({ text: '😀'.repeat(4001) }));
    expect(overLimit.status).toBe(413);
    expect((await json(overLimit)).error.message).toMatch(/4000 characters/);
  });

  it('answers a request that is not valid HTTP with a JSON 400 in the one error shape', async () => {
    const answers = [
      await rawRequest('GET /healthz HTTP/1.1\r\nHost: localhost\r\nNot a header line\r\n\r\n'),
      await rawRequest('NONSENSE\r\n\r\n'),
    ];
    for (const answer of answers) {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head.toLowerCase()).toContain('content-type: application/json');
      expect(JSON.parse(body)).toEqual({
        error: { code: 'bad_request', message: expect.stringContaining('not valid HTTP') },
      });
    }
    const tooLarge = await rawRequest(
      `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'x'.repeat(20_000)}\r\n\r\n`,
    );
    expect(tooLarge).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(tooLarge.split('\r\n\r\n')[1] ?? '').error.code).toBe('headers_too_large');
  });

  it('refuses identifiers with control characters (a NUL byte) at the boundary with 400', async () => {
    for (const fields of [{ userId: 'u\u0000x' }, { conversationId: 'c\u0000' }, { userId: 'u\u0007' }]) {
      const response = await post('/api/ask', JSON.stringify({ text: 'Mag ik staken?', ...fields }));
      expect(response.status, JSON.stringify(fields)).toBe(400);
      const body = await json(response);
      expect(body.error.code).toBe('input_invalid');
      expect(body.error.message).toMatch(/control character/);
    }
  });

  it('keeps serving after bad requests', async () => {
    await post('/api/ask', '{broken');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
