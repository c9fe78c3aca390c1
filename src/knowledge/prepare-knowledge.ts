// A reload in stages. `prepareKnowledge` runs in a worker thread: it parses, validates and assembles the new
// version to find every problem; it returns plain data. `finishKnowledgeSteps` runs on the thread that serves:
// it assembles the parts that hold functions (analyser, situation lexicon, rule patterns, index) from the
// parsed files, with the second opinion trained for the version's training key when there is one, else the
// models in service. A broken version never gets that far. When the version needs training, the worker
// trains it afterwards (`trainPrepared`), and the serving thread swaps the models in when they arrive: an edit
// to a rule is served at once, with the previous second opinion for the seconds training takes.
import type { LearnedModels } from '../learned/second-opinion.ts';
import { modelBuffers } from '../learned/softmax-regression.ts';
import {
  assembleKnowledgeSteps,
  type BuildOptions,
  type KnowledgeBase,
  type KnowledgeSourceFile,
  type ParsedKnowledge,
  parseKnowledgeSteps,
} from './build-knowledge-base.ts';
import { knownModels, trainFromExamples, trainingKey } from './learn-from-examples.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';
import { type ParsedOverlay, parseOrganisationOverlays } from './parse-organisation-overlay.ts';
import { runAtOnce } from './run-in-slices.ts';

/** A new version, checked: structured-clone-able, so it crosses from the worker. */
export interface PreparedKnowledge {
  parsed: ParsedKnowledge;
  /** Every problem of the version (parsing and assembling): it is taken or refused on these. */
  problems: KnowledgeProblem[];
  /** The hash of what training reads (learn-from-examples.ts). */
  trainingKey: string;
  /** True when the version is good and the serving thread has no models for its training key. */
  needsTraining: boolean;
  /** The organisation overlays, each checked on its own (taken or refused one by one). */
  overlays: ParsedOverlay[];
}

export interface PrepareOptions extends Omit<BuildOptions, 'learn'> {
  /** Training keys the serving thread has models for (learn-from-examples.ts: trainedKeys). */
  trainedKeys: string[];
}

/** The checked version, and (on the worker's side) the assembled knowledge base its training reads. */
export function prepareKnowledge(
  files: KnowledgeSourceFile[],
  options: PrepareOptions,
): { prepared: PreparedKnowledge; knowledge: KnowledgeBase } {
  const parsed = runAtOnce(parseKnowledgeSteps(files, options));
  // Reading examples needs no search: the index is built on the serving thread only.
  const knowledge = runAtOnce(assembleKnowledgeSteps(parsed, false));
  const broken = knowledge.problems.some((problem) => problem.severity === 'error');
  const key = trainingKey(parsed.documents);
  return {
    prepared: {
      parsed,
      problems: knowledge.problems,
      trainingKey: key,
      needsTraining: !broken && !options.trainedKeys.includes(key),
      overlays: parseOrganisationOverlays(files, parsed.documents, {
        now: options.now ?? new Date(),
        staleAfterDays: options.staleAfterDays ?? 365,
      }),
    },
    knowledge,
  };
}

/**
 * Trains the second opinion of an assembled version (a generator: the worker runs it in slices, so a newer
 * version's check can come in between and stop it).
 */
export function trainPrepared(knowledge: KnowledgeBase): Generator<undefined, LearnedModels, undefined> {
  return trainFromExamples(knowledge);
}

/** The buffers of trained models: transferred to the serving thread, not copied (about 20 MB). */
export function transferablesOf(learned: LearnedModels | undefined): ArrayBuffer[] {
  if (!learned) return [];
  return [learned.question, learned.hazards, learned.draft, learned.categories].flatMap(modelBuffers);
}

/**
 * The knowledge base to serve from a prepared version (a generator: run it in slices): with the models
 * trained for its training key when this thread has them, else with `inService` until training is done.
 */
export function* finishKnowledgeSteps(
  prepared: PreparedKnowledge,
  inService: LearnedModels,
): Generator<undefined, KnowledgeBase, undefined> {
  const knowledge = yield* assembleKnowledgeSteps(prepared.parsed);
  knowledge.learned = knownModels(prepared.trainingKey) ?? inService;
  return knowledge;
}
