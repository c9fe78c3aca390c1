// Hostile and odd input: nothing crashes, hangs or leaks context between users.
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/core/create-bot.ts';
import { buildKnowledgeBase } from '../src/knowledge/build-knowledge-base.ts';
import { staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { createSilentLogger } from '../src/logging/create-logger.ts';
import { compilePattern } from '../src/rules/compile-pattern.ts';
import { matchPattern } from '../src/rules/match-pattern.ts';
import { createServer } from '../src/server/create-server.ts';
import { json } from './support/json.ts';
import { realBot, realKnowledge } from './support/real-knowledge.ts';

describe('hostile knowledge files', () => {
  it('reports a YAML alias bomb as a problem of that file and serves the rest', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 9 }, (_, index) => {
        const name = String.fromCharCode(98 + index);
        const previous = String.fromCharCode(97 + index);
        return `${name}: &${name} [*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous},*${previous}]`;
      }),
      '---',
    ].join('\n');
    const good =
      '---\nid: goed\nkind: guide\ntitle: Goed\nowner: HR\nreviewed: 2026-11-01\n---\n\n## Uitleg\n\nTekst.\n';
    const knowledge = buildKnowledgeBase([
      { path: 'bomb.md', content: bomb },
      { path: 'guides/goed.md', content: good },
    ]);
    expect(knowledge.documentsById.has('goed')).toBe(true);
    expect(knowledge.problems).toContainEqual(
      expect.objectContaining({ file: 'bomb.md', severity: 'error' }),
    );
  });

  it('says a field has the wrong type instead of calling it missing, and rejects impossible dates', () => {
    const content = '---\nid: x\nkind: guide\ntitle: X\nowner: 5\nreviewed: 2026-02-30\n---\nTekst.\n';
    const messages = buildKnowledgeBase([{ path: 'x.md', content }]).problems.map(
      (problem) => problem.message,
    );
    expect(messages).toContainEqual(expect.stringMatching(/^owner: (?!required field is missing)/));
    expect(messages).toContainEqual(expect.stringMatching(/^reviewed: date: write a real date/));
  });

  it('matches a long pattern with a wide window without exponential backtracking', async () => {
    const knowledge = await realKnowledge();
    const pattern = compilePattern('de de de de de de de x', knowledge.analyzer.keyOf);
    const words = knowledge.analyzer.analyze(Array.from({ length: 160 }, () => 'de').join(' '));
    expect(matchPattern(pattern, words, 12)).toEqual([]);
  });
});

describe('hostile messages', () => {
  it('answers a message that is one enormous word', async () => {
    const reply = await (await realBot()).handle({ channel: 'test', text: 'werk'.repeat(999) });
    expect(reply.error).toBeUndefined();
    expect(reply.verdict).toBe('buiten-scope');
  });

  it('keeps follow-up context per user, and does not let it grow', async () => {
    const bot = await realBot();
    const shared = { channel: 'test' as const, conversationId: 'kanaal', threadId: 'draad' };
    const first = await bot.handle({
      ...shared,
      userId: 'anna',
      text: 'Mag ik een interne memo delen op LinkedIn?',
    });
    expect(first.verdict).toBe('mag-niet');
    const other = await bot.handle({ ...shared, userId: 'bram', text: 'En als het over voetbal gaat?' });
    expect(other.followUp).toBe(false);
    for (let index = 0; index < 50; index++) {
      await bot.handle({ ...shared, userId: 'anna', text: 'En als ik het morgen doe?' });
    }
    const last = await bot.handle({ ...shared, userId: 'anna', text: 'En als ik het anoniem doe?' });
    expect(last.followUp).toBe(true);
    expect(last.verdict).toBe('mag-niet');
  });

  it('gives spans into the message as sent, also after a "toets:" prefix', async () => {
    const text = '  toets: Namens de gemeente: dit komt goed.';
    const reply = await (await realBot()).handle({ channel: 'test', text });
    const span = reply.findings[0]?.spans[0];
    expect(span && text.slice(span.start, span.end)).toBe('Namens');
  });
});

describe('HTTP status for our own failures', () => {
  it('answers 500, not 400, when the bot fails internally', async () => {
    const bot = createBot({
      knowledge: staticKnowledgeStore(await realKnowledge()),
      onFeedback: () => {
        throw new Error('store down');
      },
    });
    const failing = {
      ...bot,
      handle: (message: Parameters<typeof bot.handle>[0]) =>
        bot.handle({ ...message, command: 'feedback', feedback: { replyId: 'r', rating: 'up' } }),
    };
    const server = createServer({ bot: failing, logger: createSilentLogger() });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/ask`, {
        method: 'POST',
        body: JSON.stringify({ text: 'x' }),
      });
      expect(response.status).toBe(500);
      expect((await json(response)).error.code).toBe('internal');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
