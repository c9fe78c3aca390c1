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
    case 'exact':
      return word.folded === alternative.word;
    case 'concept':
      return word.concepts.includes(alternative.concept);
    case 'name':
      return word.capitalized && !word.sentenceStart && !word.stopword && word.folded.length > 1;
    case 'number':
      // Also class and group codes such as "3b".
      return /^\d+[a-z]?$/.test(word.folded);
    case 'bsn':
      return passesElfproef(word.folded);
  }
}

function matchesStep(step: PatternAlternative[], word: AnalyzedWord | undefined): boolean {
  return word !== undefined && step.some((alternative) => matchesWord(alternative, word));
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
  const matches: PatternMatch[] = [];
  const [first, ...rest] = pattern.steps;
  if (!first) return matches;
  for (let start = 0; start < words.length; start++) {
    if (!matchesStep(first, words[start])) continue;
    const found = continueMatch(rest, words, start, window);
    if (found) matches.push({ pattern: pattern.source, wordIndexes: [start, ...found] });
  }
  return matches;
}

function continueMatch(
  steps: PatternAlternative[][],
  words: AnalyzedWord[],
  previous: number,
  window: number,
): number[] | undefined {
  const [step, ...rest] = steps;
  if (!step) return [];
  const last = Math.min(words.length - 1, previous + window + 1);
  for (let index = previous + 1; index <= last; index++) {
    // A pattern never reaches into the next sentence.
    if (words[index]?.sentenceStart) return undefined;
    if (!matchesStep(step, words[index])) continue;
    const tail = continueMatch(rest, words, index, window);
    if (tail) return [index, ...tail];
  }
  return undefined;
}
