// The model's prose may not say more than the verdict the code shows, nor carry what someone else told
// it to say. Every sentence is read for its stance (read-stance.ts): under "mag-niet" nothing more lenient
// than a condition, and at least one sentence that says what is not allowed; under "voorwaardelijk" no
// "go ahead" wording; under "mag" no "always", "everything" or "without conditions". Under every verdict:
// no obeyed instruction, role switch or chat markup, no repeat of our prompts, no link that the sources do
// not hold, and nothing that an injected sentence of the user's text asked for.
import type { Verdict } from '../core/vocabulary.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { containsWords, findInjectedRequests, wordsOf } from './find-injected-requests.ts';
import {
  normaliseText,
  readSentence,
  readSentences,
  type SentenceReading,
  STANCES,
  type Stance,
} from './read-stance.ts';
import { ALWAYS_WORDS, NEGATORS, PERMITTING_WORDS } from './stance-words.ts';

export interface ProseCheck {
  /** The verdict (or for draft findings, the level) the prose must fit; without it only injection is checked. */
  verdict?: Exclude<Verdict, 'buiten-scope'>;
  /**
   * What the user sent: what an injected sentence in it asks for must not come back; a link from the rest
   * of it may.
   */
  userText?: string;
  /**
   * The knowledge passages given. A link may come from them, and an "always" they state about the same
   * subject ("Ja, altijd. Lid zijn van een politieke partij …") is no over-generalisation.
   */
  sources?: readonly string[];
  /** Our own prompts: prose that repeats seven words in a row of them leaks them. */
  instructions?: readonly string[];
}

/** The most lenient stance each verdict allows. */
const CEILING: Record<Exclude<Verdict, 'buiten-scope'>, Stance> = {
  'mag-niet': 'conditional',
  voorwaardelijk: 'permits',
  mag: 'carefree',
};

const LINK =
  /\bhttps?:\/\/[^\s<>"')]+|\bwww\.[^\s<>"')]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|info|io|gov|be|de|uk|example|app|online|site|xyz|me|co)\b(?:\/[^\s<>"')]*)?/gi;
const LEAK_WORDS = 7;
/** How close to a source's "altijd" the subject of the same claim must be (in words). */
const STATED_WINDOW = 25;

/** Problems with the prose (one string per problem, for the repair message); empty when it passes. */
export function proseProblems(parts: readonly string[], check: ProseCheck): string[] {
  const problems: string[] = [];
  const prose = parts.filter((part) => part.trim()).join('\n');
  const readings = parts
    .flatMap((part) => readSentences(part))
    .map((reading) => withoutStatedAbsolute(reading, check.sources ?? []));
  const ceiling = check.verdict ? STANCES.indexOf(CEILING[check.verdict]) : STANCES.length;
  for (const reading of readings) {
    const sentence = shorten(reading.text);
    if (reading.instruction) {
      problems.push(
        `the sentence "${sentence}" follows instructions that are not ours ("${reading.instruction}")`,
      );
    } else if (STANCES.indexOf(reading.stance) > ceiling) {
      problems.push(
        `the sentence "${sentence}" is more lenient than the verdict "${check.verdict}" ("${reading.evidence ?? reading.stance}"); name the condition or the limit instead`,
      );
    }
  }
  if (check.verdict === 'mag-niet' && !readings.some((reading) => reading.stance === 'prohibits')) {
    problems.push('under "mag-niet" the text must say plainly what is not allowed');
  }
  const sources = [...(check.sources ?? []), check.userText ?? ''].join('\n').toLowerCase();
  for (const match of prose.matchAll(LINK)) {
    const link = match[0].replace(/[.,;:!?]+$/, '');
    if (!sources.includes(link.toLowerCase()))
      problems.push(`the link "${link}" is in no source given nor in the user's text`);
  }
  if (check.userText) {
    const repeated = findInjectedRequests(check.userText).find((piece) => containsWords(prose, piece));
    if (repeated)
      problems.push(`the text repeats what the user's text told the model to say ("${repeated}")`);
  }
  if (check.instructions && leaks(prose, check.instructions))
    problems.push('the text repeats the instructions');
  return problems;
}

/**
 * A sentence that is unconditional only through "altijd" / "always" is no over-generalisation when a source
 * says the same: the word (not negated) with every content word of the clause before it close by ("Ja,
 * altijd. Lid zijn van een politieke partij is een recht …"). It is then read again without that word.
 */
function withoutStatedAbsolute(reading: SentenceReading, sources: readonly string[]): SentenceReading {
  const word = reading.evidence;
  if (reading.stance !== 'unconditional' || !word || !ALWAYS_WORDS.has(word)) return reading;
  const folded = normaliseText(reading.text);
  const at = folded.search(new RegExp(`\\b${word}\\b`));
  const clauseStart = Math.max(...[',', ';', ':', '('].map((mark) => folded.lastIndexOf(mark, at))) + 1;
  const subject = wordsOf(folded.slice(clauseStart, at)).filter(
    (candidate) => candidate.length >= 4 && !STOPWORDS.has(candidate) && !PERMITTING_WORDS.has(candidate),
  );
  if (subject.length === 0) return reading;
  const stated = sources.some((source) => {
    const words = wordsOf(source);
    return words.some(
      (candidate, index) =>
        candidate === word &&
        !words.slice(Math.max(0, index - 2), index).some((before) => NEGATORS.has(before)) &&
        subject.every((needed) =>
          words.slice(Math.max(0, index - STATED_WINDOW), index + STATED_WINDOW).includes(needed),
        ),
    );
  });
  if (!stated) return reading;
  return { ...readSentence(`${folded.slice(0, at)}${folded.slice(at + word.length)}`), text: reading.text };
}

/** Whether the prose repeats seven words in a row of any instruction text. */
function leaks(prose: string, instructions: readonly string[]): boolean {
  const words = ` ${wordsOf(prose).join(' ')} `;
  return instructions.some((instruction) => {
    const source = wordsOf(instruction);
    for (let start = 0; start + LEAK_WORDS <= source.length; start++) {
      if (words.includes(` ${source.slice(start, start + LEAK_WORDS).join(' ')} `)) return true;
    }
    return false;
  });
}

function shorten(sentence: string): string {
  return sentence.length <= 160 ? sentence : `${sentence.slice(0, 157)}…`;
}
