// The embedded answerer through bot.handle: verdicts, legal basis, profile, regimes, scope, follow-ups.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../src/core/types.ts';
import { realBot, rulesOnlyBot } from './support/real-knowledge.ts';

const ask = async (text: string, profile?: object, extra: object = {}) =>
  (await realBot()).handle({ channel: 'test', text, profile, ...extra });
/** The rules alone (what they read and decide); the learned second opinion may only be stricter. */
const askRules = async (text: string, profile?: object) =>
  (await rulesOnlyBot()).handle({ channel: 'test', text, profile });

/** With the second opinion: the rules' "mag", or stricter with the reason said in the answer. */
function expectMagOrSaidStricter(reply: Reply): void {
  if (reply.verdict === 'mag') return;
  expect(reply.secondOpinion?.applied).toBe(true);
  expect(reply.answer).toMatch(/tweede lezing|second reading/i);
}

describe('verdicts', () => {
  it('gives mag for a topic far from the author’s work', async () => {
    const text = 'Mag ik op Facebook reageren op de discussie over de nieuwe zwemregels in mijn dorp?';
    const profile = { sector: 'gemeente', role: 'medewerker burgerzaken' };
    const rules = await askRules(text, profile);
    expect(rules.verdict).toBe('mag');
    expect(rules.situation?.relation.kind).toBe('los-van-werk');
    expect(rules.basis).toContain('aw2017-art10');
    expectMagOrSaidStricter(await ask(text, profile));
  });

  it('makes the same question voorwaardelijk when it is the author’s own portfolio', async () => {
    const text = 'Mag ik op LinkedIn iets zeggen over het stikstofbeleid?';
    const farProfile = { sector: 'rijk', role: 'jurist', portfolio: ['pensioenen'] };
    const far = await askRules(text, farProfile);
    const near = await ask(text, { sector: 'rijk', role: 'beleidsmedewerker', portfolio: ['stikstof'] });
    expect(far.verdict).toBe('mag');
    expect(far.situation?.relation.kind).toBe('los-van-werk');
    expectMagOrSaidStricter(await ask(text, farProfile));
    expect(near.verdict).toBe('voorwaardelijk');
    expect(near.situation?.relation.kind).toBe('eigen-dossier');
    expect(near.conditions.join(' ')).toMatch(/eigen werk/);
  });

  it('stops at confidential information: mag-niet with art. 9', async () => {
    const reply = await ask(
      'Mag ik een interne nota over de reorganisatie op LinkedIn zetten? Die is nog niet openbaar.',
    );
    expect(reply.verdict).toBe('mag-niet');
    expect(reply.basis).toEqual(expect.arrayContaining(['aw2017-art9']));
    expect(reply.answer.toLowerCase()).toContain('geheimhouding');
  });

  it('stops at speaking on behalf of the employer without mandate', async () => {
    const reply = await ask(
      "Mag ik onder een klacht reageren met 'Namens de gemeente: sorry, we lossen het op'?",
      {
        sector: 'gemeente',
      },
    );
    expect(reply.verdict).toBe('mag-niet');
  });

  it('treats party membership as a protected right', async () => {
    const reply = await ask('Mag ik lid worden van de VVD?', { sector: 'provincie' });
    expect(reply.verdict).toBe('mag');
    expect(reply.basis).toContain('aw2017-art10');
  });

  it('sends suspected wrongdoing to the whistleblowing route', async () => {
    const reply = await ask('Mijn afdeling sjoemelt met subsidies. Mag ik dat op X aan de kaak stellen?', {
      sector: 'gemeente',
    });
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.basis.some((id) => id.startsWith('wbk'))).toBe(true);
    expect(reply.answer.toLowerCase()).toContain('huis voor klokkenluiders');
  });
});

describe('security services', () => {
  it('even the fact of working at an intelligence service is secret; an unrelated subject is not', async () => {
    for (const text of [
      'Vanaf maandag werk ik bij de AIVD! Mag ik dat op mijn LinkedIn-profiel zetten?',
      'Can I list my job at the MIVD on my LinkedIn profile?',
    ]) {
      const reply = await askRules(text);
      expect(reply.verdict, text).toBe('mag-niet');
      expect(reply.basis, text).toContain('aw2017-art9');
    }
    const unrelated = await askRules(
      'Ik werk bij de AIVD. Mag ik op Facebook iets zeggen over het songfestival?',
    );
    expect(unrelated.verdict).not.toBe('mag-niet');
  });
});

describe('regimes', () => {
  it('cites Wet ambtenaren defensie art. 12a for military staff', async () => {
    const reply = await ask('Mag ik op Facebook schrijven dat er meer geld naar de krijgsmacht moet?', {
      sector: 'defensie',
      role: 'sergeant',
    });
    expect(reply.basis).toContain('wad-art12a');
    expect(reply.basis).not.toContain('aw2017-art10');
  });

  it('cites the Grondwet and EVRM, not the Ambtenarenwet, for school staff', async () => {
    const text = 'Mag ik op LinkedIn mijn mening geven over het klimaatbeleid?';
    const profile = { sector: 'onderwijs', role: 'docent' };
    for (const reply of [await askRules(text, profile), await ask(text, profile)]) {
      expect(reply.basis).toEqual(expect.arrayContaining(['gw-art7', 'evrm-art10']));
      expect(reply.basis.some((id) => id.startsWith('aw2017'))).toBe(false);
    }
    expect((await askRules(text, profile)).verdict).toBe('mag');
  });

  it('adds Politiewet art. 47 for police staff', async () => {
    const reply = await ask('Mag ik posten dat de politie te weinig agenten heeft?', { sector: 'politie' });
    expect(reply.basis).toContain('politiewet-art47');
  });

  it('names the sector differences when the sector is unknown', async () => {
    const reply = await ask('Mag ik een petitie tegen windmolens tekenen?');
    expect(reply.conditions.join(' ')).toMatch(/politie, Defensie of in het onderwijs/);
  });
});

describe('scope', () => {
  it('answers buiten-scope with an empty basis and a pointer', async () => {
    for (const text of ['Hoeveel vakantiedagen heb ik nog?', 'wie won de Tour de France in 2019?']) {
      const reply = await ask(text);
      expect(reply.verdict, text).toBe('buiten-scope');
      expect(reply.intent).toBe('out-of-scope');
      expect(reply.basis).toEqual([]);
      expect(reply.citations).toEqual([]);
      expect(reply.answer).toMatch(/HR/);
    }
  });

  it('answers in English when asked in English', async () => {
    const reply = await ask('Can I share a news article about housing prices on LinkedIn?');
    expect(reply.language).toBe('en');
    expect(reply.summary).toMatch(/Allowed/);
  });
});

describe('answers carry their sources', () => {
  it('cites statute verbatim with article, review date and knowledge version', async () => {
    const reply = await ask('Mag ik tweeten over mijn eigen dossier?', { sector: 'rijk' });
    const art10 = reply.citations.find((citation) => citation.fileId === 'aw2017-art10');
    expect(art10?.article).toBe('Ambtenarenwet 2017, art. 10');
    expect(art10?.quote).toContain('De ambtenaar onthoudt zich van het openbaren van gedachten of gevoelens');
    expect(art10?.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(reply.knowledgeVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(reply.answer).toContain(reply.knowledgeVersion);
  });

  it('flags a stale source', async () => {
    const bot = await realBot({ now: () => new Date('2028-06-01T00:00:00Z') });
    const reply = await bot.handle({ channel: 'test', text: 'Mag ik een petitie tekenen?' });
    expect(reply.citations.every((citation) => citation.stale)).toBe(true);
    expect(reply.answer).toMatch(/langer dan een jaar niet gecontroleerd/);
  });
});

describe('conversation context', () => {
  it('reads a follow-up in the light of the previous question in the thread', async () => {
    const bot = await realBot();
    const thread = {
      channel: 'test' as const,
      conversationId: 'c1',
      threadId: 't1',
      profile: { sector: 'rijk' as const },
    };
    // Working for the Rijk says nothing about housing: it depends on whether that is the user's work.
    const first = await bot.handle({ ...thread, text: 'Mag ik reageren op een debat over woningbouw?' });
    expect(first.verdict).toBe('voorwaardelijk');
    expect(first.missing).toEqual(['relatie-werk']);
    const followUp = await bot.handle({ ...thread, text: 'En als het over mijn eigen beleidsterrein gaat?' });
    expect(followUp.followUp).toBe(true);
    expect(followUp.verdict).toBe('voorwaardelijk');
    expect(followUp.situation?.relation.kind).toBe('eigen-dossier');
    expect(followUp.missing).toBeUndefined();
    // Another thread does not share the context.
    const other = await bot.handle({
      ...thread,
      threadId: 't2',
      text: 'En als het over mijn eigen beleidsterrein gaat?',
    });
    expect(other.followUp).toBe(false);
  });
});
