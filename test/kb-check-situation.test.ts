// `kb check` on the knowledge the situation model reads: organisations, domains, functions, cues and
// labelled examples. Each rule with a failing example; the bundled knowledge passes them all.
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, type KnowledgeSourceFile } from '../src/knowledge/build-knowledge-base.ts';
import { trainingKey } from '../src/knowledge/learn-from-examples.ts';
import { CUE_GROUPS } from '../src/knowledge/situation-schemas.ts';
import { realKnowledge } from './support/real-knowledge.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const header = (id: string, kind: string) =>
  `id: ${id}\nkind: ${kind}\ntitle: "Test"\nowner: "HR"\nreviewed: 2026-11-01`;

const domains = (terms = '["fiets*", "=ov"]') => ({
  path: 'situatie/domeinen.md',
  content: `---\n${header('domeinen', 'domains')}\ndomains:\n  - id: verkeer-vervoer\n    label: {nl: "verkeer", en: "traffic"}\n    terms: ${terms}\n---\n\nTekst.\n`,
});
const organisations = (extra = '') => ({
  path: 'situatie/organisaties.md',
  content: `---\n${header('organisaties', 'organisations')}\norganisations:\n  - id: rws\n    name: "Rijkswaterstaat"\n    names: ["rijkswaterstaat", "=rws"]\n    sector: rijk\n    domains: [verkeer-vervoer]\n${extra}---\n\nTekst.\n`,
});
const cues = (groups: readonly string[]) => ({
  path: 'situatie/kenmerken.md',
  content: `---\n${header('kenmerken', 'cues')}\ngroups:\n${groups
    .map(
      (group) =>
        `  - id: ${group}\n    description: "Test"\n    patterns: ["testwoord${group.replace(/-/g, '')}"]`,
    )
    .join('\n')}\n---\n\nTekst.\n`,
});
const examples = (body: string, appliesTo = 'question') => ({
  path: 'examples/test.md',
  content: `---\n${header('test-voorbeelden', 'examples')}\nappliesTo: ${appliesTo}\nexamples:\n${body}---\n\nTekst.\n`,
});

const errors = (files: KnowledgeSourceFile[]) =>
  buildKnowledgeBase(files, { now: NOW, learn: false })
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);

describe('kb check: situation knowledge', () => {
  it('passes a consistent set', () => {
    expect(errors([domains(), organisations(), cues(CUE_GROUPS)])).toEqual([]);
  });

  it('an organisation with an unknown domain or parent, or a duplicate id', () => {
    const extra =
      '  - id: kazerne\n    name: "Kazerne"\n    names: ["kazerne"]\n    sector: defensie\n    parent: mindef\n    domains: [oorlog]\n  - id: rws\n    name: "Dubbel"\n    names: ["dubbel"]\n    sector: rijk\n';
    const found = errors([domains(), organisations(extra), cues(CUE_GROUPS)]);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^situatie\/organisaties\.md:\d+: organisation "kazerne": unknown domain "oorlog"/,
        ),
        expect.stringMatching(
          /^situatie\/organisaties\.md:\d+: organisation "kazerne": parent "mindef" is not an organisation id/,
        ),
        expect.stringMatching(/^situatie\/organisaties\.md:\d+: organisation "rws" is defined twice/),
      ]),
    );
  });

  it('a pattern that cannot be compiled, with its line', () => {
    const found = errors([domains('["fiets*", "auto&trein"]'), organisations(), cues(CUE_GROUPS)]);
    expect(found).toEqual([
      expect.stringMatching(/^situatie\/domeinen\.md:10: pattern "auto&trein": .*letters and digits/),
    ]);
  });

  it('a sector that does not exist', () => {
    const broken = organisations().content.replace('sector: rijk', 'sector: ministerie');
    expect(
      errors([domains(), { path: 'situatie/organisaties.md', content: broken }, cues(CUE_GROUPS)]),
    ).toEqual([expect.stringMatching(/^situatie\/organisaties\.md:\d+: organisations\.0\.sector: /)]);
  });

  it('inSentence: starts with an article and names its own organisation', () => {
    const withPhrase = (phrase: string) =>
      organisations(
        '  - id: belastingdienst\n    name: "Belastingdienst"\n    names: ["belastingdienst"]\n    sector: rijk\n',
      ).content.replace('name: "Belastingdienst"\n', `name: "Belastingdienst"\n    inSentence: ${phrase}\n`);
    const check = (phrase: string) =>
      errors([
        domains(),
        { path: 'situatie/organisaties.md', content: withPhrase(phrase) },
        cues(CUE_GROUPS),
      ]);
    expect(check('"de Belastingdienst"')).toEqual([]);
    expect(check('"Belastingdienst"')).toEqual([
      expect.stringMatching(
        /^situatie\/organisaties\.md:\d+: organisations\.1\.inSentence: start with "de", "het" or "een"/,
      ),
    ]);
    expect(check('"de Rijkswaterstaat"')).toEqual([
      expect.stringMatching(
        /^situatie\/organisaties\.md:15: organisation "belastingdienst": inSentence "de Rijkswaterstaat" does not name it \(it reads as "rws"\)/,
      ),
    ]);
    expect(check('"de Belastingdinest"')).toEqual([
      expect.stringMatching(
        /organisation "belastingdienst": inSentence "de Belastingdinest" does not name it: none of its names/,
      ),
    ]);
  });

  it('inSentence is wording: editing it retrains nothing (the training key stays)', () => {
    const key = (extra: string) =>
      trainingKey(
        buildKnowledgeBase([domains(), organisations(extra), cues(CUE_GROUPS)], { now: NOW, learn: false })
          .documents,
      );
    const entry = '  - id: uwv\n    name: "UWV"\n    names: ["=uwv"]\n    sector: overig\n';
    expect(key(entry.replace('name: "UWV"\n', 'name: "UWV"\n    inSentence: "het UWV"\n'))).toBe(key(entry));
    expect(key(entry.replace('sector: overig', 'sector: rijk'))).not.toBe(key(entry));
  });

  it('a cue group the reader needs is missing', () => {
    const found = errors([
      domains(),
      organisations(),
      cues(CUE_GROUPS.filter((group) => group !== 'eigen-werkgever')),
    ]);
    expect(found).toEqual([expect.stringMatching(/cue group "eigen-werkgever" is missing/)]);
  });

  it('examples: a question without a verdict, a harmless draft with categories', () => {
    const question = errors([examples('  - text: "Mag ik posten?"\n')]);
    expect(question).toEqual([
      expect.stringMatching(
        /^examples\/test\.md:\d+: examples\.0\.verdict: every question example needs a verdict/,
      ),
    ]);
    const draft = errors([
      examples('  - text: "[X] Mooi weer"\n    risk: laag\n    categories: [toon]\n', 'draft'),
    ]);
    expect(draft).toEqual([
      expect.stringMatching(/examples\.0\.categories: a draft rated laag has no categories/),
    ]);
  });

  it('the bundled knowledge has no errors in these kinds', async () => {
    const knowledge = await realKnowledge();
    const situationKinds = knowledge.problems.filter(
      (problem) => problem.severity === 'error' && /^(situatie|examples)\//.test(problem.file),
    );
    expect(situationKinds).toEqual([]);
    expect(knowledge.situation.organisations.size).toBeGreaterThan(200);
    expect(knowledge.situation.domains.size).toBeGreaterThan(30);
    expect(knowledge.learned.counts.questions).toBeGreaterThan(2000);
    expect(knowledge.learned.counts.drafts).toBeGreaterThan(1000);
  });
});
