// Checks new knowledge versions in a worker thread (knowledge-worker.ts), so the thread that serves keeps
// answering while a version is parsed, validated and its examples read. The worker starts at the first
// request and stays while requests keep coming (HR edits in bursts; a warm worker checks a version in about
// half the time of a new one); after IDLE_MS without one it stops and gives its memory back (about 100 MB, more
// after reading the examples). If it dies, the request fails and the next one starts a new worker. It holds
// the process open only while it works.
import { Worker } from 'node:worker_threads';
import { BotError } from '../core/bot-error.ts';
import type { PrepareRequest, PrepareResponse } from './knowledge-worker.ts';
import type { PreparedKnowledge } from './prepare-knowledge.ts';

export interface KnowledgeWorker {
  prepare(request: Omit<PrepareRequest, 'id'>): Promise<PreparedKnowledge>;
  /** Stops the worker (at shutdown); a later request starts a new one. */
  close(): Promise<void>;
}

const IDLE_MS = 10 * 60_000;

interface Waiting {
  resolve(prepared: PreparedKnowledge): void;
  reject(error: Error): void;
}

export function createKnowledgeWorker(): KnowledgeWorker {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  let idleTimer: NodeJS.Timeout | undefined;

  const failAll = (from: Worker, error: Error) => {
    if (worker !== from) return;
    worker = undefined;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };

  const start = (): Worker => {
    // No execArgv of our own process: the entry registers tsx itself, whichever way this process runs.
    const started = new Worker(new URL('./knowledge-worker.mjs', import.meta.url), { execArgv: [] });
    started.on('message', (response: PrepareResponse) => {
      const pending = waiting.get(response.id);
      waiting.delete(response.id);
      if (waiting.size === 0) {
        started.unref();
        idleTimer = setTimeout(() => {
          if (worker === started && waiting.size === 0) {
            worker = undefined;
            void started.terminate();
          }
        }, IDLE_MS).unref();
      }
      if (!pending) return;
      if ('prepared' in response) pending.resolve(response.prepared);
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

  return {
    prepare(request) {
      clearTimeout(idleTimer);
      worker ??= start();
      const current = worker;
      current.ref();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        current.postMessage({ ...request, id } satisfies PrepareRequest);
      });
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
