// The HTTP API over real HTTP on loopback.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('keeps serving after bad requests', async () => {
    await post('/api/ask', '{broken');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
