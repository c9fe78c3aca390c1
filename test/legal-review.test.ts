// Issue 14, the legal review: each finding through the real entry points (bot.handle, kb check), the
// review status every knowledge file carries, and the prefix lint that found politie* matching "politieke".
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/core/create-bot.ts';
import type { Reply } from '../src/core/types.ts';
import { buildKnowledgeBase } from '../src/knowledge/build-knowledge-base.ts';
import { checkKnowledge, formatProblems } from '../src/knowledge/check-knowledge.ts';
import { staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { loadDutchWordList, otherMeanings, type WordList } from '../src/knowledge/lint-prefixes.ts';
import { readKnowledgeDir } from '../src/knowledge/read-knowledge-dir.ts';
import { KNOWLEDGE_DIR, realBot } from './support/real-knowledge.ts';
import { tempDir } from './support/temp-dir.ts';

const NOW = new Date('2026-12-03T12:00:00Z');
let bot: Awaited<ReturnType<typeof realBot>>;
let words: WordList;

beforeAll(async () => {
  bot = await realBot();
  words = await loadDutchWordList();
}, 120_000);

const ask = (text: string, profile?: Reply['situation'] extends never ? never : Record<string, unknown>) =>
  bot.handle({
    channel: 'test',
    userId: 'u-legal',
    conversationId: `c-${text.length}-${Math.random()}`,
    text,
    ...(profile ? { profile } : {}),
  });

describe('legal review findings, through bot.handle', () => {
  it('an unpublished letter to parliament may not be shared (art. 9 AW 2017)', async () => {
    for (const text of [
      'Mag ik de concept-Kamerbrief waar ik aan werk alvast op LinkedIn zetten?',
      'Mag ik een Kamerbrief die morgen wordt verstuurd vandaag al delen in onze buurtapp?',
    ]) {
      const reply = await ask(text);
      expect(reply.verdict, text).toBe('mag-niet');
      expect(reply.basis, text).toContain('aw2017-art9');
    }
  });

  it('insulting a named office-holder is a hard stop', async () => {
    for (const text of [
      'Mag ik tweeten dat een Kamerlid een idioot is?',
      'Mag ik op Facebook zeggen dat mijn wethouder corrupt is?',
    ])
      expect((await ask(text)).verdict, text).toBe('mag-niet');
  });

  it('striking: membership is protected, a right to strike is not in the sources and is marked to verify', async () => {
    const strike = await ask('Mag ik als militair staken voor een hoger loon?');
    expect(strike.verdict).toBe('voorwaardelijk');
    expect(strike.basis).toContain('wad-art12a');
    expect(strike.answer).toMatch(/staat niet in onze bronnen \(nog te controleren\)/);
    expect(strike.answer).not.toMatch(/staken mag|mag je staken/i);
    const member = await ask('Mag ik lid worden van de FNV?');
    expect(member.verdict).toBe('mag');
    expect(member.answer).toMatch(/artikel 10 lid 2/);
    // Someone else's strike as a subject is no strike of one's own.
    const rail = await ask('Mag ik iets zeggen over de NS staking?');
    expect(rail.answer).not.toMatch(/Of en wanneer jij mag staken/);
  });

  it('a council seat at the municipality one works for does not go together with the job: HR decides', async () => {
    const reply = await ask('Ik werk bij de gemeente Utrecht. Mag ik raadslid worden van Utrecht?');
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.answer).toMatch(/gaat niet samen met een baan daar/);
    expect(reply.answer).toMatch(/vraag HR/);
    // Working for central government, the rule does not fire.
    const rijk = await ask('Ik werk bij het ministerie van BZK. Mag ik raadslid worden in mijn woonplaats?');
    expect(rijk.answer).not.toMatch(/gaat niet samen met een baan daar/);
  });

  it('party questions are not read as police questions (politie* matched "politieke")', async () => {
    const reply = await ask('Mag ik lid worden van een politieke partij?');
    expect(reply.basis).not.toContain('politiewet-art47');
    expect(reply.answer).not.toMatch(/politie\*/);
  });

  it('prosecutors and judges are outside the Ambtenarenwet 2017 (art. 3 onder b), and are told where to ask', async () => {
    const reply = await ask('Ik ben officier van justitie. Mag ik op LinkedIn iets zeggen over een zaak?');
    expect(reply.verdict).toBe('buiten-scope');
    expect(reply.answer).not.toMatch(/Je werkt bij het Rijk/);
    expect(reply.answer).toMatch(/rechterlijk ambtenaar/);
    expect(reply.answer).toMatch(/artikel 3 onder b/);
    expect(reply.answer).toMatch(/Wet rechtspositie rechterlijke ambtenaren/);
  });

  it('ministry agencies are central government, not zbo-like: the Aanwijzingen apply', async () => {
    for (const text of [
      'Ik werk bij DUO. Mag ik kritiek geven op de studiefinanciering?',
      'Ik werk bij het CJIB. Gelden de Aanwijzingen externe contacten voor mij?',
    ]) {
      const reply = await ask(text);
      expect(reply.verdict, text).toBe('voorwaardelijk');
      expect(reply.answer, text).toMatch(/Je werkt bij het Rijk/);
      expect(reply.answer, text).not.toMatch(/Aanwijzingen voor rijksambtenaren niet/);
      // "externe contacten" is no sign of hired staff.
      expect(reply.situation?.speaker.hired, text).toBeUndefined();
    }
  });

  it('topics close to a function are not "mag": police at a protest, a teacher in class or about the board, English', async () => {
    const police = await ask('Ik ben politieagent. Mag ik demonstreren tegen het asielbeleid?');
    expect(police.verdict).toBe('voorwaardelijk');
    expect(police.situation?.factors.map((factor) => factor.kind)).toContain('politiek-gevoelig');
    const board = await ask(
      'Ik ben leraar. Mag ik op Facebook kritiek geven op het bestuur van mijn school?',
    );
    expect(board.verdict).toBe('voorwaardelijk');
    const klas = await ask('Ik ben docent. Mag ik mijn klas vertellen op welke partij ik stem?');
    expect(klas.verdict).toBe('voorwaardelijk');
    expect(klas.answer).toMatch(/In de klas treed je op in je functie/);
    // A teacher is not under the Ambtenarenwet 2017: the answer does not cite its article 10 as theirs.
    expect(klas.answer).not.toMatch(/\(artikel 10 Ambtenarenwet 2017\)/);
    const english = await ask("Can I criticise my minister's policy on LinkedIn?");
    expect(english.language).toBe('en');
    expect(english.verdict).not.toBe('mag');
  });

  it('civilian Defence staff fall under the Ambtenarenwet 2017, except the art. 12o group', async () => {
    const reply = await ask('Ik ben burgermedewerker bij Defensie. Welke regels gelden voor mij?');
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.situation?.speaker.sector).toBe('rijk');
    expect(reply.basis).toContain('aw2017-art10');
    expect(reply.basis).not.toContain('wad-art12a');
    // A question about the rules asks nothing back about the topic.
    expect(reply.missing ?? []).toEqual([]);
    const faq = await ask('Geldt artikel 12a ook voor burgerpersoneel van Defensie?');
    expect(faq.answer).toMatch(/12o/);
    // A soldier still gets the military regime.
    const soldier = await ask('Ik ben militair. Mag ik op LinkedIn iets zeggen over de NAVO?');
    expect(soldier.basis).toContain('wad-art12a');
  });

  it('the low findings: Wbk terms for employers of 50+, local parties, SG A/978, Huis voor klokkenluiders', async () => {
    const files = await readKnowledgeDir(KNOWLEDGE_DIR);
    const text = (path: string) => files.find((file) => file.path === path)?.content ?? '';
    expect(text('faq/b/faq-b-misstand-intern-melden.md')).toMatch(/ten minste vijftig werknemers/);
    expect(text('faq/b/faq-b-lid-vakbond-of-politieke-partij.md')).toMatch(
      /ook voor een lokale partij: artikel 10 lid 2 noemt elke politieke groepering/,
    );
    expect(text('faq/b/faq-b-defensie-militair-mening.md')).toMatch(
      /defensiemedewerkers \(niet alleen militairen\)/,
    );
    for (const file of files) expect(file.content, file.path).not.toMatch(/gratis advies|free advice/i);
    expect(text('cases/case-crvb-2014-1467.md')).toMatch(
      /geldt de Ambtenarenwet 2017 niet \(artikel 3 onder b\)/,
    );
    expect(text('guides/guide-afwegingsfactoren.md')).toMatch(/onze lezing van de bronnen \(een analyse/);
    // The 1998 press rule is not presented as current.
    expect(text('guides/guide-sectoren.md')).toMatch(
      /Of de versie van 2020 dat ook zo regelt, hebben we niet gezien/,
    );
    expect(text('regimes/rijk.md')).toMatch(/Aanwijzingen externe contacten van 2020/);
  });
});

describe('review status', () => {
  it('every file starts as concept; kb check counts them and an answer says so in one line', async () => {
    const report = await checkKnowledge(KNOWLEDGE_DIR, NOW, words);
    expect(report.review.reviewed).toBe(0);
    expect(report.review.concept).toBe(report.knowledge.documents.length);
    expect(formatProblems(report)).toMatch(
      new RegExp(`legal review: 0 file\\(s\\) juridisch getoetst, ${report.review.concept} concept`),
    );
    const reply = await ask('Mag ik op LinkedIn reageren op het stikstofdebat?');
    expect(reply.review?.status).toBe('concept');
    expect(reply.review?.unreviewed.length).toBeGreaterThan(0);
    expect(reply.answer.trim().split('\n').at(-1)).toBe('Deze uitleg is nog niet juridisch getoetst.');
    const english = await ask('Can I post about the nitrogen debate on LinkedIn?');
    expect(english.answer).toMatch(/has not yet been reviewed by legal affairs/);
    const draft = await ask('toets: Wat een gedoe weer bij de gemeente, die wethouder is een clown.');
    expect(draft.intent).toBe('draft');
    expect(draft.review?.status).toBe('concept');
  });

  it('a file marked juridisch getoetst counts as reviewed; an answer resting only on reviewed files has no note', async () => {
    const files = await readKnowledgeDir(KNOWLEDGE_DIR);
    const reviewed = files.map((file) =>
      file.path.endsWith('.md') && file.content.startsWith('---\n')
        ? {
            ...file,
            content: file.content.replace(
              /^---\n/,
              '---\nreview: { status: juridisch getoetst, reviewer: "jurist arbeidsrecht, Juridische Zaken", date: 2026-12-01 }\n',
            ),
          }
        : file,
    );
    const knowledge = buildKnowledgeBase(reviewed, { now: NOW, learn: false });
    expect(knowledge.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const reviewedBot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const reply = await reviewedBot.handle({
      channel: 'test',
      userId: 'u',
      conversationId: 'c',
      text: 'Mag ik op LinkedIn reageren op het stikstofdebat?',
    });
    expect(reply.review).toEqual({ status: 'juridisch-getoetst', unreviewed: [] });
    expect(reply.answer).not.toMatch(/juridisch getoetst/);
  });

  it('a reviewed status without the reviewer role is refused with file:line', async () => {
    const dir = await tempDir('uw-review-');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    const path = join(dir, 'signals', 'staking.md');
    const content = await readFile(path, 'utf8');
    await writeFile(
      path,
      content.replace(/^---\n/, '---\nreview: { status: juridisch-getoetst, date: 2026-12-01 }\n'),
    );
    const report = await checkKnowledge(dir, NOW, words);
    expect(formatProblems(report)).toMatch(/^signals\/staking\.md:\d+: .*review/m);
    expect(report.errors).toBeGreaterThan(0);
    expect(await readdir(join(dir, 'signals'))).toContain('staking.md');
  });
});

describe('prefix lint in kb check', () => {
  it('finds politie* matching politiek, and passes the bundled knowledge', async () => {
    expect(
      otherMeanings(
        { words: words.words, sorted: ['politie', 'politieagent', 'politiek', 'polities'] },
        'politie',
      ),
    ).toEqual(['politiek']);
    const dir = await tempDir('uw-prefix-');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    const path = join(dir, 'regimes', 'politie.md');
    const content = await readFile(path, 'utf8');
    await writeFile(path, content.replace(/^cues: \[/m, 'cues: ["politie*", '));
    const report = await checkKnowledge(dir, NOW, words);
    expect(formatProblems(report)).toMatch(
      /^regimes\/politie\.md:\d+: warning: "politie\*" also matches words of another meaning \(.*politiek/m,
    );
    const bundled = await checkKnowledge(KNOWLEDGE_DIR, NOW, words);
    expect(bundled.problems.filter((problem) => /another meaning/.test(problem.message))).toEqual([]);
    // Two full checks of the bundled knowledge: about 15 s each on a loaded CI machine.
  }, 120_000);

  it('a prefix acknowledged in the file is not reported; a prefix inside a longer pattern is not tested', async () => {
    const dir = await tempDir('uw-prefix-ack-');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    const path = join(dir, 'regimes', 'politie.md');
    const content = await readFile(path, 'utf8');
    await writeFile(
      path,
      content
        .replace(/^---\n/, '---\n# prefix gecontroleerd: politie*\n')
        .replace(/^cues: \[/m, 'cues: ["politie*", "actie* vannacht", '),
    );
    const report = await checkKnowledge(dir, NOW, words);
    expect(report.problems.filter((problem) => /another meaning/.test(problem.message))).toEqual([]);
  });
});
