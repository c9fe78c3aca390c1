// Checks new knowledge versions in a worker thread (knowledge-worker.ts), and trains their second opinion
// there, so the thread that serves keeps answering while a version is parsed, validated and trained. The
// worker starts at the first
// request and stays while requests keep coming (HR edits in bursts; a warm worker checks a version in about
// half the time of a new one); after IDLE_MS without one it stops and gives its memory back (about 100 MB, more
// after reading the examples). If it dies, the request fails and the next one starts a new worker. It holds
// the process open only while it works.
import { Worker } from 'node:worker_threads';
import { BotError } from '../core/bot-error.ts';
import type { LearnedModels } from '../learned/second-opinion.ts';
import type { WorkerRequest, WorkerResponse } from './knowledge-worker.ts';
import type { PreparedKnowledge } from './prepare-knowledge.ts';

type PrepareRequest = Extract<WorkerRequest, { type: 'prepare' }>;

export interface KnowledgeWorker {
  prepare(request: Omit<PrepareRequest, 'id' | 'type'>): Promise<PreparedKnowledge>;
  /**
   * Trains the second opinion of the version prepared last; undefined when a newer version was prepared
   * before it was done.
   */
  train(version: string): Promise<LearnedModels | undefined>;
  /**
   * Keeps the worker running from now on, even when idle (a folder that is watched: HR's first edit then
   * finds a warm worker instead of one that must start and parse every file first).
   */
  keepAlive(): void;
  /** Stops the worker (at shutdown); a later request starts a new one. */
  close(): Promise<void>;
}

const IDLE_MS = 10 * 60_000;

interface Waiting {
  resolve(response: WorkerResponse): void;
  reject(error: Error): void;
}

export function createKnowledgeWorker(): KnowledgeWorker {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  let idleTimer: NodeJS.Timeout | undefined;
  let keepAlive = false;

  const failAll = (from: Worker, error: Error) => {
    if (worker !== from) return;
    worker = undefined;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };

  const start = (): Worker => {
    // No execArgv of our own process: the entry registers tsx itself, whichever way this process runs.
    const started = new Worker(new URL('./knowledge-worker.mjs', import.meta.url), { execArgv: [] });
    started.on('message', (response: WorkerResponse) => {
      const pending = waiting.get(response.id);
      waiting.delete(response.id);
      if (waiting.size === 0) {
        started.unref();
        if (!keepAlive)
          idleTimer = setTimeout(() => {
            if (worker === started && waiting.size === 0) {
              worker = undefined;
              void started.terminate();
            }
          }, IDLE_MS).unref();
      }
      if (!pending) return;
      if (!('error' in response)) pending.resolve(response);
      else if (response.error.code === 'knowledge_unavailable')
        pending.reject(new BotError('knowledge_unavailable', response.error.message));
      else
        pending.reject(
          new BotError('internal', `the new version could not be checked: ${response.error.message}`),
        );
    });
    started.on('error', (error) =>
      failAll(started, new BotError('internal', `the knowledge worker failed: ${error.message}`)),
    );
    started.on('exit', (code) =>
      failAll(started, new BotError('internal', `the knowledge worker stopped (exit code ${code})`)),
    );
    return started;
  };

  const send = (request: WorkerRequest): Promise<WorkerResponse> => {
    clearTimeout(idleTimer);
    worker ??= start();
    const current = worker;
    current.ref();
    return new Promise((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      current.postMessage(request);
    });
  };

  return {
    async prepare(request) {
      const response = await send({ ...request, type: 'prepare', id: nextId++ });
      if (!('prepared' in response))
        throw new BotError('internal', 'the knowledge worker answered out of turn');
      return response.prepared;
    },
    async train(version) {
      const response = await send({ type: 'train', version, id: nextId++ });
      if (!('learned' in response))
        throw new BotError('internal', 'the knowledge worker answered out of turn');
      return response.learned;
    },
    keepAlive() {
      keepAlive = true;
      clearTimeout(idleTimer);
    },
    async close() {
      clearTimeout(idleTimer);
      const current = worker;
      worker = undefined;
      for (const pending of waiting.values())
        pending.reject(new BotError('internal', 'the knowledge store closed'));
      waiting.clear();
      await current?.terminate();
    },
  };
}
