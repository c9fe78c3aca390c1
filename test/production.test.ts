// Production duties through the real server: Prometheus metrics, readiness, the per-user rate limit,
// knowledge gaps without identity, hashed user ids in logs, and a graceful shutdown on SIGTERM.
import { describe, expect, it } from 'vitest';
import { startOpenAIModel } from '../adapters/openai/index.ts';
import { createBot } from '../src/core/create-bot.ts';
import { staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { startServer } from '../src/server/start-server.ts';
import { createMemoryStateStore } from '../src/state/memory-state-store.ts';
import { capturedLogger } from './support/captured-logger.ts';
import { freePort } from './support/free-port.ts';
import { json } from './support/json.ts';
import { startOpenAIStandIn } from './support/openai-stand-in.ts';
import { realKnowledge } from './support/real-knowledge.ts';
import { spawnServer } from './support/server-process.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

const ask = (url: string, text: string, userId?: string) =>
  fetch(`${url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, ...(userId ? { userId } : {}) }),
  });

describe('observability', () => {
  it('serves Prometheus metrics by channel, intent and outcome, with latency and model fallbacks, never text', async () => {
    const server = await startServer(
      {
        ...TEST_SERVER_ENV,
        OPENAI_BASE_URL: `http://127.0.0.1:${await freePort()}/v1`,
        LLM_MAX_RETRIES: '0',
      },
      { model: startOpenAIModel },
    );
    try {
      await ask(server.url, 'Mag ik als ambtenaar lid worden van een politieke partij?');
      await ask(server.url, 'Hoeveel vakantiedagen heb ik?');
      const response = await fetch(`${server.url}/metrics`);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const metrics = await response.text();
      expect(metrics).toMatch(
        /uitingswijzer_messages_total\{channel="http",intent="question",outcome="mag",engine="embedded"\} 1/,
      );
      expect(metrics).toMatch(
        /uitingswijzer_messages_total\{channel="http",intent="out-of-scope",outcome="buiten-scope",engine="embedded"\} 1/,
      );
      expect(metrics).toMatch(
        /uitingswijzer_message_duration_seconds_bucket\{le="0\.1",channel="http",intent="question"\}/,
      );
      expect(metrics).toMatch(/uitingswijzer_model_fallbacks_total\{reason="connection"\} 1/);
      expect(metrics).toMatch(
        /uitingswijzer_http_requests_total\{route="\/api\/ask",method="POST",status="200"\} 2/,
      );
      expect(metrics).toMatch(/uitingswijzer_knowledge_info\{version="[0-9a-f]{12}"\} 1/);
      expect(metrics).toContain('uitingswijzer_process_resident_memory_bytes');
      expect(metrics).not.toContain('politieke partij');
    } finally {
      await server.close();
    }
  });

  it('is ready when the knowledge is loaded and the store answers; not ready when the store is down', async () => {
    let down = false;
    const store = createMemoryStateStore();
    const server = await startServer(TEST_SERVER_ENV, {
      state: async () => ({
        ...store,
        ping: async () => {
          if (down) throw new Error('connection refused');
        },
      }),
    });
    try {
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect((await json(ready)).checks).toMatchObject({ store: 'memory', knowledge: expect.any(String) });
      down = true;
      const notReady = await fetch(`${server.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect((await json(notReady)).checks.store).toBe('unreachable');
      // Liveness does not depend on the store.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('logs a hash of the user, never the user id or the text', async () => {
    const { logger, lines } = capturedLogger('info');
    const bot = createBot({ knowledge: staticKnowledgeStore(await realKnowledge()), logger });
    await bot.handle({
      channel: 'test',
      text: 'Mag ik staken tegen de bezuinigingen?',
      userId: 'slack:T1:U-SECRET-42',
    });
    const log = lines.join('');
    expect(log).toMatch(/"user":"[0-9a-f]{12}"/);
    expect(log).not.toContain('U-SECRET-42');
    expect(log).not.toContain('bezuinigingen');
  });
});

describe('limits and knowledge gaps', () => {
  it('slows a user down with a friendly message (429 on the API) and lets others through', async () => {
    const server = await startServer({ ...TEST_SERVER_ENV, RATE_LIMIT_PER_MINUTE: '2' });
    try {
      expect((await ask(server.url, 'Mag ik staken?', 'u-busy')).status).toBe(200);
      expect((await ask(server.url, 'Mag ik staken?', 'u-busy')).status).toBe(200);
      const limited = await ask(server.url, 'Mag ik staken?', 'u-busy');
      expect(limited.status).toBe(429);
      expect((await json(limited)).error.message).toMatch(/Wacht \d+ seconden/);
      expect((await ask(server.url, 'Mag ik staken?', 'u-calm')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('also limits per address, so a client that picks a new userId for every call cannot get past it', async () => {
    const server = await startServer({
      ...TEST_SERVER_ENV,
      RATE_LIMIT_PER_MINUTE: '2',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '5',
    });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 8; index++) {
        const response = await ask(server.url, 'Mag ik staken?', `rotating-${index}`);
        statuses.push(response.status);
        await response.arrayBuffer();
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    } finally {
      await server.close();
    }
  });

  it('records questions without a good answer and 👎 answers as gaps, masked and without the user', async () => {
    const state = createMemoryStateStore();
    const bot = createBot({ knowledge: staticKnowledgeStore(await realKnowledge()), state });
    const weak = await bot.handle({
      channel: 'slack',
      userId: 'slack:T1:U9',
      text: 'Mag ik als ambtenaar memes over quantumfysica maken met Kees Vogelzang?',
    });
    const answered = await bot.handle({
      channel: 'slack',
      userId: 'slack:T1:U9',
      text: 'Mag ik vertrouwelijke stukken op LinkedIn zetten?',
    });
    await bot.handle({
      channel: 'slack',
      userId: 'slack:T1:U9',
      text: '',
      feedback: { replyId: answered.id, rating: 'down' },
    });
    const gaps = await state.listKnowledgeGaps();
    expect(gaps[0]).toMatchObject({
      reason: 'feedback-down',
      question: 'Mag ik vertrouwelijke stukken op LinkedIn zetten?',
      verdict: 'mag-niet',
    });
    expect(weak.intent).toBe('question');
    const noMatch = gaps.find((gap) => gap.reason === 'no-match');
    expect(noMatch?.question).toContain('[naam]');
    expect(noMatch?.question).not.toContain('Vogelzang');
    // A question the knowledge answers well is not a gap.
    expect(gaps.filter((gap) => gap.reason === 'no-match')).toHaveLength(1);
    expect(JSON.stringify(gaps)).not.toContain('U9');
    expect(await state.listFeedback()).toEqual([
      expect.objectContaining({ replyId: answered.id, rating: 'down' }),
    ]);
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM: stops accepting, finishes the request in flight, then exits 0', {
    timeout: 90_000,
  }, async () => {
    const openai = await startOpenAIStandIn();
    openai.respond(() => ({ kind: 'hang' }));
    const { url, child, exited, waitForLog } = await spawnServer({
      ...TEST_SERVER_ENV,
      DATABASE_URL: 'memory:',
      OPENAI_BASE_URL: openai.baseUrl,
      LLM_TIMEOUT_MS: '1500',
    });
    try {
      await waitForLog('Uitingswijzer is listening');
      const inFlight = ask(url, 'Mag ik op LinkedIn reageren op het stikstofbeleid?');
      // The request is waiting for the (hanging) model when the stop signal comes.
      while (openai.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect((await json(response)).engine).toBe('embedded');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await openai.close();
    }
  });
});
