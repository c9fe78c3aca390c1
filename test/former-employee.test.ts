// A former employee who says so in the past tense ("ik werkte bij de Belastingdienst", "I worked at the IND")
// is read as one, as "tot vorig jaar" and "I used to work" already were; a day's work, the present and the
// English present perfect are not. Through bot.handle on the real knowledge, the rules alone.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../src/core/types.ts';
import { rulesOnlyBot } from './support/real-knowledge.ts';

async function ask(text: string): Promise<Reply> {
  const bot = await rulesOnlyBot();
  return bot.handle({ channel: 'test', text, command: 'ask', conversationId: `c-${Math.random()}` });
}

describe('a past-tense self-description makes the speaker a former employee', () => {
  it.each([
    [
      'Ik werkte bij de Belastingdienst. Mag ik iets posten over toeslagen?',
      'Ik werkte bij de Belastingdienst',
    ],
    [
      'Ik heb tien jaar bij de IND gewerkt. Mag ik iets posten over asiel?',
      'Ik heb tien jaar bij de IND gewerkt',
    ],
    [
      'Tot 2023 werkte ik als jurist bij DUO. Mag ik iets posten over studiefinanciering?',
      'werkte ik als jurist bij DUO',
    ],
    ['Toen ik nog bij de IND werkte, zag ik veel. Mag ik daar nu over bloggen?', 'ik nog bij de IND werkte'],
    [
      'I worked at the Belastingdienst until 2023. May I post about tax credits?',
      'I worked at the Belastingdienst',
    ],
    ['I worked for the IND for ten years. May I post about asylum?', 'I worked for the IND'],
  ])('%s', async (text, evidence) => {
    const reply = await ask(text);
    expect(reply.situation?.speaker.former?.text).toBe(evidence);
    expect(reply.situation?.speaker.organisation).toBeDefined();
    expect(reply.situation?.summary).toMatch(/^(Je werkte bij|You worked at) /);
  });

  it('the explicit phrases still count ("tot vorig jaar", "I used to work")', async () => {
    expect(
      (await ask('Ik heb tot vorig jaar bij de IND gewerkt. Mag ik iets posten over asiel?')).situation
        ?.speaker.former?.text,
    ).toBe('tot vorig jaar');
    expect(
      (await ask('I used to work at the IND. May I post about asylum?')).situation?.speaker.former?.text,
    ).toBe('used to work');
  });
});

describe('the present, a day of work or someone else is not a former employee', () => {
  it.each([
    'Ik werk al 10 jaar bij de IND. Mag ik iets posten over asiel?',
    'Ik werkte vandaag thuis. Mag ik iets posten over asiel?',
    'Ik werkte gisteren bij de IND aan een dossier. Mag ik iets posten over asiel?',
    'Ik werkte aan een nota voor de IND. Mag ik iets posten over asiel?',
    'Als ik bij de IND werkte, mocht ik dan posten over asiel?',
    'Ik heb altijd bij de Belastingdienst gewerkt. Mag ik iets posten over toeslagen?',
    'Mijn vader werkte bij de IND. Mag ik iets posten over asiel?',
    "I've worked at the IND for ten years. May I post about asylum?",
    'I have worked at the Belastingdienst since 2015. May I post about tax credits?',
    'I worked from home today. May I post about asylum?',
    'I worked at the office yesterday. May I post about asylum?',
  ])('%s', async (text) => {
    const reply = await ask(text);
    expect(reply.situation?.speaker.former).toBeUndefined();
  });

  it('someone who works there now reads "Je werkt bij"', async () => {
    const reply = await ask('Ik werk al 10 jaar bij de IND. Mag ik iets posten over asiel?');
    expect(reply.situation?.summary).toMatch(/^Je werkt bij de Immigratie- en Naturalisatiedienst /);
  });
});
