// Is the message about the author's own work? Compares the topic words of the message with the
// portfolio in the profile and with the regime's own domain (e.g. weapons for defence staff), leaving
// out the words where the author only describes their job.
import type { Profile } from '../core/types.ts';
import type { CompiledRegime } from '../knowledge/build-knowledge-base.ts';
import { matchPattern } from '../rules/match-pattern.ts';
import type { AnalyzedWord, Analyzer } from '../text/analyze-text.ts';

export interface OwnArea {
  ownArea: boolean;
  /** The portfolio topics or domain words that matched. */
  topics: string[];
  /** Word indexes in the text that carry the overlap. */
  wordIndexes: number[];
}

const MIN_KEY_LENGTH = 4;

export function detectOwnArea(
  analyzer: Analyzer,
  words: AnalyzedWord[],
  skip: Set<number>,
  profile: Profile | undefined,
  regime: CompiledRegime | undefined,
): OwnArea {
  const topics = new Set<string>();
  const wordIndexes = new Set<number>();
  for (const topic of profile?.portfolio ?? []) {
    const topicKeys = new Set(
      analyzer
        .analyze(topic)
        .filter((word) => !word.stopword)
        .flatMap((word) => word.keys)
        .filter((key) => key.length >= MIN_KEY_LENGTH),
    );
    words.forEach((word, index) => {
      if (skip.has(index) || word.stopword) return;
      if (word.keys.some((key) => topicKeys.has(key))) {
        topics.add(topic);
        wordIndexes.add(index);
      }
    });
  }
  for (const pattern of regime?.domain ?? []) {
    for (const match of matchPattern(pattern, words, 1)) {
      if (match.wordIndexes.some((index) => skip.has(index))) continue;
      topics.add(pattern.source);
      for (const index of match.wordIndexes) wordIndexes.add(index);
    }
  }
  return {
    ownArea: topics.size > 0,
    topics: [...topics],
    wordIndexes: [...wordIndexes].sort((a, b) => a - b),
  };
}
