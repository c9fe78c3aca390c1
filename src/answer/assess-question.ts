// Reads a question the way the decision model does: which regime, is it about the author's own work,
// which signals fire, and so which verdict and legal basis.
import type { Profile } from '../core/types.ts';
import type { BasisId, Verdict } from '../core/vocabulary.ts';
import type { CompiledRegime, KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { type FiredSignal, findSignals } from '../rules/find-signals.ts';
import { collectBasis, decideVerdict } from './decide-verdict.ts';
import { detectOwnArea, type OwnArea } from './detect-own-area.ts';
import { detectRegime } from './detect-regime.ts';
import { findSelfDescription } from './find-self-description.ts';

export interface QuestionAssessment {
  verdict: Verdict;
  basis: BasisId[];
  regime: CompiledRegime | undefined;
  regimeSource: 'profile' | 'text' | 'fallback' | 'none';
  ownArea: OwnArea;
  /** Signals that decide the verdict, most decisive first. */
  deciding: FiredSignal[];
  /** All fired signals, most decisive first. */
  fired: FiredSignal[];
}

export function assessQuestion(
  knowledge: KnowledgeBase,
  text: string,
  profile: Profile | undefined,
): QuestionAssessment {
  const { analyzer } = knowledge;
  const words = analyzer.analyze(text);
  const { regime, source } = detectRegime(knowledge, analyzer, words, profile);
  const ownArea = detectOwnArea(analyzer, words, findSelfDescription(text, words), profile, regime);
  const fired = findSignals(knowledge, words, {
    appliesTo: 'question',
    sectors: regime?.meta.sectors ?? [],
    ownArea: ownArea.ownArea,
    noRegime: source === 'fallback' || source === 'none',
  });
  const decision = decideVerdict(fired);
  return {
    verdict: decision.verdict,
    basis: collectBasis(decision, regime),
    regime,
    regimeSource: source,
    ownArea,
    deciding: decision.deciding,
    fired: decision.fired,
  };
}
