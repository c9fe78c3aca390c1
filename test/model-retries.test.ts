// Model retries through the real OpenAI adapter against the loopback stand-in: a 429 or 503 with
// Retry-After (seconds or an HTTP date) or retry-after-ms is waited out when it fits the time budget,
// measured between the requests at the stand-in; a wait beyond the budget fails at once, with a clear error
// and a log line; without a header the back-off grows exponentially with jitter. Lower bounds only, and
// small waits, so the timing cannot flake.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backoffMs, readRetryAfterMs } from '../adapters/openai/retry-delay.ts';
import type { Reply } from '../src/core/types.ts';
import { capturedLogger } from './support/captured-logger.ts';
import type { Json } from './support/json.ts';
import { answerCitingFirstPassage, createModelBot } from './support/model-bot.ts';
import { type Behaviour, type OpenAIStandIn, startOpenAIStandIn } from './support/openai-stand-in.ts';

const QUESTION = 'Mag ik op LinkedIn reageren op het stikstofbeleid?';
const PROFILE = { sector: 'rijk' as const, portfolio: ['stikstof'] };

let openai: OpenAIStandIn;
beforeAll(async () => {
  openai = await startOpenAIStandIn();
});
afterAll(() => openai.close());
beforeEach(() => {
  openai.requests.length = 0;
});

/** Fails the first `failures` requests as given, then answers properly. */
function failThenAnswer(failures: number, failure: () => Behaviour) {
  return (body: Json, index: number): Behaviour =>
    index < failures ? failure() : answerCitingFirstPassage(body);
}

async function ask(options: { timeoutMs: number; maxRetries: number }) {
  const { logger, lines } = capturedLogger();
  const bot = await createModelBot({ openai, settings: options, logger });
  const started = performance.now();
  const reply: Reply = await bot.handle({
    channel: 'test',
    text: QUESTION,
    profile: PROFILE,
    conversationId: `c-${Math.random()}`,
  });
  return { reply, elapsed: performance.now() - started, lines };
}

/** Milliseconds between request i and i + 1, as the stand-in received them. */
const interval = (index: number) =>
  openai.requests[index + 1]!.receivedAt - openai.requests[index]!.receivedAt;

describe('a retry waits as long as the endpoint asks, within the time budget', () => {
  it.each<[string, () => Behaviour, number]>([
    [
      '429 with retry-after-ms: 200',
      () => ({ kind: 'status', status: 429, headers: { 'retry-after-ms': '200' } }),
      190,
    ],
    [
      '503 with Retry-After: 1 (seconds)',
      () => ({ kind: 'status', status: 503, headers: { 'retry-after': '1' } }),
      950,
    ],
    [
      '429 with Retry-After as an HTTP date two seconds ahead',
      // HTTP dates have whole seconds: the wait is between one and two seconds.
      () => ({
        kind: 'status',
        status: 429,
        headers: { 'retry-after': new Date(Date.now() + 2000).toUTCString() },
      }),
      900,
    ],
  ])('%s', async (_label, failure, atLeastMs) => {
    openai.respond(failThenAnswer(1, failure));
    const { reply, elapsed } = await ask({ timeoutMs: 4000, maxRetries: 1 });
    expect(openai.requests).toHaveLength(2);
    expect(interval(0)).toBeGreaterThanOrEqual(atLeastMs);
    expect(reply.engine).toBe('model');
    expect(elapsed).toBeLessThan(4000);
  });
});

describe('a wait beyond the time budget fails at once', () => {
  it.each<[string, Record<string, string>, number]>([
    ['Retry-After: 3600', { 'retry-after': '3600' }, 3_600_000],
    ['retry-after-ms: 5000', { 'retry-after-ms': '5000' }, 5000],
    ['Retry-After: 2 with 1.5 s of budget', { 'retry-after': '2' }, 2000],
  ])('%s', async (_label, headers, retryAfterMs) => {
    openai.respond(() => ({ kind: 'status', status: 429, headers }));
    const { reply, elapsed, lines } = await ask({ timeoutMs: 1500, maxRetries: 2 });
    expect(openai.requests).toHaveLength(1);
    expect(reply.engine).toBe('embedded');
    expect(elapsed).toBeLessThan(700);
    const line = lines.map((text) => JSON.parse(text)).find((entry) => entry.retryAfterMs !== undefined);
    expect(line).toMatchObject({ retryAfterMs, status: 429 });
    expect(line.msg).toMatch(/beyond the time budget/);
  });
});

describe('without a header the back-off grows, with jitter', () => {
  it('waits at least 125 ms, then at least 250 ms, and never retries at once', async () => {
    openai.respond(failThenAnswer(2, () => ({ kind: 'status', status: 503 })));
    const { reply } = await ask({ timeoutMs: 4000, maxRetries: 2 });
    expect(openai.requests).toHaveLength(3);
    expect(interval(0)).toBeGreaterThanOrEqual(110);
    expect(interval(1)).toBeGreaterThanOrEqual(230);
    expect(reply.engine).toBe('model');
  });

  it('treats a 429 without retry-after-ms as no header, not as "retry now"', async () => {
    openai.respond(failThenAnswer(1, () => ({ kind: 'status', status: 429 })));
    const { reply } = await ask({ timeoutMs: 4000, maxRetries: 1 });
    expect(openai.requests).toHaveLength(2);
    expect(interval(0)).toBeGreaterThanOrEqual(110);
    expect(reply.engine).toBe('model');
  });
});

describe('the wait, as a pure function', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  it.each<[Record<string, string>, number | undefined]>([
    [{ 'retry-after-ms': '200' }, 200],
    [{ 'retry-after-ms': '12.5' }, 12.5],
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': 'Sat, 28 Nov 2026 12:00:05 GMT' }, 5000],
    [{ 'retry-after': 'Sat, 28 Nov 2026 11:59:00 GMT' }, 0],
    [{ 'retry-after-ms': 'soon', 'retry-after': '2' }, 2000],
    [{ 'retry-after': '-1' }, undefined],
    [{ 'retry-after': 'later' }, undefined],
    [{}, undefined],
  ])('%j → %s ms', (headers, expected) => {
    expect(readRetryAfterMs(new Headers(headers), now)).toBe(expected);
  });

  it('backs off between half and all of 250 ms · 2^attempt, and spreads the waits', () => {
    expect([0, 1, 2].map((attempt) => backoffMs(attempt, () => 0))).toEqual([125, 250, 500]);
    expect([0, 1, 2].map((attempt) => backoffMs(attempt, () => 1))).toEqual([250, 500, 1000]);
    const waits = Array.from({ length: 50 }, () => backoffMs(1));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(250);
    expect(Math.max(...waits)).toBeLessThanOrEqual(500);
    expect(new Set(waits).size).toBeGreaterThan(10);
  });
});
