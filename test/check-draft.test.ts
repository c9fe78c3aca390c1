// The draft check through bot.handle: each signal, the traps, exact spans, the profile, privacy. The rules
// alone: the learned second opinion only ever raises a risk and is tested in learned-second-opinion.test.ts.
import { describe, expect, it } from 'vitest';
import type { Profile, Reply } from '../src/core/types.ts';
import { passesElfproef } from '../src/rules/match-pattern.ts';
import { rulesOnlyBot } from './support/real-knowledge.ts';

const check = async (text: string, profile?: Profile): Promise<Reply> =>
  (await rulesOnlyBot()).handle({ channel: 'test', command: 'check', text, profile });

const categories = (reply: Reply) => reply.findings.map((finding) => finding.category).sort();

describe('draft signals', () => {
  it('confidential or not-yet-public information from work', async () => {
    const reply = await check(
      'Jullie horen het van mij: het college kiest volgende week voor de nieuwe locatie. Niet doorvertellen!',
      {
        sector: 'gemeente',
      },
    );
    expect(reply.risk).toBe('hoog');
    expect(categories(reply)).toContain('geheimhouding');
    expect(reply.basis).toEqual(expect.arrayContaining(['aw2017-art9']));
  });

  it('a citizen named with a title next to their case at work is personal data; a name alone is not', async () => {
    const named = await check(
      'Vandaag sprak ik mevrouw Jansen (Dorpsstraat 4) over haar bezwaar tegen de boete.',
    );
    expect(named.risk).toBe('hoog');
    expect(named.findings.map((finding) => finding.category)).toContain('persoonsgegevens');
    expect((await check('Mevrouw Jansen van de buurtvereniging gaf een mooie lezing over bijen.')).risk).toBe(
      'laag',
    );
  });

  it('the own policy area: the same text is laag far away and middel for the dossier owner', async () => {
    const text = 'De nieuwe regels voor mest zijn slecht nieuws voor de boeren in de Achterhoek.';
    const far = await check(text, { sector: 'gemeente', role: 'medewerker burgerzaken' });
    const near = await check(text, { sector: 'rijk', role: 'beleidsmedewerker', portfolio: ['mestbeleid'] });
    expect(far.risk).toBe('laag');
    expect(near.risk).toBe('middel');
    expect(categories(near)).toContain('eigen-beleidsterrein');
  });

  it('own work + political sensitivity + timing is hoog', async () => {
    const reply = await check(
      'Morgen stemt de raad over de parkeertarieven. Stem tegen, dit plan deugt niet!',
      {
        sector: 'gemeente',
        role: 'beleidsadviseur',
        portfolio: ['parkeerbeleid'],
      },
    );
    expect(reply.risk).toBe('hoog');
    expect(categories(reply)).toEqual(
      expect.arrayContaining(['eigen-beleidsterrein', 'politieke-gevoeligheid']),
    );
  });

  it('speaking on behalf of the employer, and an unclear capacity', async () => {
    const behalf = await check('Namens de gemeente: het nieuwe zwembad komt er, daar zorgen wij voor!');
    expect(behalf.risk).toBe('hoog');
    expect(categories(behalf)).toContain('namens-werkgever');
    const capacity = await check(
      'Als medewerker van het UWV kan ik jullie vertellen: die klachten zijn overdreven.',
    );
    expect(capacity.risk).toBe('middel');
    expect(categories(capacity)).toContain('namens-werkgever');
  });

  it('tone: insulting one’s own political head is hoog, an insult of a TV star middel', async () => {
    const own = await check('Onze wethouder is een leugenaar en een oplichter.', { sector: 'gemeente' });
    expect(own.risk).toBe('hoog');
    expect(categories(own)).toContain('toon');
    const other = await check('Die tv-presentator is echt een walgelijke kwal.', { sector: 'gemeente' });
    expect(other.risk).toBe('middel');
    expect(categories(other)).toEqual(['toon']);
  });

  it('personal data: a named client with details, and a valid BSN', async () => {
    const named = await check(
      'Vandaag weer Pieter Jansen (52) uit Zwolle aan de balie, zijn bijstand is gestopt.',
      {
        sector: 'gemeente',
        role: 'klantmanager',
      },
    );
    expect(named.risk).toBe('hoog');
    expect(categories(named)).toEqual(expect.arrayContaining(['persoonsgegevens', 'geheimhouding']));
    const bsn = await check('Klant met BSN 111222333 wacht al weken op antwoord.');
    expect(bsn.risk).toBe('hoog');
    expect(categories(bsn)).toContain('persoonsgegevens');
  });

  it('suspected wrongdoing points to the internal route and the Huis voor Klokkenluiders', async () => {
    const reply = await check(
      'Bij ons worden inspectierapporten bijgekleurd voordat ze naar de minister gaan. Verspreid het!',
      {
        sector: 'rijk',
      },
    );
    expect(categories(reply)).toContain('misstand');
    expect(reply.answer).toMatch(/Huis voor Klokkenluiders/);
    expect(reply.basis.some((id) => id.startsWith('wbk'))).toBe(true);
  });
});

describe('classes of draft risk read from the situation', () => {
  it('mockery: an eye-roll aimed at people is tone; laughing at someone known through the work too', async () => {
    const parents = await check(
      'Vijfde keer deze maand dat ouders hun kind te laat ophalen. Echt, mensen 🙄',
      {
        sector: 'gemeente',
        role: 'medewerker',
      },
    );
    expect(categories(parents)).toContain('toon');
    expect(parents.risk).toBe('middel');
    const span = parents.findings.find((finding) => finding.category === 'toon')?.spans[0];
    expect(span?.text).toBe('🙄');
    const pupil = await check('Leerling uit 2C heeft weer een 1,2 voor zijn toets 😂', {
      sector: 'onderwijs',
      role: 'docent',
    });
    expect(categories(pupil)).toEqual(expect.arrayContaining(['persoonsgegevens', 'toon']));
    // No people: a sigh at the weather or the price of a train ticket is no mockery of anyone.
    expect((await check('Weer regen de hele week. Heerlijk 🙄', { sector: 'rijk' })).risk).toBe('laag');
  });

  it('a senior or representative function reads as the employer even when "personal", not far from work', async () => {
    const near = await check(
      'Persoonlijke mening, los van mijn functie: dit nieuwe pakket maatregelen voor de jeugdzorg is een vergissing.',
      { sector: 'rijk', role: 'directeur-generaal Jeugd', portfolio: ['jeugdzorg'] },
    );
    expect(categories(near)).toContain('namens-werkgever');
    const far = await check(
      'Doe je mee? We verzamelen handtekeningen voor een speeltuin in het park achter ons huis 🛝',
      {
        sector: 'rijk',
        role: 'directeur-generaal Fiscaliteit',
      },
    );
    expect(far.risk).toBe('laag');
  });

  it('a job as a hashtag signs the post; an internal cover-up is a wrong to report', async () => {
    const tagged = await check(
      'Alweer een gezin dat de zomervakantie met twee weken verlengt. Leerplicht is geen keuze, mensen 🙄 #leerplichtambtenaar',
    );
    expect(tagged.situation?.speaker.functions.map((item) => item.id)).toContain('leerplichtambtenaar');
    expect(categories(tagged)).toEqual(expect.arrayContaining(['eigen-beleidsterrein', 'toon']));
    const cover = await check(
      'De klachten over de inkoop zijn destijds gewoon weggemoffeld door de afdeling.',
      {
        sector: 'provincie',
      },
    );
    expect(categories(cover)).toContain('misstand');
  });

  it('a tax return or a file of a named person seen at work is personal data', async () => {
    const reply = await check(
      'Net de aangifte van Piet de Graaf van dat radioprogramma bekeken, wat een aftrekposten',
      {
        sector: 'rijk',
        role: 'medewerker Belastingdienst',
      },
    );
    expect(reply.risk).toBe('hoog');
    expect(categories(reply)).toContain('persoonsgegevens');
  });
});

describe('classes of draft categories (rules only)', () => {
  it('one’s own advice to the minister or alderman is internal deliberation: secrecy (Woo 5.2)', async () => {
    for (const [text, profile] of [
      [
        'Ik heb de wethouder vorige maand nog afgeraden om de bibliotheek te sluiten, maar ze luisterde niet.',
        { sector: 'gemeente', role: 'beleidsadviseur cultuur' },
      ],
      [
        'My advice to the minister was to scrap the plan. Curious whether she listens.',
        { sector: 'rijk', role: 'policy officer' },
      ],
    ] as const) {
      const reply = await check(text, profile);
      expect(reply.risk, text).toBe('hoog');
      expect(
        reply.findings.map((finding) => finding.ruleId),
        text,
      ).toContain('intern-advies-onthullen');
      expect(reply.basis, text).toContain('woo-art5-2');
    }
    // Advice that has been published is public.
    const published = await check(
      'Mijn advies aan de minister is vorige week met het Woo-besluit gepubliceerd, lees het gerust.',
      { sector: 'rijk', role: 'beleidsmedewerker' },
    );
    expect(published.findings.map((finding) => finding.ruleId)).not.toContain('intern-advies-onthullen');
  });

  it('leaking a decision still to be taken is political too; a pending award is not', async () => {
    const decision = await check(
      'Tip voor de ouders: de school aan de Lindelaan gaat dicht. Het besluit valt pas na de zomervakantie, maar het is rond.',
      { sector: 'gemeente', role: 'beleidsmedewerker onderwijshuisvesting' },
    );
    expect(categories(decision)).toEqual(expect.arrayContaining(['geheimhouding', 'politieke-gevoeligheid']));
    const award = await check(
      'Onder ons: de aanbesteding voor de schoonmaak gaat volgende week naar een ander bedrijf.',
      { sector: 'gemeente', role: 'inkoper' },
    );
    expect(categories(award)).not.toContain('politieke-gevoeligheid');
  });

  it('insulting a colleague known by their department or hiring is a hard stop; an adopted motion is not', async () => {
    const colleague = await check(
      'Die Kees van personeelszaken is echt een sukkel, hoe is die ooit aangenomen?',
      {
        sector: 'gemeente',
        role: 'medewerker',
      },
    );
    expect(colleague.risk).toBe('hoog');
    expect(colleague.findings.map((finding) => finding.ruleId)).toContain('belediging-werkomgeving');
    const motion = await check('De motie is aangenomen, wat een heerlijke dag voor de stad!', {
      sector: 'gemeente',
      role: 'medewerker',
    });
    expect(motion.findings.map((finding) => finding.ruleId)).not.toContain('belediging-werkomgeving');
  });

  it('insulting the people one works with or for weighs the own work too', async () => {
    const reply = await check(
      'Die hangjongeren op het Stationsplein zijn echt tuig, morgen schrijf ik ze allemaal op.',
      { sector: 'gemeente', role: 'handhaver' },
    );
    expect(reply.risk).toBe('hoog');
    expect(categories(reply)).toEqual(expect.arrayContaining(['eigen-beleidsterrein', 'toon']));
  });
});

describe('traps: harmless text with alarming words', () => {
  const harmless: [string, Profile][] = [
    ['Ik vertrouw erop dat iedereen deze week gaat stemmen, op wie maakt me niet uit!', { sector: 'rijk' }],
    [
      'Vertrouwelijk, onder ons: de beste appeltaart haal je bij bakkerij De Rooij 🍎',
      { sector: 'provincie' },
    ],
    [
      'Wat een drama weer van Feyenoord, die spits raakt geen bal. Trainer eruit!!',
      { sector: 'rijk', role: 'belastinginspecteur' },
    ],
    ['Zaterdag GEHEIM verrassingsfeest voor Lotte, niks zeggen tegen haar!', { sector: 'politie' }],
    ['Lieve Fatima, namens het hele team van harte gefeliciteerd! 🎉', { sector: 'gemeente' }],
    [
      'Het RIVM publiceerde vandaag het rapport over luchtkwaliteit. Lees het persbericht hier.',
      {
        sector: 'rijk',
        portfolio: ['luchtkwaliteit'],
      },
    ],
    [
      'Bestelling 482913765 is nog steeds niet binnen, klantenservice neemt niet op 😩',
      { sector: 'gemeente' },
    ],
  ];
  for (const [text, profile] of harmless) {
    it(`laag: ${text.slice(0, 40)}…`, async () => {
      const reply = await check(text, profile);
      expect(reply.risk).toBe('laag');
      expect(reply.findings).toEqual([]);
    });
  }

  it('tells a valid BSN from a nine-digit number that fails the elfproef', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('482913765')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
  });
});

describe('spans and findings', () => {
  it('points at the exact characters that carry the risk', async () => {
    const text = 'Mooie dag. Namens de provincie: de windmolens komen er niet!';
    const reply = await check(text, { sector: 'provincie' });
    const finding = reply.findings.find((item) => item.category === 'namens-werkgever');
    expect(finding?.spans).toEqual([{ start: 11, end: 17, text: 'Namens' }]);
    for (const item of reply.findings) {
      for (const span of item.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('gives each finding a norm, an explanation and a suggestion; one finding per category', async () => {
    const reply = await check(
      'Jullie horen het van mij: de gemeente sluit de bieb. Staat nog niet in de krant!',
      {
        sector: 'gemeente',
      },
    );
    const secrecy = reply.findings.filter((finding) => finding.category === 'geheimhouding');
    expect(secrecy).toHaveLength(1);
    expect(secrecy[0]?.spans.length).toBeGreaterThan(1);
    for (const finding of reply.findings) {
      expect(finding.basis.length).toBeGreaterThan(0);
      expect(finding.message.length).toBeGreaterThan(20);
      expect(finding.suggestion.length).toBeGreaterThan(10);
    }
    expect(reply.citations[0]?.article).toBe('Ambtenarenwet 2017, art. 9');
  });

  it('uses the regime: Wet ambtenaren defensie for military staff', async () => {
    const reply = await check(
      'Weer een maand zonder reserveonderdelen voor onze voertuigen. Defensie faalt!',
      {
        sector: 'defensie',
        role: 'korporaal',
      },
    );
    expect(reply.risk).not.toBe('laag');
    expect(reply.basis).toContain('wad-art12a');
  });
});
