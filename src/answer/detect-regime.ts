// Decides which regime of law applies: hired staff, a sector from the profile, cues in the text, or the
// fallback that covers the differences.
import type { Profile } from '../core/types.ts';
import type { CompiledRegime, KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { matchPattern } from '../rules/match-pattern.ts';
import type { AnalyzedWord, Analyzer } from '../text/analyze-text.ts';

export interface RegimeChoice {
  regime: CompiledRegime | undefined;
  /** How the regime was found. */
  source: 'profile' | 'text' | 'fallback' | 'none';
}

const CUE_WINDOW = 2;

function cuesMatch(regime: CompiledRegime, words: AnalyzedWord[]): boolean {
  return regime.cues.some((pattern) => matchPattern(pattern, words, CUE_WINDOW).length > 0);
}

/**
 * Whether a cue of the regime is a word of the subject: a match with a word outside the author's own
 * words (the self-description and the employer's name). "Ik werk bij de MIVD" names the speaker; "iets
 * zeggen over defensie" names a subject.
 */
export function cueInSubject(
  regime: CompiledRegime,
  words: AnalyzedWord[],
  speakerWords: Set<number>,
): boolean {
  return regime.cues.some((pattern) =>
    matchPattern(pattern, words, CUE_WINDOW).some((match) =>
      match.wordIndexes.some((index) => !speakerWords.has(index)),
    ),
  );
}

export function detectRegime(
  knowledge: KnowledgeBase,
  analyzer: Analyzer,
  words: AnalyzedWord[],
  profile: Profile | undefined,
): RegimeChoice {
  const roleWords = profile?.role ? analyzer.analyze(profile.role) : [];
  // Hired staff is a matter of contract, whatever the sector: look in the role and the text first.
  const hired = knowledge.regimes.find((regime) => regime.meta.sectors.includes('inhuur'));
  if (hired && (cuesMatch(hired, roleWords) || cuesMatch(hired, words)))
    return { regime: hired, source: 'text' };
  if (profile?.sector) {
    const sector = profile.sector;
    const regime = knowledge.regimes.find((candidate) => candidate.meta.sectors.includes(sector));
    if (regime) return { regime, source: 'profile' };
  }
  for (const regime of knowledge.regimes) {
    if (regime === hired || regime.meta.fallback) continue;
    if (cuesMatch(regime, words) || cuesMatch(regime, roleWords)) return { regime, source: 'text' };
  }
  const fallback = knowledge.regimes.find((regime) => regime.meta.fallback);
  return fallback ? { regime: fallback, source: 'fallback' } : { regime: undefined, source: 'none' };
}
