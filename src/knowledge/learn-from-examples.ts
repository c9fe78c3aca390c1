// The learned second opinion of a knowledge version: the examples read with the version's own rules (their
// situations are the features), then trained. The models are plain weights, so a worker trains them on a
// reload and hands them to the thread that serves. Models are kept by a hash of what training reads,
// so an edit to a FAQ or a law text retrains nothing.
import { createHash } from 'node:crypto';
import { detectLanguage } from '../answer/detect-language.ts';
import {
  type LabelledItem,
  LEARNING_VERSION,
  type LearnedModels,
  trainLearnedModels,
} from '../learned/second-opinion.ts';
import { readText } from '../rules/read-text.ts';
import type { KnowledgeBase } from './build-knowledge-base.ts';
import type { KnowledgeDocument } from './parse-knowledge-file.ts';

/** HR's examples, each with the situation this version's rules read in it. Plain data (structured clone). */
export interface LabelledExamples {
  questions: LabelledItem[];
  drafts: LabelledItem[];
}

/** Examples read between two pauses while their situations are computed. */
const EXAMPLES_PER_STEP = 100;

/** Models trained before, by trainingKey (the last two). */
const trainedModels = new Map<string, LearnedModels>();
const MAX_TRAINED_MODELS = 2;
/** Kinds whose files shape the situation of an example (and so the features). */
const LEARNING_KINDS = new Set([
  'examples',
  'signal',
  'regime',
  'synonyms',
  'organisations',
  'domains',
  'functions',
  'cues',
]);

/** A hash of everything training reads: the examples and the rules that build their situations. */
export function trainingKey(documents: KnowledgeDocument[]): string {
  const hash = createHash('sha256').update(LEARNING_VERSION);
  for (const document of documents) {
    if (!LEARNING_KINDS.has(document.meta.kind)) continue;
    // Only what shapes a reading counts: editing a rule's wording, owner, review date or status retrains nothing.
    const { title, owner, reviewed, review, sources, keywords, ...shape } = document.meta as Record<
      string,
      unknown
    >;
    delete shape.condition;
    delete shape.advice;
    delete shape.suggestion;
    delete shape.note;
    delete shape.description;
    // How an organisation's name reads in the summary is wording as well.
    if (document.meta.kind === 'organisations')
      shape.organisations = document.meta.organisations.map(
        ({ inSentence: _, ...organisation }) => organisation,
      );
    hash.update(document.path).update('\0').update(JSON.stringify(shape)).update('\0');
  }
  return hash.digest('hex');
}

/** The keys this thread has trained models for. */
export function trainedKeys(): string[] {
  return [...trainedModels.keys()];
}

/** The models this thread has for a training key. */
export function knownModels(key: string): LearnedModels | undefined {
  return trainedModels.get(key);
}

/** Keeps models trained elsewhere (a worker) for their training key. */
export function rememberModels(key: string, models: LearnedModels): void {
  trainedModels.delete(key);
  trainedModels.set(key, models);
  while (trainedModels.size > MAX_TRAINED_MODELS)
    trainedModels.delete(trainedModels.keys().next().value as string);
}

/** Reads every example with the knowledge base's rules. */
export function* readExamples(knowledge: KnowledgeBase): Generator<undefined, LabelledExamples, undefined> {
  const questions: LabelledItem[] = [];
  const drafts: LabelledItem[] = [];
  let count = 0;
  for (const document of knowledge.documents) {
    const { meta } = document;
    if (meta.kind !== 'examples') continue;
    for (const example of meta.examples) {
      if (++count % EXAMPLES_PER_STEP === 0) yield;
      const { reading } = readText(
        knowledge,
        example.text,
        example.profile,
        meta.appliesTo,
        detectLanguage(example.text),
      );
      (meta.appliesTo === 'question' ? questions : drafts).push({ example, situation: reading.situation });
    }
  }
  return { questions, drafts };
}

/** Reads the examples with the knowledge base's rules and trains the second opinion on them. */
export function* trainFromExamples(knowledge: KnowledgeBase): Generator<undefined, LearnedModels, undefined> {
  const { questions, drafts } = yield* readExamples(knowledge);
  return yield* trainLearnedModels(questions, drafts);
}

/** The second opinion for a knowledge base: trained before, or trained here now. */
export function* learnedModelsFor(knowledge: KnowledgeBase): Generator<undefined, LearnedModels, undefined> {
  const key = trainingKey(knowledge.documents);
  const known = trainedModels.get(key);
  if (known) return known;
  const models = yield* trainFromExamples(knowledge);
  rememberModels(key, models);
  return models;
}
