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
    return compilePattern(source, keyOf);
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
