// What the engine runs from a knowledge file: its rule patterns compiled (a pattern that does not compile is a
// problem at its line, and is left out), a signal's three pattern lists, and a searchable file's passages. The
// shared knowledge and each organisation's overlay are built with the same pieces.
import { type CompiledPattern, compilePattern, PatternError } from '../rules/compile-pattern.ts';
import type { IndexedPassage } from '../search/passage-index.ts';
import type { CompiledSignal } from './build-knowledge-base.ts';
import type { CaseFile, FaqFile, GuideFile, LawFile, SignalFile } from './knowledge-schemas.ts';
import { lineOf } from './line-of.ts';
import type { KnowledgeDocument, KnowledgeProblem } from './parse-knowledge-file.ts';
import { splitPassages } from './split-passages.ts';

export type PatternCompiler = (document: KnowledgeDocument, sources: string[]) => CompiledPattern[];

/** One pattern compiled with the analyser's keys, or undefined with the problem at its line in `problems`. */
export function compileOrReport(
  document: KnowledgeDocument,
  source: string,
  keyOf: (word: string) => string,
  problems: KnowledgeProblem[],
): CompiledPattern | undefined {
  try {
    const compiled = compilePattern(source, keyOf);
    const repeated = repeatedAlternative(source);
    const mixed = repeated ? undefined : mixedStep(source);
    if (!repeated && !mixed) return compiled;
    // Only a suspect pattern is looked up in its file (every pattern is compiled at every load).
    const line = lineOf(document.raw, source);
    const checked = STEPS_CHECKED.test(document.raw.split('\n')[line - 1] ?? '');
    if (repeated && !checked)
      problems.push({
        file: document.path,
        line,
        severity: 'warning',
        message: `pattern "${source}": "${repeated}" is a step twice; a space separates steps even inside a|b, so "a b|a c" means a, then b or a, then c. Write each phrase as a pattern of its own, or end the line with "# stappen gecontroleerd" if that is meant`,
      });
    if (mixed && !checked)
      problems.push({
        file: document.path,
        line,
        severity: 'warning',
        message: `pattern "${source}": the step "${mixed}" lists a little word beside full words, which is how a phrase written as an alternative looks ("zichtbaar|in beeld" is zichtbaar or in, then beeld). Write each phrase as a pattern of its own, or end the line with "# stappen gecontroleerd" if that is meant`,
      });
    return compiled;
  } catch (error) {
    if (!(error instanceof PatternError)) throw error;
    problems.push({
      file: document.path,
      line: lineOf(document.raw, source),
      severity: 'error',
      message: `pattern "${source}": ${error.message}`,
    });
    return undefined;
  }
}

/** A YAML comment on a pattern's line that says its repeated step is meant ("de|het … in|van het|de …"). */
const STEPS_CHECKED = /#\s*stappen gecontroleerd/i;

/**
 * An alternative that occurs in two steps of one pattern: nearly always phrases meant as alternatives
 * ("interne cijfers|interne data" compiles to interne, cijfers or interne, data).
 */
export function repeatedAlternative(source: string): string | undefined {
  const seen = new Map<string, number>();
  const steps = source.trim().toLowerCase().split(/\s+/);
  for (const [index, step] of steps.entries())
    for (const alternative of new Set(step.split('|'))) {
      if (!alternative) continue;
      const at = seen.get(alternative);
      // A phrase may repeat a word ("hear hear", "college voor de rechten van de mens"); a list may not.
      if (at !== undefined && at !== index && (step.includes('|') || steps[at]?.includes('|')))
        return alternative;
      seen.set(alternative, index);
    }
  return undefined;
}

/** Little words that start a phrase ("in beeld", "op dit moment", "te zien"). */
const LITTLE_WORDS = new Set(
  `in op te de het een van aan met bij voor naar uit om over door tot tussen tijdens vanaf sinds zonder binnen
  buiten tegen onder boven achter naast the a an on at to of for by with from between during within without
  after before since until totdat`.split(/\s+/),
);

/**
 * A step between two others that lists a little word beside full words: nearly always a phrase meant as an
 * alternative, split by the space ("toegangspas zichtbaar|herkenbaar|in beeld").
 */
export function mixedStep(source: string): string | undefined {
  const steps = source.trim().toLowerCase().split(/\s+/);
  return steps.find((step, index) => {
    if (index === 0 || index === steps.length - 1 || !step.includes('|')) return false;
    const alternatives = step.split('|').map((alternative) => alternative.replace(/^=/, ''));
    return (
      alternatives.some((alternative) => LITTLE_WORDS.has(alternative)) &&
      alternatives.some(
        (alternative) => !LITTLE_WORDS.has(alternative) && alternative.replace(/\*$/, '').length >= 5,
      )
    );
  });
}

/** Compiles a file's patterns with the analyser's keys; each one that fails is added to `problems`. */
export function createPatternCompiler(
  keyOf: (word: string) => string,
  problems: KnowledgeProblem[],
): PatternCompiler {
  return (document, sources) =>
    sources.flatMap((source) => compileOrReport(document, source, keyOf, problems) ?? []);
}

/** A signal file with its patterns, conditions and exceptions compiled. */
export function compileSignal(
  document: KnowledgeDocument,
  meta: SignalFile,
  compileAll: PatternCompiler,
): CompiledSignal {
  return {
    meta,
    path: document.path,
    patterns: compileAll(document, meta.patterns),
    with: compileAll(document, meta.with),
    unless: compileAll(document, meta.unless),
  };
}

/** A searchable file's passages; a FAQ is found by the ways people ask it, whichever section matches best. */
export function passagesOf(
  document: KnowledgeDocument,
  meta: LawFile | FaqFile | CaseFile | GuideFile,
): IndexedPassage[] {
  const keywords = meta.kind === 'faq' ? [...meta.keywords, meta.question, ...meta.variants] : meta.keywords;
  return splitPassages(document).map((passage) => ({
    ...passage,
    title: meta.title,
    kind: meta.kind,
    keywords,
  }));
}
