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
  }
}

function matchesStep(step: PatternAlternative[], word: AnalyzedWord | undefined): boolean {
  return word !== undefined && step.some((alternative) => matchesWord(alternative, word));
}

/** All non-overlapping-start matches of the pattern, each step at most `window` words after the last. */
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
    if (!matchesStep(step, words[index])) continue;
    const tail = continueMatch(rest, words, index, window);
    if (tail) return [index, ...tail];
  }
  return undefined;
}
