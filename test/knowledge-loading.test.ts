// Loading knowledge: validation with file and line, broken files left out, the rest served.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../src/knowledge/build-knowledge-base.ts';
import { checkKnowledge, formatProblems } from '../src/knowledge/check-knowledge.ts';
import { realKnowledge } from './support/real-knowledge.ts';
import { tempDir } from './support/temp-dir.ts';

const law = (id: string, extra = '') => `---
id: ${id}
kind: law
title: "Testwet ${id}"
article: "Testwet, art. 1"
basis: [aw2017-art10]
status: current
owner: "HR"
reviewed: 2026-11-01${extra}
---

## Wettekst

> De ambtenaar test.

## Wat betekent dit?

Je test.
`;

describe('knowledge loading', () => {
  it('loads the bundled knowledge base without problems', async () => {
    const knowledge = await realKnowledge();
    expect(knowledge.problems).toEqual([]);
    expect(knowledge.documentsById.has('aw2017-art10')).toBe(true);
    expect(knowledge.signals.length).toBeGreaterThan(10);
    expect(knowledge.passages.length).toBeGreaterThan(50);
  });

  it('reports a broken file with file and line, and still serves the others', () => {
    const broken = law('kapot').replace('reviewed: 2026-11-01', 'reviewed: gisteren');
    const knowledge = buildKnowledgeBase([
      { path: 'law/goed.md', content: law('goed') },
      { path: 'law/kapot.md', content: broken },
    ]);
    expect(knowledge.documentsById.has('goed')).toBe(true);
    expect(knowledge.documentsById.has('kapot')).toBe(false);
    expect(knowledge.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({
        file: 'law/kapot.md',
        line: 9,
        severity: 'error',
        message: expect.stringMatching(/reviewed/),
      }),
    ]);
  });

  it('reports invalid YAML, a missing front matter, an unknown basis id and a duplicate id', () => {
    const knowledge = buildKnowledgeBase([
      { path: 'a.md', content: law('een') },
      { path: 'b.md', content: law('een') },
      { path: 'c.md', content: '# no front matter\n' },
      { path: 'd.md', content: law('vier').replace('basis: [aw2017-art10]', 'basis: [aw2017-art99]') },
      { path: 'e.md', content: law('vijf').replace('status: current', 'status: [unclosed') },
    ]);
    const byFile = Object.fromEntries(knowledge.problems.map((problem) => [problem.file, problem]));
    expect(byFile['b.md']?.message).toMatch(/already used by a\.md/);
    expect(byFile['c.md']?.message).toMatch(/front matter missing/);
    expect(byFile['d.md']).toMatchObject({ line: 6, message: expect.stringMatching(/^basis\.0:/) });
    expect(byFile['e.md']?.message).toMatch(/YAML/);
    expect(knowledge.documents.map((document) => document.meta.id)).toEqual(['een']);
  });

  it('reports a bad rule pattern at its line', () => {
    const signal = `---
id: test-signal
kind: signal
title: Test
effect: weighing
patterns:
  - "goed woord"
  - "slecht% woord"
owner: HR
reviewed: 2026-11-01
---
Uitleg.
`;
    const knowledge = buildKnowledgeBase([{ path: 'signals/test.md', content: signal }]);
    expect(knowledge.problems).toEqual([
      expect.objectContaining({
        file: 'signals/test.md',
        line: 8,
        message: expect.stringMatching(/slecht%/),
      }),
    ]);
  });

  it('changes the version hash when the content changes', () => {
    const first = buildKnowledgeBase([{ path: 'a.md', content: law('een') }]);
    const same = buildKnowledgeBase([{ path: 'a.md', content: law('een') }]);
    const changed = buildKnowledgeBase([
      { path: 'a.md', content: law('een').replace('Je test.', 'Je test anders.') },
    ]);
    expect(first.version).toBe(same.version);
    expect(changed.version).not.toBe(first.version);
  });

  it('kb check reads a folder and formats problems as file:line: message', async () => {
    const dir = await tempDir('uw-kb-');
    await mkdir(join(dir, 'law'));
    await writeFile(join(dir, 'law', 'goed.md'), law('goed'));
    await writeFile(join(dir, 'law', 'kapot.md'), law('kapot').replace('owner: "HR"\n', ''));
    await writeFile(join(dir, 'README.md'), '# Not knowledge\n');
    const report = await checkKnowledge(dir);
    expect(report.files).toBe(2);
    expect(report.errors).toBe(1);
    expect(formatProblems(report)).toMatch(/^law\/kapot\.md:\d+: owner: required field is missing$/m);
  });
});
