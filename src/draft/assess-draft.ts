// Checks a draft post: which rules fire, on which words, with which norm; and so which risk level.

import { roleTopics } from '../answer/detect-own-area.ts';
import type { Language } from '../answer/messages.ts';
import type { Finding, Profile } from '../core/types.ts';
import { type BasisId, type Category, RISKS, type Risk } from '../core/vocabulary.ts';
import type { CompiledRegime, KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { SignalEffect } from '../knowledge/knowledge-schemas.ts';
import type { FiredSignal } from '../rules/find-signals.ts';
import { mapBasis } from '../rules/map-basis.ts';
import { readText } from '../rules/read-text.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';

export interface DraftAssessment {
  risk: Risk;
  findings: Finding[];
  categories: Category[];
  basis: BasisId[];
  regime: CompiledRegime | undefined;
}

const SEVERITY_BY_EFFECT: Partial<Record<SignalEffect, Risk>> = {
  'hard-stop': 'hoog',
  whistleblowing: 'middel',
  weighing: 'middel',
  aggravating: 'middel',
};
export function assessDraft(
  knowledge: KnowledgeBase,
  draft: string,
  profile: Profile | undefined,
  language: Language,
): DraftAssessment {
  const { words, regime, ownArea, fired } = readText(knowledge, draft, profile, 'draft', roleTopics(profile));
  const findings: Finding[] = [];
  const aggravating: Finding[] = [];
  for (const item of fired) {
    const list = item.signal.meta.effect === 'aggravating' ? aggravating : findings;
    list.push(...toFindings(item, draft, words, ownArea.wordIndexes, regime, language));
  }
  const risk = decideDraftRisk(findings, aggravating, fired);
  // Aggravating factors are reported only when something else already carries risk.
  if (risk !== 'laag') findings.push(...aggravating);
  findings.sort((a, b) => RISKS.indexOf(b.severity) - RISKS.indexOf(a.severity));
  const merged = mergeByCategory(findings);
  const categories = merged.map((finding) => finding.category);
  const basis = [...new Set(merged.flatMap((finding) => finding.basis))];
  return { risk, findings: merged, categories, basis, regime };
}

/**
 * The traffic light of the decision model: a hard stop is high; the author's own work on a politically
 * sensitive subject with an aggravating factor (timing, seniority) is high too; any other weighing factor
 * is medium; aggravating factors alone are low.
 */
function decideDraftRisk(findings: Finding[], aggravating: Finding[], fired: FiredSignal[]): Risk {
  if (findings.some((finding) => finding.severity === 'hoog')) return 'hoog';
  if (findings.length === 0) return 'laag';
  const all = [...findings, ...aggravating];
  const ownWork = findings.some((finding) => finding.category === 'eigen-beleidsterrein');
  const political = all.some((finding) => finding.category === 'politieke-gevoeligheid');
  const escalating = fired.some((item) => item.signal.meta.escalates);
  return ownWork && political && escalating ? 'hoog' : 'middel';
}

/**
 * One finding per category: the most severe rule's message and suggestion, with the spans and legal
 * basis of every rule that found the same kind of risk.
 */
function mergeByCategory(findings: Finding[]): Finding[] {
  const byCategory = new Map<string, Finding>();
  for (const finding of findings) {
    const existing = byCategory.get(finding.category);
    if (!existing) {
      byCategory.set(finding.category, { ...finding, spans: [...finding.spans], basis: [...finding.basis] });
      continue;
    }
    for (const span of finding.spans) {
      if (!existing.spans.some((known) => known.start === span.start && known.end === span.end))
        existing.spans.push(span);
    }
    for (const id of finding.basis) if (!existing.basis.includes(id)) existing.basis.push(id);
  }
  for (const finding of byCategory.values()) finding.spans.sort((a, b) => a.start - b.start);
  return [...byCategory.values()];
}

function toFindings(
  fired: FiredSignal,
  draft: string,
  words: AnalyzedWord[],
  ownAreaWords: number[],
  regime: CompiledRegime | undefined,
  language: Language,
): Finding[] {
  const { meta } = fired.signal;
  const severity = meta.severity ?? SEVERITY_BY_EFFECT[meta.effect];
  if (!severity || severity === 'laag') return [];
  const indexes =
    fired.matches.length > 0 ? fired.matches.flatMap((match) => match.wordIndexes) : ownAreaWords;
  return meta.categories.map((category) => ({
    category,
    ruleId: meta.id,
    severity,
    spans: toSpans(indexes, words, draft),
    basis: mapBasis(meta.basis, regime),
    message: meta.condition?.[language] ?? meta.title,
    suggestion: meta.suggestion?.[language] ?? meta.advice?.[language] ?? '',
  }));
}

/** Character spans of the matched words; neighbouring words merge into one span. */
function toSpans(indexes: number[], words: AnalyzedWord[], draft: string): Finding['spans'] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const spans: { startIndex: number; endIndex: number }[] = [];
  for (const index of sorted) {
    const last = spans[spans.length - 1];
    if (last && index === last.endIndex + 1) last.endIndex = index;
    else spans.push({ startIndex: index, endIndex: index });
  }
  return spans.flatMap(({ startIndex, endIndex }) => {
    const first = words[startIndex];
    const last = words[endIndex];
    if (!first || !last) return [];
    return [{ start: first.start, end: last.end, text: draft.slice(first.start, last.end) }];
  });
}
