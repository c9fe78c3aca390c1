// Personal data never leaves the conversation: a corpus of the ways people write a BSN, an IBAN, a phone
// number, an e-mail address and a name (lower case after a relation word, with particles, obfuscated)
// goes through the masker in service, whose recall is reported and held to a floor; everyday Dutch is
// left alone; and both ways text leaves — the request to the model and the stored knowledge gap — are
// masked, checked through bot.handle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMasker } from '../src/model/create-masker.ts';
import { createMemoryStateStore } from '../src/state/memory-state-store.ts';
import { CORPUS, ORDINARY } from './support/masking-corpus.ts';
import { answerCitingFirstPassage, createModelBot } from './support/model-bot.ts';
import { type OpenAIStandIn, startOpenAIStandIn } from './support/openai-stand-in.ts';
import { realKnowledge } from './support/real-knowledge.ts';

/** The share of forms that must come out without any of their secrets. */
const FLOOR = 0.97;

let mask: (text: string) => string;
beforeAll(async () => {
  mask = createMasker(await realKnowledge());
});

describe('the masking corpus', () => {
  it(`masks the personal data in ${CORPUS.length} forms (recall reported, floor ${FLOOR * 100}%)`, () => {
    const missed = CORPUS.filter(([, text, secrets]) =>
      secrets.some((secret) => mask(text).includes(secret)),
    );
    const byKind = new Map<string, [found: number, total: number]>();
    for (const form of CORPUS) {
      const [found, total] = byKind.get(form[0]) ?? [0, 0];
      byKind.set(form[0], [found + (missed.includes(form) ? 0 : 1), total + 1]);
    }
    const recall = (CORPUS.length - missed.length) / CORPUS.length;
    const kinds = [...byKind].map(([kind, [found, total]]) => `${kind} ${found}/${total}`).join(', ');
    console.log(
      `masking recall: ${CORPUS.length - missed.length}/${CORPUS.length} = ${(recall * 100).toFixed(1)}% (${kinds})`,
      ...missed.map(([, text]) => `\n  missed: ${text} → ${mask(text)}`),
    );
    expect(recall).toBeGreaterThanOrEqual(FLOOR);
  });

  it.each(ORDINARY)('leaves "%s" as it is', (text) => {
    expect(mask(text)).toBe(text);
  });
});

describe('what leaves the conversation is masked', () => {
  let openai: OpenAIStandIn;
  beforeAll(async () => {
    openai = await startOpenAIStandIn();
  });
  afterAll(() => openai.close());

  it.each([
    [
      'a BSN with dashes',
      'Mag ik op LinkedIn iets zeggen over het dossier van BSN 111-222-333?',
      '111-222-333',
    ],
    [
      'a name in lower case after "buurvrouw"',
      'Mag ik op LinkedIn iets zeggen over mijn buurvrouw fatima el amrani?',
      'amrani',
    ],
    ['a capitalised name with a particle', 'Mag ik op LinkedIn iets zeggen over Fatima el Amrani?', 'Amrani'],
    [
      'an obfuscated e-mail address',
      'Mag ik op LinkedIn het adres jan punt probe at example punt nl delen?',
      'probe',
    ],
  ])('%s: not in the model request, not in the knowledge gap', async (_label, text, secret) => {
    openai.requests.length = 0;
    openai.respond((body) => answerCitingFirstPassage(body));
    const state = createMemoryStateStore();
    const bot = await createModelBot({ openai, bot: { state } });
    const reply = await bot.handle({ channel: 'slack', userId: 'slack:T1:U7', text });
    await bot.handle({
      channel: 'slack',
      userId: 'slack:T1:U7',
      text: '',
      feedback: { replyId: reply.id, rating: 'down' },
    });
    expect(openai.requests.length).toBeGreaterThan(0);
    const sent = JSON.stringify(openai.requests.map((request) => request.body));
    expect(sent).not.toContain(secret);
    const gaps = await state.listKnowledgeGaps();
    expect(gaps.map((gap) => gap.reason)).toContain('feedback-down');
    expect(gaps.some((gap) => gap.question?.includes('LinkedIn'))).toBe(true);
    expect(JSON.stringify(gaps)).not.toContain(secret);
  });
});
