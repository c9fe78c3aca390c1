// Finds where a compiled pattern occurs in analysed text.
import type { AnalyzedWord } from '../text/analyze-text.ts';
import type { CompiledPattern, PatternAlternative } from './compile-pattern.ts';

/** A match as word indexes into the analysed text (inclusive). */
export interface PatternMatch {
  pattern: string;
  /** Indexes of the words that matched the pattern's steps. */
  wordIndexes: number[];
}

/** Inflection changes a Dutch word's length by at most this much (gedeeld / deel, ambtenaren / ambtenaar). */
export const MAX_INFLECTION = 3;

/** The elfproef of a BSN: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 (and not all zeros). */
export function passesElfproef(value: string): boolean {
  if (!/^\d{9}$/.test(value) || /^0+$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(value[index]) * (9 - index);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

function matchesWord(alternative: PatternAlternative, word: AnalyzedWord): boolean {
  switch (alternative.type) {
    case 'key':
      return (
        Math.abs(word.folded.length - alternative.length) <= MAX_INFLECTION &&
        word.keys.includes(alternative.key)
      );
    case 'prefix':
      return word.folded.startsWith(alternative.prefix);
    case 'suffix':
      return word.folded.endsWith(alternative.suffix);
    case 'exact':
      return word.folded === alternative.word;
    case 'concept':
      return word.concepts.includes(alternative.concept);
    case 'name':
      return (
        word.capitalized &&
        !word.sentenceStart &&
        !word.stopword &&
        word.folded.length > 1 &&
        word.organisationName !== true &&
        // A place ("waarom Rotterdam …") or a street or square ("de Coolsingel") is not a person (#name);
        // #proper takes them too.
        (alternative.places || (!word.concepts.includes(PLACE_CONCEPT) && !isStreetName(word.folded)))
      );
    case 'number':
      // Also class and group codes such as "3b".
      return /^\d+[a-z]?$/.test(word.folded);
    case 'bsn':
      return passesElfproef(word.folded);
  }
}

/** Places and regions: the synonym group "plaats" of the lexicon. */
export const PLACE_CONCEPT = '@plaats';
/** A compound ending in a street or square word ("Coolsingel", "Museumplein"); not the surname "Van Dijk". */
const STREET_ENDING = /(straat|laan|plein|singel|gracht|kade|markt|steeg)$/;
function isStreetName(folded: string): boolean {
  const ending = STREET_ENDING.exec(folded);
  return ending !== null && folded.length >= ending[0].length + 3;
}

function matchesStep(step: PatternAlternative[], word: AnalyzedWord | undefined): boolean {
  return word !== undefined && step.some((alternative) => matchesWord(alternative, word));
}

/** Where each key, word and concept occurs in a text: built once per text, so a rule only visits the
 * words its first step can match instead of every word. */
interface WordLookup {
  byKey: Map<string, number[]>;
  byWord: Map<string, number[]>;
  byConcept: Map<string, number[]>;
  /** By the first PREFIX_BUCKET letters, for prefix alternatives. */
  byStart: Map<string, number[]>;
  /** Every index, for alternatives that have to look at each word. */
  all: number[];
}

const PREFIX_BUCKET = 3;

const lookups = new WeakMap<AnalyzedWord[], WordLookup>();

function lookupFor(words: AnalyzedWord[]): WordLookup {
  let lookup = lookups.get(words);
  if (lookup) return lookup;
  lookup = { byKey: new Map(), byWord: new Map(), byConcept: new Map(), byStart: new Map(), all: [] };
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== index) list.push(index);
    } else map.set(key, [index]);
  };
  words.forEach((word, index) => {
    for (const key of word.keys) add(lookup!.byKey, key, index);
    add(lookup!.byWord, word.folded, index);
    for (const concept of word.concepts) add(lookup!.byConcept, concept, index);
    add(lookup!.byStart, word.folded.slice(0, PREFIX_BUCKET), index);
    lookup!.all.push(index);
  });
  lookups.set(words, lookup);
  return lookup;
}

const NO_STARTS: readonly number[] = [];

/** Word indexes where the first step of a pattern can match, in text order. Most patterns of a rule set
 * cannot start in a given text; they cost a few map look-ups and no allocation. */
function candidateStarts(step: PatternAlternative[], words: AnalyzedWord[]): readonly number[] {
  const lookup = lookupFor(words);
  let starts: number[] | undefined;
  let merged = false;
  for (const alternative of step) {
    let list: number[] | undefined;
    switch (alternative.type) {
      case 'key':
        list = lookup.byKey.get(alternative.key);
        break;
      case 'exact':
        list = lookup.byWord.get(alternative.word);
        break;
      case 'concept':
        list = lookup.byConcept.get(alternative.concept);
        break;
      case 'prefix':
        if (alternative.prefix.length >= PREFIX_BUCKET) {
          list = lookup.byStart.get(alternative.prefix.slice(0, PREFIX_BUCKET));
          break;
        }
        list = lookup.all;
        break;
      default:
        // Names, numbers and word endings are checked word by word.
        list = lookup.all;
    }
    if (list === undefined) continue;
    const before = starts?.length ?? 0;
    for (const index of list) {
      const word = words[index];
      if (!word || !matchesWord(alternative, word)) continue;
      if (starts === undefined) starts = [index];
      else starts.push(index);
    }
    // A second alternative can add indexes out of order or twice: then sorted once at the end.
    if (before > 0 && (starts?.length ?? 0) > before) merged = true;
  }
  if (starts === undefined) return NO_STARTS;
  if (!merged) return starts;
  return [...new Set(starts)].sort((a, b) => a - b);
}

/**
 * All matches of the pattern, one per start word: each step at most `window` words after the last, within
 * one sentence.
 */
export function matchPattern(
  pattern: CompiledPattern,
  words: AnalyzedWord[],
  window: number,
): PatternMatch[] {
  const first = pattern.steps[0];
  if (!first) return [];
  const starts = candidateStarts(first, words);
  if (starts.length === 0) return [];
  const matches: PatternMatch[] = [];
  // (step, word) pairs known not to lead to a match: without this, backtracking is exponential.
  const failed = new Set<number>();
  for (const start of starts) {
    const found = continueMatch(pattern.steps, 1, words, start, window, failed);
    if (found) matches.push({ pattern: pattern.source, wordIndexes: [start, ...found] });
  }
  return matches;
}

function continueMatch(
  steps: PatternAlternative[][],
  stepNumber: number,
  words: AnalyzedWord[],
  previous: number,
  window: number,
  failed: Set<number>,
): number[] | undefined {
  const step = steps[stepNumber];
  if (!step) return [];
  const memoKey = stepNumber * (words.length + 1) + previous;
  if (failed.has(memoKey)) return undefined;
  const last = Math.min(words.length - 1, previous + window + 1);
  for (let index = previous + 1; index <= last; index++) {
    // A pattern never reaches into the next sentence.
    if (words[index]?.sentenceStart) break;
    if (!matchesStep(step, words[index])) continue;
    const tail = continueMatch(steps, stepNumber + 1, words, index, window, failed);
    if (tail) return [index, ...tail];
  }
  failed.add(memoKey);
  return undefined;
}
