// The worker thread that checks a new knowledge version (prepareKnowledge) away from the thread that serves.
// Started through knowledge-worker.mjs; answers one request per message, in order.
import { parentPort } from 'node:worker_threads';
import { isBotError } from '../core/bot-error.ts';
import { type PreparedKnowledge, prepareKnowledge } from './prepare-knowledge.ts';
import { readKnowledgeDir } from './read-knowledge-dir.ts';

export interface PrepareRequest {
  id: number;
  dir: string;
  /** The clock for review-date warnings (ISO). */
  now: string;
  staleAfterDays: number | undefined;
  /** Training keys the serving thread has models for. */
  trainedKeys: string[];
}

export type PrepareResponse =
  | { id: number; prepared: PreparedKnowledge }
  | { id: number; error: { code: string | undefined; message: string } };

parentPort?.on('message', async (request: PrepareRequest) => {
  let response: PrepareResponse;
  try {
    const files = await readKnowledgeDir(request.dir);
    const prepared = prepareKnowledge(files, {
      now: new Date(request.now),
      staleAfterDays: request.staleAfterDays,
      trainedKeys: request.trainedKeys,
    });
    response = { id: request.id, prepared };
  } catch (error) {
    response = {
      id: request.id,
      error: {
        code: isBotError(error) ? error.code : undefined,
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }
  parentPort?.postMessage(response);
});
