// The command line through the real binary: ask, --json, --jsonl (the evaluation contract), kb check.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from './support/real-knowledge.ts';
import { tempDir } from './support/temp-dir.ts';

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input = ''): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/uitingswijzer.mjs', ...args], {
      cwd: PROJECT_DIR,
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('uitingswijzer ask', () => {
  it('prints a readable answer', async () => {
    const result = await run(['ask', 'Mag ik meelopen in een demonstratie voor het klimaat?']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Mag/);
    // At a glance (issue 16, items 1 and 2): at most 100 words before the sources, then short numbered citations.
    const [glance] = result.stdout.split(/\nBronnen\b/);
    expect(glance?.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length).toBeLessThanOrEqual(100);
    expect(result.stdout).toMatch(/\n\[\d\] Grondwet, art\. 9 — recht van vergadering en betoging\n/);
  });

  it('prints JSON with --json and takes a --profile file', async () => {
    const dir = await tempDir('uw-cli-');
    const profile = join(dir, 'profile.json');
    await writeFile(profile, JSON.stringify({ sector: 'rijk', portfolio: ['stikstof'] }));
    const result = await run(['ask', '--json', '--profile', profile, 'Mag ik tweeten over stikstof?']);
    expect(result.code).toBe(0);
    const reply = JSON.parse(result.stdout);
    expect(reply).toMatchObject({ verdict: 'voorwaardelijk', intent: 'question' });
    expect(reply.basis).toContain('aw2017-art10');
  });

  it('rejects an empty question and a bad profile with a clear message', async () => {
    const empty = await run(['ask', '  ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/Give a question/);
    const dir = await tempDir('uw-cli-');
    const profile = join(dir, 'bad.json');
    await writeFile(profile, JSON.stringify({ sector: 'bank' }));
    const bad = await run(['ask', '--profile', profile, 'Mag ik liken?']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a valid profile: sector/);
  });

  it('rejects a text over the size limit', async () => {
    const result = await run(['ask', 'x'.repeat(5000)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/te lang \(5000 tekens\)/);
  });
});

describe('ask --jsonl', () => {
  it('answers every line, and gives a bad line an error with its line number', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Mag ik een petitie tekenen?' }),
      '{"id": "b", "text": ',
      JSON.stringify({
        id: 'c',
        text: 'Mag ik interne memo’s citeren in mijn boek?',
        profile: { sector: 'rijk' },
      }),
      JSON.stringify({ id: 'd', text: '' }),
      JSON.stringify({ id: 'e', text: 'Hoe vraag ik verlof aan?' }),
      JSON.stringify({ id: 'f', text: 'Mag ik liken?', profile: { sector: 'bank' } }),
      '',
    ].join('\n');
    const result = await run(['ask', '--jsonl'], input);
    expect(result.code).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(6);
    const [a, b, c, d, e, f] = lines;
    // Nothing says whether the petition touches the user's work: it depends on that, and the reply says so.
    expect(a).toMatchObject({ id: 'a', verdict: 'voorwaardelijk', missing: ['relatie-werk'] });
    expect(a.situation.relation.kind).toBe('onbekend');
    expect(a.basis.length).toBeGreaterThan(0);
    expect(a.answer).toEqual(expect.any(String));
    expect(a.citations[0]).toEqual(
      expect.objectContaining({
        fileId: expect.any(String),
        title: expect.any(String),
        article: expect.any(String),
        quote: expect.any(String),
      }),
    );
    expect(a.knowledgeVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(b).toMatchObject({ id: null, line: 2, error: { code: 'input_invalid' } });
    expect(c).toMatchObject({ id: 'c', verdict: 'mag-niet' });
    expect(d).toMatchObject({ id: 'd', line: 4, error: { code: 'input_empty' } });
    expect(e).toMatchObject({ id: 'e', verdict: 'buiten-scope', basis: [] });
    expect(f).toMatchObject({
      id: 'f',
      line: 6,
      error: { code: 'input_invalid', message: expect.stringMatching(/profile\.sector/) },
    });
  });

  it('exits 0 when every line is answered', async () => {
    const result = await run(['ask', '--jsonl'], `${JSON.stringify({ id: 1, text: 'Mag ik liken?' })}\n`);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: '1' });
  });
});

describe('check', () => {
  it('check --jsonl writes risk, categories, basis and findings per line', async () => {
    const input = [
      JSON.stringify({
        id: 'd1',
        text: 'Namens de gemeente: de nieuwe brug komt er!',
        profile: { sector: 'gemeente' },
      }),
      JSON.stringify({ id: 'd2', text: 'Mooie zonsondergang vanavond 🌅' }),
      'geen json',
    ].join('\n');
    const result = await run(['check', '--jsonl'], input);
    expect(result.code).toBe(1);
    const [d1, d2, bad] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(d1).toMatchObject({ id: 'd1', risk: 'hoog', categories: ['namens-werkgever'] });
    expect(d1.basis.length).toBeGreaterThan(0);
    expect(d1.findings[0].spans[0]).toEqual({ start: 0, end: 6, text: 'Namens' });
    expect(d2).toMatchObject({ id: 'd2', risk: 'laag', categories: [], findings: [] });
    expect(bad).toMatchObject({ id: null, line: 3, error: { code: 'input_invalid' } });
  });

  it('prints the draft with the risky words marked', async () => {
    const result = await run(['check', 'Namens de provincie: de windmolens komen er niet.']);
    expect(result.code).toBe(0);
    // The risk line first, then the draft itself with its risky words marked (issue 16, item 3).
    expect(result.stdout).toMatch(/^Risico hoog/);
    expect(result.stdout).toMatch(/\nJe concept:\n⟦Namens⟧ de provincie/);
  });
});

describe('kb check', () => {
  it('passes on the bundled knowledge and fails on a broken folder', async () => {
    const good = await run(['kb', 'check']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/0 error\(s\)/);
    const dir = await tempDir('uw-kb-');
    await writeFile(join(dir, 'broken.md'), '---\nid: x\nkind: faq\n---\n');
    const bad = await run(['kb', 'check', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^broken\.md:\d+: /m);
  });
});
