// Intent recognition through bot.handle: help, feedback, drafts, bad input, and logs that keep text out.
import { describe, expect, it } from 'vitest';
import { capturedLogger } from './support/captured-logger.ts';
import { realBot } from './support/real-knowledge.ts';

describe('intents', () => {
  it('answers a greeting with help and example questions', async () => {
    const bot = await realBot();
    for (const text of ['hallo', 'Hoi!', 'help', 'wat kun je?']) {
      const reply = await bot.handle({ channel: 'test', text });
      expect(reply.intent, text).toBe('help');
      expect(
        reply.suggestedActions.filter((action) => action.kind === 'example-question').length,
      ).toBeGreaterThan(0);
    }
    expect((await bot.handle({ channel: 'test', text: 'hello' })).language).toBe('en');
  });

  it('records feedback from a button and thanks for it', async () => {
    const received: unknown[] = [];
    const bot = await realBot({ onFeedback: (feedback) => void received.push(feedback) });
    const reply = await bot.handle({
      channel: 'test',
      text: '',
      feedback: { replyId: 'r-1', rating: 'down' },
    });
    expect(reply.intent).toBe('feedback');
    expect(received).toEqual([expect.objectContaining({ replyId: 'r-1', rating: 'down', channel: 'test' })]);
    // Thanks as people type it is feedback, never a new question to weigh; a question after thanks is one.
    for (const text of ['bedankt!', 'Oké, dank je wel 🙏', 'top, thx', 'Helder, bedankt voor je uitleg!'])
      expect((await bot.handle({ channel: 'test', text })).intent, text).toBe('feedback');
    expect((await bot.handle({ channel: 'test', text: 'bedankt, maar mag ik het ook liken?' })).intent).toBe(
      'question',
    );
  });

  it('recognises a draft by its prefix and by the check command', async () => {
    const bot = await realBot();
    const prefixed = await bot.handle({ channel: 'test', text: 'toets: Mooie dag op het strand vandaag!' });
    expect(prefixed).toMatchObject({ intent: 'draft', risk: 'laag' });
    const command = await bot.handle({
      channel: 'test',
      command: 'check',
      text: 'Namens de gemeente: dit komt goed.',
    });
    expect(command).toMatchObject({ intent: 'draft', risk: 'hoog' });
    expect(command.findings[0]?.spans[0]?.text).toBe('Namens');
  });

  it('rejects empty, oversized and malformed messages with a clear error reply', async () => {
    const bot = await realBot();
    expect((await bot.handle({ channel: 'test', text: '   ' })).error?.code).toBe('input_empty');
    expect((await bot.handle({ channel: 'test', text: 'a'.repeat(4001) })).error?.code).toBe(
      'input_too_long',
    );
    // A channel handing over something that is not a message gets an error reply, not an exception.
    const malformed = await bot.handle({ channel: 'nowhere', text: 'x' } as never);
    expect(malformed.error?.code).toBe('input_invalid');
  });

  it('never writes the question or the draft to the log', async () => {
    const { logger, lines } = capturedLogger('trace');
    const bot = await realBot({ logger });
    const secretQuestion = 'Mag ik de interne nota over Zeeuwse windparken delen?';
    const secretDraft = 'Sandra Jansen uit Goes heeft schulden, weet ik via mijn werk.';
    await bot.handle({ channel: 'test', text: secretQuestion });
    await bot.handle({ channel: 'test', command: 'check', text: secretDraft });
    const log = lines.join('');
    expect(log).toContain('handled message');
    expect(log).not.toContain('windparken');
    expect(log).not.toContain('Sandra');
  });
});
