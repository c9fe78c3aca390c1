// A secret of the work told about one person: a family that will get its permit, a presenter's tax bill, a
// client's file. Whatever rule found the secret, the person makes it personal data too (art. 9 AW 2017, AVG;
// decision model: personal data of citizens known from the job comes with secrecy).

import { textEvidence } from '../situation/evidence.ts';
import type { TextHits } from '../situation/read-speaker.ts';
import type { Evidence } from '../situation/situation-schema.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';

/** Before the person, these words make them the author's own family or circle ("mijn vader", "onze zoon"),
 * or anyone at all ("elke klant", "every client"). */
const NOT_ONE_PERSON = new Set([
  'mijn',
  'mn',
  'm',
  'onze',
  'ons',
  'my',
  'our',
  'elke',
  'iedere',
  'alle',
  'every',
  'each',
  'all',
  // "waar de auto te gast is": a guest in the idiom, nobody in particular.
  'te',
]);
/** Little words inside a Dutch surname ("de Wit", "van Dam", "ter Horst"). */
const SURNAME_PREFIX = new Set(['de', 'van', 'der', 'den', 'ter', 'ten', 'te', 'het', 'la', 'le']);
/** An age in brackets after a name or a person: "Henk (67)", "vader (44)". */
const AGE = /\((\d{1,2})\)/g;

/** The words naming one person outside the organisation (or an age in brackets), or undefined. */
export function readPerson(text: string, words: AnalyzedWord[], hits: TextHits): Evidence[] | undefined {
  const evidence: Evidence[] = [];
  const people = hits.cues.filter((hit) => hit.value === 'persoon');
  for (const hit of people) {
    const first = hit.wordIndexes[0] ?? 0;
    if (NOT_ONE_PERSON.has(words[first - 1]?.folded ?? '')) continue;
    evidence.push(textEvidence(text, words, hit.wordIndexes));
  }
  const personWords = new Set(people.flatMap((hit) => hit.wordIndexes));
  for (const match of text.matchAll(AGE)) {
    const age = Number(match[1]);
    if (age < 1) continue;
    // Only right after a name or a person ("Henk (67)", "vader (44)"), not a list number or "lid (2)".
    const before = words.findLastIndex((word) => word.end <= match.index);
    const word = words[before];
    const named = word?.capitalized === true && !word.sentenceStart && !word.stopword;
    // ("meneer bakker (62)", "mevrouw de wit (81)": a lowercase surname right after the person is the name.)
    const personBefore = [before, before - 1, before - 2].some(
      (index, step) =>
        personWords.has(index) && (step < 2 || SURNAME_PREFIX.has(words[before - 1]?.folded ?? '')),
    );
    if (!named && !personBefore) continue;
    evidence.push({
      source: 'text',
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return evidence.length > 0 ? evidence : undefined;
}
