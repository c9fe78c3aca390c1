// Finds the parts of a question where the author describes their own job ("ik werk bij de gemeente als
// ICT-beheerder"). Words there say who asks, not what the utterance is about, so topic overlap skips them.
import type { AnalyzedWord } from '../text/analyze-text.ts';

const OPENERS = new Set(['ben', 'werk', 'zit', 'am', 'work']);
const SUBJECTS = new Set(['ik', 'i']);
const ORGANISATION_LINKS = new Set(['bij', 'van', 'at', 'for', 'in']);
const CLAUSE_BREAKERS = new Set(['en', 'maar', 'and', 'but', 'dat', 'that']);
const CLAUSE_END = /[.,;:!?\n]/;
// After these, "werk" is a noun ("mijn werk"), not the verb of a self-description.
const NOUN_MARKERS = new Set([
  'het',
  'de',
  'mijn',
  'ons',
  'onze',
  'je',
  'jouw',
  'zijn',
  'haar',
  'hun',
  'dit',
  'dat',
  'my',
  'the',
  'our',
]);
const MAX_CLAUSE = 12;

/** Word indexes that belong to a self-description. */
export function findSelfDescription(text: string, words: AnalyzedWord[]): Set<number> {
  const inside = new Set<number>();
  const endsBefore = (index: number) => {
    const current = words[index];
    const previous = words[index - 1];
    return !current || !previous || CLAUSE_END.test(text.slice(previous.end, current.start));
  };
  // "ik" seen earlier in the same sentence: "ik ben lid van de SP en werk bij …" describes the author too.
  let subjectInSentence = false;
  words.forEach((word, index) => {
    const previous = words[index - 1]?.folded ?? '';
    const next = words[index + 1]?.folded ?? '';
    const sentenceStart = index === 0 || /[.!?\n]/.test(text.slice(words[index - 1]?.end ?? 0, word.start));
    if (sentenceStart) subjectInSentence = false;
    if (SUBJECTS.has(word.folded)) subjectInSentence = true;
    // "ik ben gevraagd / uitgenodigd" is something that happens to the author, not their job.
    const passive = word.folded === 'ben' && /^(ge|be|uit|ver)\w+[dt]$/.test(next);
    const opensDescription =
      OPENERS.has(word.folded) &&
      !passive &&
      !NOUN_MARKERS.has(previous) &&
      (SUBJECTS.has(previous) || SUBJECTS.has(next) || subjectInSentence || sentenceStart);
    if (opensDescription) {
      // "ik werk bij …" / "werk ik bij …": to the end of the clause.
      for (let cursor = index; cursor < words.length && cursor < index + MAX_CLAUSE; cursor++) {
        if (cursor > index && (endsBefore(cursor) || CLAUSE_BREAKERS.has(words[cursor]?.folded ?? ''))) break;
        inside.add(cursor);
      }
    } else if ((word.folded === 'als' || word.folded === 'as') && SUBJECTS.has(previous)) {
      // "mag ik als rechercheur …" / "als medewerker van LNV …": the role, and its organisation.
      inside.add(index);
      let cursor = index + 1;
      if (cursor < words.length && !endsBefore(cursor)) inside.add(cursor);
      cursor++;
      if (ORGANISATION_LINKS.has(words[cursor]?.folded ?? '')) {
        for (let extra = cursor; extra <= cursor + 2 && extra < words.length && !endsBefore(extra); extra++) {
          inside.add(extra);
        }
      }
    }
  });
  return inside;
}
