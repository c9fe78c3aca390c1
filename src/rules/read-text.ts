// The reading both a question and a draft get: words, the regime that applies, whether the text is about
// the author's own work, and which rules fire.
import { detectOwnArea, type OwnArea } from '../answer/detect-own-area.ts';
import { detectRegime, type RegimeChoice } from '../answer/detect-regime.ts';
import { findSelfDescription } from '../answer/find-self-description.ts';
import type { Profile } from '../core/types.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { type FiredSignal, findSignals } from './find-signals.ts';

export interface TextReading extends RegimeChoice {
  words: AnalyzedWord[];
  ownArea: OwnArea;
  fired: FiredSignal[];
}

export function readText(
  knowledge: KnowledgeBase,
  text: string,
  profile: Profile | undefined,
  appliesTo: 'question' | 'draft',
  /** Extra topics of the author's own work (drafts: words from the role). */
  extraTopics: string[] = [],
): TextReading {
  const { analyzer } = knowledge;
  const words = analyzer.analyze(text);
  const { regime, source } = detectRegime(knowledge, analyzer, words, profile);
  const ownArea = detectOwnArea(
    analyzer,
    words,
    findSelfDescription(text, words),
    profile,
    regime,
    extraTopics,
  );
  const fired = findSignals(knowledge, words, {
    appliesTo,
    sectors: regime?.meta.sectors ?? [],
    ownArea: ownArea.ownArea,
    noRegime: source === 'fallback' || source === 'none',
  });
  return { words, regime, source, ownArea, fired };
}
