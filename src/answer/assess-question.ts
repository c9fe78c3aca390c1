// Reads a question the way the decision model does: which regime, is it about the author's own work,
// which signals fire, and so which verdict and legal basis.
import type { Profile } from '../core/types.ts';
import type { BasisId, Verdict } from '../core/vocabulary.ts';
import type { CompiledRegime, KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { FiredSignal } from '../rules/find-signals.ts';
import { readText } from '../rules/read-text.ts';
import { collectBasis, decideVerdict } from './decide-verdict.ts';
import type { OwnArea } from './detect-own-area.ts';

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
  const { regime, source, ownArea, fired } = readText(knowledge, text, profile, 'question');
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
