// Generates a large knowledge folder for benchmarks: the real rules and statutes plus N synthetic FAQ
// files whose text is recombined from the real passages with extra topic words.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { KnowledgeSourceFile } from '../src/knowledge/build-knowledge-base.ts';

/** A small deterministic random generator, so every run generates the same files. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TOPICS = (
  'stikstof woningbouw zorgverzekering pensioenen asiel klimaat energie onderwijs defensie belasting toeslagen ' +
  'verkeer waterbeheer dijken landbouw natuur cultuur sport jeugdzorg armoede schulden wonen vergunningen ' +
  'windmolens openbaar vervoer luchtvaart visserij digitalisering privacy veiligheid politie rechtspraak'
).split(' ');

export function generateKnowledgeFiles(
  realFiles: KnowledgeSourceFile[],
  count: number,
  seed = 42,
): KnowledgeSourceFile[] {
  const random = createRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentences = realFiles
    .filter((file) => file.path.startsWith('law/'))
    .flatMap((file) => file.content.split('\n---\n')[1]?.split(/(?<=[.!?])\s+/) ?? [])
    .map((sentence) => sentence.replace(/^[#>\s*-]+/, '').trim())
    .filter((sentence) => sentence.length > 40 && !sentence.includes('---'));
  const generated: KnowledgeSourceFile[] = [];
  for (let index = 0; index < count; index++) {
    const topic = `${pick(TOPICS)}${index % 97}`;
    const sections = Array.from({ length: 3 }, (_, section) => {
      const body = Array.from({ length: 4 }, () => pick(sentences)).join(' ');
      return `## Onderdeel ${section + 1} over ${topic}\n\n${body} Dit gaat over ${topic} en ${pick(TOPICS)}.`;
    }).join('\n\n');
    generated.push({
      path: `faq/generated/faq-${index}.md`,
      content: `---
id: gen-faq-${index}
kind: faq
title: "Mag ik iets zeggen over ${topic}?"
question: "Mag ik als ambtenaar iets zeggen over ${topic}?"
variants: ["Mag ik posten over ${topic}?", "Mag ik reageren op ${topic}?"]
verdict: voorwaardelijk
basis: [aw2017-art10]
conditions: ["Het hangt af van de afstand tot je werk."]
nextStep: "Overleg met je leidinggevende."
owner: "Benchmark"
reviewed: 2026-11-01
keywords: [${topic}, ${pick(TOPICS)}]
---

${sections}
`,
    });
  }
  return [...realFiles, ...generated];
}

/** Writes files to a fresh temporary folder and returns its path. */
export async function writeKnowledgeDir(files: KnowledgeSourceFile[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uw-bench-'));
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  return dir;
}
