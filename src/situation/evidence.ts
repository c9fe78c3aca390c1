// Evidence: the words a fact of the situation was read from, as offsets into the user's text.
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { anyWordIn } from '../text/any-word-in.ts';
import type { Evidence } from './situation-schema.ts';

/** The words at these indexes (first to last) as text evidence. */
export function textEvidence(text: string, words: AnalyzedWord[], indexes: readonly number[]): Evidence {
  const sorted = [...indexes].sort((a, b) => a - b);
  const first = words[sorted[0] ?? 0];
  const last = words[sorted[sorted.length - 1] ?? 0];
  if (!first || !last) return { source: 'text', text: '' };
  return { source: 'text', text: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/**
 * Where a leading "[…]" header ends ("[reactie op de Facebookpagina van de wijk]", "[familie-app]"): the
 * platform or the group a draft is for, not its content. -1 without one.
 */
export function headerEnd(text: string): number {
  return text.startsWith('[') ? text.indexOf(']') : -1;
}

export function profileEvidence(value: string): Evidence {
  return { source: 'profile', text: value };
}

/** Index of the sentence each word is in (a new sentence after . ! ? or a line break). */
export function sentenceIndexes(words: AnalyzedWord[]): number[] {
  let sentence = 0;
  return words.map((word, index) => {
    if (index > 0 && word.sentenceStart) sentence++;
    return sentence;
  });
}

/** Words that say the own work is left out: "geen bordje met OCW", "without naming the IND". */
const LEFT_OUT_BEFORE = new Set(['geen', 'zonder', 'no', 'without']);

/** The work or employer named only to say it is left out: within three words after "geen", "zonder", "without". */
export function saidLeftOut(words: AnalyzedWord[], index: number): boolean {
  if (anyWordIn(words, [index - 1, index - 2, index - 3], LEFT_OUT_BEFORE)) return true;
  // "niet met een bord van de gemeente", "zonder logo van de politie": the employer's mark left out.
  const mark = [index - 1, index - 2, index - 3].find((at) => MARKS.has(words[at]?.folded ?? ''));
  return mark !== undefined && anyWordIn(words, [mark - 1, mark - 2, mark - 3], MARK_LEFT_OUT);
}

/** Before a mark of the employer: "niet met een bord", "zonder logo", "geen shirt". */
const MARK_LEFT_OUT = new Set([...LEFT_OUT_BEFORE, 'niet', 'not']);

/** What carries an employer's name on a march or in a picture. */
const MARKS = new Set(
  'bord bordje logo vlag shirt tshirt spandoek badge uniform pasje jas hesje sign banner flag'.split(' '),
);

/** Verbs of following or reading along: "collega's volgen me", "ouders lezen mee", "followed by colleagues". */
const FOLLOWING = /^(volgen|volgt|volg|lezen|leest|follow|follows|following|followed)$/;
const ALONG = new Set(['me', 'mij', 'mee', 'mn', 'my', 'by']);
/** A list of whom a post reaches: "incl colleagues", "inclusief collega's", "waaronder collega's". */
const INCLUDING = new Set(['incl', 'including', 'inclusief', 'waaronder']);

/**
 * The word names who reads along, not what the message is about: "er volgen me ook collega's", "ouders van
 * leerlingen volgen me soms", "some colleagues follow me", "my network (incl colleagues)". A follow verb
 * with me/mee next to it, within three words of the word, in its sentence; or a word that lists the audience
 * right before it.
 */
export function inAudience(words: AnalyzedWord[], index: number): boolean {
  // Who is reached, listed: "my network (incl colleagues)", "iedereen, inclusief collega's".
  if (
    [index - 1, index - 2].some(
      (at) => INCLUDING.has(words[at]?.folded ?? '') && sameSentence(words, at, index),
    )
  )
    return true;
  for (let at = index - 3; at <= index + 3; at++) {
    if (at === index || !FOLLOWING.test(words[at]?.folded ?? '') || !sameSentence(words, at, index)) continue;
    if (ALONG.has(words[at + 1]?.folded ?? '') || ALONG.has(words[at - 1]?.folded ?? '')) return true;
  }
  return false;
}

/** No sentence starts after the earlier of two words up to the later one. */
function sameSentence(words: AnalyzedWord[], a: number, b: number): boolean {
  for (let at = Math.min(a, b) + 1; at <= Math.max(a, b); at++) if (words[at]?.sentenceStart) return false;
  return true;
}
