// Each `kb check` rule with a failing and a passing example.
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/core/create-bot.ts';
import { buildKnowledgeBase, type KnowledgeSourceFile } from '../src/knowledge/build-knowledge-base.ts';
import { staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { runGoldenQuestions } from '../src/knowledge/run-golden-questions.ts';
import { realKnowledgeFiles } from './support/real-knowledge.ts';

const NOW = new Date('2026-11-28T12:00:00Z');

const law = (fields: Record<string, string> = {}, statute = '> De ambtenaar is verplicht tot testen.') => {
  const front = {
    id: 'test-wet',
    kind: 'law',
    title: '"Testwet"',
    article: '"Testwet, art. 1"',
    basis: '[aw2017-art9]',
    status: 'current',
    owner: '"HR"',
    reviewed: '2026-10-01',
    ...fields,
  };
  const header = Object.entries(front)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${header}\n---\n\n## Wettekst\n\n${statute}\n\n## Wat betekent dit?\n\nJe test.\n`;
};

const faq = (related: string) => `---
id: faq-test
kind: faq
title: "Test"
question: "Mag ik testen?"
verdict: mag
basis: [aw2017-art10]
nextStep: "Test."
related: [${related}]
owner: "HR"
reviewed: 2026-10-01
---

## Antwoord

Ja.
`;

const build = (files: KnowledgeSourceFile[]) => buildKnowledgeBase(files, { now: NOW });
const messages = (files: KnowledgeSourceFile[]) =>
  build(files).problems.map(
    (problem) => `${problem.file}:${problem.line}: ${problem.severity}: ${problem.message}`,
  );

describe('kb check rules', () => {
  it('passes a correct file', () => {
    expect(messages([{ path: 'law/test-wet.md', content: law() }])).toEqual([
      expect.stringMatching(/warning: no statute text in knowledge\/statutes\/test-wet\.txt/),
    ]);
  });

  it('unknown basis id', () => {
    expect(messages([{ path: 'law/a.md', content: law({ basis: '[aw2017-art99]' }) }])).toEqual([
      expect.stringMatching(/^law\/a\.md:6: error: basis\.0: /),
    ]);
  });

  it('missing owner and missing review date', () => {
    expect(messages([{ path: 'law/a.md', content: law({ owner: '' }) }])[0]).toMatch(
      /error: owner: required field is missing/,
    );
    expect(messages([{ path: 'law/a.md', content: law({ reviewed: '' }) }])[0]).toMatch(
      /error: reviewed: required field is missing/,
    );
  });

  it('duplicate id', () => {
    const result = messages([
      { path: 'law/a.md', content: law() },
      { path: 'law/b.md', content: law() },
    ]);
    expect(result).toContainEqual(
      expect.stringMatching(/^law\/b\.md:2: error: id "test-wet" is already used by law\/a\.md/),
    );
  });

  it('a link to a file that does not exist, and one that does', () => {
    const broken = messages([{ path: 'faq/t.md', content: faq('faq-bestaat-niet') }]);
    expect(broken).toEqual([
      expect.stringMatching(/^faq\/t\.md:9: error: related: "faq-bestaat-niet" is not the id of any/),
    ]);
    const fine = messages([
      { path: 'faq/t.md', content: faq('test-wet') },
      { path: 'law/test-wet.md', content: law() },
      { path: 'statutes/test-wet.txt', content: 'De ambtenaar is verplicht tot testen.' },
    ]);
    expect(fine).toEqual([]);
  });

  it('a review date older than 12 months is a warning', () => {
    const files = [
      { path: 'law/test-wet.md', content: law({ reviewed: '2025-09-01' }) },
      { path: 'statutes/test-wet.txt', content: 'De ambtenaar is verplicht tot testen.' },
    ];
    expect(messages(files)).toEqual([
      expect.stringMatching(/^law\/test-wet\.md:9: warning: reviewed 2025-09-01 is more than 365 days ago/),
    ]);
    expect(build(files).documentsById.has('test-wet')).toBe(true);
  });

  it('statute text that is not verbatim in the article', () => {
    const statute = { path: 'statutes/test-wet.txt', content: 'De ambtenaar is verplicht tot testen.' };
    const verbatim = messages([{ path: 'law/test-wet.md', content: law() }, statute]);
    expect(verbatim).toEqual([]);
    const altered = messages([
      { path: 'law/test-wet.md', content: law({}, '> 1. De ambtenaar is verplicht tot toetsen.') },
      statute,
    ]);
    expect(altered).toEqual([
      expect.stringMatching(/^law\/test-wet\.md:14: error: statute quote is not verbatim/),
    ]);
  });

  it('warns when phrases are written as alternatives of one step, unless the line says it is meant', async () => {
    const files = await realKnowledgeFiles();
    const withPattern = (pattern: string) =>
      files.map((file) =>
        file.path === 'signals/demonstratie.md'
          ? { ...file, content: file.content.replace('  - "meelopen"\n', `  - "meelopen"\n  - ${pattern}\n`) }
          : file,
      );
    // The rules only: learning from the examples is not what this test is about, and slow.
    const warnings = (changed: KnowledgeSourceFile[]) =>
      buildKnowledgeBase(changed, { now: NOW, learn: false })
        .problems.map((problem) => `${problem.file}:${problem.line}: ${problem.severity}: ${problem.message}`)
        .filter((message) => message.includes('is a step twice') || message.includes('little word'));
    const stepWarnings = (pattern: string) => warnings(withPattern(pattern));
    // "stille tocht|stille mars" compiles to: stille, then tocht or stille, then mars.
    expect(stepWarnings('"stille tocht|stille mars"')).toEqual([
      expect.stringMatching(
        /^signals\/demonstratie\.md:15: warning: pattern "stille tocht\|stille mars": "stille"/,
      ),
    ]);
    // "zichtbaar|herkenbaar|in beeld" compiles to: zichtbaar, herkenbaar or in, then beeld.
    expect(stepWarnings('"dienstpas zichtbaar|herkenbaar|in beeld"')).toEqual([
      expect.stringMatching(/warning: pattern .*the step "zichtbaar\|herkenbaar\|in" lists a little word/),
    ]);
    // A phrase may repeat a word; a meant repeat is acknowledged on its line.
    expect(stepWarnings('"hand in hand"')).toEqual([]);
    expect(stepWarnings('"de|het mars voor de|het klimaat"  # stappen gecontroleerd')).toEqual([]);
    // The bundled knowledge has none left.
    expect(warnings(files)).toEqual([]);
  });

  it('the bundled law files quote their statutes verbatim', async () => {
    const knowledge = build(await realKnowledgeFiles());
    expect(knowledge.problems.filter((problem) => problem.message.includes('statute'))).toEqual([]);
  });
});

describe('golden questions', () => {
  // The bundled golden questions are left out here: each test brings its own.
  const withoutGolden = async () =>
    (await realKnowledgeFiles()).filter((file) => !file.path.startsWith('golden/'));

  const DEMONSTRATION = 'Mag ik meelopen in een demonstratie voor het klimaat?';
  // A protected right: its answer does not turn on how close the subject is to the work.
  const PARTY = 'Mag ik lid worden van een politieke partij?';
  const golden = (verdict: string, faqId?: string, question = PARTY) => `---
id: golden-test
kind: golden
title: "Gouden vragen"
owner: "HR"
reviewed: 2026-10-01
cases:
  - question: "${question}"
    profile: { sector: gemeente }
    verdict: ${verdict}
${faqId ? `    faq: ${faqId}\n` : ''}---
`;

  it('passes when the answers keep their verdict, and fails when an edit changes one', async () => {
    const files = await withoutGolden();
    const passing = await runGoldenQuestions(
      build([...files, { path: 'golden/t.md', content: golden('mag') }]),
      NOW,
    );
    expect(passing).toMatchObject({ cases: 1, failed: 0, problems: [] });

    const changed = await runGoldenQuestions(
      build([...files, { path: 'golden/t.md', content: golden('mag-niet') }]),
      NOW,
    );
    expect(changed.failed).toBe(1);
    expect(changed.problems[0]).toMatchObject({
      file: 'golden/t.md',
      line: 8,
      message: expect.stringMatching(/expected verdict mag-niet, the answer is now mag/),
    });
  });

  it('catches an edit to the rules that flips an answer', async () => {
    const files = await withoutGolden();
    // HR makes the demonstration rule a hard stop by mistake: the golden question catches it. The golden
    // verdict is the one the unedited knowledge gives (it passes there).
    const bot = createBot({ knowledge: staticKnowledgeStore(build(files)), now: () => NOW });
    const reply = await bot.handle({
      channel: 'test',
      command: 'ask',
      text: DEMONSTRATION,
      profile: { sector: 'gemeente' },
      conversationId: 'before',
    });
    expect(reply.verdict).not.toBe('mag-niet');
    const expected = String(reply.verdict);
    const unedited = await runGoldenQuestions(
      build([...files, { path: 'golden/t.md', content: golden(expected, undefined, DEMONSTRATION) }]),
      NOW,
    );
    expect(unedited.failed).toBe(0);
    const edited = files.map((file) =>
      file.path === 'signals/demonstratie.md'
        ? { ...file, content: file.content.replace('effect: expression', 'effect: hard-stop') }
        : file,
    );
    const result = await runGoldenQuestions(
      build([...edited, { path: 'golden/t.md', content: golden(expected, undefined, DEMONSTRATION) }]),
      NOW,
    );
    expect(result.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(new RegExp(`expected verdict ${expected}, the answer is now mag-niet`)),
    ]);
  });

  it('checks the FAQ the answer points to', async () => {
    const files = await withoutGolden();
    const result = await runGoldenQuestions(
      build([...files, { path: 'golden/t.md', content: golden('mag', 'sr-art272') }]),
      NOW,
    );
    expect(result.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/expected the answer to point to sr-art272, it now cites/),
    ]);
  });
});
