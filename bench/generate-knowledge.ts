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

const DOMAINS = [
  'wonen-ruimte',
  'handhaving',
  'burgerzaken',
  'werk-inkomen',
  'jeugd',
  'zorg',
  'milieu',
  'water',
];

/**
 * Organisation overlays for benchmarks: `count` organisations (knowledge/organisaties/org-<n>/) of `filesEach`
 * files: organisatie.md with contacts and a Slack team id, then FAQs, guides and rules in turn (a third of the
 * rules hard stops), their words drawn from the topics, so every organisation has rules that fire.
 */
export function generateOrganisationFiles(count: number, filesEach: number, seed = 7): KnowledgeSourceFile[] {
  const random = createRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const files: KnowledgeSourceFile[] = [];
  for (let org = 0; org < count; org++) {
    const id = `org-${org}`;
    const folder = `organisaties/${id}`;
    files.push({
      path: `${folder}/organisatie.md`,
      content: `---
id: ${id}
kind: organisation
title: "Benchmarkorganisatie ${org}"
name: "gemeente Bench ${org}"
owner: "Benchmark"
reviewed: 2026-11-01
sector: gemeente
situationOrganisation: gemeente
domains: [${[pick(DOMAINS), pick(DOMAINS), pick(DOMAINS)].filter((item, index, all) => all.indexOf(item) === index).join(', ')}]
contacts:
  vertrouwenspersoon:
    role: { nl: "de vertrouwenspersoon integriteit", en: "the integrity officer" }
    reach: "integriteit-${org}@bench.example"
  communicatie:
    role: { nl: "de woordvoering", en: "the press office" }
    reach: "pers-${org}@bench.example"
recognise:
  slackTeams: [T0BENCH${org}]
---
Benchmarkorganisatie.
`,
    });
    for (let index = 1; index < filesEach; index++) {
      const topic = `${pick(TOPICS)}`;
      const other = pick(TOPICS);
      const fileId = `${id}-${index}`;
      const common = `owner: "Benchmark"\nreviewed: 2026-11-01\n`;
      if (index % 3 === 0) {
        files.push({
          path: `${folder}/regel-${index}.md`,
          content: `---
id: ${fileId}
kind: signal
title: "Eigen regel ${org}.${index} over ${topic}"
effect: ${index % 9 === 0 ? 'hard-stop' : 'weighing'}
categories: ["${index % 9 === 0 ? 'geheimhouding' : 'eigen-beleidsterrein'}"]
basis: ["aw2017-art4"]
patterns:
  - "${topic} ${other}"
  - "lopende ${topic}*"
condition:
  nl: "Regel ${index} van organisatie ${org}: wees terughoudend over ${topic}."
  en: "Rule ${index} of organisation ${org}: be reticent about ${topic}."
${common}---
Eigen regel.
`,
        });
      } else if (index % 3 === 1) {
        files.push({
          path: `${folder}/faq-${index}.md`,
          content: `---
id: ${fileId}
kind: faq
title: "Gedragscode ${org}: mag ik iets zeggen over ${topic}?"
question: "Mag ik als medewerker van organisatie ${org} iets zeggen over ${topic}?"
variants: ["Mag ik posten over ${topic} en ${other}?"]
verdict: voorwaardelijk
basis: [aw2017-art10]
nextStep: "Overleg met de vertrouwenspersoon."
${common}keywords: [${topic}, ${other}]
---

## Antwoord

Bij organisatie ${org} geldt voor ${topic} en ${other} een eigen afspraak: overleg eerst.

## In het kort (English)

At organisation ${org}, ${topic} and ${other} have their own agreement: talk it over first.
`,
        });
      } else {
        files.push({
          path: `${folder}/gids-${index}.md`,
          content: `---
id: ${fileId}
kind: guide
title: "Gedragscode ${org}, § ${index}: ${topic}"
${common}keywords: [${topic}]
---

## ${topic}

Organisatie ${org} vraagt haar medewerkers zorgvuldig te zijn over ${topic} en ${other}.
`,
        });
      }
    }
  }
  return files;
}
