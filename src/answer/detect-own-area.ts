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
// Compounds put the topic first ("stikstofbeleid" is about "stikstof"), so a shared start counts too.
const MIN_PREFIX_LENGTH = 5;
// Words too general to tie a question to someone's portfolio.
const GENERIC_TOPIC_WORDS = new Set(
  'beleid werk zaken dienst organisatie overheid gemeente provincie ministerie regels regeling wet mensen burgers'.split(
    ' ',
  ),
);

function sharesTopic(word: AnalyzedWord, topicWords: AnalyzedWord[]): boolean {
  if (GENERIC_TOPIC_WORDS.has(word.folded)) return false;
  return topicWords.some(
    (topicWord) =>
      // Short topics are usually acronyms (WIA, Wmo, AOW): those must match as written.
      (topicWord.folded.length < MIN_KEY_LENGTH
        ? word.folded === topicWord.folded
        : word.keys.some((key) => key.length >= MIN_KEY_LENGTH && topicWord.keys.includes(key))) ||
      (Math.min(word.folded.length, topicWord.folded.length) >= MIN_PREFIX_LENGTH &&
        (word.folded.startsWith(topicWord.folded) || topicWord.folded.startsWith(word.folded))),
  );
}

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
    const topicWords = analyzer
      .analyze(topic)
      .filter((word) => !word.stopword && !GENERIC_TOPIC_WORDS.has(word.folded));
    words.forEach((word, index) => {
      if (skip.has(index) || word.stopword) return;
      if (sharesTopic(word, topicWords)) {
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
