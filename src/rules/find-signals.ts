// Runs the signal rules of the knowledge base over analysed text. Shared by questions and drafts.
import type { CompiledSignal, KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { NEGATIONS, saidAbsent, saidLeftOutOfIt } from '../text/negations.ts';
import type { CompiledPattern } from './compile-pattern.ts';
import { matchPattern, type PatternMatch } from './match-pattern.ts';

export interface FiredSignal {
  signal: CompiledSignal;
  /** Pattern matches (empty when the signal fired because the text is about the author's own work). */
  matches: PatternMatch[];
}

export interface SignalContext {
  appliesTo: 'question' | 'draft';
  /** Sectors of the regime that applies ("inhuur" included). */
  sectors: readonly string[];
  /** The text is about the author's own work. */
  ownArea: boolean;
  /** True when neither the profile nor the text tells which government the author works for. */
  noRegime?: boolean;
  /** The text the words come from (to see punctuation between them). */
  text?: string;
}

/** The matches of all patterns, in pattern order; most patterns match nothing and add nothing. */
function matchAll(patterns: CompiledPattern[], words: AnalyzedWord[], window: number): PatternMatch[] {
  let all: PatternMatch[] | undefined;
  for (const pattern of patterns) {
    const matches = matchPattern(pattern, words, window);
    if (matches.length > 0) all = all ? all.concat(matches) : matches;
  }
  return all ?? [];
}

/**
 * Whether any match of an exception is said, not denied: "ik ben beleidsmedewerker, geen woordvoerder"
 * does not match "ben woordvoerder". A match whose word directly follows a negation that is not itself a
 * step of the match is denied; a negation inside the match ("niet namens") is the exception itself.
 */
function affirmed(matches: PatternMatch[], words: AnalyzedWord[]): boolean {
  return matches.some((match) =>
    match.wordIndexes.every((index) => {
      const before = index - 1;
      return match.wordIndexes.includes(before) || !NEGATIONS.has(words[before]?.folded ?? '');
    }),
  );
}

export function findSignals(
  knowledge: KnowledgeBase,
  words: AnalyzedWord[],
  context: SignalContext,
): FiredSignal[] {
  const candidates: FiredSignal[] = [];
  // In a question, what the writer says to leave out is no part of the plan: "ik noem geen namen van
  // studenten", "interne stukken gebruik ik niet", "niks gerubriceerd natuurlijk", "niemand beledigen".
  // (One reader for all rules: it depends on the text, not on the rule.)
  const text = context.text;
  const leftOut =
    context.appliesTo === 'question' && text !== undefined
      ? (match: PatternMatch) =>
          saidLeftOutOfIt(
            words,
            match.wordIndexes[0] ?? 0,
            match.wordIndexes[match.wordIndexes.length - 1] ?? 0,
            text,
          )
      : undefined;
  for (const signal of knowledge.signals) {
    const { meta } = signal;
    if (!meta.appliesTo.includes(context.appliesTo)) continue;
    if (meta.requires.sectors && !meta.requires.sectors.some((sector) => context.sectors.includes(sector)))
      continue;
    if (meta.requires.noRegime && !context.noRegime) continue;
    const all = matchAll(signal.patterns, words, meta.window);
    // A rule marked negatable does not count a match the text denies ("not in uniform", "geen screenshots").
    // (A negation further on stays part of the meaning: "ik mag het niet zeggen, maar …" still matches.)
    const matches = all.filter(
      (match) =>
        !(meta.negatable && saidAbsent(words, match.wordIndexes[0] ?? 0)) && !(leftOut && leftOut(match)),
    );
    const triggered = meta.triggers.ownArea && context.ownArea;
    if (matches.length === 0 && !triggered) continue;
    const alsoMatches = matchAll(signal.with, words, meta.window);
    if (signal.with.length > 0 && alsoMatches.length === 0 && meta.withFor.includes(context.appliesTo))
      continue;
    if (signal.unless.some((pattern) => affirmed(matchPattern(pattern, words, meta.window), words))) continue;
    candidates.push({ signal, matches: [...matches, ...alsoMatches] });
  }
  // Gates on other signals are checked once all candidates are known; then cancellations apply.
  const firedIds = new Set(candidates.map((fired) => fired.signal.meta.id));
  const gated = candidates.filter(
    (fired) =>
      (fired.signal.meta.requires.signals ?? []).every((id) => firedIds.has(id)) &&
      (fired.signal.meta.requires.anyOf ?? [fired.signal.meta.id]).some((id) => firedIds.has(id)),
  );
  const cancelled = new Set(gated.flatMap((fired) => fired.signal.meta.cancels));
  return gated.filter((fired) => !cancelled.has(fired.signal.meta.id));
}
