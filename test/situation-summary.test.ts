// The one-sentence summary of the situation ("Wat ik begrijp: …"): how it names the employer. Found in the
// Teams Agents Playground: "bij Gemeente", "bij Ministerie van …", "Politie (Nationale Politie) (stikstof)".
// Through bot.handle on the real knowledge (the rules alone: the wording does not depend on the learned model).
import { describe, expect, it } from 'vitest';
import { firstSentence } from '../src/answer/at-a-glance.ts';
import type { Profile, Reply } from '../src/core/types.ts';
import { rulesOnlyBot } from './support/real-knowledge.ts';

async function ask(text: string, profile?: Profile): Promise<Reply> {
  const bot = await rulesOnlyBot();
  return bot.handle({
    channel: 'test',
    text,
    command: 'ask',
    ...(profile ? { profile } : {}),
    conversationId: `c-${Math.random()}`,
  });
}

/** The summary's first sentence, as the answer shows it after "Wat ik begrijp:" / "What I understand:". */
function understood(reply: Reply): string {
  const sentence = firstSentence(reply.situation?.summary ?? '');
  expect(reply.answer).toContain(`: ${sentence}`);
  return sentence;
}

describe('the situation summary names the employer as a sentence does', () => {
  it('a generic organisation reads "een gemeente", and with its place "de gemeente Utrecht"', async () => {
    const told = await ask(
      'Ik werk bij de gemeente aan klimaatbeleid. Mag ik een opiniestuk schrijven over de energietransitie?',
    );
    expect(understood(told)).toBe(
      'Je werkt bij een gemeente (klimaatbeleid) en wilt een stuk schrijven over klimaat en energie.',
    );
    const fromProfile = await ask('Mag ik een opiniestuk schrijven over de energietransitie?', {
      role: 'beleidsmedewerker klimaatbeleid bij de gemeente',
    });
    expect(understood(fromProfile)).toMatch(/^Je werkt bij een gemeente en wilt /);
    const placed = await ask(
      'Ik werk bij de gemeente Utrecht. Mag ik iets posten over de sluiting van het zwembad?',
    );
    expect(understood(placed)).toMatch(/^Je werkt bij de gemeente Utrecht en wilt /);
    const province = await ask(
      'Ik werk als beleidsmedewerker bij de provincie Groningen. Mag ik iets posten over de gaswinning?',
    );
    expect(understood(province)).toMatch(/^Je werkt bij de provincie Groningen en wilt /);
    const kind = await ask(
      'Ik werk bij een universiteit. Mag ik iets posten over de bezuinigingen op onderwijs?',
    );
    expect(understood(kind)).toMatch(/^Je werkt bij een universiteit en wilt /);
    const english = await ask(
      'I work at the municipality on climate policy. May I write an op-ed about the energy transition?',
    );
    expect(understood(english)).toMatch(/^You work at a municipality \(climate\) and want /);
  });

  it('a ministry reads "bij het Ministerie van …", in English "at the Ministerie van …"', async () => {
    const dutch = await ask(
      'Ik werk bij het ministerie van Landbouw. Mag ik reageren op een tweet over stikstof?',
    );
    expect(understood(dutch)).toMatch(
      /^Je werkt bij het Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur en wilt reageren /,
    );
    const former = await ask(
      'Ik ben oud-medewerker van het ministerie van Financiën. Mag ik iets posten over de begroting?',
    );
    expect(understood(former)).toMatch(/^Je werkte bij het Ministerie van Financiën en wilt /);
    const hired = await ask(
      'Ik ben ingehuurd bij het ministerie van Financiën. Mag ik iets posten over de begroting?',
    );
    expect(understood(hired)).toMatch(/^Je bent ingehuurd bij het Ministerie van Financiën en wilt /);
    const english = await ask(
      'I work at the Ministry of Agriculture. May I reply to a tweet about nitrogen?',
    );
    expect(understood(english)).toMatch(/^You work at the Ministerie van Landbouw, .* and want to reply /);
    // Other names whose first word takes an article.
    expect(understood(await ask('Ik werk bij DUO. Mag ik iets posten over studiefinanciering?'))).toMatch(
      /^Je werkt bij de Dienst Uitvoering Onderwijs en wilt /,
    );
    expect(understood(await ask('Ik werk bij het UWV. Mag ik iets posten over de WW?'))).toMatch(
      /^Je werkt bij het Uitvoeringsinstituut Werknemersverzekeringen en wilt /,
    );
  });

  it('a name that takes an article reads as HR wrote it (inSentence): "bij de Belastingdienst"', async () => {
    const cases: [string, RegExp][] = [
      [
        'Ik werk bij de Belastingdienst. Mag ik iets posten over toeslagen?',
        /^Je werkt bij de Belastingdienst /,
      ],
      [
        'Ik werk bij de IND. Mag ik iets posten over asiel?',
        /^Je werkt bij de Immigratie- en Naturalisatiedienst /,
      ],
      ['Ik werk bij het COA. Mag ik iets posten over de opvang?', /^Je werkt bij het Centraal Orgaan /],
      [
        'Ik werk bij de NVWA. Mag ik iets posten over de slachthuizen?',
        /^Je werkt bij de Nederlandse Voedsel- /,
      ],
      ['Ik werk bij de GGD. Mag ik iets posten over vaccinaties?', /^Je werkt bij de GGD /],
      [
        'Ik werk op een basisschool. Mag ik iets posten over het lerarentekort?',
        /^Je werkt bij een basisschool /,
      ],
      [
        'Ik werk bij politie Amsterdam. Mag ik iets posten over de Gay Pride?',
        /^Je werkt bij de politie-eenheid Amsterdam /,
      ],
    ];
    for (const [question, expected] of cases) expect(understood(await ask(question))).toMatch(expected);
    const former = await ask(
      'Ik ben oud-medewerker van de Belastingdienst. Mag ik iets posten over de toeslagen?',
    );
    expect(understood(former)).toMatch(/^Je werkte bij de Belastingdienst /);
    const hired = await ask('Ik ben ingehuurd bij de Belastingdienst. Mag ik iets posten over de toeslagen?');
    expect(understood(hired)).toMatch(/^Je bent ingehuurd bij de Belastingdienst /);
    // A private employer too; a generic entry with its place keeps "de gemeente Utrecht".
    expect(understood(await ask('Ik werk bij de NS. Mag ik iets posten over de dienstregeling?'))).toMatch(
      /^Je werkt bij de NS, dus niet als ambtenaar, en wilt /,
    );
    // The knowledge has no English names: the English summary keeps the name, with HR's definite article.
    const english = await ask('I work at the Belastingdienst. May I post about tax credits?');
    expect(understood(english)).toMatch(/^You work at the Belastingdienst /);
    const perfect = await ask("I've worked at the IND for ten years. Can I post about the asylum law?");
    expect(understood(perfect)).toMatch(/^You work at the Immigratie- en Naturalisatiedienst /);
    // An office-holder one works for is neither the job nor the field; a relative's employer is not one's own.
    expect(
      understood(await ask('I worked for the minister of Finance. Can I post about the tax plan?')),
    ).toMatch(/^You do not say where you work /);
    const relative = await ask('Mijn vader werkte bij de IND. Mag ik een petitie tegen de asielwet tekenen?');
    expect(understood(relative)).toMatch(/^Je zegt niet waar je werkt /);
    expect(relative.verdict).toBe('voorwaardelijk');
    const adviser = await ask(
      'Ik werk voor de wethouder als bestuursadviseur. Mag ik iets posten over de begroting?',
    );
    expect(adviser.situation?.relation.kind).not.toBe('los-van-werk');
    expect(adviser.verdict).toBe('voorwaardelijk');
  });

  it('the own work is one bracket after the employer, never a second one after the name’s own', async () => {
    const police = await ask('Mag ik iets posten over stikstof?', {
      role: 'agent bij de politie',
      portfolio: ['stikstof'],
    });
    expect(understood(police)).toBe(
      'Je werkt bij de politie (stikstof) en wilt iets delen over landbouw en natuur.',
    );
    const policeWithoutWork = await ask('Ik werk bij de politie. Mag ik iets posten over stikstof?');
    expect(understood(policeWithoutWork)).toMatch(/^Je werkt bij de politie en wilt /);
    const english = await ask('May I post about nitrogen?', {
      role: 'police officer',
      portfolio: ['nitrogen'],
    });
    expect(understood(english)).not.toMatch(/\) \(/);
    // A name with its own explanation in brackets gives it up for the own work (here "de GGD", inSentence).
    const ggd = await ask('Mag ik iets posten over vaccinaties?', {
      role: 'medewerker GGD',
      portfolio: ['vaccinaties'],
    });
    expect(understood(ggd)).toMatch(/^Je werkt bij de GGD \(vaccinaties\) en wilt /);
    expect(understood(ggd)).not.toContain('Gemeentelijke Gezondheidsdienst');
  });

  it('someone who is no civil servant: a private employer is where they work, in one sentence', async () => {
    const shop = await ask('Ik werk bij Albert Heijn. Mag ik iets posten over de boeren?');
    expect(understood(shop)).toMatch(
      /^Je werkt bij Albert Heijn \(Ahold Delhaize\), dus niet als ambtenaar, en wilt /,
    );
    const alderman = await ask('Ik ben wethouder. Mag ik iets posten over de begroting?');
    expect(understood(alderman)).toMatch(/^Je bent wethouder, dus geen ambtenaar, en wilt /);
  });
});
