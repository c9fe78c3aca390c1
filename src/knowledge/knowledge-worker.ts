// The worker thread that checks a new knowledge version (prepareKnowledge) and trains its second opinion,
// away from the thread that serves. Started through knowledge-worker.mjs. A check answers at once; training
// runs in slices, so a newer version's check comes in between and stops a training that is no longer needed.
import { parentPort } from 'node:worker_threads';
import { isBotError } from '../core/bot-error.ts';
import type { LearnedModels } from '../learned/second-opinion.ts';
import type { KnowledgeBase } from './build-knowledge-base.ts';
import {
  type PreparedKnowledge,
  prepareKnowledge,
  trainPrepared,
  transferablesOf,
} from './prepare-knowledge.ts';
import { readKnowledgeDir } from './read-knowledge-dir.ts';
import { runInSlices } from './run-in-slices.ts';

export type WorkerRequest =
  | {
      id: number;
      type: 'prepare';
      dir: string;
      /** The clock for review-date warnings (ISO). */
      now: string;
      staleAfterDays: number | undefined;
      /** Training keys the serving thread has models for. */
      trainedKeys: string[];
    }
  | {
      id: number;
      type: 'train';
      /** The version prepared last, whose examples to train on. */
      version: string;
    };

export type WorkerResponse =
  | { id: number; prepared: PreparedKnowledge }
  /** `learned` is absent when a newer version was prepared meanwhile (its own training follows). */
  | { id: number; learned: LearnedModels | undefined }
  | { id: number; error: { code: string | undefined; message: string } };

/** The last version prepared that still needs training; a newer check replaces it. */
let toTrain: KnowledgeBase | undefined;

/** Stops when the version to train is no longer the newest: the generator ends early with undefined. */
function* unlessSuperseded(
  knowledge: KnowledgeBase,
): Generator<undefined, LearnedModels | undefined, undefined> {
  const steps = trainPrepared(knowledge);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (toTrain !== knowledge) return undefined;
    yield;
  }
}

async function answer(
  request: WorkerRequest,
): Promise<{ response: WorkerResponse; transfer: ArrayBuffer[] }> {
  if (request.type === 'prepare') {
    // A newer version is coming: a training still running is for an older one and stops at its next step.
    toTrain = undefined;
    const files = await readKnowledgeDir(request.dir);
    const { prepared, knowledge } = prepareKnowledge(files, {
      now: new Date(request.now),
      staleAfterDays: request.staleAfterDays,
      trainedKeys: request.trainedKeys,
    });
    toTrain = prepared.needsTraining ? knowledge : undefined;
    return { response: { id: request.id, prepared }, transfer: [] };
  }
  const knowledge = toTrain;
  if (knowledge?.version !== request.version)
    return { response: { id: request.id, learned: undefined }, transfer: [] };
  const learned = await runInSlices(unlessSuperseded(knowledge));
  if (toTrain === knowledge) toTrain = undefined;
  return { response: { id: request.id, learned }, transfer: transferablesOf(learned) };
}

parentPort?.on('message', async (request: WorkerRequest) => {
  let reply: { response: WorkerResponse; transfer: ArrayBuffer[] };
  try {
    reply = await answer(request);
  } catch (error) {
    reply = {
      response: {
        id: request.id,
        error: {
          code: isBotError(error) ? error.code : undefined,
          message: error instanceof Error ? error.message : String(error),
        },
      },
      transfer: [],
    };
  }
  parentPort?.postMessage(reply.response, reply.transfer);
});
