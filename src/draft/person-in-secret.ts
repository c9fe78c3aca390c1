// A secret of the work told about one person: a family that will get its permit, a presenter's tax bill, a
// client's file. Whatever rule found the secret, the person makes it personal data too (art. 9 AW 2017, AVG;
// decision model: personal data of citizens known from the job comes with secrecy).

import { textEvidence } from '../situation/evidence.ts';
import type { TextHits } from '../situation/read-speaker.ts';
import type { Evidence } from '../situation/situation-schema.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';

/** Before the person, these words make them the author's own family or circle ("mijn vader", "onze zoon"). */
const OWN = new Set(['mijn', 'mn', 'm', 'onze', 'ons', 'my', 'our']);
/** An age in brackets after a name or a person: "Henk (67)", "vader (44)". */
const AGE = /\((\d{1,2})\)/g;

/** The words naming one person outside the organisation (or an age in brackets), or undefined. */
export function readPerson(text: string, words: AnalyzedWord[], hits: TextHits): Evidence[] | undefined {
  const evidence: Evidence[] = [];
  for (const hit of hits.cues) {
    if (hit.value !== 'persoon') continue;
    const first = hit.wordIndexes[0] ?? 0;
    if (OWN.has(words[first - 1]?.folded ?? '')) continue;
    evidence.push(textEvidence(text, words, hit.wordIndexes));
  }
  for (const match of text.matchAll(AGE)) {
    const age = Number(match[1]);
    if (age < 1) continue;
    evidence.push({
      source: 'text',
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return evidence.length > 0 ? evidence : undefined;
}
