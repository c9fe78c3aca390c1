// The situation model: each element read from the text, the profile and the thread, in Dutch and English,
// with the words it came from; and the verdict derived from it. Through bot.handle on the real knowledge,
// the rules alone (the learned second opinion is tested in learned-second-opinion.test.ts).
import { describe, expect, it } from 'vitest';
import type { Profile, Reply } from '../src/core/types.ts';
import { rulesOnlyBot as realBot } from './support/real-knowledge.ts';

async function ask(text: string, profile?: Profile): Promise<Reply> {
  const bot = await realBot();
  return bot.handle({
    channel: 'test',
    text,
    command: 'ask',
    ...(profile ? { profile } : {}),
    conversationId: `c-${Math.random()}`,
  });
}

async function check(text: string, profile?: Profile): Promise<Reply> {
  const bot = await realBot();
  return bot.handle({
    channel: 'test',
    text,
    command: 'check',
    ...(profile ? { profile } : {}),
    conversationId: `c-${Math.random()}`,
  });
}

/** The finding categories of a draft check. */
function categories(reply: Reply): string[] {
  return reply.findings.map((finding) => finding.category);
}

/** The rules that fired: in the situation's hazards and factors, and in the findings. */
function ruleIds(reply: Reply): (string | undefined)[] {
  return [
    ...(reply.situation?.hazards.map((hazard) => hazard.ruleId) ?? []),
    ...(reply.situation?.factors.map((factor) => factor.ruleId) ?? []),
    ...reply.findings.map((finding) => finding.ruleId),
  ];
}

/** The words an element of the situation was read from must be in the text as written. */
function expectEvidenceIn(
  text: string,
  evidence: { source: string; text: string; start?: number; end?: number } | undefined,
) {
  expect(evidence).toBeDefined();
  if (evidence?.source === 'text') {
    expect(evidence.start).toBeDefined();
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  }
}

describe('the speaker', () => {
  it('reads the organisation, its sector and domains from "ik werk bij …", with the words', async () => {
    const text = 'Ik werk bij DUO. Mag ik op LinkedIn iets zeggen over de basisbeurs?';
    const { situation } = await ask(text);
    expect(situation?.speaker.organisation).toMatchObject({ id: 'duo' });
    expect(situation?.speaker.sector).toBe('rijk');
    expectEvidenceIn(text, situation?.speaker.organisation?.evidence);
    expect(situation?.speaker.organisation?.domains).toContain('studiefinanciering');
  });

  it('reads the organisation in English, and from the profile', async () => {
    const english = await ask('I work at the Tax Administration. Can I post about the World Cup?');
    expect(english.situation?.speaker.organisation?.id).toBe('belastingdienst');
    const profiled = await ask('Mag ik iets posten over het WK voetbal?', { role: 'jurist bij de IND' });
    expect(profiled.situation?.speaker.organisation).toMatchObject({
      id: 'ind',
      evidence: { source: 'profile' },
    });
  });

  it('reads a sensitive function, a former employee, hired staff and someone who is not a civil servant', async () => {
    const ambassador = await ask(
      'Ik ben ambassadeur. Mag ik een post liken over de mensenrechten in mijn gastland?',
    );
    expect(ambassador.situation?.speaker.functions.flatMap((item) => item.sensitivity)).toContain(
      'representatief',
    );
    const former = await ask(
      'Ik heb tot vorig jaar bij de gemeente gewerkt. Mag ik nu vertellen hoe het intern ging?',
    );
    expect(former.situation?.speaker.former).toBeDefined();
    const hired = await ask(
      'Ik ben via een bureau ingehuurd bij de provincie. Mag ik over mijn opdracht bloggen?',
    );
    expect(hired.situation?.speaker.hired).toBeDefined();
    expect(hired.situation?.speaker.sector).toBe('inhuur');
    const alderman = await ask('Ik ben wethouder. Mag ik in de krant reageren op de oppositie?');
    expect(alderman.situation?.speaker.notCivilServant?.reason).toBe('politiek-ambtsdrager');
    expect(alderman.verdict).toBe('buiten-scope');
  });
});

describe('the act, the subject and its relation to the work', () => {
  it('reads acts: a demonstration, a petition', async () => {
    const reply = await ask('Mag ik meelopen in een demonstratie en een petitie tekenen?');
    const acts = reply.situation?.acts.map((act) => act.kind);
    expect(acts).toContain('demonstratie');
    expect(acts).toContain('petitie');
  });

  it('the own dossier from the text: "Ik werk bij OCW op het dossier lerarentekort" → voorwaardelijk, art. 10', async () => {
    const reply = await ask(
      'Ik werk bij OCW op het dossier lerarentekort. Er is vandaag een Kamerdebat over. Mag ik op LinkedIn mijn mening geven?',
    );
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.situation?.relation.kind).toBe('eigen-dossier');
    expect(reply.basis).toContain('aw2017-art10');
    expect(reply.answer).toMatch(/eigen werk/);
    expect(reply.answer).not.toMatch(/ligt ver van je (eigen )?werk/);
  });

  it('the own dossier from the job described: "beleidsmedewerker stikstof bij LVVN" → voorwaardelijk, art. 10', async () => {
    const reply = await ask(
      'Ik ben beleidsmedewerker stikstof bij LVVN. Mag ik op X reageren op het stikstofdebat?',
    );
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.situation?.relation.kind).toBe('eigen-dossier');
    expect(reply.situation?.speaker.organisation?.id).toMatch(/lvvn|lnv/);
    expect(reply.basis).toContain('aw2017-art10');
  });

  it('the organisation’s domain: a DUO employee on the basisbeurs is close to the work (English too)', async () => {
    const dutch = await ask(
      'Ik werk bij DUO op klantcontact. Mag ik op X zeggen dat de basisbeurs te laag is?',
    );
    expect(['eigen-organisatie', 'eigen-dossier']).toContain(dutch.situation?.relation.kind);
    expect(dutch.verdict).toBe('voorwaardelijk');
    const english = await ask(
      'I work for the IND. Can I post my opinion about the new asylum law on LinkedIn?',
    );
    expect(['eigen-organisatie', 'eigen-dossier']).toContain(english.situation?.relation.kind);
    expect(english.verdict).toBe('voorwaardelijk');
  });

  it('the own employer as the subject: criticism of the own board or reorganisation', async () => {
    const reply = await ask('Mag ik op LinkedIn kritiek geven op de reorganisatie bij ons op de afdeling?');
    expect(reply.situation?.relation.kind).toBe('eigen-werkgever');
    expect(reply.verdict).toBe('voorwaardelijk');
  });

  it('clearly unrelated gives grounds for mag: a DUO employee on nitrogen policy, a tax official on football', async () => {
    const nitrogen = await ask(
      'Ik werk bij DUO. Mag ik op X zeggen dat het stikstofbeleid van het kabinet niet deugt?',
    );
    expect(nitrogen.situation?.relation.kind).toBe('los-van-werk');
    expect(nitrogen.verdict).toBe('mag');
    const football = await ask(
      'I work at the Tax Administration. Can I post that the referee in the final was terrible?',
    );
    expect(football.situation?.relation.kind).toBe('los-van-werk');
    expect(football.verdict).toBe('mag');
  });

  it('unknown: the headline question says so, and names what it turns on', async () => {
    const reply = await ask('Mag ik reageren op dit debat?');
    expect(reply.situation?.relation.kind).toBe('onbekend');
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.missing).toEqual(['relatie-werk']);
    expect(reply.situation?.missing).toEqual(['relatie-werk']);
    expect(reply.answer).toMatch(/Het hangt vooral af van/);
  });

  it('starts the answer with the situation as understood, in the reply’s language', async () => {
    const dutch = await ask(
      'Ik werk bij OCW op het dossier lerarentekort. Mag ik op LinkedIn mijn mening geven?',
    );
    expect(dutch.situation?.summary).toMatch(/^Je werkt bij .*Ministerie van Onderwijs/);
    // At a glance the answer gives the summary's first sentence; the relation it adds is the first condition.
    const firstSentence = dutch.situation?.summary.split(/(?<=\.)\s/)[0] ?? '';
    expect(firstSentence).toMatch(/^Je werkt bij .*lerarentekort/);
    expect(dutch.answer).toContain(`Wat ik begrijp: ${firstSentence}`);
    expect(dutch.answer).toMatch(/eigen werk/);
    const english = await ask('I work for the IND. Can I share a post about asylum?');
    expect(english.language).toBe('en');
    expect(english.situation?.summary).toMatch(/^You work at/);
  });
});

describe('hazards and factors', () => {
  it('reads the hard stops, each with the words: not yet public, personal data, an insult, speaking for the employer', async () => {
    const leak = await ask(
      'Mag ik in de buurtapp zetten dat het college volgende week besluit het zwembad te sluiten? Ik werk bij de gemeente.',
    );
    expect(leak.situation?.hazards.map((hazard) => hazard.kind)).toContain('niet-openbaar');
    expect(leak.verdict).toBe('mag-niet');
    const person = await ask(
      'Ik ben leerkracht. Mag ik op insta vertellen dat Noor (7) uit mijn klas een moeilijke thuissituatie heeft?',
    );
    expect(person.situation?.hazards.map((hazard) => hazard.kind)).toContain('persoonsgegevens');
    expect(person.verdict).toBe('mag-niet');
    const insult = await ask('Mag ik op fb zetten dat onze wethouder een corrupte zakkenvuller is?');
    expect(insult.situation?.hazards.map((hazard) => hazard.kind)).toContain('belediging');
    expect(insult.verdict).toBe('mag-niet');
    const employer = await ask(
      'Mag ik onder de post van een bewoner zetten: namens de gemeente, de subsidie komt er zeker?',
    );
    expect(employer.situation?.hazards.map((hazard) => hazard.kind)).toContain('namens-werkgever');
    expect(employer.verdict).toBe('mag-niet');
  });

  it('reads the timing, the capacity and a protected right', async () => {
    const campaign = await ask(
      'Mag ik tijdens de verkiezingscampagne op X posten over het woningbeleid waar ik zelf aan werk?',
    );
    expect(campaign.situation?.factors.map((factor) => factor.kind)).toContain('timing');
    const uniform = await ask('Ik ben boa. Mag ik in uniform een filmpje op TikTok zetten over mijn werk?');
    expect(uniform.situation?.factors.map((factor) => factor.kind)).toContain('hoedanigheid');
    expect(uniform.verdict).toBe('voorwaardelijk');
    const member = await ask('Mag ik lid worden van een politieke partij?');
    expect(member.situation?.factors.map((factor) => factor.kind)).toContain('beschermd-recht');
    expect(member.verdict).toBe('mag');
  });

  it('keeps harmless texts with alarming words harmless', async () => {
    const coach = await ask(
      'Ik had een vertrouwelijk gesprek met mijn hardloopcoach. Mag ik op Strava zetten dat ik weer mag lopen?',
    );
    expect(coach.verdict).toBe('mag');
    const farewell = await check(
      'Vandaag mijn laatste werkdag bij het Kadaster, na twaalf jaar. Bedankt lieve collega’s, ik ga jullie missen!',
    );
    expect(farewell.risk).toBe('laag');
  });
});

describe('insults of political office-holders', () => {
  it('insulting a named office-holder is a hard stop; sharp words about a TV star are not about the leadership', async () => {
    const mp = await ask('Mag ik op X zetten dat dat Kamerlid een complete idioot is?');
    expect(mp.verdict).toBe('mag-niet');
    expect(mp.situation?.hazards.map((hazard) => hazard.kind)).toContain('belediging');
    const alderman = await check('Onze wethouder is gewoon een leugenaar, iedereen weet het.', {
      sector: 'gemeente',
    });
    expect(alderman.risk).toBe('hoog');
    const star = await check('Die zanger van gisteravond is echt een clown, wat een vertoning.', {
      sector: 'rijk',
    });
    expect(star.risk).not.toBe('hoog');
  });
});

describe('regime words', () => {
  it('"politieke" is not the police: a party question gets no police regime, a police station does', async () => {
    const party = await ask('Mag ik lid worden van een politieke partij?');
    expect(party.basis).not.toContain('politiewet-art47');
    expect(JSON.stringify(party)).not.toMatch(/politie\*/);
    const police = await ask('Ik werk op een politiebureau. Mag ik lid worden van een politieke partij?');
    expect(police.basis).toContain('politiewet-art47');
  });
});

describe('drafts use the same situation', () => {
  it('the WW draft in a slash command: hoog, with geheimhouding on the words that carry it', async () => {
    const draft =
      'Hoor net dat het kabinet volgende week besluit om de WW-duur te halveren. Zeg het nog tegen niemand!';
    const reply = await check(draft);
    expect(reply.risk).toBe('hoog');
    const secrecy = reply.findings.find((finding) => finding.category === 'geheimhouding');
    expect(secrecy).toBeDefined();
    for (const span of secrecy?.spans ?? []) expect(draft.slice(span.start, span.end)).toBe(span.text);
    expect(reply.situation?.hazards.map((hazard) => hazard.kind)).toContain('niet-openbaar');
  });

  it('an opinion on the own dossier is middel; the same text far from the work is laag', async () => {
    const text = '[X] Het nieuwe stikstofplan gaat echt niet werken, zonde van het geld.';
    const own = await check(text, {
      sector: 'rijk',
      role: 'beleidsmedewerker stikstof LVVN',
      portfolio: ['stikstof'],
    });
    expect(own.risk).not.toBe('laag');
    expect(own.findings.map((finding) => finding.category)).toContain('eigen-beleidsterrein');
    const far = await check(text, { sector: 'gemeente', role: 'medewerker burgerzaken' });
    expect(far.risk).toBe('laag');
  });

  it('carries the situation in the JSON of the API and the CLI', async () => {
    const reply = await check('[Instagram] Zaterdag flyeren voor onze lokale partij, kom langs!');
    expect(reply.situation?.relation).toBeDefined();
    expect(reply.situation?.summary.length).toBeGreaterThan(10);
  });
});

describe('classes found on independently written questions', () => {
  it('a public agenda is not a leak; the content of a decision still to fall is', async () => {
    const agenda = await ask('De raad stemt volgende week over het azc. Mag ik daarover posten?');
    expect(agenda.situation?.hazards.map((hazard) => hazard.kind)).not.toContain('niet-openbaar');
    expect(agenda.verdict).not.toBe('mag-niet');
    const content = await check(
      'Hoor net dat het college morgen besluit de bieb te sluiten. Zeg het tegen niemand!',
    );
    expect(content.risk).toBe('hoog');
    expect(content.findings.map((finding) => finding.category)).toContain('geheimhouding');
  });

  it('reads a job written with an apostrophe ("ME\'er", "UWV\'er")', async () => {
    const riot = await ask('Mag ik zeggen dat ik de boeren snap?', { sector: 'politie', role: "ME'er" });
    expect(riot.situation?.speaker.functions.map((item) => item.id)).toContain('politieagent');
    const uwv = await ask("Ik ben UWV'er. Mag ik zeggen dat ik de WW-regels slecht vind?");
    expect(uwv.situation?.speaker.organisation?.id).toBe('uwv');
  });

  it('the own field at another level of government is close to the work', async () => {
    const reply = await ask('Mag ik op X iets zeggen over de hoogte van de bijstand?', {
      sector: 'gemeente',
      role: 'klantmanager werk en inkomen',
    });
    expect(['eigen-dossier', 'eigen-organisatie']).toContain(reply.situation?.relation.kind);
    expect(reply.verdict).not.toBe('mag');
  });

  it('a council member is out of scope; a former civil servant keeps the secrecy duty', async () => {
    const council = await ask(
      'Ik zit als raadslid in de gemeenteraad, ik ben geen ambtenaar. Mag ik een journalist vertellen wat er achter gesloten deuren in de raad is gezegd?',
    );
    expect(council.verdict).toBe('buiten-scope');
    const former = await ask(
      'Ik ben twee jaar geleden weggegaan bij Financiën en werk nu bij een adviesbureau. Mag ik klanten vertellen wat er intern over de bankenbelasting is besproken?',
    );
    expect(former.verdict).toBe('mag-niet');
  });

  it('private life stays private: a confidence from a coach, work named only to leave it out', async () => {
    const reply = await ask(
      'Mag ik een blog schrijven over mijn herstel na een burn-out en wat mijn coach me vertrouwelijk adviseerde? Mijn werk en collega’s laat ik erbuiten, die komen niet voor.',
      { sector: 'gemeente', role: 'HR-adviseur' },
    );
    expect(reply.situation?.relation).toMatchObject({ kind: 'los-van-werk', reason: 'private-life' });
    expect(reply.verdict).toBe('mag');
  });

  it('tips for a profile photo are out of scope; a question about what one may say is not', async () => {
    const photo = await ask('Hoe maak ik een goede profielfoto voor LinkedIn? Geef me wat tips');
    expect(photo.verdict).toBe('buiten-scope');
    const difference = await ask('Wat is het verschil tussen een mening en een lek als ambtenaar?');
    expect(difference.verdict).not.toBe('buiten-scope');
  });

  it('a freelancer in a private trade is no civil servant; a hired one announcing the end of an assignment may', async () => {
    const builder = await ask(
      'Ik ben zzp’er, stukadoor. Mag ik op Facebook klagen over de nieuwe stikstofregels voor bouwprojecten?',
    );
    expect(builder.verdict).toBe('buiten-scope');
    const interim = await ask(
      'I was hired through an agency as interim programme lead for the province; my contract runs out next month. Can I say on LinkedIn that I am open for a new assignment?',
    );
    expect(interim.situation?.speaker.hired).toBeDefined();
    expect(interim.verdict).toBe('mag');
  });

  it('"nothing to do with" counts as unrelated only when it is about the work', async () => {
    const democracy = await check(
      '[X] Weer verkiezingen in ons gastland die niets met democratie te maken hebben. Schaamteloos.',
      { sector: 'rijk', role: 'beleidsmedewerker ambassade' },
    );
    expect(democracy.situation?.relation.reason).not.toBe('said-unrelated');
    const football = await ask(
      'Mag ik posten dat mijn club gisteren kampioen werd? Dat heeft niks met mijn werk te maken.',
    );
    expect(football.situation?.relation).toMatchObject({ kind: 'los-van-werk', reason: 'said-unrelated' });
  });
});

describe('classes found on a fresh, independently written set (2026-12-03)', () => {
  it('giving away an inspection, raid or surveillance is a hard stop; a family "inval" is not', async () => {
    const inspection = await check(
      '[Instagram] Vrijdag om 6 uur onaangekondigd bij dat tankstation waar het al maanden mis is. Eindelijk gaan we ze pakken!',
      { sector: 'rijk', role: 'inspecteur ILT' },
    );
    expect(inspection.risk).toBe('hoog');
    expect(inspection.findings.map((finding) => finding.category)).toContain('geheimhouding');
    const watching = await check(
      'Die jongens bij de snackbar hebben we al weken in beeld. Nog even geduld 😉',
      { sector: 'politie', role: 'wijkagent' },
    );
    expect(watching.risk).toBe('hoog');
    const thin = await check(
      'Rustig nachtje? We rijden met 3 wagens voor de hele regio, dus hou je gedeisd.',
      {
        sector: 'politie',
        role: 'agent noodhulp',
      },
    );
    expect(thin.risk).toBe('hoog');
    const family = await check('Onverwachte inval van mijn ouders vanmiddag, taart op en koffie leeg 😄', {
      sector: 'politie',
      role: 'rechercheur',
    });
    expect(family.risk).toBe('laag');
  });

  it('a confidential talk with one’s own career coach is private; a post that runs ahead of an announcement leaks', async () => {
    const coach = await check(
      '[LinkedIn] Mooi vertrouwelijk gesprek gehad met mijn jobcoach. Les van vandaag: vaker nee zeggen.',
      { sector: 'provincie', role: 'projectleider' },
    );
    expect(coach.risk).toBe('laag');
    const ahead = await check(
      '[LinkedIn] Our team just finished the new subsidy model for the ministry. Once it is announced in spring, small museums will get about a tenth less.',
      { sector: 'rijk', role: 'external consultant at OCW' },
    );
    expect(ahead.risk).toBe('hoog');
    expect(ahead.findings.map((finding) => finding.category)).toContain('geheimhouding');
  });

  it('"no insults", "a stupid question" and "PhD candidate" are no insult and no candidacy', async () => {
    const respectful = await ask(
      'Can I share on my own account why I back a candidate in the French elections? Politely, no insults.',
      { sector: 'rijk', role: 'data analist CBS' },
    );
    expect(respectful.situation?.factors.map((factor) => factor.kind)).not.toContain('scherpe-toon');
    const stupid = await ask('Stomme vraag misschien, maar mag ik mijn vakantiefoto’s op Instagram zetten?', {
      sector: 'gemeente',
      role: 'medewerker burgerzaken',
    });
    expect(stupid.situation?.factors.map((factor) => factor.kind)).not.toContain('scherpe-toon');
    const phd = await ask('PhD candidate here. May I post photos of my hiking trip in Norway?', {
      sector: 'onderwijs',
      role: 'promovendus',
    });
    expect(phd.situation?.factors.map((factor) => factor.ruleId)).not.toContain('kandidaatstelling');
  });

  it('telling friends in a chat what one knows of a person through the job is in scope and a hard stop', async () => {
    const reply = await ask(
      'I work at the tax office. Can I tell my friends in our chat how much tax a well-known footballer owes? Just for fun.',
    );
    expect(reply.verdict).not.toBe('buiten-scope');
    expect(reply.situation?.acts.map((act) => act.kind)).toEqual(
      expect.arrayContaining(['delen', 'appgroep']),
    );
    const client = await ask(
      'Ik ben WMO-consulent. Mag ik in een Facebookgroep als voorbeeld posten: "sprak vandaag Gerrit, 4 kinderen, huis te klein, zo hebben we het opgelost"?',
    );
    expect(client.verdict).toBe('mag-niet');
    expect(client.situation?.hazards.map((hazard) => hazard.kind)).toContain('persoonsgegevens');
  });

  it('the work named only as who one is, or as who gives advice, is not the subject', async () => {
    const release = await ask(
      'I am a statistician at CBS. In my free time I build a small app for sourdough recipes. Can I announce it on LinkedIn? This has nothing to do with CBS.',
    );
    expect(release.situation?.relation).toMatchObject({ kind: 'los-van-werk', reason: 'said-unrelated' });
    expect(release.verdict).toBe('mag');
    const policy = await ask(
      'I work at LNV. Can I tweet that the manure policy has nothing to do with farming?',
    );
    expect(policy.situation?.relation.reason).not.toBe('said-unrelated');
    const runner = await ask(
      'Ik loop zondag de halve marathon en wil een foto met mijn medaille posten. Moet ik opletten omdat ik bij de douane zit?',
    );
    expect(runner.situation?.relation).toMatchObject({ kind: 'los-van-werk', reason: 'private-life' });
    const advised = await ask(
      'Ik werk bij de gemeente op vergunningen en wil een filmpje over de Tour de France liken, maar mijn collega zei dat ambtenaren niks mogen liken.',
    );
    expect(advised.situation?.relation).toMatchObject({ kind: 'los-van-werk', reason: 'private-life' });
    expect(advised.verdict).toBe('mag');
  });

  it('press and anonymity weigh near the work, not for a private subject said to be far from it', async () => {
    const memes = await ask('Mag ik een anoniem account beginnen met grappige wielrenfilmpjes?', {
      sector: 'provincie',
      role: 'beleidsmedewerker mobiliteit',
    });
    expect(memes.verdict).toBe('mag');
    const near = await ask('Mag ik anoniem tweeten over het mobiliteitsbeleid van de provincie?', {
      sector: 'provincie',
      role: 'beleidsmedewerker mobiliteit',
    });
    expect(near.verdict).not.toBe('mag');
  });
});

describe('elections of the own board, and pictures of equipment', () => {
  it('campaigning in the election of the body one works for weighs; the same call elsewhere does not', async () => {
    const own = await ask(
      'Ik werk bij de provincie. Mag ik op Facebook oproepen om bij de Provinciale Statenverkiezingen op de Partij voor de Dieren te stemmen?',
    );
    expect(own.verdict).toBe('voorwaardelijk');
    expect(own.situation?.factors.map((factor) => factor.ruleId)).toContain(
      'campagne-eigen-bestuur-provincie',
    );
    const national = await ask(
      'Mag ik op Facebook oproepen om bij de Tweede Kamerverkiezingen op een partij te stemmen?',
      {
        sector: 'provincie',
        role: 'jurist',
      },
    );
    expect(national.situation?.factors.map((factor) => factor.ruleId)).not.toContain(
      'campagne-eigen-bestuur-provincie',
    );
    // Municipal elections are not a province's own board.
    const municipal = await ask(
      'Ik werk bij de provincie. Mag ik folderen voor de gemeenteraadsverkiezingen?',
      {
        sector: 'provincie',
      },
    );
    expect(municipal.situation?.factors.map((factor) => factor.ruleId ?? '')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^campagne-eigen-bestuur/)]),
    );
  });

  it('a military selfie with aircraft or weapons in view is operational information', async () => {
    const reply = await ask(
      'Can I put a selfie on Instagram from the hangar at the airbase, with the jets and the weapons rack behind me?',
      { sector: 'defensie', role: 'monteur luchtmacht' },
    );
    expect(reply.verdict).toBe('mag-niet');
    const hike = await ask('Can I put a selfie on Instagram from my hike in the Alps?', {
      sector: 'defensie',
      role: 'monteur luchtmacht',
    });
    expect(hike.verdict).toBe('mag');
  });
});

describe('health with a name, and a registration looked up', () => {
  it("a name with a diagnosis or medication is a hard stop; one's own child and a minister on policy are not", async () => {
    const pupil = await check(
      '[Instagram] Sportdag was top! Alleen Milan rende weer de verkeerde kant op, zijn ritalin was vergeten 🙄',
      { sector: 'onderwijs', role: 'gymdocent' },
    );
    expect(pupil.risk).toBe('hoog');
    expect(pupil.findings.map((finding) => finding.ruleId)).toContain('gezondheid-met-naam');
    const own = await check(
      '[Facebook] Mijn dochter Noor heeft eindelijk haar diagnose: dyslexie. Wat een opluchting.',
    );
    expect(own.findings.map((finding) => finding.ruleId)).not.toContain('gezondheid-met-naam');
    const policy = await check(
      'Minister Jansen presenteerde vandaag het plan tegen wachtlijsten bij autisme.',
    );
    expect(policy.findings.map((finding) => finding.ruleId)).not.toContain('gezondheid-met-naam');
  });

  it('saying whether people are registered at an address is data seen at work', async () => {
    const reply = await check(
      '[buurtapp] Voor wie het wilde weten: in dat huis bij de kerk is niemand ingeschreven op dat adres, net even gekeken.',
      { sector: 'gemeente', role: 'baliemedewerker burgerzaken' },
    );
    expect(reply.risk).toBe('hoog');
    expect(reply.findings.map((finding) => finding.category)).toContain('persoonsgegevens');
  });
});

describe('classes found on fresh sets (2026-12-04)', () => {
  it('the internal direction of a decision or the content of an internal advice is not yet public', async () => {
    const reply = await ask(
      'Op een bijeenkomst vraagt iemand of de provincie de subsidie stopt. Mag ik zeggen dat dat de richting is die we intern op gaan?',
      { sector: 'provincie', role: 'beleidsadviseur cultuur' },
    );
    expect(reply.verdict).toBe('mag-niet');
    expect(ruleIds(reply)).toContain('interne-koers-verklappen');
    const advice = await ask(
      'Ik weet dat het advies negatief is. Mag ik dat aan de buurtvereniging vertellen?',
      {
        sector: 'gemeente',
        role: 'jurist',
      },
    );
    expect(ruleIds(advice)).toContain('interne-koers-verklappen');
  });

  it('the inside story of a case one handled, a meeting one sat in, a hiring committee', async () => {
    const handled = await ask(
      'Ik heb aan een bezwaarzaak gewerkt die nu in de krant staat. Mag ik op Facebook uitleggen hoe het echt zit?',
      { sector: 'gemeente', role: 'jurist bezwaar en beroep' },
    );
    expect(handled.verdict).toBe('mag-niet');
    expect(ruleIds(handled)).toContain('eigen-zaak-toelichten');
    const meeting = await ask(
      'I sat in on a meeting where the minister lost her temper with a mayor. Can I write a blog post about it?',
    );
    expect(ruleIds(meeting)).toContain('vergadering-navertellen');
    const committee = await ask(
      'Ik zit in de sollicitatiecommissie en we hebben een bekende oud-wethouder afgewezen. Mag ik daar een grapje over tweeten?',
    );
    expect(committee.verdict).toBe('mag-niet');
    expect(ruleIds(committee)).toContain('sollicitatieprocedure');
  });

  it('a confidence from private life clears "confidential" words, not a decision still to be published', async () => {
    const reply = await ask(
      'Mijn buurman bij de tennisclub vraagt hoe de zaak afloopt. De uitspraak is nog niet gepubliceerd, mag ik zeggen wat het wordt?',
      { sector: 'overig', role: 'griffier rechtbank' },
    );
    expect(reply.verdict).toBe('mag-niet');
    expect(reply.situation?.hazards.map((hazard) => hazard.kind)).toContain('niet-openbaar');
  });

  it('departures of units, ships or aircraft, figures the organisation computed, screens in a selfie', async () => {
    const jets = await check('[Instagram] Zondag vliegen onze F16s naar Litouwen, trots op de crew!', {
      sector: 'defensie',
      role: 'monteur',
    });
    expect(jets.risk).toBe('hoog');
    expect(ruleIds(jets)).toContain('troepenbeweging');
    const holiday = await check('[Instagram] Zondag vliegen we naar Spanje op vakantie!', {
      sector: 'defensie',
      role: 'monteur',
    });
    expect(ruleIds(holiday)).not.toContain('troepenbeweging');
    const figures = await check(
      '[X] Goed nieuws voor huurders: de huurtoeslag gaat volgend jaar omhoog, hebben we net doorgerekend',
      {
        sector: 'rijk',
        role: 'analist',
      },
    );
    expect(figures.risk).toBe('hoog');
    expect(ruleIds(figures)).toContain('eigen-berekening-verklappen');
    const selfie = await ask(
      'Mag ik een selfie aan mijn bureau op LinkedIn zetten? Mijn schermen staan achter me.',
    );
    expect(selfie.verdict).not.toBe('mag');
    expect(ruleIds(selfie)).toContain('werkplek-in-beeld');
  });

  it('telling how things go internally is criticism of the own organisation', async () => {
    const reply = await check(
      '[X] Alweer vertraging bij de dijkversterking. Als je wist hoe het intern loopt zou je janken.',
      {
        sector: 'waterschap',
        role: 'projectleider dijkversterking',
        portfolio: ['dijkversterking'],
      },
    );
    expect(reply.risk).not.toBe('laag');
    expect(ruleIds(reply)).toContain('kritiek-eigen-organisatie');
  });
});

describe('classes found on a seventh fresh set (2026-12-04, evening)', () => {
  it('"<job> hier" introduces the author: its words are not the subject', async () => {
    const reply = await ask('boa hier (parkeren). mag ik filmpjes van mijn moestuin op tiktok zetten?', {
      sector: 'gemeente',
    });
    expect(reply.situation?.relation.kind).toBe('los-van-werk');
    expect(reply.situation?.relation.reason).toBe('private-life');
    expect(reply.situation?.topic.domains.map((domain) => domain.id)).toEqual(['prive']);
    expect(reply.verdict).toBe('mag');
    // The job is still read: its words describe the speaker.
    expect(reply.situation?.speaker.functions.map((item) => item.id)).not.toEqual([]);
  });

  it('a referee is not a divorce: "scheids" carries no personal data', async () => {
    const referee = await ask(
      'Mag ik in de app van het hockeyteam zeggen dat de scheids gisteren slecht floot?',
      {
        sector: 'rijk',
        role: 'beleidsmedewerker',
      },
    );
    expect(referee.situation?.hazards).toEqual([]);
    const divorce = await check(
      '[Facebook] Die cliënt van ons gaat scheiden, haar man woont al bij een ander.',
      {
        sector: 'gemeente',
        role: 'consulent',
      },
    );
    expect(ruleIds(divorce)).toContain('persoonsgegevens-burgers');
  });

  it('a province or water board governs the places within it: a local subject in its domain is its own', async () => {
    const reply = await ask(
      'Ik werk bij de provincie. Mag ik een petitie tegen het zonnepark bij ons dorp delen?',
      {
        sector: 'provincie',
      },
    );
    expect(reply.situation?.relation.kind).toBe('eigen-organisatie');
    expect(reply.verdict).not.toBe('mag');
  });

  it('a unit leaving "in three days", with its departure time, is service information', async () => {
    const unit = await check(
      '[Instagram] Over twee weken varen we met het hele bataljon naar Noorwegen, vertrek 05:30!',
      {
        sector: 'defensie',
        role: 'sergeant',
      },
    );
    expect(unit.risk).toBe('hoog');
    expect(ruleIds(unit)).toContain('troepenbeweging');
    const holiday = await check(
      '[Instagram] Over twee weken vliegen we met het gezin naar Kreta, vertrek 05:30!',
      {
        sector: 'defensie',
        role: 'sergeant',
      },
    );
    expect(ruleIds(holiday)).not.toContain('troepenbeweging');
  });

  it('a group epithet with "they only come for the money" is discriminatory; a black cat is not', async () => {
    const slur = await check('[X] Al die statushouders komen alleen voor een gratis woning.', {
      sector: 'gemeente',
      role: 'medewerker wonen',
    });
    expect(slur.risk).toBe('hoog');
    expect(ruleIds(slur)).toContain('discriminatie');
    const cat = await check('[buurtapp] Zwarte poes kwijt sinds zondag, alle tips zijn welkom!', {
      sector: 'gemeente',
    });
    expect(ruleIds(cat)).not.toContain('discriminatie');
  });

  it('a field named as the profile names it ("beleidsmedewerker wonen") is the own field; a protest is an act', async () => {
    const reply = await check(
      '[Instagram] Zondag lopen we naar het Malieveld tegen de hoge huren. Wie loopt er mee?',
      {
        sector: 'gemeente',
        role: 'beleidsadviseur wonen',
      },
    );
    expect(reply.situation?.relation.kind).not.toBe('los-van-werk');
    expect(reply.situation?.acts.map((act) => act.kind)).toContain('demonstratie');
    expect(reply.risk).not.toBe('laag');
  });

  it('client files, or a client told with family and place, are personal data, "anonymised" or not', async () => {
    const files = await ask(
      'Mag ik de dossiers van twee wmo-cliënten op LinkedIn zetten om te laten zien hoe het misgaat?',
      {
        sector: 'gemeente',
        role: 'wmo-consulent',
      },
    );
    expect(files.verdict).toBe('mag-niet');
    expect(files.situation?.hazards.map((hazard) => hazard.kind)).toContain('persoonsgegevens');
    const story = await ask(
      'Mag ik het verhaal posten van een cliënte uit Emmen met 4 kinderen die nu eindelijk rondkomt?',
      {
        sector: 'gemeente',
        role: 'schuldhulpverlener',
      },
    );
    expect(story.verdict).toBe('mag-niet');
  });

  it('"undercover" as a party theme is no operation', async () => {
    const party = await check('[WhatsApp] Zaterdag verkleedfeest bij ons, thema undercover agent 🕵️', {
      sector: 'politie',
      role: 'agent',
    });
    expect(ruleIds(party)).not.toContain('staatsgeheim-beveiligingsdetails');
  });

  it('endorsing someone else\'s view is an opinion; "als agent vind ik" speaks with the job', async () => {
    const endorse = await check('[X] Helemaal mee eens met deze oproep om de huurtoeslag te verhogen.', {
      sector: 'rijk',
      role: 'beleidsmedewerker',
      portfolio: ['huurtoeslag'],
    });
    expect(endorse.situation?.markers.map((marker) => marker.kind)).toContain('mening');
    expect(endorse.risk).not.toBe('laag');
    const asOfficer = await check(
      '[Facebook] Als wijkagent vind ik dat die nieuwe vuurwerkregels te laat komen.',
      {
        sector: 'politie',
      },
    );
    expect(ruleIds(asOfficer)).toContain('hoedanigheid-onduidelijk');
  });
});

describe('classes found on an eighth fresh set (2026-12-04, evening)', () => {
  it('when and how a government site is guarded is secret; a meeting time is not', async () => {
    const watch = await check('[X] vannacht 22:00-06:00 weer bij de slagboom van de vliegbasis, koud!', {
      sector: 'defensie',
      role: 'beveiliger',
    });
    expect(watch.risk).toBe('hoog');
    expect(ruleIds(watch)).toContain('beveiliging-van-een-locatie');
    const cameras = await ask(
      "Mag ik op een forum vertellen waar de camera's hangen bij de gevangenis waar ik werk?",
      {
        sector: 'rijk',
      },
    );
    expect(cameras.verdict).toBe('mag-niet');
    const meeting = await check(
      '[LinkedIn] Morgen 10:00 overleg op het ministerie, daarna lunch met het team.',
      {
        sector: 'rijk',
      },
    );
    expect(ruleIds(meeting)).not.toContain('beveiliging-van-een-locatie');
  });

  it('a ship leaving "in a few weeks", with its sailing date, is service information', async () => {
    const reply = await ask(
      'Wij varen met Zr.Ms. Tromp over een paar weken uit, mag mijn moeder de vertrekdatum op Facebook zetten?',
      {
        sector: 'defensie',
      },
    );
    expect(reply.verdict).toBe('mag-niet');
  });

  it('a crime series is fiction; a farewell names a colleague; named results of a class are personal data', async () => {
    const series = await check(
      '[X] Die nieuwe misdaadserie: de verdachte wordt pas in de laatste aflevering opgepakt. Aanrader!',
      {
        sector: 'rijk',
        role: 'officier van justitie',
      },
    );
    expect(ruleIds(series)).not.toContain('persoonsgegevens-burgers');
    const farewell = await check(
      '[LinkedIn] Vandaag afscheid van onze Gerrit na 41 jaar bij de provincie. Dank voor alles!',
      {
        sector: 'provincie',
      },
    );
    expect(ruleIds(farewell)).not.toContain('herkenbare-persoon');
    const whole = await ask('Mag ik de toetsuitslagen van de hele klas met namen in de oudergroep zetten?', {
      sector: 'onderwijs',
      role: 'leerkracht',
    });
    expect(whole.verdict).toBe('mag-niet');
    const results = await ask('Mag ik de cijfers van mijn leerlingen met namen in de klassenapp delen?', {
      sector: 'onderwijs',
      role: 'mentor',
    });
    expect(results.verdict).toBe('mag-niet');
  });
});

describe('classes found on a ninth fresh set (2026-12-04, night)', () => {
  it('a "consulent" is no consul; a Wmo aid is care; a problem on fb is about expression', async () => {
    const reply = await ask(
      'Als wmo-consulent zie ik dat mensen lang op een scootmobiel wachten. Ik wil op fb iets over zeggen, het systeem loopt vast. Verstandig?',
      { sector: 'gemeente', role: 'wmo-consulent' },
    );
    expect(reply.situation?.speaker.functions.map((item) => item.id)).not.toContain('diplomaat');
    expect(reply.situation?.speaker.organisation?.id).not.toBe('bz');
    expect(reply.verdict).not.toBe('buiten-scope');
    expect(reply.verdict).not.toBe('mag');
    expect(reply.situation?.topic.domains.map((domain) => domain.id)).toContain('zorg');
  });

  it('a police union is a union: membership holds; a diplomat liking party posts weighs', async () => {
    const union = await ask('Mag ik als agent gewoon lid worden van de politiebond?', { sector: 'politie' });
    expect(union.verdict).toBe('mag');
    const likes = await ask('Ik ben ambassadeur. Mag ik privé berichten van een partij liken?', {
      sector: 'rijk',
      role: 'ambassadeur',
    });
    expect(likes.verdict).toBe('voorwaardelijk');
    const member = await ask('Mag ik als ambassadeur lid zijn van een politieke partij?', {
      sector: 'rijk',
      role: 'ambassadeur',
    });
    expect(member.verdict).toBe('mag');
  });

  it('pupils on video or who was held back are personal data; "zonder mensen in beeld" is not', async () => {
    const video = await ask(
      'Mag ik filmpjes uit mijn klas op TikTok zetten waar leerlingen in beeld zijn, en zeggen wie er blijft zitten?',
      { sector: 'onderwijs', role: 'mentor' },
    );
    expect(video.verdict).toBe('mag-niet');
    const empty = await ask(
      'Ik ben agent en wil filmpjes maken over mijn werk, zonder burgers in beeld. Waar let ik op?',
      { sector: 'politie' },
    );
    expect(empty.verdict).not.toBe('mag-niet');
  });

  it("a journalist asking for the organisation's reaction is speaking for the employer", async () => {
    const reply = await ask(
      'Een verslaggever van de regionale krant wil vandaag een reactie van de gemeente over mijn project. Mag ik hem zelf bellen?',
      { sector: 'gemeente', role: 'projectleider' },
    );
    expect(reply.verdict).toBe('mag-niet');
    expect(ruleIds(reply)).toContain('persvraag-namens-organisatie');
    const private_ = await ask(
      'Een journalist vroeg me naar mijn hobby, modelbouw. Mag ik daarover praten?',
      {
        sector: 'gemeente',
      },
    );
    expect(ruleIds(private_)).not.toContain('persvraag-namens-organisatie');
  });

  it('"niks over school" puts a blog far from the work; "ik sta voor de klas" is the job, not a lesson', async () => {
    const reply = await ask(
      'Ik sta voor de klas en schrijf een blog over tuinieren, niks over school. Moet ik ergens op letten?',
      { sector: 'onderwijs' },
    );
    expect(reply.situation?.relation.kind).toBe('los-van-werk');
    expect(ruleIds(reply)).not.toContain('in-de-klas');
    expect(reply.verdict).toBe('mag');
  });

  it('an expenses question is no state secret', async () => {
    const reply = await ask('In welk systeem declareer ik mijn reiskosten bij de politie?', {
      sector: 'politie',
    });
    expect(reply.verdict).toBe('buiten-scope');
  });

  it('snooping in the files of a known person and telling friends is a hard stop', async () => {
    const draft = await check(
      '[WhatsApp vriendinnen] heb even gespiekt: die bekende presentator betaalt bijna geen belasting 🤫',
      { sector: 'rijk', role: 'medewerker Belastingdienst' },
    );
    expect(draft.risk).toBe('hoog');
    expect(draft.findings.map((finding) => finding.category)).toContain('persoonsgegevens');
    const exam = await check('[X] Vroeger op school gespiekt bij een proefwerk, nu zelf docent 😅', {
      sector: 'onderwijs',
    });
    expect(ruleIds(exam)).not.toContain('gegevens-opgezocht');
  });

  it('a person from the news recognised as a client is personal data', async () => {
    const draft = await check(
      '[reactie] Die mevrouw uit het artikel ken ik, zit al jaren bij ons in de schuldhulp.',
      { sector: 'gemeente', role: 'schuldhulpverlener' },
    );
    expect(draft.risk).toBe('hoog');
    expect(draft.findings.map((finding) => finding.category)).toContain('persoonsgegevens');
  });

  it('a spoiler of a letter to parliament leaks; a spoiler of a series does not', async () => {
    const letter = await check(
      '[LinkedIn] Kamerbrief over de huurtoeslag is af. Spoiler: het bedrag gaat flink omhoog!',
      { sector: 'rijk', role: 'beleidsmedewerker', portfolio: ['huurtoeslag'] },
    );
    expect(letter.risk).toBe('hoog');
    expect(letter.findings.map((finding) => finding.category)).toContain('geheimhouding');
    const series = await check('[X] Spoiler: in het laatste seizoen van die serie wint de schurk 😱', {
      sector: 'rijk',
    });
    expect(series.risk).toBe('laag');
  });

  it('an inspection announced to friends is secret; family dropping in is no raid', async () => {
    const visit = await check(
      '[app vrienden] Volgende week gaan we met de politie langs bij alle snackbars in de wijk, zeg het maar door 😉',
      { sector: 'gemeente', role: 'boa' },
    );
    expect(visit.risk).toBe('hoog');
    const family = await check(
      '[Signal familie] Inval vanavond: de schoonfamilie komt onaangekondigd eten, wie heeft een recept?',
      { sector: 'politie', role: 'rechercheur' },
    );
    expect(family.risk).toBe('laag');
  });

  it('a pet from the animal shelter, a flat tyre and a family recipe are harmless', async () => {
    const pet = await check(
      '[Instagram] Onze nieuwe kat uit het dierenasiel heet Bo, is 3 en al helemaal thuis 🐱',
      {
        sector: 'rijk',
        role: 'medewerker IND',
      },
    );
    expect(pet.risk).toBe('laag');
    const tyre = await check('[X] Weer een lek, nee geen uitgelekte stukken: gewoon mijn fietsband 🙄', {
      sector: 'rijk',
      role: 'woordvoerder',
    });
    expect(tyre.risk).toBe('laag');
    const recipe = await check(
      "[Instagram] Opa's recept voor erwtensoep blijft staatsgeheim in onze familie 😂",
      {
        sector: 'rijk',
      },
    );
    expect(recipe.risk).toBe('laag');
  });

  it('a logistics job at Defence is not transport policy', async () => {
    const draft = await check('[X] Meer nachttreinen naar Italië zou top zijn, ik neem liever de trein 🚆', {
      sector: 'defensie',
      role: 'korporaal, logistiek',
    });
    expect(draft.situation?.relation.kind).not.toBe('eigen-dossier');
    expect(draft.risk).toBe('laag');
  });
});

describe('classes found on a tenth fresh set (2026-12-04, night)', () => {
  it('a pet "arrested" or raiding the cupboard, and crying at a TV series, are harmless', async () => {
    const cat = await check(
      '[X] Vannacht een inval in de voorraadkast. Dader: onze kater Moos. Hij ontkent alles 🐱',
      {
        sector: 'politie',
        role: 'rechercheur',
      },
    );
    expect(cat.risk).toBe('laag');
    const crying = await check('[TikTok] die aflevering van gisteren, ik zat echt te janken op de bank 😭', {
      sector: 'defensie',
    });
    expect(crying.risk).toBe('laag');
  });

  it("a pupil's outburst with the pupil's name, and a known detainee's behaviour, are personal data", async () => {
    const pupil = await check(
      '[Instagram] Daan uit mijn groep 5 had weer een driftbui en gooide zijn tas door de klas 🙈',
      {
        sector: 'onderwijs',
        role: 'leerkracht',
      },
    );
    expect(pupil.risk).toBe('hoog');
    expect(pupil.findings.map((finding) => finding.category)).toContain('persoonsgegevens');
    const detainee = await check(
      '[Instagram] Onze bekendste gedetineerde (ja, die van het proces) sloeg vandaag weer alles kort en klein in zijn cel.',
      { sector: 'rijk', role: 'penitentiair inrichtingswerker' },
    );
    expect(detainee.risk).toBe('hoog');
  });

  it('warning family away from a raid, and a door of a government office left open, are secret', async () => {
    const raid = await check(
      '[familie-app] Blijf morgen ff uit de buurt van het station, wij gaan daar met een flinke ploeg binnen',
      {
        sector: 'politie',
      },
    );
    expect(raid.risk).toBe('hoog');
    const door = await check(
      '[Facebook] Bij ons kantoor staat de achteringang al weken open, de pasjeslezer is kapot. Iedereen kan zo doorlopen.',
      {
        sector: 'rijk',
        role: 'facilitair medewerker',
      },
    );
    expect(door.risk).toBe('hoog');
  });

  it("the team's advice on a choice the minister still has to make is not public", async () => {
    const draft = await check(
      '[LinkedIn] Donderdag kiest de minister tussen twee varianten. Ons team heeft een stevig advies neergelegd voor de eerste!',
      {
        sector: 'rijk',
        role: 'beleidsmedewerker',
      },
    );
    expect(draft.risk).toBe('hoog');
  });

  it('"ik vond" is an opinion; "karikatuur van een manager" insults the own boss; a hint at the chamber\'s leaning leaks', async () => {
    const opinion = await check('[LinkedIn] Eerlijk? Ik vond de eis van het OM in die zaak veel te laag.', {
      sector: 'rijk',
      role: 'parketsecretaris OM',
    });
    expect(opinion.situation?.markers.map((marker) => marker.kind)).toContain('mening');
    const boss = await ask(
      'Ik heb getweet dat mijn afdelingshoofd een karikatuur van een manager is. Moet ik het weghalen?',
      {
        sector: 'provincie',
      },
    );
    expect(boss.verdict).toBe('mag-niet');
    const chamber = await ask(
      'Ik werk bij de rechtbank. Mag ik mijn broer appen: ik zeg alleen, geen vrijspraak 😉?',
      {
        sector: 'overig',
        role: 'griffier',
      },
    );
    expect(chamber.verdict).toBe('mag-niet');
  });

  it('a flat tyre does not hide a real leak: the tyre words match only as words ("krant" is no "kraan")', async () => {
    const leak = await check(
      'Jullie horen het van mij: de gemeente sluit het zwembad. Staat nog niet in de krant!',
      {
        sector: 'gemeente',
      },
    );
    expect(ruleIds(leak)).toContain('voorkennis-lekken');
  });
});

describe('classes found on an eleventh and twelfth fresh set (2026-12-05)', () => {
  it('a client at the desk with age and neighbourhood is recognisable; years at the desk in a farewell are not', async () => {
    const client = await check(
      '[Facebook] Vanmiddag aan het loket weer die meneer uit de Rozenwijk, 91 jaar en net zijn vrouw verloren. Zo zielig.',
      { sector: 'gemeente', role: 'medewerker publiekszaken' },
    );
    expect(client.risk).toBe('hoog');
    expect(client.findings.map((finding) => finding.category)).toContain('persoonsgegevens');
    const farewell = await check(
      '[LinkedIn] Na 31 jaar aan het loket van het stadhuis is het vandaag mijn laatste dag. Dank jullie wel!',
      { sector: 'gemeente', role: 'medewerker publiekszaken' },
    );
    expect(farewell.risk).toBe('laag');
  });

  it('one alarming word in a post about private life is a figure of speech; at work it is not', async () => {
    const party = await check(
      '[Instagram] Vandaag undercover op de verjaardag van mijn nichtje, met snor en al 🥸',
      {
        sector: 'politie',
      },
    );
    expect(party.risk).toBe('laag');
    const work = await check('[X] Morgen weer undercover bij die bende in de haven, spannend!', {
      sector: 'politie',
      role: 'rechercheur',
    });
    expect(work.risk).toBe('hoog');
  });

  it('what the organisation still has to announce leaks; news of a baby does not', async () => {
    const early = await check(
      '[LinkedIn] De staatssecretaris moet het nog bekendmaken, maar de regeling voor zzp-ers wordt verlengd. Jullie horen het hier als eerste!',
      { sector: 'rijk', role: 'beleidsmedewerker' },
    );
    expect(early.risk).toBe('hoog');
    expect(early.findings.map((finding) => finding.category)).toContain('geheimhouding');
    const baby = await check(
      '[Instagram] Jullie horen het hier als eerste: in mei worden we met z’n drieën 👶',
      {
        sector: 'rijk',
        role: 'beleidsmedewerker',
      },
    );
    expect(baby.risk).toBe('laag');
  });

  it("a unit's readiness in numbers and a minister's visit with its time are secret", async () => {
    const readiness = await check(
      '[X] Mooi die plannen, maar van de 8 helikopters op onze basis zijn er nu 3 inzetbaar.',
      { sector: 'defensie', role: 'monteur' },
    );
    expect(readiness.risk).toBe('hoog');
    const visit = await check(
      '[App] Morgen komt de minister op werkbezoek bij ons op de vestiging, om 14.00 uur!',
      {
        sector: 'rijk',
        role: 'secretaresse',
      },
    );
    expect(visit.risk).toBe('hoog');
  });

  it('epithets and a clown next to the minister are tone; "wij van de SVB" speaks for the employer', async () => {
    const coward = await check(
      '[Facebook] Die wethouder is gewoon een lafaard die nooit zijn eigen besluiten verdedigt.',
      {
        sector: 'gemeente',
      },
    );
    expect(coward.findings.map((finding) => finding.category)).toContain('toon');
    const clown = await check('[X] Onze minister legt vandaag weer eens uit hoe begroten werkt 🤡', {
      sector: 'rijk',
      role: 'controller',
    });
    expect(clown.findings.map((finding) => finding.category)).toContain('toon');
    const we = await check('[Facebook] Wij van de SVB begrijpen dat het lang duurt, we doen ons best!', {
      sector: 'overig',
      role: 'medewerker postkamer SVB',
    });
    expect(we.risk).not.toBe('laag');
  });

  it('a letter sent to parliament, shared with its link, is public and no petition', async () => {
    const letter = await check(
      '[LinkedIn] Vandaag naar de Kamer gestuurd: de brief over de toekomst van de kinderopvang. Lees hem via de link hieronder.',
      { sector: 'rijk', role: 'beleidsmedewerker kinderopvang', portfolio: ['kinderopvang'] },
    );
    expect(letter.risk).toBe('laag');
    expect(letter.situation?.acts.map((act) => act.kind)).not.toContain('petitie');
  });

  it('looking up a relative’s ex, telling about someone from one’s own files, or the chambers: no', async () => {
    const lookup = await ask(
      'Mijn zwager vraagt of ik even kan checken of zijn buurman een uitkering heeft, ik werk bij de gemeente. Mag dat?',
      { sector: 'gemeente' },
    );
    expect(lookup.verdict).toBe('mag-niet');
    const files = await ask(
      'Een vader uit een van mijn dossiers is trainer bij de voetbalclub van mijn zoon. Mag ik de andere ouders laten weten wat er thuis speelt?',
      { sector: 'gemeente', role: 'jeugdconsulent' },
    );
    expect(files.verdict).toBe('mag-niet');
    const chambers = await ask(
      'Ik ben griffier. Mag ik na afloop van een zaak vertellen hoe de raadkamer verliep?',
      {
        sector: 'overig',
      },
    );
    expect(chambers.verdict).toBe('mag-niet');
  });

  it('party membership stays free for a senior official, however it is phrased', async () => {
    const member = await ask(
      'Ik ben directeur bij de provincie en wil lid worden van een kleine lokale partij. Mag dat?',
      { sector: 'provincie' },
    );
    expect(member.verdict).toBe('mag');
  });
});

describe('classes found on a thirteenth fresh set (2026-12-05)', () => {
  it('"ben sergeant bij …" and "nothing about the military" describe the speaker, not the subject', async () => {
    const demo = await ask(
      'ben korporaal bij de landmacht. mag ik zaterdag mee naar de boerendemo in burger?',
      {
        sector: 'defensie',
      },
    );
    expect(demo.situation?.relation.kind).not.toBe('eigen-dossier');
    const podcast = await ask(
      'I am a corporal in the Dutch army. A cooking podcast wants to interview me about my grandmother’s recipes, nothing about the military. Is that allowed?',
      { sector: 'defensie' },
    );
    expect(podcast.verdict).toBe('mag');
  });

  it("a water board's or municipality's own tax is its own decision; a protest ban is police work", async () => {
    const tax = await ask(
      'ik werk bij het waterschap op heffingen. mag ik in een fb-groep meepraten tegen de hogere zuiveringsheffing?',
      { sector: 'waterschap' },
    );
    expect(tax.verdict).not.toBe('mag');
    const ban = await ask(
      'Ik ben agent. De burgemeester heeft een demoverbod ingesteld voor zondag. Mag ik op Facebook zeggen dat ik dat onzin vind?',
      { sector: 'politie' },
    );
    expect(ban.verdict).not.toBe('mag');
  });

  it('the budget before its presentation, calls from the beat with street and time, a protest on the work account: no', async () => {
    const budget = await ask(
      'Ik werk mee aan de voorjaarsnota. Mag ik mijn vader alvast vertellen wat erin staat?',
      {
        sector: 'rijk',
      },
    );
    expect(budget.verdict).toBe('mag-niet');
    const calls = await ask(
      'Ik ben boa en wil een blog over de gekste meldingen uit mijn wijk, zonder namen maar met straat en tijdstip. Kan dat?',
      { sector: 'gemeente' },
    );
    expect(calls.verdict).toBe('mag-niet');
    const account = await ask(
      'Ik beheer het account van de provincie. Mag ik daar een filmpje zetten van de klimaatmars waar ik zaterdag meeloop?',
      { sector: 'provincie' },
    );
    expect(account.verdict).toBe('mag-niet');
  });

  it('a talk about the own work needs a clear capacity; someone retired writes freely but keeps secrets', async () => {
    const talk = await ask(
      'Ik ben ecoloog bij de provincie en mag op een congres vertellen over onze gepubliceerde tellingen van vlinders. Wat moet ik regelen?',
      { sector: 'provincie', role: 'ecoloog', portfolio: ['vlinders', 'natuurbeheer'] },
    );
    expect(talk.verdict).toBe('voorwaardelijk');
    const retired = await ask(
      'Sinds vorig jaar ben ik met pensioen na 25 jaar bij Financiën. Mag ik nu een opiniestuk schrijven over de toeslagen?',
      { sector: 'rijk' },
    );
    expect(retired.verdict).toBe('mag');
    expect(retired.conditions.join(' ')).toContain('artikel 9');
  });

  it('a leave balance or an HR portal is no question about expression', async () => {
    const leave = await ask('wie kan mijn verlofsaldo in het hr portaal checken? er missen uren', {
      sector: 'gemeente',
    });
    expect(leave.verdict).toBe('buiten-scope');
  });
});

describe('classes found on a fourteenth fresh set (2026-12-05)', () => {
  it('saying one is not really allowed to tell is a secrecy hard stop; the same words about a cake are not', async () => {
    const leak = await check(
      'Officieel mag ik hier niks over zeggen, maar de brug bij ons gaat maandenlang dicht. Zoek alvast een andere route.',
      { sector: 'provincie' },
    );
    expect(leak.risk).toBe('hoog');
    expect(categories(leak)).toContain('geheimhouding');
    const english = await check(
      "You didn't hear it from me, but the permit for the new data centre is going to be refused.",
      {
        sector: 'gemeente',
      },
    );
    expect(english.risk).toBe('hoog');
    const cake = await check('Je hebt het niet van mij, maar de bakker om de hoek heeft weer appeltaart 🍰', {
      sector: 'gemeente',
    });
    expect(cake.risk).toBe('laag');
  });

  it('a job title alone ("ben ambtenaar", "ik ben jurist") does not make a policy subject far from the work', async () => {
    const march = await ask('ben ambtenaar, mag ik meelopen in de mars tegen de nieuwe asielwet?');
    expect(march.verdict).toBe('voorwaardelijk');
    expect(march.situation?.relation.kind).toBe('onbekend');
    // With the field known, a subject outside it is still far from the work.
    const far = await ask(
      'I work on pension policy at the ministry of Social Affairs. Can I share a post about my hockey club’s new clubhouse?',
    );
    expect(far.verdict).toBe('mag');
  });

  it('the plot of a novel or a film is not a policy subject', async () => {
    const review = await ask(
      'Ik werk bij de AIVD in de bedrijfsvoering. Mag ik op mijn boekenblog een roman over een spion die een minister chanteert bespreken?',
    );
    expect(review.situation?.topic.domains.map((domain) => domain.id)).toContain('prive');
    expect(review.situation?.topic.domains.map((domain) => domain.id)).not.toContain('inlichtingen');
  });

  it("an abbreviation or number with 's is still the word (F-16's, UWV's)", async () => {
    const jets = await check("Waarom kopen we nog F-16's als onderdelen niet meer te krijgen zijn?", {
      sector: 'defensie',
    });
    expect(jets.situation?.topic.domains.map((domain) => domain.id)).toContain('defensie');
  });

  it('a police officer in a protest march on a policy weighs the neutral role; a festive parade does not', async () => {
    const march = await ask('Ik ben wijkagent. Mag ik zondag in burger meelopen in de klimaatmars?', {
      sector: 'politie',
    });
    expect(march.verdict).toBe('voorwaardelijk');
  });

  it('stocks of the own unit, a licence plate from a stop, a colleague’s diagnosis: hard stops', async () => {
    const stock = await check(
      'Onze brandstofvoorraad op de basis is zo laag dat we bij een echte inzet na drie dagen stilstaan.',
      {
        sector: 'defensie',
      },
    );
    expect(stock.risk).toBe('hoog');
    const plate = await check(
      'Vannacht een bestuurder met kenteken 45-KLM-7 staande gehouden, met 2,1 promille 🙈',
      {
        sector: 'politie',
      },
    );
    expect(plate.risk).toBe('hoog');
    expect(categories(plate)).toContain('persoonsgegevens');
    const colleague = await check(
      '[teamapp] Sanne is voorlopig thuis vanwege haar burn-out, stuur haar gerust een berichtje',
      {
        sector: 'gemeente',
      },
    );
    expect(categories(colleague)).toContain('persoonsgegevens');
  });

  it('selection on origin and bookkeeping bent to please the auditor are signs of a wrong', async () => {
    const selection = await check(
      'Bij de controles pakten we vooral mensen met een buitenlandse achternaam eruit. Dat zat me nooit lekker.',
      { sector: 'rijk' },
    );
    expect(categories(selection)).toContain('misstand');
    const books = await check(
      'We boeken de kosten van dit jaar gewoon weg naar het project van volgend jaar, dan klopt de begroting weer.',
      {
        sector: 'gemeente',
      },
    );
    expect(books.risk).not.toBe('laag');
  });

  it('how to apply for leave or file a Woo request is out of scope', async () => {
    const leave = await ask('hoe vraag ik zorgverlof aan? mijn moeder is ziek', { sector: 'gemeente' });
    expect(leave.verdict).toBe('buiten-scope');
  });

  it('a pupil pointed out by diagnosis or home life, the own leader called a liar, a group said to get everything', async () => {
    const pupil = await check(
      'Mijn mentorklas vandaag: die jongen met autisme had weer een woedeaanval en dat meisje uit het pleeggezin zei geen woord 😩',
      {
        sector: 'onderwijs',
      },
    );
    expect(pupil.risk).toBe('hoog');
    expect(categories(pupil)).toContain('persoonsgegevens');
    const liar = await check(
      'Onze burgemeester draait de raad gewoon een rad voor ogen over de kosten van het zwembad. Schandalig.',
      {
        sector: 'gemeente',
      },
    );
    expect(liar.risk).toBe('hoog');
    const group = await check(
      'Die statushouders krijgen meteen voorrang en onze eigen mensen kunnen fluiten. Zie het elke week aan de balie.',
      {
        sector: 'gemeente',
      },
    );
    expect(group.risk).toBe('hoog');
    expect(categories(group)).toContain('toon');
  });

  it('a door that stays open at a government building, an admin password: security details', async () => {
    const door = await check(
      'Tip voor wie zijn pasje vergeet: de personeelsingang van het provinciehuis blijft tot 9 uur gewoon open.',
      {
        sector: 'provincie',
      },
    );
    expect(door.risk).toBe('hoog');
    const password = await check(
      'Het admin wachtwoord van ons netwerk is nog steeds Welkom123, echt waar 🙈',
      { sector: 'waterschap' },
    );
    expect(password.risk).toBe('hoog');
  });

  it('a photo of the briefing board, a hint at budget cuts, replying with what the file says: no', async () => {
    const board = await ask(
      'Mag ik een foto van het planbord in onze meldkamer op Insta zetten? Je ziet de acties van vannacht erop.',
      {
        sector: 'politie',
      },
    );
    expect(board.verdict).toBe('mag-niet');
    const cuts = await ask(
      'Ik werk aan de kadernota. Mag ik mijn volgers een hint geven dat de sportsubsidies straks gehalveerd worden?',
      {
        sector: 'gemeente',
      },
    );
    expect(cuts.verdict).toBe('mag-niet');
    const file = await ask(
      'Een cliënt zet leugens over mij op Facebook. Mag ik reageren met wat er in zijn dossier staat?',
      {
        sector: 'gemeente',
        role: 'klantmanager',
      },
    );
    expect(file.verdict).toBe('mag-niet');
  });

  it('a departure with date and numbers in English, "cowboys" about officers one works with, inspection know-how for sale', async () => {
    const departure = await check(
      'Sunday 25 of us ship out to the Baltic for four months, pray for calm seas ⚓ #navy',
      {},
    );
    expect(departure.risk).toBe('hoog');
    const officers = await check(
      'Werk als handhaver samen met die agenten van bureau Noord, stelletje cowboys zijn het.',
      {
        sector: 'gemeente',
      },
    );
    expect(categories(officers)).toContain('toon');
    const series = await check(
      'Die agent in de nieuwe politieserie is echt een cowboy, heerlijk om naar te kijken',
      {
        sector: 'gemeente',
      },
    );
    expect(series.risk).toBe('laag');
    const knowHow = await check(
      'Oud-controleur van de NVWA hier: ik weet precies waar de inspecteurs op letten. Boek mij als adviseur!',
      {},
    );
    expect(knowHow.risk).toBe('hoog');
  });
});

describe('classes found on a sixteenth fresh set (2026-12-06)', () => {
  it('a client placed at a street after a home visit, the same door as before after an arrest: hard stops', async () => {
    const visit = await check(
      'Gisteren bij een mevrouw aan de Molenweg langs geweest voor de intake, negentig en helemaal alleen. Triest.',
      { sector: 'gemeente', role: 'consulent wmo' },
    );
    expect(visit.risk).toBe('hoog');
    expect(categories(visit)).toContain('persoonsgegevens');
    const arrest = await check(
      'Weer aangehouden, hetzelfde adres als vorige maand. Sommigen leren het nooit.',
      {
        sector: 'politie',
      },
    );
    expect(categories(arrest)).toContain('persoonsgegevens');
    // Where one lives oneself is no one else's data.
    const home = await check('Eindelijk verhuisd naar de Molenweg, gisteren bij de buren langs geweest 🏡', {
      sector: 'gemeente',
    });
    expect(home.risk).toBe('laag');
  });

  it('answering someone in public about their own application, and a colleague welcomed back with the reason', async () => {
    const application = await check(
      '@pieter_n je bezwaarschrift ligt bij ons nog op de plank, ik kijk er maandag naar',
      {
        sector: 'rijk',
      },
    );
    expect(application.risk).toBe('hoog');
    const welcome = await check(
      'Welkom terug Fatima! Na drie maanden ziekteverlof eindelijk weer op de afdeling 💐',
      {
        sector: 'gemeente',
      },
    );
    expect(welcome.risk).toBe('middel');
    expect(categories(welcome)).toContain('persoonsgegevens');
    const holiday = await check(
      'Welkom terug Fatima! Na drie weken Portugal eindelijk weer op de afdeling 💐',
      {
        sector: 'gemeente',
      },
    );
    expect(holiday.risk).toBe('laag');
  });

  it('teasing news that is not out yet is a leak; "we at" the organisation answering the public speaks for it', async () => {
    const teaser = await check(
      'Mag nog niks verklappen, maar na de zomer gaat er veel veranderen voor alle studenten 😉',
      {
        sector: 'rijk',
        role: 'beleidsmedewerker',
      },
    );
    expect(teaser.risk).toBe('hoog');
    expect(categories(teaser)).toContain('geheimhouding');
    const weAt = await check(
      'We at the water board are aware of the flooding on the Dijkweg and we are working on it.',
      {
        sector: 'waterschap',
      },
    );
    expect(categories(weAt)).toContain('namens-werkgever');
  });

  it('a pupil pointed out by what the class sees, and a uniformed officer going to a protest, weigh in a draft too', async () => {
    const pupil = await check(
      'Die ene uit groep 7, die met het brilletje, had vandaag weer een driftbui. Pff.',
      {
        sector: 'onderwijs',
        role: 'leerkracht',
      },
    );
    expect(pupil.risk).toBe('hoog');
    const march = await check('Zaterdag loop ik mee in de klimaatmars in Amsterdam! Wie gaat er mee?', {
      sector: 'defensie',
      role: 'sergeant',
    });
    expect(march.risk).toBe('middel');
    expect(categories(march)).toContain('politieke-gevoeligheid');
    const parade = await check('Zaterdag loop ik mee in de Pride parade in Amsterdam! Wie gaat er mee?', {
      sector: 'defensie',
      role: 'sergeant',
    });
    expect(parade.findings.map((finding) => finding.ruleId)).not.toContain('situatie-uniform-standpunt');
  });

  it('"bij ons in het dorp" is where one lives; a union is not the employer; a municipal budget is not far', async () => {
    const village = await ask(
      'Bij ons in de wijk gaat de bieb dicht. Mag ik de petitie delen? Ik werk bij Rijkswaterstaat, niks met bibliotheken te maken.',
    );
    expect(village.situation?.speaker.organisation?.id).toBe('rijkswaterstaat');
    expect(village.verdict).toBe('mag');
    const union = await ask(
      'Wij van de FNV leggen vrijdag het werk neer. Ben buschauffeur bij de gemeente Den Haag, mag ik dat posten?',
    );
    expect(union.situation?.speaker.organisation?.id).not.toBe('fnv');
    expect(union.verdict).not.toBe('buiten-scope');
    expect(union.situation?.summary).toMatch(/gemeente Den Haag/);
    const budget = await ask('Ik werk bij de gemeente Zwolle. Mag ik iets zeggen over de begroting?');
    expect(budget.situation?.relation.kind).not.toBe('los-van-werk');
    expect(budget.verdict).toBe('voorwaardelijk');
  });

  it('a journalist asking how things go at work, answered for the team, is speaking for the employer', async () => {
    const press = await ask(
      'Een verslaggever van de regionale krant belt me. Mag ik namens onze afdeling uitleggen hoe het bij ons loopt met de vergunningen?',
      { sector: 'gemeente' },
    );
    expect(press.verdict).toBe('mag-niet');
  });
});

describe('classes found on the sixteenth set, second pass (2026-12-06)', () => {
  it('a desk photo with a file open on the screen, reassuring the public as staff, a nickname for the leadership', async () => {
    const desk = await check(
      '[foto: mijn werkplek, op mijn scherm staat een dossier open] Maandagochtend ☕',
      {
        sector: 'gemeente',
      },
    );
    expect(desk.risk).toBe('hoog');
    expect(categories(desk)).toContain('persoonsgegevens');
    const tv = await check('[foto: mijn werkplek, op mijn scherm de Tour de France] Maandagochtend ☕', {
      sector: 'gemeente',
    });
    expect(tv.risk).toBe('laag');
    const calm = await check(
      'Ik werk bij de provincie: geen zorgen, de veerpont blijft gewoon varen deze zomer.',
      {
        sector: 'provincie',
      },
    );
    expect(categories(calm)).toContain('namens-werkgever');
    const nickname = await check('Onze teamleider, bijgenaamd de Stofzuiger, heeft weer alle koekjes op 🙄', {
      sector: 'rijk',
    });
    expect(categories(nickname)).toContain('toon');
  });

  it('promising the public what the organisation will do, as someone who works there, speaks for it', async () => {
    const promise = await check(
      'Ik werk zelf bij de gemeente: we vervangen de bankjes in het park nog voor de zomer, beloofd 👍',
      {},
    );
    expect(categories(promise)).toContain('namens-werkgever');
    const vouch = await check(
      'Ik zit zelf bij de provincie en kan jullie vertellen dat die fietsbrug gewoon doorgaat.',
      {},
    );
    expect(categories(vouch)).toContain('namens-werkgever');
    const home = await check('We vervangen dit weekend eindelijk onze keuken, beloofd aan de kinderen 😅', {
      sector: 'gemeente',
    });
    expect(home.risk).toBe('laag');
  });

  it('the employer’s own place makes a local subject its own; another named place does not', async () => {
    const own = await ask(
      'Ik werk bij de gemeente Zwolle. Mag ik iets posten over de nieuwe parkeertarieven in Zwolle?',
    );
    expect(own.situation?.relation.kind).toBe('eigen-werkgever');
    expect(own.verdict).toBe('voorwaardelijk');
    const other = await check(
      'Vanavond folders rondbrengen voor onze lokale partij in Kampen, wie helpt mee?',
      {
        sector: 'gemeente',
        role: 'medewerker ICT gemeente Zwolle',
      },
    );
    expect(other.situation?.relation.kind).not.toBe('eigen-werkgever');
  });
});

describe('classes found on the seventeenth set (2026-12-06)', () => {
  it('"we" of the organisation telling the public what it did or will do speaks for the employer', async () => {
    const announce = await check(
      'Na de zomer gaan we eindelijk beginnen met de herinrichting van het Marktplein. Eerlijk is eerlijk: dat had eerder gemoeten.',
      { sector: 'gemeente', role: 'projectleider openbare ruimte' },
    );
    expect(announce.risk).toBe('middel');
    expect(categories(announce)).toEqual(
      expect.arrayContaining(['namens-werkgever', 'eigen-beleidsterrein']),
    );
    const finding = announce.findings.find((item) => item.ruleId === 'situatie-wij-de-organisatie');
    expect(finding?.spans[0]?.text).toBe('we');
    const rebut = await check(
      'Onzin wat hier rondgaat. Die sluis is prima in orde, we hebben hem in maart nog helemaal nagelopen.',
      { sector: 'waterschap', role: 'inspecteur waterkeringen' },
    );
    expect(categories(rebut)).toContain('namens-werkgever');
    const english = await check(
      'Honestly, our team at the ministry just finalised the new grant scheme and half of it will not survive the elections.',
      { sector: 'rijk' },
    );
    expect(categories(english)).toContain('namens-werkgever');
  });

  it('"we" in a vacancy, a published report, a strike or at home does not speak for the employer', async () => {
    const profile = { sector: 'provincie' as const, role: 'adviseur' };
    for (const text of [
      'We zoeken een nieuwe collega voor team Wegen! Reageren kan tot 1 maart via de website.',
      'Trots: ons rapport over de waterkwaliteit van de meren is vandaag gepubliceerd. Lees het via de link.',
      'Zaterdag gaan we met de kinderen naar het strand, eindelijk zon ☀️',
    ]) {
      const reply = await check(text, profile);
      expect(reply.risk, text).toBe('laag');
    }
    const strike = await check(
      'Morgen leggen we het werk neer voor een betere cao, kom ook naar het provinciehuis!',
      profile,
    );
    expect(categories(strike)).not.toContain('namens-werkgever');
  });

  it('a word of secrecy in a post about private life only is a figure of speech; about work it stops', async () => {
    const quiz = await check('Pubquiz gewonnen met het hele gezin! Hoe we dat deden? Staatsgeheim 😎', {
      sector: 'defensie',
      role: 'militair',
    });
    expect(quiz.risk).toBe('laag');
    const cake = await check('Our top secret carrot cake recipe won the office bake-off again 🥕', {
      sector: 'rijk',
    });
    expect(cake.risk).toBe('laag');
    const work = await check(
      'De nieuwe verbindingsapparatuur voor de missie is staatsgeheim, maar hij werkt slecht.',
      {
        sector: 'defensie',
        role: 'militair',
      },
    );
    expect(work.risk).toBe('hoog');
    expect(categories(work)).toContain('geheimhouding');
  });

  it('raising a suspected wrong with the confidential adviser is what the route is for; posting it is not', async () => {
    const internal = await ask(
      'Mijn afdelingshoofd laat facturen van het bedrijf van zijn broer goedkeuren. Kan ik dat met de vertrouwenspersoon bespreken?',
      { sector: 'gemeente' },
    );
    expect(internal.verdict).toBe('mag');
    expect(internal.basis).toContain('wbk');
    const english = await ask(
      'Can I report this internally to the integrity officer? My manager fakes the figures.',
      {
        sector: 'rijk',
      },
    );
    expect(english.verdict).toBe('mag');
    const online = await ask(
      'Mijn afdelingshoofd laat facturen van het bedrijf van zijn broer goedkeuren. Kan ik dat op Facebook zetten?',
      { sector: 'gemeente' },
    );
    expect(online.verdict).not.toBe('mag');
    // "Mijn teamleider gunt opdrachten": the assignments are the manager's, not the speaker's hire.
    expect(internal.situation?.speaker.sector).toBe('gemeente');
    const hired = await ask(
      'Mijn teamleider geeft opdrachten aan het bedrijf van zijn zwager. Mag ik dat intern melden?',
      { sector: 'provincie' },
    );
    expect(hired.situation?.speaker.hired).toBeUndefined();
  });

  it('having seen the draft of a decision or judgment is knowledge from work; IT trouble is out of scope', async () => {
    const draft = await ask(
      'Ik werk bij het gerechtshof. Mag ik op X voorspellen dat de verdachte wordt vrijgesproken? Heb het concept al gelezen.',
      { sector: 'overig' },
    );
    expect(draft.verdict).toBe('mag-niet');
    expect(draft.basis).toContain('aw2017-art9');
    const it = await ask(
      'Outlook doet raar, ik kan geen bijlagen versturen naar een externe partij. Wie moet ik daarvoor bellen?',
      {
        sector: 'gemeente',
      },
    );
    expect(it.verdict).toBe('buiten-scope');
    expect(it.situation?.acts.map((act) => act.kind) ?? []).not.toContain('partij');
  });

  it('pupils by name with grades, or a photo of a grade list, are personal data; your own child is not', async () => {
    const profile = { sector: 'onderwijs' as const, role: 'docent' };
    const named = await check(
      'Wat een klas! Sanne en Mohammed weer de hoogste cijfers voor de toets, en Jesse… oefenen jongen 😅',
      profile,
    );
    expect(named.risk).toBe('hoog');
    expect(categories(named)).toContain('persoonsgegevens');
    expect(named.findings.flatMap((finding) => finding.spans.map((span) => span.text)).join(' ')).toContain(
      'Mohammed',
    );
    const list = await check('[foto van de cijferlijst] Groep 7 heeft het goed gedaan dit jaar!', profile);
    expect(list.risk).toBe('hoog');
    const whole = await check('Trots op mijn klas, iedereen geslaagd dit jaar! 🎓', profile);
    expect(whole.risk).toBe('laag');
    const own = await check('Mijn dochter Lotte haalde een 9 voor haar proefwerk, trots!', profile);
    expect(own.risk).toBe('laag');
  });

  it('the employer named only to say it stays out is not the subject; a person at the desk still is', async () => {
    const march = await ask(
      'Ik werk bij de IND (team naturalisatie) en wil zaterdag mee met de fietsprotestrit in Utrecht. Als burger, zonder IND-jas of zo.',
      { sector: 'rijk', portfolio: ['naturalisatie'] },
    );
    expect(march.situation?.relation.kind).not.toBe('eigen-werkgever');
    expect(march.situation?.relation.kind).not.toBe('eigen-dossier');
    const person = await check('Raad eens wie er weer aan de balie stond: Henk uit de Dorpsstraat, 84 jaar', {
      sector: 'gemeente',
    });
    expect(person.risk).toBe('hoog');
  });

  it('guarding office-holders is a function close to politics: insulting one of them is a hard stop', async () => {
    const guard = await ask('Ik werk bij de DBB. Mag ik op X een Kamerlid een landverrader noemen?');
    expect(guard.situation?.speaker.organisation?.id).toBe('dbb');
    expect(guard.verdict).toBe('mag-niet');
  });

  it('insulting the top of the own organisation is a hard stop; a witch at Halloween is no insult', async () => {
    const ceo = await check(
      'Onze bestuursvoorzitter schrapt weer 100 banen en houdt zelf zijn bonus. Wat een graaier.',
      {
        sector: 'overig',
      },
    );
    expect(ceo.risk).toBe('hoog');
    expect(categories(ceo)).toContain('toon');
    const english = await check('Our CEO cut another team while keeping her bonus. What a greedy witch.', {
      sector: 'overig',
    });
    expect(english.risk).toBe('hoog');
    const halloween = await check(
      'Een heks en drie spoken gespot bij de Halloween-optocht 🎃 mooie kostuums!',
      {
        sector: 'gemeente',
      },
    );
    expect(halloween.risk).toBe('laag');
  });
});

describe('classes found on the eighteenth set (2026-12-06)', () => {
  it('a calm opinion on a field far from the own work stays "mag": the learned model may not raise it', async () => {
    const answer = await ask(
      'ik zit bij de gemeente op de afdeling parkeren. mag ik op X zeggen dat ik het stikstofbeleid van het kabinet veel te slap vind?',
      { sector: 'gemeente' },
    );
    expect(answer.situation?.relation.kind).toBe('los-van-werk');
    expect(answer.verdict).toBe('mag');
    expect(answer.secondOpinion?.applied ?? false).toBe(false);
  });

  it('an op-ed in a newspaper on a field far from the work is no press contact about the work', async () => {
    const answer = await ask(
      'Ik werk bij IenW aan scheepvaartveiligheid. Mag ik een ingezonden stuk in de krant schrijven over de wachtlijsten in de jeugdzorg?',
      { sector: 'rijk', portfolio: ['scheepvaart'] },
    );
    expect(answer.situation?.relation.kind).toBe('los-van-werk');
    expect(answer.verdict).toBe('mag');
    // A journalist asking for an interview still goes through communications.
    const interview = await ask(
      'Ik werk bij IenW aan scheepvaartveiligheid. Een journalist wil me interviewen over de wachtlijsten in de jeugdzorg. Mag dat?',
      { sector: 'rijk', portfolio: ['scheepvaart'] },
    );
    expect(interview.verdict).toBe('voorwaardelijk');
  });

  it('a word of the own work described that comes back in the question makes it the own dossier', async () => {
    const answer = await ask(
      'Ik werk bij de provincie aan de herinrichting van de N201. Mag ik een filmpje van de fietsersbond liken dat die herinrichting afkraakt?',
      { sector: 'provincie' },
    );
    expect(answer.situation?.relation).toMatchObject({ kind: 'eigen-dossier', reason: 'repeats-own-work' });
    expect(answer.verdict).toBe('voorwaardelijk');
    // A personal status in the self-description ("ben zelf huurder") is not the job.
    const renter = await ask(
      'Ik werk bij LNV op mestbeleid. Mag ik in de lokale krant schrijven over de huurprijzen? Ben zelf huurder haha, huurprijzen zijn niet te doen',
      { sector: 'rijk', portfolio: ['mest'] },
    );
    expect(renter.situation?.relation.reason).not.toBe('repeats-own-work');
  });

  it('"en behandel de aanvraag" with the "ik" dropped is the own dossier', async () => {
    const answer = await ask(
      'ik ben vergunningverlener bij de gemeente en behandel de aanvraag voor dat nieuwe hotel aan de haven. Mag ik meelopen met het protest ertegen?',
      { sector: 'gemeente' },
    );
    expect(answer.situation?.relation.kind).toBe('eigen-dossier');
    expect(answer.verdict).not.toBe('mag');
  });

  it('union membership with a modal verb in between is still the protected right', async () => {
    const answer = await ask(
      'Mijn teamleider zegt dat ik beter geen lid kan worden van de bond. Mag dat gewoon?',
      {
        sector: 'politie',
      },
    );
    expect(answer.situation?.factors.map((factor) => factor.kind)).toContain('beschermd-recht');
    expect(answer.verdict).toBe('mag');
  });

  it('"10 jaar bij de RDW" names the employer; "what is left in the country" is no former employee', async () => {
    const years = await check(
      '15 jaar bij het UWV en ik zeg het eerlijk: die nieuwe WW-regels zijn niet doordacht.',
      {
        sector: 'overig',
      },
    );
    expect(years.situation?.speaker.organisation?.id).toBe('uwv');
    expect(years.risk).not.toBe('laag');
    const left = await check(
      'So little trust is left in the courts of the country I am posted in. Sad to see.',
      {
        sector: 'rijk',
        role: 'beleidsmedewerker ambassade',
      },
    );
    expect(left.situation?.factors.map((factor) => factor.kind)).not.toContain('oud-medewerker');
  });

  it('a diplomat on the politics of the host country speaks about the own domain', async () => {
    const draft = await check(
      "Elections in the country I'm posted in were a farce again. Personal views, obviously.",
      { sector: 'rijk', role: 'beleidsmedewerker ambassade' },
    );
    // An embassy's staff work on foreign affairs: the host country is their own field, or at least their employer's.
    expect(['eigen-dossier', 'eigen-organisatie']).toContain(draft.situation?.relation.kind);
    expect(draft.risk).not.toBe('laag');
  });

  it('telling how a pending permit or objection will end, as an insider, is a hard stop', async () => {
    const permit = await check(
      '[buurtapp] Ik werk bij de gemeente hoor, en die vergunning voor het terras wordt gewoon verleend 😉',
      { sector: 'gemeente' },
    );
    expect(permit.risk).toBe('hoog');
    expect(categories(permit)).toContain('geheimhouding');
    const objection = await check(
      '[buurtapp] Ik werk bij de gemeente: bezwaar maken tegen dat terras heeft weinig zin hoor.',
      { sector: 'gemeente' },
    );
    expect(objection.risk).toBe('hoog');
    // Public process information is no outcome.
    const process = await check(
      'De vergunning voor het terras wordt door het college beoordeeld, zegt de krant.',
      {
        sector: 'gemeente',
      },
    );
    expect(process.findings.map((finding) => finding.ruleId)).not.toContain('uitkomst-aanvraag-verklappen');
    // The own application is one's own news.
    const own = await check('Yes! Mijn vergunning voor de dakkapel wordt verleend 🎉', {
      sector: 'gemeente',
    });
    expect(own.risk).toBe('laag');
  });

  it('what one meets during inspections, and "our location" with an opinion, is the own work', async () => {
    const inspections = await check(
      'Veel horeca hier neemt het met de brandveiligheid niet zo nauw. Ik kom het elke week tegen bij controles.',
      { sector: 'gemeente', role: 'toezichthouder' },
    );
    expect(inspections.situation?.relation.kind).toBe('eigen-dossier');
    expect(inspections.risk).not.toBe('laag');
    const location = await check(
      'Honestly, at our location the waiting time for a passport is twice that of the next town. Go there if you can.',
      { sector: 'gemeente', role: 'medewerker burgerzaken' },
    );
    expect(location.risk).not.toBe('laag');
  });
});

describe('a secret of the work about one person is personal data too (2026-12-06)', () => {
  it('a family or a well-known Dutch person beside a secret adds persoonsgegevens', async () => {
    const family = await check(
      '[Facebook] Goed nieuws voor dat gezin uit de Vissersbuurt: hun aanvraag gaat volgende week goedgekeurd worden, ze weten het zelf nog niet!',
      { sector: 'gemeente', role: 'consulent' },
    );
    expect(family.risk).toBe('hoog');
    expect(categories(family)).toEqual(expect.arrayContaining(['geheimhouding', 'persoonsgegevens']));
    const person = family.findings.find((finding) => finding.ruleId === 'situatie-persoon-in-geheim');
    expect(person?.spans.map((span) => span.text)).toContain('gezin');
    const famous = await check("[X] Raad eens welke BN'er vandaag bij ons een naheffing kreeg 👀", {
      sector: 'rijk',
    });
    expect(categories(famous)).toContain('persoonsgegevens');
  });

  it("one's own family, or a secret with no person in it, adds nothing", async () => {
    const own = await check(
      "Mijn vader gaat volgende week met pensioen, maar dat is nog geheim voor zijn collega's. Niet verklappen!",
      { sector: 'rijk' },
    );
    expect(categories(own)).not.toContain('persoonsgegevens');
    const plan = await check(
      'Sneak peek: de nieuwe bezuinigingslijst komt pas volgende week uit, maar de bibliotheek gaat eraan.',
      { sector: 'gemeente' },
    );
    expect(categories(plan)).toContain('geheimhouding');
    expect(categories(plan)).not.toContain('persoonsgegevens');
  });
});

describe('an organisation is no person (2026-12-06)', () => {
  it("an organisation's abbreviation before a number is not a name with a detail", async () => {
    const report = await check(
      'Volgens het CBR-jaarverslag wachten ruim 30.000 mensen op een medische keuring. Als medewerker zie ik wat dat doet. Hier moet iets gebeuren.',
      { sector: 'overig', role: 'medewerker CBR' },
    );
    expect(categories(report)).not.toContain('persoonsgegevens');
    expect(report.risk).not.toBe('hoog');
    // A person's name with a detail still is.
    const person = await check(
      'Ruud 42 uit de Dorpsstraat stond vandaag weer aan de balie, echt zielig thuis',
      {
        sector: 'gemeente',
      },
    );
    expect(person.risk).toBe('hoog');
  });
});

describe('endorsing what one passes on (2026-12-06)', () => {
  it('a retweet or share with a hundred or applause is an opinion; applause at a celebration is not', async () => {
    const profile = { sector: 'gemeente' as const, role: 'projectleider', portfolio: ['windpark Noordveld'] };
    const retweet = await check("RT @StopWindparkNoordveld: 'Geen turbines naast onze school!' 💯", profile);
    expect(retweet.situation?.markers.map((marker) => marker.kind)).toContain('mening');
    expect(retweet.risk).not.toBe('laag');
    const party = await check(
      'Trots op ons team, de opening van het windpark Noordveld was een feest 👏',
      profile,
    );
    expect(party.situation?.markers.find((marker) => marker.kind === 'mening')?.evidence.text).not.toBe('👏');
  });
});

describe('classes found on the nineteenth set (2026-12-07)', () => {
  it('a sensitive word that is also a topic word makes the subject politically hot', async () => {
    const answer = await ask('Mag ik in mijn vrije tijd iets posten over de oorlog in Oekraïne?', {
      sector: 'gemeente',
      role: 'medewerker parkeren',
    });
    expect(answer.situation?.factors.map((factor) => factor.kind)).toContain('politiek-gevoelig');
    // An ambiguous word (a shot at goal, a novel's title, a tax assessment) is no longer hot on its own.
    const goal = await check('Wat een aanslag van onze spits in de laatste minuut, keeper kansloos ⚽', {
      sector: 'politie',
      role: 'rechercheur',
    });
    expect(goal.situation?.factors.map((factor) => factor.kind)).not.toContain('politiek-gevoelig');
    expect(goal.risk).toBe('laag');
  });

  it('a union action is no raid given away', async () => {
    const strike = await check('Vrijdag actie voor een eerlijke cao! Wie loopt er mee? ✊', {
      sector: 'gemeente',
      role: 'beleidsmedewerker',
    });
    expect(strike.findings.map((finding) => finding.ruleId)).not.toContain('actie-verklappen');
    expect(strike.risk).toBe('laag');
    const raid = await check('Vrijdag actie bij die loods aan de haven, niet verder vertellen', {
      sector: 'gemeente',
      role: 'boa',
    });
    expect(raid.risk).toBe('hoog');
  });

  it('asking whether to name the employer while speaking out is a question of capacity', async () => {
    const answer = await ask(
      'Ik spreek zaterdag op een demonstratie over Gaza. Mag ik vertellen dat ik bij de gemeente werk?',
      { sector: 'gemeente', role: 'medewerker sportzaken' },
    );
    expect(answer.situation?.factors.map((factor) => factor.kind)).toContain('hoedanigheid');
    expect(answer.verdict).toBe('voorwaardelijk');
  });

  it('the work of "our team" is the own work, and a regional plan for the countryside is agriculture', async () => {
    const draft = await check(
      'Volgende week beslist de raad over het gebiedsprogramma. Hopelijk stemmen ze voor, anders is al het werk van ons team voor niks.',
      { sector: 'provincie', role: 'projectleider' },
    );
    expect(draft.situation?.relation.kind).toBe('eigen-dossier');
    expect(draft.situation?.topic.domains.map((domain) => domain.id)).toContain('landbouw-natuur');
    expect(draft.risk).not.toBe('laag');
  });

  it('someone visited through the work, placed in a named neighbourhood, is recognisable', async () => {
    const draft = await check(
      'Net bij een meneer in de Bloemenwijk geweest, 91 jaar en nog helemaal alleen in dat grote huis. Wil geen thuiszorg.',
      { sector: 'gemeente', role: 'wmo-consulent' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('persoonsgegevens');
  });

  it("a colleague at home with a burn-out, named, is health data; one's own burn-out is not", async () => {
    const colleague = await check(
      'Zoek je Pieter? Die zit al weken thuis met een burn-out, dus mail maar even mij.',
      {
        sector: 'rijk',
        role: 'secretaresse',
      },
    );
    expect(categories(colleague)).toContain('persoonsgegevens');
    const own = await check('Ik zit zelf al weken thuis met een burn-out. Langzaam gaat het beter.', {
      sector: 'rijk',
    });
    expect(categories(own)).not.toContain('persoonsgegevens');
  });

  it('"zeg maar niks, nog niet officieel" about a plan of the own project is a leak', async () => {
    const draft = await check(
      '[appgroep familie] Er komt een zonnepark achter de sportvelden, ik zit in de projectgroep. Nog niet officieel, zeg maar niks',
      { sector: 'gemeente', role: 'beleidsmedewerker energie' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('geheimhouding');
  });

  it('a close-protection officer of the DKDB is a politically close, uniformed function', async () => {
    const answer = await ask(
      'Ik zit bij de DKDB. Mag ik op X iets vinden van de partij van de minister die ik beveilig?',
      {
        sector: 'politie',
      },
    );
    expect(answer.situation?.speaker.functions.map((item) => item.id)).toContain('persoonsbeveiliger');
    expect(answer.verdict).not.toBe('mag');
  });

  it('arguing with anti-vaxxers is public health, the own field of a GGD doctor', async () => {
    const answer = await ask('Can I argue with anti-vaxxers on Facebook in the evenings?', {
      sector: 'overig',
      role: 'doctor at the GGD',
    });
    expect(answer.situation?.topic.domains.map((domain) => domain.id)).toContain('volksgezondheid');
    expect(answer.verdict).toBe('voorwaardelijk');
  });
  it('someone at a private IT firm, "no government", is out of scope even when the boss is the subject', async () => {
    const answer = await ask(
      'ik zit bij een klein IT-bedrijf, niks overheid. Mijn manager wil dat ik onze klanten niet noem op LinkedIn. Mag dat?',
    );
    expect(answer.situation?.speaker.notCivilServant?.reason).toBe('prive');
    expect(answer.verdict).toBe('buiten-scope');
  });

  it('a consumer review of a garage or a webshop is private life', async () => {
    const answer = await ask(
      'ik werk bij het UWV. Mag ik een slechte google review schrijven over een webshop die mijn pakket nooit stuurde?',
    );
    expect(answer.situation?.topic.privateLife).toBe(true);
    expect(answer.verdict).toBe('mag');
  });

  it('"mijn gemeente" of someone at a ministry is where they live, not the employer', async () => {
    const resident = await ask(
      'Mag ik op Facebook kritiek hebben op de nieuwe parkeervergunningen van mijn eigen gemeente?',
      {
        sector: 'rijk',
        role: 'adviseur bij DUO',
      },
    );
    expect(resident.situation?.relation.kind).not.toBe('eigen-werkgever');
    const employee = await ask(
      'Mag ik op Facebook kritiek hebben op de nieuwe parkeervergunningen van mijn eigen gemeente?',
      {
        sector: 'gemeente',
        role: 'adviseur',
      },
    );
    expect(employee.situation?.relation.kind).toBe('eigen-werkgever');
  });

  it('"omdat ik agent ben" describes the speaker; the rubbish collection is the subject', async () => {
    const answer = await ask(
      'Mag ik in de straatapp meeklagen over het huisvuil dat weer niet is opgehaald, of kan dat niet omdat ik agent ben?',
      { sector: 'politie' },
    );
    expect(answer.situation?.topic.domains.map((domain) => domain.id)).toContain('milieu');
    expect(answer.situation?.relation.kind).toBe('los-van-werk');
    expect(answer.verdict).toBe('mag');
  });
});

describe('classes found on the twentieth set (2026-12-07)', () => {
  it('a dehumanising insult of the own director is a hard stop, in a closed group too', async () => {
    const draft = await check('[teamapp] onze teamleider is gewoon een kakkerlak, hersenloos ook', {
      sector: 'gemeente',
      role: 'medewerker',
    });
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('toon');
  });

  it('a deployment date with the unit is a troop movement, also in a family group', async () => {
    const draft = await check(
      '[familieapp] 12 april vliegen we met het hele peloton naar Roemenië, drie maanden weg. Ik laat nog weten waar jullie post heen kan 💚',
      { sector: 'defensie', role: 'korporaal' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('geheimhouding');
  });

  it('"a disgrace" and "short-sighted" are opinions in English', async () => {
    const draft = await check('[X] Cutting the aid budget again is short-sighted and frankly a disgrace.', {
      sector: 'rijk',
      role: 'beleidsmedewerker Buitenlandse Zaken',
    });
    expect(draft.situation?.markers.map((marker) => marker.kind)).toContain('mening');
    expect(draft.risk).not.toBe('laag');
  });

  it('a warning to neighbours about fake mechanics is no security leak', async () => {
    const draft = await check(
      '[buurtapp] Pas op, er gaan nepmonteurs langs de deuren die zeggen dat ze van de netbeheerder komen. Laat niemand binnen zonder pasje!',
    );
    expect(draft.risk).toBe('laag');
  });

  it('telling people what to vote in a local election, from the municipal clerk, is campaigning for the own council', async () => {
    const draft = await check(
      'Top voorstel van Stadsbelang 👍 Woensdag zijn de gemeenteraadsverkiezingen: je weet wat je moet stemmen!',
      {
        sector: 'gemeente',
        role: 'griffier',
      },
    );
    expect(draft.findings.map((finding) => finding.ruleId)).toContain('campagne-eigen-bestuur');
    expect(draft.risk).not.toBe('laag');
  });
});

describe('classes found on the twenty-first and twenty-second sets (2026-12-06)', () => {
  it('offering an MP background that is not in the official letter is a leak', async () => {
    const draft = await check(
      '[DM] Hoi, ik zit bij Justitie op het gevangeniswezen. Zal ik je wat stukken doorsturen voor je amendement? Niet alles staat in de kamerbrief 😉',
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('geheimhouding');
  });

  it('telling a journalist anonymously how things really go at work is weighed', async () => {
    const draft = await check(
      '[mail] Beste journalist, ik vertel u graag hoe het er bij ons op de afdeling echt aan toe gaat, als het anoniem kan.',
      { sector: 'rijk', role: 'beleidsmedewerker' },
    );
    expect(draft.risk).not.toBe('laag');
    expect(categories(draft)).toContain('namens-werkgever');
  });

  it("a minister's pick-up at home is confidential; picking up one's own children is not", async () => {
    const secret = await check(
      'Morgen om 06:30 de minister ophalen bij haar huis in Voorschoten, lange dag 🚗',
      {
        sector: 'rijk',
        role: 'chauffeur',
      },
    );
    expect(secret.risk).toBe('hoog');
    const family = await check('Morgen om 15:00 de kinderen ophalen bij het huis van oma 🚗', {
      sector: 'rijk',
    });
    expect(family.risk).toBe('laag');
  });

  it('cameras that are off and a gate that opens with a common key are a security weakness', async () => {
    const draft = await check(
      'Bij ons depot staan de camera’s in het weekend gewoon uit en de poort gaat open met een driekantsleutel 😂',
      { sector: 'gemeente', role: 'medewerker buitendienst' },
    );
    expect(draft.risk).toBe('hoog');
    const meeting = await check(
      'Sorry, mijn camera staat uit tijdens de Teams-vergadering, slechte wifi hier',
      {
        sector: 'gemeente',
      },
    );
    expect(meeting.risk).toBe('laag');
  });

  it('putting a wrong at work online with a call to share is not the protected route', async () => {
    const draft = await check(
      'Bij onze dienst wordt al jaren gesjoemeld met de inkoop. Iedereen weet het, niemand doet iets. Deel dit!',
      { sector: 'rijk', role: 'inkoper' },
    );
    expect(draft.risk).toBe('hoog');
    expect(draft.findings.map((finding) => finding.ruleId)).toContain('misstand-naar-buiten');
  });

  it('a neighbourhood called a zoo is dehumanising', async () => {
    const draft = await check(
      '[teamapp] Vanavond weer surveilleren in de Rivierenwijk, de dierentuin is open 😂',
      {
        sector: 'politie',
      },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('toon');
  });

  it("a famous person's child failing the exam one took is personal data from work", async () => {
    const draft = await check(
      'Vandaag de dochter van een bekende zangeres laten zakken voor haar rijexamen 🙈',
      { sector: 'overig', role: 'rijexaminator CBR' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('persoonsgegevens');
  });

  it("how many of the unit's vehicles run is readiness", async () => {
    const draft = await check(
      'Van de 14 pantserwagens in ons peloton zijn er amper 5 inzetbaar, lekker dan 🙄',
      {
        sector: 'defensie',
        role: 'korporaal',
      },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('geheimhouding');
  });

  it('a wink about the budget before Prinsjesdag, and "dat heb je niet van mij" about a project, are leaks', async () => {
    const budget = await check('Laat ik het zo zeggen: na Prinsjesdag wordt tanken een stuk duurder 🤐', {
      sector: 'rijk',
      role: 'beleidsmedewerker Financiën',
    });
    expect(budget.risk).toBe('hoog');
    const project = await check(
      'Het nieuwe zwembad loopt minstens een jaar vertraging op door de aannemer. Maar dat heb je niet van mij.',
      { sector: 'gemeente', role: 'projectleider' },
    );
    expect(project.risk).toBe('hoog');
  });

  it('a draft by an elected office-holder weighs only the hard stops, and says why', async () => {
    const draft = await check(
      'Vandaag in de raad de wethouder gevraagd waarom de bibliotheek dicht moet. Zwak antwoord.',
      {
        role: 'gemeenteraadslid',
      },
    );
    expect(draft.risk).toBe('laag');
    expect(draft.nextSteps.join(' ')).toContain('politiek ambtsdrager');
  });

  it('an office-holder named in the text is the subject, not the writer', async () => {
    const draft = await check(
      'Fractievoorzitter Pieter Bos is een gevaarlijke clown, dat vindt iedereen hier op de afdeling.',
      {
        sector: 'provincie',
        role: 'beleidsmedewerker',
      },
    );
    expect(draft.situation?.speaker.functions.map((item) => item.id)).not.toContain('politiek-ambtsdrager');
    expect(draft.situation?.speaker.notCivilServant).toBeUndefined();
    expect(draft.risk).not.toBe('laag');
  });

  it('the job named beside the own child is no view given weight', async () => {
    const draft = await check(
      'Onze Lotte (7) vandaag haar zwemdiploma! Als meester zie ik het vaak, maar dit is anders 🥹',
      {
        sector: 'onderwijs',
      },
    );
    expect(draft.risk).toBe('laag');
  });

  it('an arrest with a pointer to the press release is public', async () => {
    const draft = await check(
      'Trots op het team: de verdachte van de inbraakgolf is aangehouden. Zie het persbericht hieronder.',
      { sector: 'politie', role: 'rechercheur' },
    );
    expect(draft.risk).toBe('laag');
  });

  it('a pupil named with the class in a post about cheating is personal data', async () => {
    const draft = await check(
      'Haha, Mees uit 2A heeft zijn spiekbriefje laten liggen 😏 geen herkansing dus',
      {
        sector: 'onderwijs',
        role: 'docent',
      },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('persoonsgegevens');
  });

  it('hinting that colleagues fake sick leave is a matter of tone', async () => {
    const draft = await check('Weer de helft van het team thuis, toevallig altijd op maandag 🙄', {
      sector: 'gemeente',
      role: 'medewerker',
    });
    expect(draft.risk).toBe('middel');
    expect(categories(draft)).toContain('toon');
  });

  it('a leaking roof is no leak, and "het was een eer" is no opinion', async () => {
    const roof = await check('Het dak van onze kazerne lekt alweer, emmers overal 🙃', {
      sector: 'defensie',
    });
    expect(categories(roof)).not.toContain('geheimhouding');
    const farewell = await check(
      'Na 30 jaar bij de provincie mijn laatste dag. Dank aan iedereen, het was een eer.',
      {
        sector: 'provincie',
      },
    );
    expect(farewell.situation?.markers.map((marker) => marker.kind)).not.toContain('mening');
    expect(farewell.risk).toBe('laag');
  });

  it('a street with a house number in a post about a ticket points at one person', async () => {
    const draft = await check(
      'Die bestelbus voor de deur aan de Lindelaan 8 krijgt morgen echt een bon van me 😤',
      {
        sector: 'gemeente',
        role: 'handhaver',
      },
    );
    expect(draft.risk).toBe('hoog');
    const own = await check('Verhuisd! Ons nieuwe adres is Lindelaan 8, kom gauw langs 🏡', {
      sector: 'gemeente',
    });
    expect(own.risk).toBe('laag');
  });

  it('options laid before the director-general are internal advice', async () => {
    const draft = await check(
      'Vandaag onze vier varianten aan de DG gepresenteerd, voor de nieuwe subsidieregeling. Variant 2 is de beste!',
      { sector: 'rijk', role: 'beleidsmedewerker' },
    );
    expect(draft.risk).toBe('hoog');
  });

  it('a joking whistle-blower on the own street is no wrong at work', async () => {
    const draft = await check(
      'Buurman parkeert weer op de stoep. Ik word nog eens klokkenluider in deze straat 😂',
      {
        sector: 'gemeente',
      },
    );
    expect(draft.risk).toBe('laag');
  });

  it('a video of an identifiable citizen from the desk may not be shared; unrecognisable with consent may be weighed', async () => {
    const video = await ask(
      'Mag ik een filmpje van een klant die aan het loket stond te tieren op Insta zetten? Je ziet zijn gezicht wel.',
      { sector: 'overig', role: 'baliemedewerker UWV' },
    );
    expect(video.verdict).toBe('mag-niet');
    expect(video.basis).toContain('avg');
    const consent = await ask(
      'Mag ik een foto van mijn klas op Insta zetten? Ze zijn onherkenbaar en de ouders gaven toestemming.',
      {
        sector: 'onderwijs',
      },
    );
    expect(consent.verdict).not.toBe('mag-niet');
  });

  it('explaining in the neighbourhood app a case one handled, or what happened at an arrest one attended, is secret', async () => {
    const handled = await ask(
      'In de buurtapp vragen ze waarom de bouw van die schuur is stilgelegd. Ik heb dat dossier zelf behandeld. Mag ik uitleggen hoe het zit?',
      { sector: 'gemeente', role: 'toezichthouder bouw' },
    );
    expect(handled.verdict).toBe('mag-niet');
    const arrest = await ask(
      'Ik ben stadsboa. Op Facebook gaat een filmpje rond van een aanhouding en iedereen scheldt op ons. Mag ik vertellen wat er vooraf gebeurde? Ik was erbij.',
      { sector: 'gemeente' },
    );
    expect(arrest.verdict).toBe('mag-niet');
    expect(arrest.situation?.hazards.map((hazard) => hazard.kind)).not.toContain('belediging');
  });

  it('membership of a party that criticises the own service is still a protected right', async () => {
    const reply = await ask(
      'Ik ben rechercheur. Mag ik lid worden van een partij die heel kritisch is over de politie?',
      {
        sector: 'politie',
      },
    );
    expect(reply.verdict).toBe('mag');
  });

  it('the English "or" is no works council, and having reported internally is no internal document', async () => {
    const reply = await ask(
      'I reported internally that our office keeps losing client files. Nothing happened. Can I go to the Huis voor Klokkenluiders or the press?',
      { sector: 'rijk' },
    );
    expect(reply.situation?.acts.map((act) => act.kind)).not.toContain('vakbond');
    expect(reply.situation?.hazards.map((hazard) => hazard.ruleId)).not.toContain('intern-document');
  });

  it('standing on the list for the own council is weighed: the seat does not go with the job', async () => {
    const reply = await ask(
      'Ik werk bij de gemeente Zeist en sta op plek 4 voor de raadsverkiezingen daar. Mag dat?',
      {
        sector: 'gemeente',
      },
    );
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.situation?.factors.map((factor) => factor.ruleId)).toContain('zetel-bij-eigen-werkgever');
  });

  it('what one knows from work about a running case is not for the neighbourhood app', async () => {
    const reply = await ask(
      'In de buurtapp klagen ze over die bouwval op de hoek. Ik weet dat er een handhavingstraject loopt. Mag ik laten weten dat het geregeld wordt?',
      { sector: 'gemeente', role: 'toezichthouder' },
    );
    expect(reply.verdict).toBe('mag-niet');
  });

  it('"wat voor volk je daar tegenkomt" about a neighbourhood dehumanises; a festival crowd does not', async () => {
    const shift = await check('Nachtdienst in Overvecht, je weet wat voor volk je daar tegenkomt', {
      sector: 'politie',
    });
    expect(shift.risk).toBe('hoog');
    const festival = await check(
      'Wat voor volk verwacht je op een metalfestival? Gewoon heel lieve mensen 🤘',
    );
    expect(festival.risk).toBe('laag');
  });

  it("today's file told with what makes the person recognisable is personal data", async () => {
    const draft = await check(
      'Zaak van vanochtend: mevrouw met twee huizen op haar naam vraagt bijstand aan. Kom op zeg.',
      {
        sector: 'gemeente',
        role: 'klantmanager',
      },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('persoonsgegevens');
  });

  it('presenting on behalf of the organisation at the manager’s request is a mandate, not a hard stop', async () => {
    const reply = await ask(
      'Mijn leidinggevende vraagt of ik namens de provincie ons fietsplan wil presenteren op een congres. Waar moet ik op letten?',
      { sector: 'provincie', role: 'projectleider' },
    );
    expect(reply.verdict).not.toBe('mag-niet');
  });
});

describe('classes found on the twenty-third and twenty-fourth sets (2026-12-06)', () => {
  it('joining a blockade in one’s own field is weighed, not an insult', async () => {
    const reply = await ask(
      'Ik werk bij IenW aan klimaatbeleid. Mag ik meedoen met een blokkade van de snelweg door klimaatactivisten?',
      { sector: 'rijk' },
    );
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.situation?.hazards.map((hazard) => hazard.kind)).not.toContain('belediging');
  });

  it('"niet op mijn eigen werkgever" says the employer is not the subject', async () => {
    const reply = await ask(
      'Ik werk bij het CJIB en wil een ingezonden brief schrijven over de slechte fietspaden in mijn dorp. Kritiek op de gemeente, niet op mijn eigen werkgever. Mag dat?',
      { sector: 'rijk' },
    );
    expect(reply.situation?.relation.kind).not.toBe('eigen-werkgever');
    expect(reply.verdict).toBe('mag');
  });

  it('"I\'d like to" is no Like, and elections abroad are far from a data analyst\'s work', async () => {
    const reply = await ask(
      "I'm a data analyst at the Kadaster and I'm from Italy. There are elections back home soon and I'd like to post my views on the Italian parties. Is that ok?",
      { sector: 'overig' },
    );
    expect(reply.situation?.acts.map((act) => act.kind)).not.toContain('liken');
    expect(reply.situation?.relation.kind).toBe('los-van-werk');
    expect(reply.verdict).toBe('mag');
  });

  it('where someone comes from is not the subject of the question', async () => {
    const reply = await ask(
      "I'm a policy officer at RVO, I moved here from Portugal. Can I repost a friend's post that the new subsidy for solar panels on roofs is a failure?",
      { sector: 'rijk' },
    );
    expect(reply.verdict).not.toBe('mag');
  });

  it('a place or a street in a sentence is no person; a client in a street still is', async () => {
    const place = await check(
      'Ik snap niet waarom Utrecht de Biltstraat autovrij maakt. Voor mijn ouders wordt de binnenstad zo erg lastig.',
      { sector: 'rijk', role: 'arbeidsdeskundige UWV' },
    );
    expect(place.risk).toBe('laag');
    const client = await check(
      'Meneer van de Kastanjelaan belt ons elke dag over zijn scootmobiel. Hij is flink aan het dementeren 😩',
      { sector: 'gemeente', role: 'Wmo-consulent' },
    );
    expect(client.risk).toBe('hoog');
    expect(categories(client)).toContain('persoonsgegevens');
  });

  it('"nog nooit een cliënt gesproken" is about nobody in particular', async () => {
    const draft = await check(
      '[teamapp] Die nieuwe manager heeft echt nog nooit een cliënt met schulden gesproken 🙄',
      { sector: 'gemeente', role: 'schuldhulpverlener' },
    );
    expect(categories(draft)).not.toContain('persoonsgegevens');
    expect(draft.risk).not.toBe('hoog');
  });

  it("doubting a colleague's neutrality for her headscarf is discrimination; a debate on a ban is not", async () => {
    const colleague = await check(
      '[teamapp] Die stagiaire met die hoofddoek, kan die eigenlijk wel neutraal blijven aan de balie?',
      { sector: 'gemeente', role: 'medewerker burgerzaken' },
    );
    expect(colleague.risk).toBe('hoog');
    expect(categories(colleague)).toContain('toon');
    const debate = await check(
      'Interessante uitspraak van de rechter over het hoofddoekverbod bij de politie. Kan een agent met hoofddoek neutraal zijn? Goede discussie.',
    );
    expect(ruleIds(debate)).not.toContain('geschiktheid-op-geloof-of-afkomst');
  });

  it('the content of an internal note one wrote stays inside, also after leaving', async () => {
    const draft = await check(
      'Nu ik weg ben bij Financiën kan het: in de nota die ik toen voor de staatssecretaris schreef stond al dat de regeling onuitvoerbaar was.',
      { role: 'oud-beleidsmedewerker' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('geheimhouding');
  });

  it("a student's result with a first name is personal data, also in English", async () => {
    const draft = await check(
      'Big congrats to Fatima from my Monday seminar who finally passed the resit 🎉',
      { sector: 'onderwijs', role: 'docent hogeschool' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('persoonsgegevens');
  });

  it('camera images with a call to identify, or a screenshot with a pupil’s name, are personal data', async () => {
    const images = await ask(
      'Ik ben boa. Mag ik de camerabeelden van de man die ons busje bekraste op Facebook zetten? Wie kent hem?',
      { sector: 'gemeente' },
    );
    expect(images.verdict).toBe('mag-niet');
    const screenshot = await ask(
      'Ik ben docent op een openbare school. Een leerling mailde me iets grappigs, met zijn naam erbij. Mag ik daar een screenshot van op Instagram zetten?',
      { sector: 'onderwijs' },
    );
    expect(screenshot.verdict).toBe('mag-niet');
    const tweet = await check(
      'Kijk dit screenshot van de tweet van minister Jansen, met haar naam erbij zodat je weet wie het zei',
    );
    expect(ruleIds(tweet)).not.toContain('beelden-uit-het-werk');
  });

  it('putting the files about a wrong online yourself is not the protected route, also in English', async () => {
    const draft = await check(
      "Our director has been fudging the figures in the annual report for years. I have the original files and I'm posting them here tomorrow.",
      { sector: 'gemeente', role: 'controller' },
    );
    expect(draft.risk).toBe('hoog');
    expect(ruleIds(draft)).toContain('misstand-naar-buiten');
  });

  it('"guess whose daughter" applied with us is a person recognisable from work', async () => {
    const draft = await check(
      "Guess whose daughter applied for a permit with us today 😂 the mayor's! Her application is a mess.",
      { sector: 'gemeente', role: 'vergunningverlener' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('persoonsgegevens');
  });

  it('someone flagged for a check, or an enforcement step to come, is not told beforehand', async () => {
    const flagged = await check(
      'Morgen komt die bekende zanger terug uit Dubai en hij staat bij ons op de lijst voor een extra controle 👀',
      { sector: 'rijk', role: 'douanier' },
    );
    expect(flagged.risk).toBe('hoog');
    const enforcement = await ask(
      'Ik ben toezichthouder bij de ILT. Overmorgen leggen we een bouwplaats in de buurt stil. Mag ik mijn buren alvast waarschuwen?',
      { sector: 'rijk' },
    );
    expect(enforcement.verdict).toBe('mag-niet');
  });

  it('budget figures the day before Prinsjesdag are secret, also in English', async () => {
    const reply = await ask(
      'I work at the Ministry of Finance. Can I tweet the budget figures the day before Prinsjesdag? They are public a day later anyway.',
      { sector: 'rijk' },
    );
    expect(reply.verdict).toBe('mag-niet');
  });

  it('news "not official yet, the staff don’t know" is a leak', async () => {
    const draft = await check(
      'Nog niet officieel en de collega’s weten het ook nog niet: onze vestiging gaat volgend jaar dicht. Balen.',
      { sector: 'rijk', role: 'medewerker' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('geheimhouding');
  });

  it('a roster for guarding or emergency response is operational information', async () => {
    const reply = await ask('Mag ik het inzetrooster voor de noodhulp deze zomer in mijn story zetten?', {
      sector: 'politie',
    });
    expect(reply.verdict).toBe('mag-niet');
  });

  it('a closed council meeting told online is secret', async () => {
    const draft = await check(
      'In het besloten presidium van gisteren lag die fractie weer overal dwars. Typisch.',
      { sector: 'gemeente', role: 'griffier' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('geheimhouding');
  });

  it('a neutral function taking a side in an election is weighed', async () => {
    const draft = await check('RT @partij: stem 18 maart op ons! — Zo is het, iedereen stemmen!', {
      sector: 'provincie',
      role: 'medewerker griffie',
    });
    expect(draft.risk).not.toBe('laag');
    expect(categories(draft)).toContain('politieke-gevoeligheid');
  });

  it('mobilising against the own plan before its inspraak is high; a senior official campaigning in function too', async () => {
    const inspraak = await check(
      'Ik werk zelf aan dit bestemmingsplan bij de gemeente en het deugt echt niet. Kom allemaal naar de inspraakavond en laat je horen!',
      { sector: 'gemeente', role: 'planoloog' },
    );
    expect(inspraak.risk).toBe('hoog');
    const senior = await check(
      'Als directeur bij de provincie zeg ik het maar even: stem op 18 maart op een partij die het klimaat serieus neemt!',
      { sector: 'provincie', role: 'directeur' },
    );
    expect(senior.risk).toBe('hoog');
  });

  it('the town in a role is where one works, not the subject; real bells are no whistleblowing', async () => {
    const concert = await check('Gisteravond een concert in Berlijn, stem kwijt en oren suizen 🎶', {
      sector: 'rijk',
      role: 'diplomaat, ambassade Berlijn',
    });
    expect(concert.risk).toBe('laag');
    const bells = await check('Vandaag klokkenluiden bij de kerk, jaarlijkse traditie in ons dorp!', {
      sector: 'gemeente',
    });
    expect(categories(bells)).not.toContain('misstand');
  });

  it('"I process these permits every day" makes the subject the own work', async () => {
    const draft = await check(
      'Honestly the new environment law is a bureaucratic monster, and trust me, I process these permits every day.',
      { sector: 'gemeente', role: 'vergunningverlener' },
    );
    expect(categories(draft)).toContain('eigen-beleidsterrein');
  });

  it('disqualifying a journalist who wrote about the own organisation is tone, also in English', async () => {
    const draft = await check(
      'Such a rubbish piece by @reporter_x about the Kadaster. The man clearly has no idea what he is writing about.',
      { sector: 'rijk', role: 'medewerker Kadaster' },
    );
    expect(draft.risk).not.toBe('laag');
    expect(categories(draft)).toContain('toon');
  });

  it('the internal inspection reports as one’s authority are secret', async () => {
    const draft = await check(
      'Die sluis bij ons in de buurt is slechter dan iedereen denkt, ik heb de inspectierapporten gezien. Ik zou er niet meer overheen fietsen.',
      { sector: 'rijk', role: 'inspecteur' },
    );
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('geheimhouding');
    const published = await check('Ik heb de rapporten van de Onderzoeksraad gezien, schokkend.', {
      sector: 'gemeente',
    });
    expect(published.risk).toBe('laag');
  });

  it('double applause for a politician’s flip-flop is sarcasm; for a jubilee it is not', async () => {
    const sarcasm = await check(
      'Goed bezig hoor, wethouder Bakker, drie keer van mening veranderd over het parkeerbeleid 👏👏',
      { sector: 'rijk', role: 'jurist' },
    );
    expect(ruleIds(sarcasm)).toContain('situatie-spot');
    const jubilee = await check('Knap hoor van onze burgemeester, 25 jaar in dienst 👏👏 Gefeliciteerd!', {
      sector: 'gemeente',
    });
    expect(ruleIds(jubilee)).not.toContain('situatie-spot');
  });
});

describe('classes found on the twenty-fifth and twenty-sixth sets (2026-12-06)', () => {
  it('epithets for the leadership or a trade are tone; crying with pride is not', async () => {
    const bosses = await check('Onze directie is een stel ja-knikkers zonder ruggengraat.', {
      sector: 'rijk',
    });
    expect(categories(bosses)).toContain('toon');
    const trade = await check(
      'Taxibedrijven zijn gewoon geldwolven, dat zie ik elke dag bij de vergunningen.',
      {
        sector: 'gemeente',
      },
    );
    expect(categories(trade)).toContain('toon');
    const mirror = await check(
      'Klagen over de afvalinzameling? Misschien eerst eens naar jezelf kijken, beste inwoners.',
      {
        sector: 'gemeente',
      },
    );
    expect(categories(mirror)).toContain('toon');
    const biology = await check('Vandaag in de biologieles: dieren zonder ruggengraat 🐌', {
      sector: 'onderwijs',
    });
    expect(biology.risk).toBe('laag');
    const proud = await check('Ik heb zitten janken bij de diploma-uitreiking, zo trots op mijn klas!', {
      sector: 'onderwijs',
      role: 'mentor',
    });
    expect(proud.risk).toBe('laag');
  });

  it('a group named by origin with a generalisation is discriminatory; a lunch with them is not', async () => {
    const remark = await check('Die Roemeense gasten van de schoonmaak zijn altijd te laat, typisch.', {
      sector: 'gemeente',
    });
    expect(remark.risk).toBe('hoog');
    expect(categories(remark)).toContain('toon');
    const lunch = await check('Vandaag met de Poolse chauffeurs van ons team geluncht, top gasten!', {
      sector: 'gemeente',
    });
    expect(lunch.risk).toBe('laag');
    const wage = await check('Buitenlandse werknemers hebben altijd recht op het minimumloon.', {
      sector: 'rijk',
    });
    expect(wage.risk).toBe('laag');
  });

  it('what a colleague told in confidence is their personal data, unless they agreed', async () => {
    const told = await check(
      'Mijn teamgenoot vertelde me in vertrouwen dat hij een burn-out heeft, daarom is hij er al weken niet.',
      { sector: 'rijk' },
    );
    expect(told.risk).toBe('hoog');
    expect(categories(told)).toContain('persoonsgegevens');
    const agreed = await check(
      'Mijn collega is zwanger en ze vond het goed dat ik het deel: gefeliciteerd lieverd!',
      {
        sector: 'rijk',
      },
    );
    expect(agreed.risk).toBe('laag');
    const speech = await check(
      'Onze teamleider zei in zijn nieuwjaarsspeech dat hij vol vertrouwen het nieuwe jaar in gaat.',
      { sector: 'rijk' },
    );
    expect(speech.risk).toBe('laag');
  });

  it('where a ship will call during a mission is operational', async () => {
    const reply = await ask(
      'Ik zit op een fregat. Mag ik in de familiegroep zetten wanneer we in Rota aanmeren tijdens de missie?',
      {
        sector: 'defensie',
      },
    );
    expect(reply.verdict).toBe('mag-niet');
    expect(reply.basis).toContain('wad-art12a');
  });

  it('looking something up at work for a neighbour breaches secrecy, also when the register is public', async () => {
    const reply = await ask(
      'Ik werk bij de RDW en de buurman vraagt of ik kan natrekken van wie die auto is die steeds voor zijn deur staat. Kan dat?',
    );
    expect(reply.verdict).toBe('mag-niet');
    expect(reply.situation?.hazards.map((hazard) => hazard.kind)).toContain('persoonsgegevens');
  });

  it('a photo with live incidents on the screens behind the team is personal data (also asked)', async () => {
    const reply = await ask(
      'Mag ik een teamfoto op LinkedIn zetten? Op de monitoren achter ons staan de lopende incidenten met adressen.',
      { sector: 'overig', role: 'centralist meldkamer ambulancezorg' },
    );
    expect(reply.verdict).toBe('mag-niet');
  });

  it('explaining in public what happened to a client or pupil is their personal data', async () => {
    const reply = await ask(
      'Een cliënt zet op Facebook dat wij hem in de steek lieten. Mag ik uitleggen wat er echt met hem gebeurd is?',
      { sector: 'gemeente', role: 'jeugdconsulent' },
    );
    expect(reply.verdict).toBe('mag-niet');
  });

  it('going public after reporting internally and externally is weighed, and someone else’s foreknowledge is the wrong, not a leak', async () => {
    const reply = await ask(
      'Ik heb intern en bij het Huis voor Klokkenluiders gemeld dat een aannemer voorkennis had bij de gunning. Er gebeurt al maanden niets. Mag ik nu naar de pers?',
      { sector: 'gemeente' },
    );
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.basis).toContain('wbk-art17ea');
  });

  it('an employee of a private company without government clients is out of scope', async () => {
    const reply = await ask(
      'I work at a private software company, no government clients at all. Can my boss forbid me to post about our customers?',
    );
    expect(reply.verdict).toBe('buiten-scope');
  });

  it('a report that came out, or the organisation’s own post passed on, is public', async () => {
    const report = await ask(
      'Gisteren verscheen het jaarverslag van de Nationale ombudsman. Mag ik dat delen?',
      {
        sector: 'rijk',
      },
    );
    expect(report.situation?.markers.map((marker) => marker.kind)).toContain('openbaar');
    const shared = await check(
      'Gedeeld van Politie Zuid-Holland: getuigen gezocht van de aanrijding op de Dorpsstraat. Zag jij iets? Bel 0900-8844.',
      { sector: 'politie', role: 'agent' },
    );
    expect(shared.situation?.markers.map((marker) => marker.kind)).toContain('openbaar');
  });

  it('hinting that an application goes faster with the right contacts is a wrong to report, not a joke', async () => {
    const hint = await check(
      'Werk zelf bij vergunningen: met de juiste adviseur gaat je aanvraag als bij toverslag sneller. Meer zeg ik niet.',
      { sector: 'gemeente' },
    );
    expect(categories(hint)).toContain('misstand');
    const praise = await check(
      'Mijn vergunning voor de dakkapel was toevallig sneller rond dan gedacht, top service!',
      {
        sector: 'gemeente',
      },
    );
    expect(praise.risk).toBe('laag');
  });

  it('a neutral function passing on a party slogan with a call to vote weighs', async () => {
    const draft = await check(
      'RT @partij: Op 17 maart kies je voor een sterke gemeente! Helemaal mee eens, iedereen stemmen!',
      {
        sector: 'gemeente',
        role: 'griffier',
      },
    );
    expect(draft.risk).not.toBe('laag');
    expect(categories(draft)).toContain('politieke-gevoeligheid');
  });
});

describe('classes found on the twenty-seventh and twenty-eighth sets (2026-12-06)', () => {
  it('people of one origin named as a group, fed up with them, is discriminatory; a holiday in Poland is not', async () => {
    const fedUp = await check('Ben het zat met al die Marokkanen op het plein, elke avond overlast.', {
      sector: 'gemeente',
    });
    expect(fedUp.risk).toBe('hoog');
    expect(categories(fedUp)).toContain('toon');
    const again = await check('Weer zo’n Roemeen in de cel vannacht. Zelfde riedel als altijd.', {
      sector: 'politie',
    });
    expect(again.risk).toBe('hoog');
    const holiday = await check(
      'Tien dagen door Polen gefietst, al die meren! Wel klaar met de lange autorit terug.',
      {
        sector: 'rijk',
      },
    );
    expect(holiday.risk).toBe('laag');
  });

  it('what a citizen gets from the own service, or a pupil named with the class, is personal data', async () => {
    const care = await check(
      'Die meneer op nummer 8 krijgt van ons een traplift en een pgb, maar hij klust elke dag op zijn dak.',
      { sector: 'gemeente', role: 'Wmo-consulent' },
    );
    expect(care.risk).toBe('hoog');
    expect(categories(care)).toContain('persoonsgegevens');
    const pupil = await check(
      'Sem uit mijn 4 vwo is vandaag geschorst, hij had vuurwerk in de kantine afgestoken.',
    );
    expect(pupil.risk).toBe('hoog');
    expect(categories(pupil)).toContain('persoonsgegevens');
    const initial = await check(
      'Twintig jaar handhaving! Hoogtepunt: mevrouw B. uit de Dorpsstraat die na de derde dwangsom eindelijk haar schuur afbrak.',
      { sector: 'gemeente', role: 'handhaver' },
    );
    expect(initial.risk).toBe('hoog');
    const coffee = await check(
      'Ons team krijgt van ons MT eindelijk een nieuwe koffiemachine, de derde dit jaar.',
      {
        sector: 'gemeente',
      },
    );
    expect(coffee.risk).toBe('laag');
  });

  it('a hint that something will happen at a place tonight gives an action away; a party does not', async () => {
    const hint = await check(
      'Morgenvroeg gaat er bij een schuur aan de Polderweg wat gebeuren 👀 #staytuned',
      {
        sector: 'politie',
      },
    );
    expect(hint.risk).toBe('hoog');
    expect(categories(hint)).toContain('geheimhouding');
    const party = await check(
      'Vanavond gaat het gebeuren: het verrassingsfeest voor mijn zus in de schuur!',
      {
        sector: 'politie',
      },
    );
    expect(party.risk).toBe('laag');
    const observed = await ask(
      'Ik ben agent. Bij ons in de wijk staat een observatiebusje van de recherche. Mag ik de buren waarschuwen dat ze daar niet moeten parkeren?',
    );
    expect(observed.verdict).toBe('mag-niet');
  });

  it('an arrest told by the team, and a wait-until-after tip on money, are not for a post', async () => {
    const arrest = await check(
      'Die gast met de rode scooter die de bakker overviel, eindelijk opgepakt. Top werk team!',
      {
        sector: 'politie',
      },
    );
    expect(arrest.risk).toBe('hoog');
    const tip = await check('Tip voor wie een huis wil kopen: even wachten tot na Prinsjesdag 😉', {
      sector: 'rijk',
      role: 'beleidsmedewerker Financiën',
    });
    expect(tip.risk).toBe('hoog');
    const announcement = await check(
      'Het college heeft gisteren besloten dat de bibliotheek in Noord dichtgaat. Aankondiging volgt, dus zeg nog niks!',
      { sector: 'gemeente' },
    );
    expect(announcement.risk).toBe('hoog');
  });

  it('"wij als organisatie" in a reply the user wants to give is speaking for the employer', async () => {
    const reply = await ask(
      "Onder een post over de wachttijden in de ggz: mag ik reageren met 'Wij als ministerie erkennen de wachttijden en komen snel met maatregelen'? Ik ben beleidsmedewerker, geen woordvoerder.",
      { sector: 'rijk', role: 'beleidsmedewerker VWS' },
    );
    expect(reply.verdict).toBe('mag-niet');
    expect(reply.basis).toContain('aw2017-art6');
  });

  it('someone at a private bank or clinic is out of scope, also when criticising their own employer', async () => {
    const bank = await ask(
      'Ik werk bij een particuliere bank. Mag ik op LinkedIn zeggen dat onze bonussen te hoog zijn?',
    );
    expect(bank.verdict).toBe('buiten-scope');
    const clinic = await ask('physio at a private clinic here, can I post about our new treatment room?');
    expect(clinic.verdict).toBe('buiten-scope');
    const freelancer = await check(
      'Als zzp-vormgever snap ik niet waarom de kvk zo duur is geworden. Iemand tips?',
    );
    expect(freelancer.risk).toBe('laag');
  });

  it('a job described with a relative clause or a hobby stays the job; the topic is still far from it', async () => {
    const unit = await ask(
      'Ik werk bij het UWV op de afdeling die de WW uitbetaalt. Mag ik op X kritiek geven op de nieuwe snelweg bij mijn dorp?',
    );
    expect(unit.verdict).toBe('mag');
    const hobby = await ask(
      'Ik doe in mijn vrije tijd onderzoek naar oude kerken in Friesland. Mag ik daar een blog over beginnen? Ik werk bij DUO.',
    );
    expect(hobby.verdict).toBe('mag');
  });

  it('a letter to the paper far from the work is open to court staff; the press weighs near the work', async () => {
    const pool = await ask(
      'Ik ben juridisch medewerker bij het gerechtshof. Mag ik een ingezonden brief schrijven tegen het kappen van de bomen in mijn straat?',
    );
    expect(pool.verdict).toBe('mag');
  });

  it('a milestone, a night out or an own-made video shared are not a view given weight by the job', async () => {
    const first = await check(
      'Vandaag mijn eerste werkdag als jurist bij de provincie Drenthe! Heel veel zin in 🎉',
    );
    expect(first.risk).toBe('laag');
    const drinks = await check('[teamapp] Wie gaat er donderdag mee naar de borrel bij café Zeezicht? 🍻', {
      sector: 'gemeente',
    });
    expect(drinks.risk).toBe('laag');
    const quiz = await check('We at table 4 won the pub quiz again 🏆 team Dorknobs forever');
    expect(quiz.risk).toBe('laag');
    const video = await ask(
      'Ik werk bij de brandweer. Onze veiligheidsregio heeft een filmpje van de oefening op YouTube gezet. Mag ik dat delen?',
    );
    expect(video.verdict).toBe('mag');
  });

  it('the new hard stops stay silent on everyday words (found in review)', async () => {
    for (const [text, profile] of [
      ['Eindelijk mijn gitaar weer opgepakt na jaren!', { sector: 'politie' }],
      ['Heerlijk in de zon bij de pool, klaar met werken tot september', { sector: 'rijk' }],
      ['Ons kindje komt in mei! Aankondiging volgt', { sector: 'rijk' }],
      ['Tijdens de observatie van de meteorenregen zagen we er veertig', { sector: 'politie' }],
      ['Zometeen gaat er bij ons in de wijk iets moois gebeuren: lampionnenoptocht!', { sector: 'politie' }],
      ['Opa (85 jaar) krijgt van ons een scootmobiel voor zijn verjaardag!', { sector: 'gemeente' }],
      ['Drie leerlingen uit mijn 2 vwo liepen de halve marathon voor KWF, trots!', { sector: 'onderwijs' }],
      ["Can't wait until after my exams, then holiday!", { sector: 'rijk' }],
    ] as const) {
      const reply = await check(text, profile);
      expect(reply.risk, text).toBe('laag');
    }
    const flyer = await ask(
      "Mag ik op de flyer zetten: 'wij van de organisatie gaan zorgen voor muziek'? Het is voor de buurtbarbecue.",
      { sector: 'gemeente' },
    );
    expect(flyer.verdict).not.toBe('mag-niet');
    const patient = await ask(
      'Ik lig bij een private kliniek voor mijn heup. Ik werk bij Rijkswaterstaat. Mag ik een foto van de kamer op Instagram zetten?',
    );
    expect(patient.verdict).not.toBe('buiten-scope');
  });

  it('a view on the own field given as certainty is an opinion that weighs', async () => {
    const certain = await check(
      'Na 15 jaar bij de douane weet ik één ding zeker: de haven is de enige manier waarop die drugs binnenkomen, en dat weet Den Haag.',
      { sector: 'rijk', role: 'douanier' },
    );
    expect(certain.risk).not.toBe('laag');
  });
});

describe('classes found on the twenty-ninth and thirtieth sets (2026-12-07)', () => {
  it('one case from a benefits desk with age and place is personal data; a neighbour helped is not', async () => {
    const wia = await check(
      'Mooi vak, handhaving bij het UWV. Vandaag een 47-jarige uit Assen met een volledige WIA die ondertussen een schildersbedrijf runt.',
    );
    expect(wia.risk).toBe('hoog');
    expect(categories(wia)).toContain('persoonsgegevens');
    const neighbour = await check(
      'Gisteren een 80-jarige buurman geholpen met zijn heg, wat een schat van een man',
      {
        sector: 'gemeente',
      },
    );
    expect(neighbour.risk).toBe('laag');
  });

  it('what share of the goods or cars a service checks is operational; a named horse is no person', async () => {
    const share = await check(
      'Eerlijk is eerlijk: we controleren hooguit 2 op de 100 vrachtwagens bij de grens.',
      {
        sector: 'rijk',
        role: 'douanier',
      },
    );
    expect(share.risk).toBe('hoog');
    const horse = await check(
      'Keuring vandaag: onze pony Bram kreeg een 8 voor stap! Trots op het hele gezin 🐴',
      {
        sector: 'rijk',
        role: 'inspecteur',
      },
    );
    expect(horse.risk).toBe('laag');
  });

  it('a picture of the own camp with its guard posts gives away operational details', async () => {
    const camp = await ask(
      'Mag ik op Instagram een foto van onze basis in Mali zetten, met de wachttorens erop?',
      {
        sector: 'defensie',
        role: 'korporaal, uitgezonden',
      },
    );
    expect(camp.verdict).toBe('mag-niet');
  });

  it('an insider telling what everyone who works there knows, or mocking the own SG, weighs', async () => {
    const insider = await check(
      'De provincie laat die fietsbrug al jaren liggen, dat weet iedereen die er werkt.',
      { sector: 'provincie', role: 'projectmedewerker' },
    );
    expect(insider.risk).not.toBe('laag');
    const sg = await check(
      'Dat nieuwe declaratiebeleid van de SG is echt van de pot gerust. Wie verzint zoiets?',
      {
        sector: 'rijk',
      },
    );
    expect(sg.risk).not.toBe('laag');
  });

  it('a civil servant asking to post criticism is in scope', async () => {
    const king = await ask('mag ik kritiek op de premier op twitter zetten? werk bij de provincie');
    expect(king.verdict).not.toBe('buiten-scope');
  });
});

describe('classes found on the thirty-first and thirty-second sets (2026-12-07)', () => {
  it('a judge or prosecutor telling a ruling or demand in advance breaches art. 272 Sr; an opinion stays out of scope', async () => {
    const ruling = await ask(
      'ik ben rechter. mag ik vooraf op linkedin zetten wat de uitspraak wordt in de zaak van volgende week?',
    );
    expect(ruling.verdict).toBe('mag-niet');
    expect(ruling.basis).toContain('sr-art272');
    expect(ruling.basis).not.toContain('aw2017-art9');
    const opinion = await ask(
      'ik ben rechter. mag ik op linkedin zeggen wat ik van het pensioenstelsel vind?',
    );
    expect(opinion.verdict).toBe('buiten-scope');
  });

  it("a teacher passing on a pupil's results or diagnosis is a hard stop; telling the pupil's parents is the job", async () => {
    const diagnosis = await ask(
      'ik ben mentor. mag ik op het schoolplein aan andere ouders vertellen dat een meisje uit mijn klas dyslexie heeft?',
    );
    expect(diagnosis.verdict).toBe('mag-niet');
    const parents = await ask(
      'ik ben mentor. mag ik met haar ouders bespreken dat een meisje uit mijn klas onvoldoendes haalt?',
    );
    expect(parents.situation?.hazards.map((hazard) => hazard.ruleId)).not.toContain(
      'leerling-gegevens-doorvertellen',
    );
  });

  it('the criminal record of someone met on duty is personal data; frustration about repeat offenders is not', async () => {
    const record = await check(
      'Gisteravond een aanhouding op de markt. Oude bekende, heeft een strafblad zo lang als mijn arm 🙄',
      { sector: 'politie', role: 'agent' },
    );
    expect(record.risk).toBe('hoog');
    expect(categories(record)).toContain('persoonsgegevens');
    const frustration = await check(
      'Steeds dezelfde jongens opgepakt en de rechter laat ze weer lopen. Waar doen we het voor?',
      { sector: 'politie', role: 'agent' },
    );
    expect(frustration.risk).not.toBe('hoog');
  });

  it('telling when the own organisation checks less is a hard stop; a fairground tip is not', async () => {
    const tip = await check(
      'Tip van een insider: dien je declaratie in de zomer in, ons team is dan onderbezet en er wordt nauwelijks gecontroleerd.',
      { sector: 'rijk', role: 'medewerker declaraties' },
    );
    expect(tip.risk).toBe('hoog');
    const fair = await check(
      'Tip voor de kermis: op vrijdagavond worden de kaartjes nooit gecontroleerd haha',
      {
        sector: 'gemeente',
      },
    );
    expect(fair.risk).toBe('laag');
  });

  it('giving the organisation\'s position and what "we" will do speaks for the employer; citizens against a plan do not', async () => {
    const stance = await check(
      'De provincie steunt het plan voor een nieuw natuurgebied. Wij gaan hier snel mee aan de slag.',
      { sector: 'provincie', role: 'beleidsmedewerker natuur' },
    );
    expect(stance.risk).toBe('hoog');
    expect(categories(stance)).toContain('namens-werkgever');
    const citizens = await check(
      'De gemeente wil de bibliotheek sluiten. Wij gaan hier met de buurt tegen protesteren!',
      { sector: 'rijk' },
    );
    expect(categories(citizens)).not.toContain('namens-werkgever');
  });

  it('a leaking tap, a scam warning, a poem and polling hours are no risk', async () => {
    const tap = await check('Iemand een loodgieter? De keuken lekt en ik werk nota bene bij het waterschap', {
      sector: 'waterschap',
    });
    expect(tap.risk).toBe('laag');
    const scam = await check('Let op! Oplichters bellen namens de Belastingdienst. Hang op en bel zelf.', {
      sector: 'politie',
      role: 'wijkagent',
    });
    expect(scam.risk).toBe('laag');
    const poem = await check(
      'Voor de herdenking in ons dorp: wij zwijgen twee minuten, voor wie niet meer kan spreken.',
      {
        sector: 'gemeente',
      },
    );
    expect(poem.risk).toBe('laag');
    const polls = await check('Gestemd! De stembureaus zijn nog open tot 21.00 uur, ga allemaal!', {
      sector: 'provincie',
      role: 'data-analist',
    });
    expect(polls.risk).toBe('laag');
  });

  it('a freelancer criticising a minister is no civil servant; an election coordinator campaigning weighs', async () => {
    const freelancer = await check(
      'Die minister van Economische Zaken snapt echt niks van ondernemers. Diep treurig.',
      {
        sector: 'overig',
        role: 'zelfstandig ondernemer',
      },
    );
    expect(freelancer.risk).toBe('laag');
    const coordinator = await check('Donderdag stemmen jongens! Je weet wat je moet doen: lijst 4 🗳️', {
      sector: 'gemeente',
      role: 'coördinator verkiezingen',
    });
    expect(coordinator.risk).not.toBe('laag');
  });

  it('a subject word does not pick the regime of another sector', async () => {
    const reply = await ask(
      'ik werk bij de gemeente. mag ik op X zeggen dat er te veel geld naar defensie gaat?',
    );
    expect(reply.basis).not.toContain('wad-art12a');
    expect(reply.verdict).toBe('mag');
  });

  it('a candidacy, a police union and a calm share are read as such', async () => {
    const candidate = await ask(
      'ik sta op plek 4 voor de gemeenteraad van mijn woonplaats, moet ik iets regelen?',
      {
        sector: 'provincie',
        role: 'beleidsmedewerker',
      },
    );
    expect(candidate.verdict).toBe('voorwaardelijk');
    const union = await ask('ik ben agent, mag ik lid worden van een politievakbond?');
    expect(union.verdict).toBe('mag');
    const share = await ask(
      'mag ik het persbericht van mijn ministerie over de open dag delen op linkedin? zonder commentaar',
      { sector: 'rijk', role: 'medewerker facilitair' },
    );
    expect(share.verdict).toBe('mag');
  });

  it('side work as an adviser and a colleague on sick leave with a burn-out weigh', async () => {
    const sideJob = await check(
      'Naast mijn baan bij de gemeente ga ik als zzp-er andere gemeenten adviseren over de Wmo. Bel gerust!',
      { sector: 'gemeente', role: 'beleidsadviseur wmo' },
    );
    expect(sideJob.risk).toBe('middel');
    const burnout = await check(
      'Sterkte aan Sanne, die al weken met een burn-out thuis zit. We missen je op de afdeling!',
      {
        sector: 'rijk',
      },
    );
    expect(burnout.risk).not.toBe('laag');
    expect(categories(burnout)).toContain('persoonsgegevens');
  });

  it('a hospital followed by "Minister," in the next sentence is not the employer', async () => {
    const reply = await check(
      'Vandaag gedemonstreerd voor de spoedeisende hulp in ons ziekenhuis. Minister, luister!',
      {
        sector: 'waterschap',
        role: 'vergunningverlener',
      },
    );
    expect(reply.situation?.speaker.organisation).toBeUndefined();
  });
});

describe('classes found on the thirty-third and thirty-fourth sets (2026-12-07)', () => {
  it('the month March is no march; a march in English still is', async () => {
    const tender = await check(
      'Our new office canteen needs a caterer: the tender is open on TenderNed until 20 March. Spread the word!',
      { sector: 'provincie', role: 'inkoper', portfolio: ['inkoop'] },
    );
    expect(tender.situation?.acts.map((act) => act.kind)).not.toContain('demonstratie');
    expect(tender.risk).toBe('laag');
    const march = await check('Joining the farmers march against the nitrogen plans on Saturday!', {
      sector: 'rijk',
      role: 'beleidsmedewerker stikstof',
      portfolio: ['stikstof'],
    });
    expect(march.situation?.acts.map((act) => act.kind)).toContain('demonstratie');
  });

  it('a readable pass at a prison gate shows how a secure site is entered; a forgotten pass does not', async () => {
    const pass = await check(
      '[foto: ik bij de ingang van de inrichting, dienstpas goed leesbaar] Weer een nachtdienst erop!',
      { sector: 'rijk', role: 'penitentiair inrichtingswerker' },
    );
    expect(pass.risk).not.toBe('laag');
    expect(categories(pass)).toContain('geheimhouding');
    const forgotten = await check('Dienstpas thuis laten liggen, dus vandaag met een bezoekerspasje 🙈', {
      sector: 'rijk',
      role: 'penitentiair inrichtingswerker',
    });
    expect(forgotten.risk).toBe('laag');
  });

  it('a convoy by road with its time, the layout of a base, and a ruling foretold are secrets of the service', async () => {
    const convoy = await check(
      'Overmorgen om 05.30 rijden we in colonne naar het oefenterrein bij de grens 💪',
      {
        sector: 'defensie',
        role: 'korporaal',
      },
    );
    expect(convoy.risk).toBe('hoog');
    expect(categories(convoy)).toContain('geheimhouding');
    const layout = await ask('Can I post a video showing the layout of our barracks?', {
      sector: 'defensie',
    });
    expect(layout.verdict).toBe('mag-niet');
    const foretold = await check(
      'Als officier van justitie: volgende week de zitting, en reken maar op een flinke celstraf voor die man.',
    );
    expect(foretold.risk).toBe('hoog');
    const said = await check('De uitspraak van gisteren: drie jaar. Reken maar op een hoger beroep.', {
      sector: 'rijk',
      role: 'griffier rechtbank',
    });
    expect(said.findings.map((finding) => finding.ruleId)).not.toContain('eis-of-uitspraak-vooraf');
  });

  it('letting on that one knows more than is public, or "dat heb je niet van mij", tells a secret', async () => {
    const insider = await check(
      'Zonder in details te gaan: dat netwerk is veel groter dan het officiële beeld doet vermoeden.',
      { sector: 'rijk', role: 'analist AIVD' },
    );
    expect(insider.risk).toBe('hoog');
    expect(categories(insider)).toContain('geheimhouding');
    const renovation = await check('Zonder in details te treden: onze verbouwing liep flink uit 😅', {
      sector: 'rijk',
      role: 'analist AIVD',
    });
    expect(renovation.risk).toBe('laag');
    const tip = await check(
      'Ik zou de komende dagen niet langs die brug fietsen, maar dat heb je niet van mij.',
      {
        sector: 'provincie',
        role: 'inspecteur bruggen',
      },
    );
    expect(tip.risk).toBe('hoog');
  });

  it('an arrest told with where and who, and a photo of a client shown to colleagues, are personal data', async () => {
    const arrest = await check(
      'Drukke middag. Aanhouding bij de Albert Heijn aan de Markt: inbraak in een auto, knul van zestien.',
      { sector: 'politie', role: 'hoofdagent' },
    );
    expect(arrest.risk).toBe('hoog');
    const photo = await check('[teamapp] Kijk deze klant van vanochtend even 🙈 [foto]', {
      sector: 'gemeente',
      role: 'consulent bijstand',
    });
    expect(photo.risk).toBe('hoog');
    expect(categories(photo)).toContain('persoonsgegevens');
  });

  it('"als ambtenaar" alone does not put a cause far from the work; staff of an office-holder are civil servants', async () => {
    const petition = await ask('mag ik als ambtenaar een petitie tegen de kilometerheffing tekenen?');
    expect(petition.verdict).toBe('voorwaardelijk');
    expect(petition.situation?.missing).toContain('relatie-werk');
    const secretary = await ask(
      'Ik werk als secretaresse voor de burgemeester. Mag ik lid worden van een andere partij dan de zijne?',
    );
    expect(secretary.verdict).toBe('mag');
    const embassy = await ask(
      'Ik werk op de ambassade in Madrid. Mag ik een post van een Nederlandse partij liken?',
    );
    expect(embassy.situation?.speaker.functions.map((item) => item.id)).toContain('ambassade-medewerker');
    expect(embassy.verdict).toBe('voorwaardelijk');
  });

  it('a question for facts after a self-description is out of scope; minutes of an internal meeting are not for outsiders', async () => {
    const term = await ask(
      'Ik werk bij de provincie aan subsidies. Wat is de termijn voor bezwaar tegen een subsidiebesluit?',
    );
    expect(term.verdict).toBe('buiten-scope');
    const leave = await ask('Als handhaver bij de gemeente: hoeveel verlofuren heb ik per jaar?');
    expect(leave.verdict).toBe('buiten-scope');
    const minutes = await ask('mag ik de notulen van ons teamoverleg doorsturen naar een journalist?', {
      sector: 'gemeente',
    });
    expect(minutes.verdict).toBe('mag-niet');
  });

  it('a rule marked negatable does not fire on what the text denies; others keep the negation as the hazard', async () => {
    const noBlockade = await ask(
      'ben boa bij de gemeente. zondag is er een fietsdemo voor schone lucht (aangemeld, geen blokkade). mag ik meefietsen?',
    );
    expect(noBlockade.situation?.factors.map((factor) => factor.ruleId)).not.toContain(
      'burgerlijke-ongehoorzaamheid',
    );
    const blockade = await ask(
      'ben boa bij de gemeente. mag ik zondag meedoen aan de blokkade van de snelweg?',
    );
    expect(blockade.situation?.factors.map((factor) => factor.ruleId)).toContain(
      'burgerlijke-ongehoorzaamheid',
    );
    const notYet = await check(
      "Nog niet officieel, de collega's weten het ook nog niet: onze afdeling gaat na de zomer naar Zwolle.",
      { sector: 'rijk', role: 'beleidsmedewerker' },
    );
    expect(notYet.risk).toBe('hoog');
  });
});

describe('classes found on the thirty-fifth set (2026-12-07)', () => {
  it('telling what one knows of a call or case, or a measure ahead of its publication, is a hard stop', async () => {
    const call = await ask(
      'ik zat die nacht op de meldkamer. mag ik mijn broer vertellen wat ik weet van die schietpartij?',
      { sector: 'politie', role: 'centralist meldkamer' },
    );
    expect(call.verdict).toBe('mag-niet');
    const measure = await ask(
      'ik reken aan de accijnzen voor het belastingplan. mag ik mijn zus alvast vertellen dat de accijns op diesel omhoog gaat?',
      { sector: 'rijk', role: 'fiscaal econoom' },
    );
    expect(measure.verdict).toBe('mag-niet');
    const yard = await ask('mag ik een filmpje op de luchtplaats maken voor tiktok?', {
      sector: 'rijk',
      role: 'inrichtingswerker DJI',
    });
    expect(yard.verdict).toBe('mag-niet');
  });

  it('what one sees at the workplace just named is the own work; the water level is a water board topic', async () => {
    const shelter = await check(
      'Ik werk in een opvanglocatie en wat ik zie is schrijnend: gezinnen op veldbedden. Dit moet anders.',
      { sector: 'overig', role: 'woonbegeleider COA' },
    );
    expect(shelter.situation?.relation.kind).toBe('eigen-organisatie');
    expect(shelter.risk).not.toBe('laag');
    const level = await check(
      'Persoonlijk vind ik dat het peil in onze polders omlaag moet. De boeren hebben gelijk.',
      {
        sector: 'waterschap',
        role: 'peilbeheerder',
        portfolio: ['peilbeheer'],
      },
    );
    expect(level.risk).toBe('middel');
  });

  it('a mark of the job said to be absent ("niet in uniform") makes no capacity to weigh', async () => {
    const offDuty = await ask(
      'ik ben agent. mag ik buiten diensttijd en niet in uniform een inzameling voor de voedselbank delen op facebook?',
    );
    expect(offDuty.situation?.factors.map((factor) => factor.kind)).not.toContain('hoedanigheid');
    const inUniform = await ask(
      'ik ben agent. mag ik in uniform een inzameling voor de voedselbank delen op facebook?',
    );
    expect(inUniform.situation?.factors.map((factor) => factor.kind)).toContain('hoedanigheid');
  });

  it('when the check is there and when not, and a case told by age and origin, are hard stops', async () => {
    const border = await check(
      'Onze controles bij de grensovergang: we staan meestal tussen 7 en 9 uur, daarna is het rustig.',
      {
        sector: 'defensie',
        role: 'marechaussee',
      },
    );
    expect(border.risk).toBe('hoog');
    const asylum = await check(
      'Casus van vandaag: een 23-jarige vrouw uit Homs, haar man zit nog in Turkije.',
      {
        sector: 'rijk',
        role: 'beslismedewerker asiel',
      },
    );
    expect(asylum.risk).toBe('hoog');
    expect(categories(asylum)).toContain('persoonsgegevens');
    const son = await check(
      'Trots op onze zoon, een 18-jarige jongen uit Zwolle die vandaag zijn diploma haalde!',
      {
        sector: 'rijk',
        role: 'beslismedewerker asiel',
      },
    );
    expect(son.risk).toBe('laag');
  });
});

describe('classes found on the thirty-sixth and thirty-seventh sets (2026-12-07)', () => {
  it('a message that opens with only a job and an employer says who speaks, not whom it is about', async () => {
    const intro = await ask(
      'Adviseur subsidies bij de provincie Drenthe. Mag ik op Facebook een recensie schrijven over een nieuwe thriller?',
    );
    expect(intro.situation?.speaker.sector).toBe('provincie');
    expect(intro.situation?.relation.kind).toBe('los-van-werk');
    expect(intro.verdict).toBe('mag');
    const other = await ask(
      'Docent bij ons op school noemde de minister op X een leugenaar. Mag ik dat liken?',
    );
    expect(other.situation?.speaker.functions.map((item) => item.id)).not.toContain('docent');
  });

  it('pay, workload or a reorganisation in government is the own employer for whoever works there', async () => {
    const workload = await ask(
      'ik ben wijkagent. wil op facebook zetten dat de werkdruk niet meer te doen is en dat er niks mee gebeurt. kan dat?',
    );
    expect(workload.situation?.relation.kind).toBe('eigen-werkgever');
    expect(workload.verdict).not.toBe('mag');
  });

  it('standing as a candidate is a public stand for a uniformed officer, unlike membership', async () => {
    const candidate = await ask(
      'ik ben sergeant bij de landmacht en wil op de lijst voor de gemeenteraad van een lokale partij. kan dat?',
    );
    expect(candidate.verdict).toBe('voorwaardelijk');
    const member = await ask('ik ben sergeant bij de landmacht. mag ik lid worden van een politieke partij?');
    expect(member.verdict).toBe('mag');
  });

  it('a sexist joke about a colleague is a hard stop, also in a closed group', async () => {
    const joke = await ask(
      'mag ik in de teamapp een grap maken dat onze nieuwe afdelingshoofd beter achter het aanrecht kan staan?',
    );
    expect(joke.verdict).toBe('mag-niet');
    const draft = await check('Haha die nieuwe manager, terug naar de keuken met haar 😂', {
      sector: 'gemeente',
      role: 'medewerker',
    });
    expect(draft.risk).toBe('hoog');
    expect(categories(draft)).toContain('toon');
  });

  it('news said not to be out yet, known from inside, is a secret; a private surprise is not', async () => {
    const bridge = await check(
      'Let op: de tunnel bij Velsen gaat in mei twee weekenden dicht. Staat nog nergens, ik heb de planning al gezien.',
      { sector: 'rijk', role: 'planner' },
    );
    expect(bridge.risk).toBe('hoog');
    expect(categories(bridge)).toContain('geheimhouding');
    const news = await check(
      'Onze schepen liggen al maanden stil door personeelstekort. Dat lees je nergens in de krant.',
      {
        sector: 'defensie',
        role: 'matroos',
      },
    );
    expect(news.risk).toBe('hoog');
    const volunteers = await check(
      'Wat je niet in het nieuws ziet: onze vrijwilligers die elke zaterdag klaarstaan. Dank jullie wel!',
      { sector: 'gemeente', role: 'buurtcoach' },
    );
    expect(volunteers.risk).not.toBe('hoog');
  });

  it('speaking for the ministry in English, and asking in which capacity, read differently', async () => {
    const spokesman = await check(
      'Speaking for the ministry: we reject the findings of this report entirely.',
      { sector: 'rijk', role: 'policy officer' },
    );
    expect(spokesman.risk).toBe('hoog');
    expect(categories(spokesman)).toContain('namens-werkgever');
    const capacity = await ask(
      'ik werk bij de provincie. de dorpsraad vraagt of ik iets vertel over de nieuwe rondweg. doe ik dat privé of namens de provincie?',
    );
    expect(capacity.situation?.hazards.map((hazard) => hazard.kind)).not.toContain('namens-werkgever');
  });

  it('a raid announced for tonight by its time of day, and a call to take sides on the own plan', async () => {
    const raid = await check('Vanavond grote actie bij de woonwagens, jongens blijf maar even binnen 😉', {
      sector: 'politie',
      role: 'agent',
    });
    expect(raid.risk).toBe('hoog');
    const plan = await check(
      'Trots op ons nieuwe afvalplan! Donderdag stemt de raad, laat horen dat je voor bent 💪',
      { sector: 'gemeente', role: 'beleidsmedewerker afval', portfolio: ['afval'] },
    );
    expect(plan.risk).not.toBe('laag');
  });

  it('a demo that shows something is no protest; a climate demo is', async () => {
    const show = await check(
      'Zondag open dag op de kazerne! Er zijn demo’s van de reddingsbrigade en je mag in de brandweerwagen zitten.',
      { sector: 'gemeente', role: 'brandweerman' },
    );
    expect(show.situation?.acts.map((act) => act.kind)).not.toContain('demonstratie');
    expect(show.risk).toBe('laag');
    const march = await check('Morgen met mijn zus naar de boerendemo op het Malieveld 🚜', {
      sector: 'gemeente',
      role: 'medewerker burgerzaken',
    });
    expect(march.situation?.acts.map((act) => act.kind)).toContain('demonstratie');
  });

  it('an official announcement still to come is not public; one already out is', async () => {
    const soon = await check(
      'Congrats to the team at Bouwbedrijf Smit, they are getting the new bridge contract 🎉 official announcement soon!',
      { sector: 'provincie', role: 'inkoopadviseur' },
    );
    expect(soon.risk).toBe('hoog');
    const out = await check(
      'Het persbericht over de nieuwe afvalkalender staat net online, dus vanaf nu kunnen we er vragen over beantwoorden.',
      { sector: 'gemeente', role: 'medewerker klantcontact' },
    );
    expect(out.risk).toBe('laag');
  });

  it('a surname is not a topic, and an insult in the sentence after the office-holder is still aimed at them', async () => {
    const insult = await check(
      'Die wethouder De Boer heeft het weer verpest. Klimaatidioot die niks snapt van de stad.',
      { sector: 'rijk', role: 'beleidsmedewerker' },
    );
    expect(insult.situation?.topic.domains.map((domain) => domain.id)).not.toContain('landbouw-natuur');
    expect(insult.situation?.hazards.map((hazard) => hazard.kind)).toContain('belediging');
    expect(categories(insult)).toContain('toon');
  });

  it('a leaked cake contest, and casting a vote, are no secret and no side taken', async () => {
    const cake = await check('UITGELEKT: de winnaar van de taartwedstrijd is team Burgerzaken 🍰😂', {
      sector: 'gemeente',
      role: 'medewerker',
    });
    expect(cake.risk).toBe('laag');
    const vote = await check(
      'Net gestemd voor de gemeenteraad 🗳️ jij al? De stembureaus zijn open tot negen uur.',
      {
        sector: 'rijk',
        role: 'jurist',
      },
    );
    expect(vote.risk).toBe('laag');
  });

  it('what is said to be left out is not the subject; a surname-free private joke is not police work', async () => {
    const pride = await ask(
      'Ik ben meester op een basisschool. Mag ik foto’s van de Pride op mijn eigen Instagram zetten? Zonder leerlingen erop natuurlijk.',
      { sector: 'onderwijs', role: 'leerkracht groep 8' },
    );
    expect(pride.situation?.topic.domains.map((domain) => domain.id)).not.toContain('onderwijs');
    const dog = await check('Verdachte situatie thuis: de kaas is weg en de kat kijkt heel onschuldig 🐱', {
      sector: 'politie',
      role: 'rechercheur',
    });
    expect(dog.situation?.relation.kind).not.toBe('eigen-organisatie');
    expect(dog.risk).toBe('laag');
  });

  it('family history from an archive is no file looked into; a name continues across "and"', async () => {
    const family = await check(
      'Het dossier Bakker groeit! In het archief vond ik de doopakte van mijn overgrootmoeder uit 1901 🙌',
      { sector: 'gemeente', role: 'medewerker' },
    );
    expect(family.risk).toBe('laag');
    const ministry = await ask(
      'I work at the Ministry of Justice and Security on prison policy. Can I post about the new Dune film?',
    );
    expect(ministry.situation?.topic.domains.map((domain) => domain.id)).not.toContain('politie-veiligheid');
  });

  it('who reads along is not the subject, but pupils following a teacher weigh on an outspoken opinion', async () => {
    const wedding = await ask(
      'mag ik fotos van mijn trouwerij op insta zetten? werk bij de provincie en er volgen me ook collega’s',
    );
    expect(wedding.verdict).toBe('mag');
    const run = await ask(
      'ben juf op een basisschool, mag ik mijn hardlooprondjes op insta zetten? ouders van leerlingen volgen me',
    );
    expect(run.verdict).toBe('mag');
    const opinion = await ask(
      'docent maatschappijleer hier. mag ik op tiktok een uitgesproken mening geven over de oorlog in Oekraïne? veel leerlingen volgen me',
      { sector: 'onderwijs', role: 'docent maatschappijleer' },
    );
    expect(opinion.verdict).toBe('voorwaardelijk');
  });

  it('chat that drops the "ik" still names the employer, and a filler ends the job', async () => {
    const tax = await ask(
      'zit bij het UWV (klantcontact). mag ik vrienden vragen mij te sponsoren voor de Zevenheuvelenloop?',
    );
    expect(tax.situation?.speaker.organisation?.id).toBe('uwv');
    const filler = await ask('mag je als ambtenaar eigenlijk de verjaardagsfoto van je neef liken?');
    expect(filler.situation?.speaker.ownWork.map((item) => item.text).join(' ')).not.toContain(
      'verjaardagsfoto',
    );
    const task = await ask(
      'werk bij de provincie, beheer van vaarwegen. mag ik op x zeggen dat de huurtoeslag omhoog moet?',
      {
        sector: 'provincie',
      },
    );
    expect(task.situation?.relation.kind).toBe('los-van-werk');
  });

  it('classified papers, a decision still being made, a pupil from the own class and a move seen at work', async () => {
    const papers = await ask(
      'ik zit bij defensie. mag ik geclassificeerde stukken over de kazerne naar de krant sturen?',
    );
    expect(papers.verdict).toBe('mag-niet');
    const deciding = await ask(
      'we are still deciding internally whether to close the library branch. can I tell my neighbours already?',
      { sector: 'gemeente' },
    );
    expect(deciding.verdict).toBe('mag-niet');
    const pupil = await check(
      'Lotte uit mijn klas heeft haar proefwerk verknald, ja met die ruzie thuis is dat logisch.',
      {
        sector: 'onderwijs',
        role: 'docent',
      },
    );
    expect(pupil.risk).toBe('hoog');
    const move = await check(
      'De overburen gaan verhuizen naar Breda, zag ik gisteren in het systeem op mijn werk 😉',
      {
        sector: 'gemeente',
        role: 'medewerker burgerzaken',
      },
    );
    expect(move.risk).toBe('hoog');
    expect(categories(move)).toContain('persoonsgegevens');
  });

  it("a procurement officer's running tender is the own work", async () => {
    const tender = await ask(
      'ben inkoopadviseur bij de provincie, we hebben een aanbesteding lopen voor de nieuwe veerboot. mag ik daar op linkedin iets over zeggen?',
    );
    expect(tender.situation?.relation.kind).not.toBe('los-van-werk');
    expect(tender.verdict).not.toBe('mag');
  });

  it('a new job told as news is a milestone, and "we … bij het werkoverleg" is a plan, not a workplace', async () => {
    const job = await check(
      'Blij om te delen dat ik per 1 april begin als jurist bij de IND. Op naar een nieuwe uitdaging!',
      {},
    );
    expect(job.risk).toBe('laag');
    const english = await ask(
      'can i post on linkedin that i just started as an analyst at the CBS? or is that weird',
    );
    expect(english.verdict).toBe('mag');
    const plan = await ask(
      'zullen we het bij het volgende teamoverleg met de afdelingshoofd bespreken? mag ik dat voorstellen in de groepsapp?',
      {
        sector: 'gemeente',
        role: 'klantmanager',
      },
    );
    expect(plan.situation?.speaker.functions.map((item) => item.id)).not.toContain('afdelingshoofd');
  });

  it('voting advice from a neutral function, a candidate list that is no tractor, and an ironic group label', async () => {
    const clerk = await check(
      'Sterk voorstel van @StadsPartij over de nieuwe sporthal 👍 Donderdag weet je wat je moet stemmen!',
      {
        sector: 'gemeente',
        role: 'raadsgriffier',
      },
    );
    expect(clerk.risk).not.toBe('laag');
    expect(categories(clerk)).toContain('politieke-gevoeligheid');
    const list = await check('Alle lijsttrekkers waren vanavond bij het debat in de schouwburg.', {
      sector: 'rijk',
      role: 'medewerker',
    });
    expect(list.situation?.topic.domains.map((domain) => domain.id)).not.toContain('landbouw-natuur');
    const irony = await check(
      "Alweer een 'nieuwe Nederlander' die mijn fiets heeft gestolen. Bedankt kabinet voor het beleid 🙄",
      { sector: 'gemeente', role: 'medewerker' },
    );
    expect(irony.risk).toBe('hoog');
    expect(categories(irony)).toContain('toon');
  });

  it('a family placed in a named neighbourhood that the team visits, and own measurements set against the sign', async () => {
    const family = await check(
      'Dat gezin in de Bloemenbuurt met die vier kinderen waar we al een jaar over de vloer komen: gisteren weer politie erbij.',
      { sector: 'gemeente', role: 'gezinscoach' },
    );
    expect(family.risk).toBe('hoog');
    expect(categories(family)).toContain('persoonsgegevens');
    const water = await check(
      'Zwemmen in de Reeuwijkse plassen? Ik zou onze metingen van deze week niet best noemen, wat er ook op de website staat.',
      { sector: 'waterschap', role: 'medewerker laboratorium' },
    );
    expect(water.risk).toBe('hoog');
  });

  it('a plate or container number readable in a picture from the work is a hard stop; made unreadable it is not', async () => {
    const plates = await ask(
      'Douanier hier. Mag ik een foto van de onderschepte lading posten met het containernummer leesbaar? Trots op het team!',
    );
    expect(plates.verdict).toBe('mag-niet');
    const blurred = await check('Mooie vangst vandaag met het team 💪 (kentekens onleesbaar gemaakt)', {
      sector: 'politie',
      role: 'agent',
    });
    expect(blurred.situation?.hazards.map((hazard) => hazard.ruleId)).not.toContain('nummer-in-beeld');
  });

  it("the common nouns in the employer's name are its work; own research that is out is public", async () => {
    const coa = await ask('Ik werk bij het COA in Budel. Mag ik meelopen in een mars voor betere opvang?');
    expect(coa.situation?.relation.kind).not.toBe('los-van-werk');
    expect(coa.verdict).toBe('voorwaardelijk');
    const paper = await check(
      'Our new paper on river floods in the Meuse basin is out today, open access 👉 [link]',
      {
        sector: 'onderwijs',
        role: 'onderzoeker',
      },
    );
    expect(paper.situation?.markers.map((marker) => marker.kind)).toContain('openbaar');
  });

  it('jokes named as racist, blame on one named pupil in the parents app, and a still of an arrest', async () => {
    const jokes = await ask(
      'In de teamapp van ons bureau worden seksistische grappen gemaakt. Kan dat als het alleen onder ons is?',
      {
        sector: 'politie',
      },
    );
    expect(jokes.verdict).toBe('mag-niet');
    const pupil = await ask(
      'Meester in groep 5 hier. In de klassenapp vragen ouders waarom het zo onrustig is. Mag ik zeggen dat het door het gedrag van Milan komt?',
      { sector: 'onderwijs' },
    );
    expect(pupil.verdict).toBe('mag-niet');
    const still = await ask(
      'Vorige week iemand aangehouden die in mijn dorp woont. Mag ik de bodycam still in de buurtapp zetten zodat iedereen weet wie het was?',
      { sector: 'politie' },
    );
    expect(still.verdict).toBe('mag-niet');
  });

  it('taking the class to a demonstration weighs; casting a vote on the own government does not', async () => {
    const march = await check('Vandaag met mijn leerlingen naar de boerenmars in Den Haag 🚜 wat een dag!', {
      sector: 'onderwijs',
      role: 'docent aardrijkskunde',
    });
    expect(march.risk).toBe('middel');
    expect(categories(march)).toContain('politieke-gevoeligheid');
    const vote = await check('Gestemd voor de gemeenteraad ✅ jij ook al? Stembureaus open tot 21u', {
      sector: 'gemeente',
      role: 'beleidsmedewerker',
    });
    expect(vote.risk).toBe('laag');
  });

  it('telling colleagues to start looking for another job is a hint at what is coming', async () => {
    const hint = await check(
      'Iedereen die bij ons op de vestiging in Heerlen werkt: begin maar vast met solliciteren. Meer mag ik niet zeggen.',
      {
        sector: 'overig',
        role: 'teamleider UWV',
      },
    );
    expect(hint.risk).toBe('hoog');
    expect(categories(hint)).toContain('geheimhouding');
  });

  it("who a case is about, the weak points of a barrier, and a march without the employer's sign", async () => {
    const who = await ask(
      'Ik werk bij de GGD op infectieziekten en zit in het contactonderzoek op de school van mijn zoon. Mag ik in de ouderapp zeggen om welk kind het gaat?',
      { sector: 'overig' },
    );
    expect(who.verdict).toBe('mag-niet');
    const barrier = await ask(
      'Engineer at Rijkswaterstaat here. Can I post on a forum which parts of the storm surge barrier are single points of failure?',
    );
    expect(barrier.verdict).toBe('mag-niet');
    const march = await ask(
      'ik werk bij de gemeente Deventer op vergunningen. mag ik meelopen in de klimaatmars in Den Haag? niet met een bord van de gemeente natuurlijk',
    );
    expect(march.situation?.relation.kind).not.toBe('eigen-werkgever');
  });

  it('a deployment told by flight, time and unit size, a pupil by first name and class, a client by age, trade and town', async () => {
    const flight = await check(
      'Nog 10 dagen! 4 maanden weg met het peloton, vlucht 2/4 om 07:00 vanaf Eindhoven, 40 man 🇳🇱',
      {
        sector: 'defensie',
        role: 'korporaal',
      },
    );
    expect(flight.risk).toBe('hoog');
    const pupil = await check('Haha wat Noor uit 2 vwo nu weer heeft ingeleverd 😂 #nakijken', {
      sector: 'onderwijs',
      role: 'docent',
    });
    expect(pupil.risk).toBe('hoog');
    const client = await check(
      'Weer zo’n klant vandaag: 47, oud-stratenmaker uit Harderwijk, "kan echt niet meer werken" 🙄',
      {
        sector: 'overig',
        role: 'arbeidsdeskundige UWV',
      },
    );
    expect(client.risk).toBe('hoog');
    expect(categories(client)).toContain('persoonsgegevens');
  });
});

describe('classes found on the forty-first to forty-third sets (2026-12-07)', () => {
  it('a raid told by its time and the going in, and news told with the day it goes out', async () => {
    const raid = await check(
      'Morgenochtend om 5 uur gaan we met twintig collega’s naar binnen bij dat drugslab aan de Havenweg 🚨',
      { sector: 'politie', role: 'rechercheur' },
    );
    expect(raid.risk).toBe('hoog');
    expect(categories(raid)).toContain('geheimhouding');
    const family = await check('Morgen gaan we met de kinderen naar binnen bij oma, eindelijk weer samen', {
      sector: 'politie',
    });
    expect(family.risk).toBe('laag');
    const figures = await check(
      'Heb de nieuwe inflatiecijfers al voorbij zien komen. Als die dinsdag naar buiten gaan, schrikt iedereen.',
      { sector: 'rijk', role: 'statisticus' },
    );
    expect(figures.risk).toBe('hoog');
    const announced = await check(
      'Komende week maakt de provincie bekend dat de buslijn naar ons dorp verdwijnt. Balen!',
      { sector: 'provincie', role: 'beleidsmedewerker openbaar vervoer' },
    );
    expect(announced.risk).toBe('hoog');
  });

  it('a suspect by age and neighbourhood, people counted by origin, internal work instructions', async () => {
    const suspect = await check(
      'Die 23-jarige uit de Vogelwijk die we vannacht oppakten voor de overval, is gewoon de buurjongen van mijn schoonzus 😳',
      { sector: 'politie', role: 'agent' },
    );
    expect(suspect.risk).toBe('hoog');
    expect(categories(suspect)).toContain('persoonsgegevens');
    const origin = await check(
      'Controle op de A2 vanavond, en uiteraard weer vier Roemenen in dat busje. Verbaast niemand meer.',
      { sector: 'politie', role: 'agent verkeer' },
    );
    expect(origin.risk).toBe('hoog');
    expect(categories(origin)).toContain('toon');
    const instructions = await check(
      'Happy to share some of our internal working instructions on how we check benefit claims, DM me',
      { sector: 'overig', role: 'UWV claims assessor' },
    );
    expect(instructions.risk).toBe('hoog');
    expect(categories(instructions)).toContain('geheimhouding');
  });

  it('an exam candidate is no election candidate, and "what it is like" is no Like', async () => {
    const exam = await ask(
      'ik ben examinator bij het CBR. mag ik een filmpje maken over de domste kandidaat van vandaag? zonder naam, wel met zijn auto',
    );
    expect(exam.verdict).toBe('mag-niet');
    expect(exam.situation?.acts.map((act) => act.kind)).not.toContain('kandidaat');
    const like = await ask(
      "I'm a nurse at the GGD. Friends keep asking what it's like, can I post about an ordinary day?",
    );
    expect(like.situation?.acts.map((act) => act.kind)).not.toContain('liken');
  });

  it("one's own candidacy weighs, a relative's does not; posting party life weighs for a spokesperson", async () => {
    const own = await ask(
      'ik werk bij de gemeente Zwolle (belastingen) en ben gevraagd voor plek 4 op de lijst van een lokale partij in Kampen. moet ik iets regelen?',
    );
    expect(own.verdict).toBe('voorwaardelijk');
    const brother = await ask(
      'ik werk bij het UWV. mijn broer staat op de lijst voor de gemeenteraad, mag ik zijn campagneposts delen?',
    );
    expect(brother.verdict).toBe('mag');
    // Election words alone say when, not who stands: flyering or a poster for one's party, "niet op de lijst".
    const poster = await ask(
      'Ik ben lid van een partij en wil voor de gemeenteraadsverkiezingen een bord in mijn tuin zetten. Mag dat? Ik werk bij de provincie op ICT.',
    );
    expect(poster.verdict).toBe('mag');
    const flyering = await ask(
      'ik werk bij de belastingdienst (invordering). mag ik in mijn wijk flyeren voor mijn partij? sta zelf niet op de lijst',
    );
    expect(flyering.verdict).toBe('mag');
    const spokesperson = await ask(
      'ik ben woordvoerder van de burgemeester en lid van haar partij. mag ik een foto van ons op het partijcongres op insta zetten?',
    );
    expect(spokesperson.verdict).toBe('voorwaardelijk');
  });

  it('a decided application, how the doors lock, a client singled out, and the press told what the employer wants', async () => {
    const decided = await ask(
      'ik werk bij de gemeente op subsidies. mag ik de buurman vertellen dat zijn subsidie is afgewezen? dan weet hij het vast',
    );
    expect(decided.verdict).toBe('mag-niet');
    const doors = await ask(
      'Ik werk in de gevangenis. Mag ik op TikTok laten zien hoe de celdeuren sluiten? Mensen vragen het vaak.',
    );
    expect(doors.verdict).toBe('mag-niet');
    const client = await ask(
      'I work at a social services desk. One of our clients is hilarious, can I post a picture of him with a funny caption?',
    );
    expect(client.verdict).toBe('mag-niet');
    const press = await ask(
      'Een journalist van de regionale krant belt me over ons plan voor het centrum. Mag ik hem uitleggen wat de gemeente wil?',
    );
    expect(press.verdict).toBe('mag-niet');
  });

  it("a public appeal, another group's strike, advice from the Huis voor Klokkenluiders, a mission years ago", async () => {
    const appeal = await ask(
      'ik werk bij de politie, niet op die zaak. mag ik het opsporingsbericht over de vermiste jongen delen op facebook?',
    );
    expect(appeal.verdict).toBe('mag');
    const strike = await ask(
      'I work in IT at the Ministry of Finance, nothing to do with health policy. Can I post that I support the nurses strike?',
    );
    expect(strike.situation?.relation.kind).not.toBe('eigen-werkgever');
    expect(strike.verdict).toBe('mag');
    const advice = await ask(
      'Ik weet niet zeker of wat ik op mijn werk zie een misstand is. Mag ik eerst advies vragen bij het Huis voor Klokkenluiders?',
    );
    expect(advice.verdict).toBe('mag');
    const mission = await ask(
      'ik was vijf jaar geleden op missie in Afghanistan. mag ik een blog schrijven over hoe ik dat heb beleefd?',
      { sector: 'defensie' },
    );
    expect(mission.verdict).not.toBe('mag-niet');
  });

  it('false alarms: a public event, a newsletter heads-up, a cast vote, a party branch, strikers, everyday grumbling', async () => {
    const airshow = await check(
      'Met de kids naar de Luchtmachtdagen geweest, die F-16 demo was indrukwekkend ✈️',
      {
        sector: 'defensie',
        role: 'monteur',
      },
    );
    expect(airshow.risk).toBe('laag');
    const newsletter = await check(
      'Let op: morgenochtend is de weg bij de school dicht voor werkzaamheden (stond in de nieuwsbrief van de gemeente)',
      { sector: 'gemeente', role: 'medewerker wegbeheer' },
    );
    expect(newsletter.risk).toBe('laag');
    const voted = await check(
      'Voted in the provincial elections this morning, my first time as a resident! 🗳️',
      {
        sector: 'provincie',
        role: 'data analyst',
      },
    );
    expect(voted.risk).toBe('laag');
    const branch = await check('Gezellige avond bij onze VVD-afdeling, goed gesprek over de wijk', {
      sector: 'provincie',
      role: 'medewerker ICT',
    });
    expect(branch.situation?.relation.kind).not.toBe('eigen-werkgever');
    const strikers = await check(
      'Donderdag staken we bij de provincie voor een betere cao. Excuses voor de dichte loketten ✊',
      { sector: 'provincie', role: 'medewerker subsidies' },
    );
    expect(categories(strikers)).not.toContain('namens-werkgever');
    const rent = await check('De huur in Amsterdam is echt een grap 🙄 weer 80 euro erbij');
    expect(rent.risk).toBe('laag');
  });

  it('news not yet out needs no telling verb in a draft; the cover spread thin; an action tomorrow', async () => {
    // A draft is itself the passing on: the rule needs no "vertellen" or "delen" beside it.
    const news = await check(
      'Het zwembad gaat dicht per januari. Wordt pas volgende maand bekendgemaakt, dus niks zeggen',
      {
        sector: 'gemeente',
        role: 'medewerker sport',
      },
    );
    expect(news.risk).toBe('hoog');
    const police = { sector: 'politie', role: 'agent' } as const;
    expect(
      (await check('Vanavond maar één wagen voor heel Oost, dus let op jullie fietsen', police)).risk,
    ).toBe('hoog');
    expect((await check('morgenvroeg flinke actie in de Schilderswijk 🚔', police)).risk).toBe('hoog');
    expect(
      (await check('Ik heb maar twee auto’s in de straat gezien vandaag, heerlijk rustig', police)).risk,
    ).toBe('laag');
    expect((await check('Alle wagens van de buren staan weer bij ons op de stoep, zucht', police)).risk).toBe(
      'laag',
    );
  });

  it('an opinion in everyday words, a citizen answered about the own policy, a team lead insulted', async () => {
    const opinion = await check('Dat nieuwe rekenmodel voor de kinderopvangtoeslag slaat echt nergens op.', {
      sector: 'rijk',
      role: 'medewerker Toeslagen',
      portfolio: ['kinderopvangtoeslag'],
    });
    expect(opinion.risk).not.toBe('laag');
    const reply = await check(
      '@jan Ik begrijp je frustratie, maar de blauwe zone is juist bedoeld om plek te houden voor bezoekers.',
      { sector: 'gemeente', role: 'adviseur mobiliteit', portfolio: ['parkeren'] },
    );
    expect(categories(reply)).toContain('namens-werkgever');
    const lead = await check('My team lead is a total moron, every single meeting is a waste of time', {
      sector: 'rijk',
      role: 'adviseur',
    });
    expect(lead.risk).toBe('hoog');
  });
});

describe('classes found on the forty-fourth to forty-sixth sets (2026-12-07)', () => {
  it('a case from a job that meets people, told about one person who can be pointed at', async () => {
    const officer = { sector: 'politie', role: 'agent wijkteam' } as const;
    const street = await check(
      'Weer die mevrouw uit de Berkenlaan opgehaald vannacht, ze was de weg kwijt. Zoon woont in Spanje, niemand let op haar',
      officer,
    );
    expect(street.risk).toBe('hoog');
    expect(categories(street)).toEqual(expect.arrayContaining(['persoonsgegevens', 'geheimhouding']));
    expect(ruleIds(street)).toContain('situatie-persoon-uit-werk');
    const named = await check('Meneer Hoekstra kwam vandaag wéér zijn rijbewijs halen zonder pasfoto 🙄', {
      sector: 'gemeente',
      role: 'baliemedewerker burgerzaken',
    });
    expect(ruleIds(named)).toContain('situatie-persoon-uit-werk');
    const pupil = await check('Die jongen uit 2C had vandaag weer zijn huiswerk niet, zucht', {
      sector: 'onderwijs',
      role: 'docent Engels',
    });
    expect(ruleIds(pupil)).toContain('situatie-persoon-uit-werk');
    const aged = await check(
      '[Facebook] weer mevrouw de wit (81) uit kampen gezakt voor haar examen. misschien stoppen?',
      {
        sector: 'overig',
        role: 'rijexaminator CBR',
      },
    );
    expect(aged.risk).toBe('hoog');
    // A citizen's neighbour, addressed to the citizen, is still someone the enforcer met at work.
    const neighbour = await check(
      '@Bart, uw buurvrouw Jansen heeft al een waarschuwing gehad voor die dakkapel, wij zitten erbovenop',
      { sector: 'gemeente', role: 'handhaver bouw- en woningtoezicht' },
    );
    expect(ruleIds(neighbour)).toContain('situatie-persoon-uit-werk');
  });

  it('the own circle, another role, the public and fiction are no case from the work', async () => {
    const officer = { sector: 'politie', role: 'agent' } as const;
    for (const text of [
      'Gezellige barbecue bij de familie Jansen, onze buren uit de Berkenlaan 😊',
      'Als vader van twee kinderen uit groep 5 vind ik dat de Schoolstraat autovrij moet',
      'Mijn oud-leerling Sanne uit groep 8 won vandaag de Nederlandse titel, zo trots!',
      'De politie zoekt de vermiste meneer Bos (79) uit de Molenstraat. Zie het officiële bericht en deel het!',
      'Seizoen 2 van die serie gekeken: de verdachte uit de Kerkstraat was het natuurlijk 😱',
    ]) {
      const reply = await check(
        text,
        text.includes('leerling') ? { sector: 'onderwijs', role: 'juf' } : officer,
      );
      expect(ruleIds(reply), text).not.toContain('situatie-persoon-uit-werk');
    }
  });

  it('a camera, fence or gate at the workplace that does not work, in a post', async () => {
    const soldier = { sector: 'defensie', role: 'soldaat' } as const;
    const fence = await check('Het hek achter de munitieopslag ligt al een maand plat haha', soldier);
    expect(fence.risk).toBe('hoog');
    expect(ruleIds(fence)).toContain('beveiliging-werkplek-stuk');
    const cameras = await check('De camera’s bij de ingang van het stadhuis doen het al weken niet lol', {
      sector: 'gemeente',
      role: 'medewerker facilitair',
    });
    expect(ruleIds(cameras)).toContain('beveiliging-werkplek-stuk');
    const garden = await check('Mijn tuinhek is kapot na de storm, wie kent een goede klusser?', soldier);
    expect(ruleIds(garden)).not.toContain('beveiliging-werkplek-stuk');
    const fixed = await check('Het hek bij de kazerne was kapot maar is inmiddels gerepareerd 👍', soldier);
    expect(ruleIds(fixed)).not.toContain('beveiliging-werkplek-stuk');
  });

  it('who is not the civil servant: a neighbour to report, a new alderman, a private firm', async () => {
    const report = await ask(
      'mijn zwager werkt bij het UWV en deelt steeds nepnieuws op facebook. waar kan ik dat melden?',
    );
    expect(report.verdict).toBe('buiten-scope');
    // A civil servant about a colleague stays in scope: that is the internal route.
    const colleague = await ask(
      'mijn collega deelt steeds nepnieuws op facebook over ons beleid. waar kan ik dat melden?',
      { sector: 'rijk', role: 'adviseur' },
    );
    expect(colleague.verdict).not.toBe('buiten-scope');
    const alderman = await ask(
      'ben sinds vorige maand wethouder. gelden de regels voor social media nog voor mij?',
    );
    expect(alderman.verdict).toBe('buiten-scope');
    const firm = await ask(
      'ik werk bij een installatiebedrijf en mijn baas is een ramp. mag ik dat op fb zetten?',
    );
    expect(firm.verdict).toBe('buiten-scope');
  });

  it('"social media" is no contact with the press; a published warning or report is public', async () => {
    const platform = await ask(
      'mag ik op social media iets zeggen over de nieuwe fietsenstalling bij het station?',
      {
        sector: 'rijk',
        role: 'jurist',
        portfolio: ['arbeidsrecht'],
      },
    );
    expect(ruleIds(platform)).not.toContain('perscontact');
    const warning = await ask(
      'mag ik de code rood van het KNMI van vanochtend op mijn eigen account delen?',
      {
        sector: 'rijk',
        role: 'weerkundige',
        portfolio: ['weerwaarschuwingen'],
      },
    );
    expect(warning.verdict).toBe('mag');
    const report = await ask('Our team report came out this morning. Can I post about it on LinkedIn?', {
      sector: 'rijk',
      role: 'researcher',
      portfolio: ['housing monitor'],
    });
    expect(report.verdict).toBe('mag');
  });

  it('joining a union from an intelligence service; a hint without "nog"; figures still to come', async () => {
    const union = await ask('werk sinds kort bij de MIVD, mag ik lid worden van een vakbond?', {
      sector: 'defensie',
      role: 'analist',
    });
    expect(union.verdict).toBe('mag');
    // Telling the public that one works there stays a secret.
    const post = await ask('werk sinds kort bij de MIVD, mag ik dat op linkedin zetten?', {
      sector: 'defensie',
      role: 'analist',
    });
    expect(post.verdict).toBe('mag-niet');
    const hint = await check('kan er niks over zeggen maar mijd zondag het centrum, we hebben aanwijzingen', {
      sector: 'politie',
      role: 'analist',
    });
    expect(hint.risk).toBe('hoog');
    const figures = await check(
      'Wachtlijst 20% korter dit jaar! De cijfers staan pas in het jaarverslag van mei 💪',
      {
        sector: 'gemeente',
        role: 'teamleider Wmo',
        portfolio: ['wmo'],
      },
    );
    expect(figures.risk).toBe('hoog');
  });
});

describe('false alarms from words that look alike, and more classes (2026-12-07, later)', () => {
  it('a word inside another word or stem is not that word', async () => {
    // "boss" shares its Dutch stem with "boos": praise for one's boss is no anger.
    const boss = await check('My boss absolutely nailed the keynote today, proud to be on this team', {
      sector: 'rijk',
    });
    expect(boss.risk).toBe('laag');
    // "pressure" begins with "press": no contact with the press.
    const pressure = await ask('can I write a blog post to put pressure on my landlord about the mould?', {
      sector: 'rijk',
      role: 'adviseur',
    });
    expect(ruleIds(pressure)).not.toContain('perscontact');
    const press = await ask('can I talk to the press about my job?', { sector: 'rijk', role: 'adviseur' });
    expect(ruleIds(press)).toContain('perscontact');
    // "truth" begins with "trut".
    const truth = await ask('mag ik op X "the truth is out there" zetten bij een foto van de sterren?', {
      sector: 'gemeente',
    });
    expect(ruleIds(truth)).not.toContain('belediging-algemeen');
    // "de bezetting" of a wing is how many staff are on, not an occupation.
    const staffing = await check(
      'Vannacht weer met te weinig mensen, de bezetting op de afdeling is echt te krap',
      {
        sector: 'rijk',
        role: 'penitentiair inrichtingswerker',
      },
    );
    expect(ruleIds(staffing)).not.toContain('burgerlijke-ongehoorzaamheid');
  });

  it('a union meeting point is no guard schedule; published today is not still to come', async () => {
    const union = await check('FNV-actie: maandag 8u verzamelen bij de poort van de PI, kom allemaal!', {
      sector: 'rijk',
    });
    expect(ruleIds(union)).not.toContain('beveiliging-van-een-locatie');
    const published = await check(
      'Our new report on housing is out today on our website, proud of the team!',
      {
        sector: 'rijk',
        role: 'researcher',
      },
    );
    expect(published.risk).toBe('laag');
  });

  it('an election abroad is a subject far from Dutch work; a flight out with its time is a troop movement', async () => {
    // (The employer is known, and foreign affairs is not its field.)
    const abroad = await ask('mag ik op X mijn mening geven over de presidentsverkiezingen in Amerika?', {
      sector: 'rijk',
      role: 'medewerker ICT bij DUO',
      portfolio: ['werkplekbeheer'],
    });
    expect(abroad.situation?.topic.domains.map((domain) => domain.id)).toContain('buitenland');
    expect(abroad.verdict).toBe('mag');
    const soldier = { sector: 'defensie', role: 'soldaat' } as const;
    expect((await check('Wheels up tmrw 05:30, heading out with the whole company 💪', soldier)).risk).toBe(
      'hoog',
    );
    expect((await check('Wheels up to Lisbon for a week of sun ☀️', soldier)).risk).toBe('laag');
  });

  it('classification markings and unpatched flaws are secrets', async () => {
    const marked = await ask(
      'had a NATO RESTRICTED briefing today, most of it was in the news anyway. can I summarise it on X?',
      {
        sector: 'defensie',
      },
    );
    expect(marked.verdict).toBe('mag-niet');
    const flaw = await ask(
      'I found an unpatched vuln in the ministry portal. can I blog about it with the details?',
      {
        role: 'externe developer',
      },
    );
    expect(flaw.verdict).toBe('mag-niet');
  });
});

describe('a case from the work: ages, rooms and special details (2026-12-07, last)', () => {
  it('an age said in words or a unit with its code makes the person recognisable', async () => {
    const nurse = { sector: 'gemeente', role: 'jeugdverpleegkundige' } as const;
    const age = await check(
      'Vandaag bij de screening: een meisje van 15 uit de opvang bleek besmet met schurft',
      nurse,
    );
    expect(age.risk).toBe('hoog');
    expect(categories(age)).toContain('persoonsgegevens');
    const unit = await check(
      'Die gedetineerde uit cel 12 heeft vannacht weer de hele afdeling wakker gehouden',
      {
        sector: 'rijk',
        role: 'penitentiair inrichtingswerker',
      },
    );
    expect(unit.risk).toBe('hoog');
    expect(categories(unit)).toContain('persoonsgegevens');
  });

  it('pride does not clear a diagnosis or an arrest; it clears an achievement', async () => {
    const nurse = { sector: 'gemeente', role: 'jeugdverpleegkundige' } as const;
    const diagnosis = await check(
      'Trots op ons team! De jongen van 16 uit unit B bleek tbc te hebben, op tijd ontdekt 💪',
      nurse,
    );
    expect(diagnosis.risk).toBe('hoog');
    const medal = await check(
      'Zo trots op een oud-leerling uit groep 8: hij won vandaag de schaakkampioenschappen',
      {
        sector: 'onderwijs',
        role: 'leerkracht',
      },
    );
    expect(ruleIds(medal)).not.toContain('situatie-persoon-uit-werk');
  });
});

describe('a case from the work asked about, and the employer with its place (2026-12-07, last)', () => {
  it('a question about posting a recognisable person from the work is a hard stop', async () => {
    const pupil = await ask(
      'ik geef les op een mbo. een student schold een collega uit en ik wil dat op facebook zetten met zijn naam en klas erbij. mag dat?',
      { sector: 'onderwijs', role: 'docent' },
    );
    expect(pupil.verdict).toBe('mag-niet');
    expect(ruleIds(pupil)).toContain('situatie-persoon-uit-werk');
    const famous = await ask(
      'mag ik op X zetten dat die bekende gedetineerde bij ons elke dag bezoek krijgt?',
      {
        sector: 'rijk',
        role: 'penitentiair inrichtingswerker',
      },
    );
    expect(famous.verdict).toBe('mag-niet');
    // The writer's own name in a review is not someone else's.
    const own = await ask(
      'Ik ben jeugdconsulent. Iemand schreef een review met mijn naam erin. Mag ik reageren?',
      {
        sector: 'gemeente',
      },
    );
    expect(ruleIds(own)).not.toContain('situatie-persoon-uit-werk');
  });

  it('a job and an employer with its place open the message', async () => {
    const officer = await ask('piw bij DJI in PI Zwolle. mag ik iets posten over mijn vakantie?');
    expect(officer.situation?.speaker.organisation?.id).toBe('dji');
    expectEvidenceIn(
      'piw bij DJI in PI Zwolle. mag ik iets posten over mijn vakantie?',
      officer.situation?.speaker.organisation?.evidence,
    );
  });
});

describe('a phrase inside a list of words is two steps (2026-12-07, last)', () => {
  it('"our manager is incompetent" insults someone from the own work environment', async () => {
    const boss = await check('Honestly our manager is the most incompetent person in this building', {
      sector: 'rijk',
      role: 'adviseur',
    });
    expect(boss.risk).toBe('hoog');
    expect(ruleIds(boss)).toContain('belediging-werkomgeving');
  });
});

describe('the person in the news, known from the file (2026-12-07, last)', () => {
  it('a comment under an article about "die man", from someone who knows the file, is personal data', async () => {
    const comment = await check(
      '[reactie onder artikel NOS] Ik werk bij het UWV en ken dit dossier: deze meneer kreeg jarenlang een uitkering en werkte ondertussen gewoon door.',
      { sector: 'rijk' },
    );
    expect(comment.risk).toBe('hoog');
    expect(ruleIds(comment)).toContain('situatie-persoon-uit-werk');
    // An opinion on the news without the file is no case from the work.
    const opinion = await check(
      '[reactie onder artikel NOS] Ik werk bij het UWV en vind dat deze man gelijk heeft over de wachttijden.',
      { sector: 'rijk' },
    );
    expect(ruleIds(opinion)).not.toContain('situatie-persoon-uit-werk');
    // The job towards that person, said outright, is the work even without a profile role.
    const teacher = await check(
      "[comment under news article] I was this girl's mentor, she never did her homework and her mum's in rehab, no surprise",
      { sector: 'onderwijs' },
    );
    expect(teacher.risk).toBe('hoog');
  });
});

describe('a mandate, the internal route and administrative questions (2026-12-07, session 14)', () => {
  it('asked by the line or the administration to explain a plan: a mandate, not a leak', async () => {
    const explain = await ask(
      'de wethouder vraagt mij om op de bewonersavond het conceptplan voor de windturbines toe te lichten. mag ik daar vragen van bewoners beantwoorden?',
      { sector: 'gemeente', role: 'beleidsadviseur energie' },
    );
    expect(explain.verdict).not.toBe('mag-niet');
    expect(explain.situation?.markers.map((marker) => marker.kind)).toContain('opdracht');
    // Without the request the concept plan is still an internal document.
    const alone = await ask(
      'mag ik op de bewonersavond het conceptplan voor de windturbines alvast laten zien?',
      {
        sector: 'gemeente',
        role: 'beleidsadviseur energie',
      },
    );
    expect(alone.verdict).toBe('mag-niet');
    // A colleague's request is no mandate.
    const colleague = await ask(
      'een collega vraagt of ik het conceptplan op de bewonersavond wil laten zien. mag dat?',
      {
        sector: 'gemeente',
      },
    );
    expect(colleague.situation?.markers.map((marker) => marker.kind)).not.toContain('opdracht');
  });

  it('reporting a colleague inside the organisation discloses nothing to the public', async () => {
    const report = await ask(
      'Ik zag een collega bij een aanhouding racistische opmerkingen maken tegen de verdachte. Mag ik dit melden buiten mijn eigen teamchef om?',
      { sector: 'politie' },
    );
    expect(report.verdict).toBe('mag');
    // Posting the same online is another question.
    const online = await ask(
      'Ik zag een collega bij een aanhouding racistische opmerkingen maken tegen de verdachte. Mag ik dit op Facebook zetten?',
      { sector: 'politie' },
    );
    expect(online.verdict).not.toBe('mag');
  });

  it('pay, leave and a broken lamp post are questions for HR or the municipality', async () => {
    for (const text of [
      'I moderated a panel on a Saturday for my directorate. Can I claim overtime or compensatory leave for that?',
      'gemeente wil dat ik de verkiezingsnacht meetel. krijg ik daar onregelmatigheidstoeslag of tijd voor tijd?',
      'hoe meld ik een kapotte lantaarnpaal bij mij in de straat? werk zelf bij de gemeente',
    ]) {
      expect((await ask(text)).verdict, text).toBe('buiten-scope');
    }
    // A permission question about the same subject stays in scope.
    const post = await ask('mag ik op LinkedIn posten hoeveel overuren ik maak voor de verkiezingen?', {
      sector: 'gemeente',
    });
    expect(post.verdict).not.toBe('buiten-scope');
    // Paid tips on a channel of one's own are a side activity, not a pay question.
    const channel = await ask(
      'ben rijexaminator bij het CBR. ik wil een tiktok met tips beginnen, misschien kunnen we er later wat aan verdienen. kan dat?',
    );
    expect(channel.verdict).not.toBe('buiten-scope');
  });

  it('telling ahead ("alvast"), preliminary figures and a group sent away', async () => {
    const ahead = await ask(
      'we hebben vandaag de ondersteuningsverklaringen van een nieuwe partij binnengekregen. mag ik in de buurtapp alvast zeggen dat ze niet meedoen?',
      { sector: 'gemeente', role: 'medewerker verkiezingen' },
    );
    expect(ahead.verdict).toBe('mag-niet');
    const figures = await ask(
      "I'm a statistician at CBS. Can I show a few preliminary numbers from the release that comes out the week after at a meetup?",
    );
    expect(figures.verdict).toBe('mag-niet');
    const group = await check(
      'Helemaal mee eens!! Al die moslims die niet willen integreren moeten gewoon terug, klaar.',
      {
        sector: 'gemeente',
        role: 'consulent inburgering',
      },
    );
    expect(group.risk).toBe('hoog');
    // "Plain language first, alt text everywhere" is no password in plain text.
    const accessible = await check(
      '[LinkedIn] Great panel today on accessible public websites. My takeaways: plain language first, alt text everywhere.',
    );
    expect(accessible.risk).toBe('laag');
  });
});

describe('drafts: the job named in the post, insults in public, cases told about (2026-12-07, session 14)', () => {
  it('a political opinion signed with the job and employer reads as the employer speaking', async () => {
    const signed = await check(
      "[LinkedIn] As a policy advisor at the Ministry of Finance I have to say: this party's climate plans are naive and unaffordable. Vote wisely on the 29th.",
      { sector: 'rijk' },
    );
    expect(signed.risk).toBe('middel');
    expect(ruleIds(signed)).toContain('situatie-functie-in-bericht');
    // The same opinion without the job named is the writer's own.
    const unsigned = await check(
      "[LinkedIn] I have to say: this party's climate plans are naive and unaffordable. Vote wisely on the 29th.",
      { sector: 'rijk' },
    );
    expect(ruleIds(unsigned)).not.toContain('situatie-functie-in-bericht');
  });

  it('name-calling a politician or a party to the own case in public is a hard stop; in a team chat, manner', async () => {
    const politician = await check(
      '[Facebook] Die clown van die partij wil de politie opschonen. Nou meneer de fractievoorzitter, kom eerst een nachtdienst draaien, slappe zakkenvuller.',
      { sector: 'politie', role: 'hoofdagent' },
    );
    expect(politician.risk).toBe('hoog');
    expect(ruleIds(politician)).toContain('situatie-belediging');
    const chat = await check(
      '[teamapp] Die mevrouw van die Wmo-aanvraag belde wéér. Echt een zeurende heks 🙄',
      {
        sector: 'gemeente',
        role: 'Wmo-consulent',
      },
    );
    expect(ruleIds(chat)).not.toContain('situatie-belediging');
  });

  it('a client recognised in the waiting room, a family by its street, a case told in English', async () => {
    const waiting = await check(
      '[Instagram] Druk dagje op de soa-poli 😅 Herkende zelfs mijn oude gymleraar in de wachtkamer haha',
    );
    expect(waiting.risk).toBe('hoog');
    expect(ruleIds(waiting)).toContain('client-herkend');
    const family = await check(
      '[Facebook buurtgroep] Die familie op de hoek bij de Populierenlaan krijgt al 2 jaar hulp van ons wijkteam en het is daar nog steeds een puinhoop.',
      { sector: 'gemeente', role: 'wijkcoach' },
    );
    expect(family.risk).toBe('hoog');
    const twins = await check(
      '[LinkedIn] Proud of my team at the Raad voor de Kinderbescherming. Today the judge granted the OTS for the twins in Kampen whose mum kept missing every appointment.',
      { sector: 'rijk' },
    );
    expect(twins.risk).toBe('hoog');
  });

  it('"now that I have left I can finally say" and a report kept in the drawer announce a secret', async () => {
    const left = await check(
      '[X] Nu ik weg ben bij Financiën kan ik het eindelijk zeggen: het besluit over de regeling lag al klaar voordat de Kamer het wist. Draadje',
    );
    expect(left.risk).toBe('hoog');
    expect(ruleIds(left)).toContain('nu-kan-het-gezegd');
    const drawer = await check(
      '[LinkedIn] Fun fact from my assignment at a ministry: the evaluation of the act has been finished for months, but it stays in the drawer.',
    );
    expect(drawer.risk).toBe('hoog');
    // Good news of one's own is no secret.
    const news = await check('Nu ik weg ben kan ik het eindelijk zeggen: ik ga verhuizen naar Groningen!');
    expect(news.risk).toBe('laag');
  });
});

describe('false alarms on work words that are not about the work (2026-12-07, session 14)', () => {
  it('a training about fraud, a former officer on a TV series, a farewell to all parties, the official result', async () => {
    expect(
      (await check('[X] Hele ochtend fraude-training gehad, nu herken ik een nepfactuur meteen!')).risk,
    ).toBe('laag');
    const former = await check('[X] Als oud-agent vind ik de nieuwe politieserie best realistisch 😄');
    expect(ruleIds(former)).not.toContain('hoedanigheid-onduidelijk');
    const farewell = await check(
      '[LinkedIn] Na 12 jaar bij de griffie neem ik afscheid. Dank aan de raadsleden van álle fracties voor de fijne samenwerking!',
      { sector: 'gemeente' },
    );
    expect(farewell.risk).toBe('laag');
    const result = await check(
      '[X] De officiële uitslag van de gemeenteraadsverkiezingen staat nu op de site: negen partijen in de raad. Nalezen via de link',
      { sector: 'gemeente', role: 'medewerker verkiezingen' },
    );
    expect(result.risk).toBe('laag');
    // The neutral function taking a side still weighs.
    const side = await check('[X] Stem allemaal op de VVD, de enige partij met een plan!', {
      sector: 'gemeente',
      role: 'medewerker verkiezingen',
    });
    expect(side.risk).not.toBe('laag');
  });

  it('a club board is no employer', async () => {
    const club = await check(
      "Great pitch today at our hockey club's board elections. Officially the new treasurer!",
    );
    expect(club.situation?.relation.kind).not.toBe('eigen-werkgever');
  });
});

describe('leaks, records, knowledge questions and the party congress (2026-12-07, session 14)', () => {
  it('sharing a leaked memo about the own dossier weighs; example records from a citizen database are personal data', async () => {
    const leak = await ask(
      "The Volkskrant published a leaked memo from my ministry today, it's about my own dossier. Can I share the article on LinkedIn?",
      { sector: 'rijk', role: 'beleidsmedewerker', portfolio: ['jeugdzorg'] },
    );
    expect(leak.verdict).toBe('voorwaardelijk');
    const records = await ask(
      'I do the data migration for the municipality. Can I post a screenshot of the citizen database with a few example records on my blog?',
    );
    expect(records.verdict).toBe('mag-niet');
  });

  it('a question for knowledge is out of scope, also when a talk is mentioned', async () => {
    const difference = await ask(
      "wat is eigenlijk het verschil tussen de wob en de woo? moet er een presentatie over geven voor nieuwe collega's",
    );
    expect(difference.verdict).toBe('buiten-scope');
    const term = await ask('hoe lang heeft de gemeente eigenlijk om een woo-verzoek te beantwoorden?');
    expect(term.verdict).toBe('buiten-scope');
  });

  it("a member at the party's congress is protected; a workshop there on the own dossier is not", async () => {
    const member = await ask(
      'sergeant bij de landmacht. mag ik zaterdag naar het partijcongres van de VVD? in burger, ben lid',
      {
        sector: 'defensie',
      },
    );
    expect(member.verdict).toBe('mag');
    const workshop = await ask(
      'Mijn partij vraagt of ik op het partijcongres een workshop wil geven over de warmtetransitie. Daar werk ik zelf aan bij KGG. Mag dat?',
      { sector: 'rijk', portfolio: ['warmtetransitie'] },
    );
    expect(workshop.verdict).toBe('voorwaardelijk');
  });
});

describe('private life and the job on a profile (2026-12-07, session 14)', () => {
  it('sport, TV and dating are private life, far from the work', async () => {
    for (const text of [
      'Ik ben agent (noodhulp). Mag ik op X mijn mening geven over de bondscoach? die opstelling gisteren was niet te volgen',
      'werk bij RWS als wegbeheerder, mag ik op mn prive insta zeggen dat de nieuwe GTST-cast echt niet kan acteren?',
    ]) {
      const reply = await ask(text);
      expect(reply.verdict, text).toBe('mag');
      expect(reply.situation?.relation.kind, text).toBe('los-van-werk');
    }
  });

  it('naming the job on a profile is allowed, except at a security service', async () => {
    const lawyer = await ask(
      "Is it ok to put on my LinkedIn that I work as a lawyer for gemeente Utrecht? Or is that 'not done'?",
    );
    expect(lawyer.verdict).toBe('mag');
    expect(ruleIds(lawyer)).toContain('werk-op-profiel');
    const service = await ask('mag ik op linkedin zetten dat ik bij de AIVD werk?');
    expect(service.verdict).toBe('mag-niet');
    // An opinion on the profile is another question.
    const opinion = await ask(
      'mag ik op linkedin zetten dat ik het stikstofbeleid van mijn minister slecht vind?',
      {
        sector: 'rijk',
      },
    );
    expect(opinion.verdict).not.toBe('mag');
  });

  it('sarcastic applause for the own management is mockery', async () => {
    const applause = await check(
      '[Teams, afdelingskanaal ~40 pers.] Top weer van ons afdelingshoofd: 3e reorganisatie in 2 jaar. Applaus 👏👏 voor zoveel visie.',
      { sector: 'gemeente' },
    );
    expect(applause.risk).not.toBe('laag');
    expect(ruleIds(applause)).toContain('situatie-spot');
  });
});

describe('what is behind the writer, quota insinuations and phrases at the end of a word list (2026-12-07, session 14)', () => {
  it('an overview of the units on the wall behind a selfie is passed on with it', async () => {
    const wall = await check(
      '[Instagram] Eerste dag in de nieuwe ops room 📡 excuses voor de rommelige muur achter me, daar hangt ons hele overzicht van de eenheden in het gebied haha',
    );
    expect(wall.risk).toBe('hoog');
    expect(ruleIds(wall)).toContain('achtergrond-in-beeld');
    const view = await check('[Instagram] Selfie op kantoor, achter me het mooiste uitzicht over de stad 😍');
    expect(ruleIds(view)).not.toContain('achtergrond-in-beeld');
  });

  it('a politician put down as a quota appointment is discrimination', async () => {
    const quota = await check(
      "[X] Die nieuwe gedeputeerde heeft in één week bewezen dat ze er niks van snapt. Typisch zo'n quotumbenoeming.",
      { sector: 'provincie' },
    );
    expect(quota.risk).toBe('hoog');
  });

  it('"now I can finally say" with what happened internally, written without "nu ik weg ben"', async () => {
    const finally_ = await check(
      '[LinkedIn] Na 11 jaar stop ik bij de provincie. Nu kan ik het eindelijk zeggen: het dossier is intern jarenlang bewust vertraagd door de top.',
    );
    expect(ruleIds(finally_)).toContain('nu-kan-het-gezegd');
  });
});

describe('English cases from the work (2026-12-07, session 14)', () => {
  it('a client, pupils by name, an official message to come, a hint at a murder case', async () => {
    for (const [text, profile] of [
      [
        "[X] Today's 'fully disabled' client walked in straight from the gym 🙄 These people are laughing at every taxpayer.",
        { sector: 'overig', role: 'arbeidsdeskundige UWV' },
      ],
      [
        "[Instagram] Report card season 😩 some of my grade 9s really need to step up… (Lucas and Aylin, I'm looking at you 😂)",
        { sector: 'onderwijs', role: 'docent' },
      ],
      [
        '[X] Speaking for the waterschap: if the river rises another 30 cm tonight we will close the dike road. Official message comes tomorrow.',
        { sector: 'waterschap' },
      ],
      [
        "[LinkedIn] Long week in the lab on the Breda double murder. Can't say much, but the DNA on the knife is going to surprise a lot of people.",
        { sector: 'politie', role: 'forensisch rechercheur' },
      ],
    ] as const) {
      expect((await check(text, profile)).risk, text).toBe('hoog');
    }
  });

  it('"no name, but his route and his country" is still a person; a suspension explained to parents too', async () => {
    const story = await ask(
      'I decide asylum cases at the IND. I want to share his story on Insta, no name, but his route, his country and how he lost his family.',
    );
    expect(story.verdict).toBe('mag-niet');
    const suspended = await ask(
      'teacher here. In the class parents whatsapp a mum asks why one of the boys got suspended. Can I explain what happened?',
      { sector: 'onderwijs' },
    );
    expect(suspended.verdict).toBe('mag-niet');
    // An opinion on a public scandal is no one's personal data.
    const scandal = await ask(
      'I work at the Belastingdienst (cloud, nothing to do with toeslagen). Can I tweet that the victims of the benefits scandal wait too long?',
    );
    expect(scandal.verdict).not.toBe('mag-niet');
  });

  it("on the list for the council is a candidacy in English too; a teaser of tomorrow's announcement is a leak", async () => {
    const list = await ask(
      "I'm a D66 member and they asked me to be on the list for the gemeenteraad. I work at BZK (democratie). Can I campaign on LinkedIn?",
    );
    expect(list.verdict).toBe('voorwaardelijk');
    const tease = await ask(
      'in the MT meeting today they said the minister will announce tomorrow that the pilot gets extended. can I tease it on LinkedIn tonight?',
    );
    expect(tease.verdict).toBe('mag-niet');
  });
});

describe("the decision model's red and representative functions in party politics (2026-12-07, session 14)", () => {
  it('own dossier, politics and timing without a senior function are amber', async () => {
    const amber = await check(
      "[LinkedIn] Even een factcheck op het verkiezingsprogramma van een grote partij: 'alle windparken op zee stoppen' kost volgens openbare PBL-cijfers miljarden. (op persoonlijke titel)",
      { sector: 'rijk', role: 'beleidsmedewerker', portfolio: ['wind op zee'] },
    );
    expect(amber.risk).toBe('middel');
  });

  it('an ambassador disqualifying a party weighs, whatever the subject', async () => {
    const party = await check(
      '[LinkedIn comment] Deze partij is een gevaar voor onze democratie en iedereen die erop stemt is medeplichtig.',
      { sector: 'rijk', role: 'ambassadeur' },
    );
    expect(party.risk).not.toBe('laag');
    expect(ruleIds(party)).toContain('situatie-vertegenwoordigende-functie');
  });
});

describe('the last dangerous drafts of the labelled sets (2026-12-07, session 14)', () => {
  it('an enforcement step against a named firm, a signature that names the job, a judge called names', async () => {
    const pv = await check(
      '[X] Vanochtend bij afvalverwerker Van Dijk in Moerdijk: wéér lekkende vaten. PV volgt. Echt een cowboybedrijf.',
      { role: 'toezichthouder omgevingsdienst' },
    );
    expect(pv.risk).toBe('hoog');
    expect(ruleIds(pv)).toContain('handhavingsstap-verklappen');
    const boa = await check(
      '[facebook buurtgroep] aan de eigenaar van de witte golf die steeds voor nr 14 staat: gisteren de 3e bon geschreven 😉 groetjes je buurt-boa',
    );
    expect(boa.risk).toBe('hoog');
    const judge = await check(
      '[X] die rechter van gisteren in zwolle is gewoon een wereldvreemde knuffelaar. wij pakken ze op, hij laat ze lopen.',
      { sector: 'politie' },
    );
    expect(judge.risk).toBe('hoog');
  });

  it("an adviser at the prime minister's office betting on the cabinet's fall speaks with inside weight", async () => {
    const bet = await check(
      '[X] Benieuwd hoe lang dit kabinet het nog volhoudt. Wedden dat ze voor de zomer vallen? 🍿',
      {
        sector: 'rijk',
        role: 'raadadviseur Ministerie van Algemene Zaken',
      },
    );
    expect(bet.risk).not.toBe('laag');
  });
});

describe('round three: what is heard at work, how an assessment scored, a policy called dumb (2026-12-07, session 14)', () => {
  it('passing on what a colleague said, a weapon beyond its spec, an interrogation watched, a list not to forward', async () => {
    for (const [text, profile] of [
      [
        '[Facebook] Even een waarschuwing voor het dorp: van een collega gehoord dat de dijkversterking hier een jaar later start.',
        { sector: 'waterschap' },
      ],
      [
        '[LinkedIn] Proud of my unit! The trials of our new counter-drone system showed an effective range well beyond the 3 km in the spec.',
        { sector: 'defensie' },
      ],
      [
        'Stagedag bij de recherche 🔍 vandaag meegekeken bij het verhoor van de verdachte van de steekpartij bij het station.',
        { sector: 'politie', role: 'stagiair' },
      ],
      [
        '[WhatsApp] Hé Kim, hier de lijst van woningen die volgende week vrijkomen, met wie er bovenaan staat. Niet doorsturen hè 😉',
        { sector: 'gemeente' },
      ],
    ] as const) {
      expect((await check(text, profile)).risk, text).toBe('hoog');
    }
    const birthday = await check('Van een collega gehoord dat het vandaag je verjaardag is, gefeliciteerd!');
    expect(birthday.risk).toBe('laag');
  });

  it('how the assessment committee scored, told to a friend who applied, is a secret; a policy called dumb is manner', async () => {
    const scored = await ask(
      "I work in the subsidy department of a province. A friend's company applied. Can I tell him how the assessment committee scored the competing applications?",
    );
    expect(scored.verdict).toBe('mag-niet');
    const ban = await ask(
      "I teach at a public secondary school. Can I post a TikTok about our school's new phone ban saying I think it's dumb?",
      { sector: 'onderwijs' },
    );
    expect(ban.situation?.hazards.map((hazard) => hazard.kind)).not.toContain('belediging');
    // Calling the head of school dumb is aimed at a person.
    const head = await ask('Can I post that our head of school is dumb?', {
      sector: 'onderwijs',
      role: 'docent',
    });
    expect(head.verdict).not.toBe('mag');
  });
});

describe('too lenient questions of the older sets (2026-12-07, session 14)', () => {
  it('bids of other parties, a council not told yet, a weapons store, a confidential note, "speaking for the IND"', async () => {
    for (const text of [
      "ben zzp'er ingehuurd bij de gemeente voor een aanbesteding. mag ik de inschrijvingen van de andere partijen delen met mijn oude werkgever?",
      "I'm an interim project manager at a municipality. The budget overrun is about 4 million and the council hasn't been told yet. Can I mention it on LinkedIn?",
      'Air Force, Volkel. can i post a tiktok from inside the hangar showing the jets and the weapons storage area? no faces',
      'werk bij de griffie. er ligt een vertrouwelijke notitie bij de raad. een raadslid vraagt of ik die naar hem doorstuur. mag dat?',
      "I'm a case officer at the IND. can I reply on reddit 'speaking for the IND: this is how it works' and correct them?",
    ]) {
      expect((await ask(text)).verdict, text).toBe('mag-niet');
    }
    const myself = await ask(
      "I'm a case officer at the IND. can I reply on reddit, speaking for myself, that I like the new park?",
    );
    expect(myself.verdict).not.toBe('mag-niet');
  });
});

describe('insults and stereotypes, by office and by type (2026-12-07, session 14)', () => {
  it('a party leader called names by an analyst, a colleague singled out by headscarf, a client group as a type', async () => {
    const leader = await check(
      'Fractievoorzitter Jeroen de Wit is een gevaarlijke idioot en dat vindt iedereen hier op de afdeling ook.',
      {
        sector: 'rijk',
        role: 'analist NCTV',
      },
    );
    expect(leader.risk).toBe('hoog');
    const headscarf = await check(
      "[WhatsApp-groep 'Team Noord'] Die nieuwe collega met die hoofddoek, wedden dat ze binnen een maand weer weg is 😂",
      {
        sector: 'gemeente',
      },
    );
    expect(headscarf.risk).toBe('hoog');
    const type = await ask(
      "ik werk bij werk & inkomen. mag ik in onze teamapp een meme sturen met 'de gemiddelde bijstandsklant op maandagochtend'? is maar een grapje",
    );
    expect(type.verdict).toBe('mag-niet');
  });

  it("a recognisable person's diagnosis in a post about a good day", async () => {
    const tbc = await check(
      '[facebook] Vandaag met het GGD-team vaccinaties gedaan in het azc. De Eritrese jongen van 17 uit unit C bleek open TBC te hebben. Trots op ons team!',
      { sector: 'gemeente', role: 'verpleegkundige GGD' },
    );
    expect(tbc.risk).toBe('hoog');
  });
});

describe('tasks, terms and plain text (2026-12-07, session 14)', () => {
  it('asking for an icebreaker is a task, also when a workshop is named', async () => {
    const icebreaker = await ask(
      "I'm organising an integrity workshop for my team at the NVWA. Got a fun icebreaker?",
    );
    expect(icebreaker.verdict).toBe('buiten-scope');
  });

  it('a term named inside a report of a wrong is no knowledge question', async () => {
    const wrong = await ask(
      "bij ons worden de wettelijke beslistermijnen structureel overschreden en dat wordt intern 'opgelost'. ik wil daar een linkedin post over schrijven. slim?",
      { sector: 'gemeente' },
    );
    expect(wrong.verdict).not.toBe('buiten-scope');
  });

  it('an app that stores licence plates in plain text is a weak spot', async () => {
    const plain = await check(
      '[X] Fun fact: the parking app of a certain big Dutch city still stores licence plates in plain text 🙃 found it while testing this week',
      { sector: 'gemeente', role: 'IT contractor' },
    );
    expect(plain.risk).toBe('hoog');
  });
});

describe('family chats and letters out today (2026-12-07, session 14)', () => {
  it('being in a drill, told in the family app, names no secret and no person', async () => {
    const drill = await check(
      '[familie-app] Kunnen jullie me vandaag niet bellen? Zit de hele dag in een crisisoverleg, oefening hoor, niks ergs 😅',
      { sector: 'gemeente' },
    );
    expect(ruleIds(drill)).not.toContain('intern-document');
    expect(ruleIds(drill)).not.toContain('situatie-persoon-in-geheim');
  });

  it("today's letter to parliament is public", async () => {
    const letter = await check(
      '[LinkedIn] Interessante Kamerbrief vandaag over het vereenvoudigen van de Participatiewet. Het lezen waard voor iedereen in het sociaal domein.',
      { sector: 'gemeente', role: 'beleidsmedewerker', portfolio: ['participatiewet'] },
    );
    expect(letter.situation?.markers.map((marker) => marker.kind)).toContain('openbaar');
  });
});

describe('six more unseen sets (2026-12-07, session 15)', () => {
  it('the job named in the post itself counts, also when the profile says the same', async () => {
    const profile = {
      sector: 'overig' as const,
      role: 'verpleegkundige GGD',
      portfolio: ['infectieziekten'],
    };
    const named = await check(
      '[X] Als verpleegkundige bij de GGD vind ik: stem donderdag niet op partijen die de gratis griepprik willen schrappen.',
      profile,
    );
    expect(ruleIds(named)).toContain('situatie-functie-in-bericht');
    expect(named.situation?.topic.domains.length).toBeGreaterThan(0);
    // Hired staff speak for no government when they name their job.
    const hired = await check(
      '[LinkedIn] As an engineer at a private consultancy I think the permits for wind farms take far too long.',
      { sector: 'overig', role: 'ingenieur bij adviesbureau (privébedrijf)' },
    );
    expect(ruleIds(hired)).not.toContain('situatie-functie-in-bericht');
  });

  it("a water board's dikes and water levels are its own work; a reply as its staff speaks for it", async () => {
    const reply = await check(
      '[Facebook reactie] Ik zit bij het waterschap hoor: die kade wordt pas na de zomer opgehoogd, tot dan gewoon opletten 😉',
      { sector: 'waterschap' },
    );
    expect(reply.situation?.relation.kind).toBe('eigen-organisatie');
    expect(ruleIds(reply)).toContain('situatie-antwoord-als-medewerker');
    expect(categories(reply)).toContain('namens-werkgever');
  });

  it('the uniform in view while marching or voting reads as the service; not at a parade', async () => {
    const march = await check(
      '[Instagram] In uniform meegelopen met de demonstratie tegen de bezuinigingen op de jeugdzorg vandaag ✊',
      { sector: 'politie', role: 'agent' },
    );
    expect(categories(march)).toEqual(expect.arrayContaining(['namens-werkgever', 'politieke-gevoeligheid']));
    const parade = await check('[Instagram] In uniform bij het defilé op Veteranendag, wat een eer 🇳🇱', {
      sector: 'defensie',
      role: 'sergeant',
    });
    expect(ruleIds(parade)).not.toContain('situatie-functie-zichtbaar');
  });

  it('dismissing the leadership as incompetent is tone; praise is not', async () => {
    const dismissing = await check(
      '[LinkedIn] Onze nieuwe directeur heeft duidelijk nog nooit een werkvloer van dichtbij gezien.',
      { sector: 'gemeente' },
    );
    expect(ruleIds(dismissing)).toContain('leiding-onbekwaam-noemen');
    expect(categories(dismissing)).toContain('toon');
    const praise = await check('[LinkedIn] Nog nooit zo een betrokken directeur gezien, top!', {
      sector: 'gemeente',
    });
    expect(ruleIds(praise)).not.toContain('leiding-onbekwaam-noemen');
  });

  it('someone met on duty made recognisable: kin of a known local, filmed, or pointed at on the wing', async () => {
    const kin = await check(
      '[Facebook] Vanavond een boete uitgeschreven voor fietsen zonder licht. Was de dochter van de bakker op het plein, die schrok zich rot 😂',
      { sector: 'gemeente', role: 'boa' },
    );
    expect(kin.risk).toBe('hoog');
    expect(categories(kin)).toContain('persoonsgegevens');
    const filmed = await check(
      '[TikTok] Kijk hoe deze kerel gaat schreeuwen als ik zijn auto laat wegslepen 🤣 #handhaving',
      { sector: 'gemeente', role: 'boa' },
    );
    expect(filmed.risk).toBe('hoog');
    const idiom = await check(
      '[blog] In onze straat moet de auto te gast zijn, maak er een fietsstraat van.',
      { sector: 'gemeente', role: 'boa' },
    );
    expect(ruleIds(idiom)).not.toContain('situatie-persoon-uit-werk');
  });

  it('in a question, what the writer says to leave out is no part of the plan', async () => {
    const leftOut = await ask(
      'Ik wil een opiniestuk schrijven over woningnood onder jongeren. Namen van leerlingen noem ik niet en interne stukken gebruik ik niet. Mag dat?',
      { sector: 'onderwijs', role: 'docent mbo' },
    );
    expect(leftOut.situation?.hazards).toEqual([]);
    expect(leftOut.verdict).not.toBe('mag-niet');
    // Someone else's advice is no denial; a hedge keeps the doubt.
    const advice = await ask(
      'mijn teamleider zegt dat ik beter geen lid kan worden van de SP. klopt dat? ik wil gewoon lid worden',
      { sector: 'gemeente' },
    );
    expect(advice.situation?.factors.map((factor) => factor.kind)).toContain('beschermd-recht');
  });

  it('a field said not to be ones own makes the subject unrelated', async () => {
    const reply = await ask(
      'Ik werk als jurist bij een uitvoeringsorganisatie van IenW, ik doe niks met migratie of asiel. Mag ik meelopen met een demonstratie voor betere opvang van vluchtelingen?',
      { sector: 'rijk' },
    );
    expect(reply.situation?.relation).toMatchObject({ kind: 'los-van-werk', reason: 'said-unrelated' });
  });

  it('a question that names no act and asks no leave is about facts; one about civil servants is not', async () => {
    const powers = await ask('Mag een handhaver eigenlijk iemand fouilleren of moet dat de politie doen?');
    expect(powers.verdict).toBe('buiten-scope');
    const rules = await ask('Wat is eigenlijk het verschil tussen kritiek en een lek, als ambtenaar?');
    expect(rules.verdict).not.toBe('buiten-scope');
  });

  it('pay and leave words: a strike day, a polling station, an expense claim', async () => {
    for (const text of [
      'Word ik doorbetaald als ik morgen meestaak met de bonden?',
      'Krijg ik verlof als ik bij de verkiezingen op een stembureau zit?',
      'Can I expense the train ticket to the conference where I speak next month?',
    ])
      expect((await ask(text, { sector: 'gemeente' })).verdict).toBe('buiten-scope');
  });

  it('press contact needs contact: journalists as the subject or a letter to the paper are not it', async () => {
    const subject = await ask(
      'Mag ik een oproep van Amnesty delen voor journalisten die in Iran gevangen zitten?',
      { sector: 'waterschap', role: 'medewerker peilbeheer' },
    );
    expect(ruleIds(subject)).not.toContain('perscontact');
    const called = await ask(
      'Een journalist van de regionale krant belt me over ons project. Mag ik iets zeggen?',
      {
        sector: 'gemeente',
      },
    );
    expect(ruleIds(called)).toContain('perscontact');
  });

  it('private news told as a secret is no work secret; the police call for witnesses, shared, is public', async () => {
    const news = await check(
      '[WhatsApp-groep] Sssst, nog niet doorvertellen hoor: we gaan trouwen!! 💍 Op het werk weten ze het nog niet.',
      { sector: 'provincie', role: 'medewerker subsidies' },
    );
    expect(news.risk).toBe('laag');
    const call = await check(
      '[Facebook] Delen aub! Politie zoekt getuigen van de overval op de snackbar aan de Stationsweg, gisteravond rond 22.00 uur. Meld het via politie.nl',
      { sector: 'politie', role: 'wijkagent' },
    );
    expect(call.risk).toBe('laag');
  });

  it("a public reply naming the person's own application, and an arrest by the own team, are cases from the work", async () => {
    const reply = await check(
      '[X] @kees_1970 als u uw formulieren op tijd had ingestuurd, was uw huurtoeslagaanvraag al rond.',
      {
        sector: 'gemeente',
        role: 'klantmanager',
      },
    );
    expect(reply.risk).toBe('hoog');
    const arrest = await ask(
      'Gisteren hebben we de buurman van mijn zus aangehouden na een melding. Ze vraagt in de familie-app wat er gebeurd is. Mag ik het uitleggen?',
      { sector: 'politie', role: 'agent' },
    );
    expect(arrest.verdict).toBe('mag-niet');
  });

  it('a photo from the hangar counts without a jet in it; a mission in a year gone by is a memory', async () => {
    const hangar = await ask('Can I share a photo from inside the hangar on my Instagram?', {
      sector: 'defensie',
      role: 'monteur',
    });
    expect(hangar.verdict).toBe('mag-niet');
    const memory = await ask(
      'Mag ik op mijn blog vertellen over mijn uitzending naar Afghanistan in 2009? Gewoon hoe het voelde.',
      {
        sector: 'defensie',
        role: 'sergeant',
      },
    );
    expect(memory.verdict).not.toBe('mag-niet');
  });

  it("another municipality's local politics is any resident's business; the employer's own field is not", async () => {
    const elsewhere = await ask(
      'Ik werk bij de gemeente Utrecht maar woon in Houten. Daar willen ze het zwembad sluiten. Mag ik inspreken bij de raad in Houten?',
      { sector: 'gemeente', role: 'medewerker inkoop' },
    );
    expect(elsewhere.situation?.relation).toMatchObject({ kind: 'los-van-werk', reason: 'other-government' });
    const windmills = await ask(
      'Mag ik de petitie tegen de windmolens bij ons dorp delen? Ik werk bij de provincie.',
      {
        sector: 'provincie',
      },
    );
    expect(windmills.situation?.relation.reason).not.toBe('other-government');
  });

  it('the internal view told to an MP, and warning the neighbours ahead, are secrets of the work', async () => {
    const view = await ask(
      'Een raadslid appt me: wat vinden jullie van het nieuwe parkeerplan? Mag ik gewoon zeggen wat we er intern van vinden?',
      { sector: 'gemeente', role: 'beleidsadviseur', portfolio: ['parkeren'] },
    );
    expect(view.verdict).toBe('mag-niet');
    const ahead = await ask(
      'We hebben bij de GGD een besmetting vastgesteld op het kinderdagverblijf in mijn straat. Mag ik de buurt alvast waarschuwen?',
      { sector: 'gemeente', role: 'arts infectieziektebestrijding' },
    );
    expect(ahead.verdict).toBe('mag-niet');
  });
});
