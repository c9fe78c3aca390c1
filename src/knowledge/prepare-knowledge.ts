// A reload in two halves. `prepareKnowledge` runs in a worker thread: it parses, validates and assembles the
// new version to find every problem, and reads HR's examples with the new rules when the second opinion must
// be trained again; it returns plain data. `finishKnowledgeSteps` runs on the thread that serves: it assembles
// the parts that hold functions (analyser, situation lexicon, rule patterns, index) from the parsed files and
// trains the second opinion when needed. A broken version never reaches the second half.
import {
  assembleKnowledgeSteps,
  type BuildOptions,
  type KnowledgeBase,
  type KnowledgeSourceFile,
  type ParsedKnowledge,
  parseKnowledgeSteps,
} from './build-knowledge-base.ts';
import { type LabelledExamples, learnedModelsFor, readExamples, trainingKey } from './learn-from-examples.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';
import { runAtOnce } from './run-in-slices.ts';

/** A new version, checked: structured-clone-able, so it crosses from the worker. */
export interface PreparedKnowledge {
  parsed: ParsedKnowledge;
  /** Every problem of the version (parsing and assembling): it is taken or refused on these. */
  problems: KnowledgeProblem[];
  /** Absent when the version has errors or the serving thread already has models for its training key. */
  examples: LabelledExamples | undefined;
}

export interface PrepareOptions extends Omit<BuildOptions, 'learn'> {
  /** Training keys the serving thread has models for (learn-from-examples.ts: trainedKeys). */
  trainedKeys: string[];
}

export function prepareKnowledge(files: KnowledgeSourceFile[], options: PrepareOptions): PreparedKnowledge {
  const parsed = runAtOnce(parseKnowledgeSteps(files, options));
  const knowledge = runAtOnce(assembleKnowledgeSteps(parsed));
  const broken = knowledge.problems.some((problem) => problem.severity === 'error');
  const trained = options.trainedKeys.includes(trainingKey(parsed.documents));
  return {
    parsed,
    problems: knowledge.problems,
    examples: broken || trained ? undefined : runAtOnce(readExamples(knowledge)),
  };
}

/** The knowledge base to serve from a prepared version (a generator: run it in slices). */
export function* finishKnowledgeSteps(
  prepared: PreparedKnowledge,
): Generator<undefined, KnowledgeBase, undefined> {
  const knowledge = yield* assembleKnowledgeSteps(prepared.parsed);
  knowledge.learned = yield* learnedModelsFor(knowledge, prepared.examples);
  return knowledge;
}
