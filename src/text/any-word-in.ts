// Looks at the words around a position: "is one of the two words after this one 'zei'?"
import type { AnalyzedWord } from './analyze-text.ts';

/** True when a word at one of these positions (a position outside the text counts as none) is in the set. */
export function anyWordIn(words: AnalyzedWord[], positions: number[], set: ReadonlySet<string>): boolean {
  return positions.some((position) => {
    const word = words[position]?.folded;
    return word !== undefined && set.has(word);
  });
}
