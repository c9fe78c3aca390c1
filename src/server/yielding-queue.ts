// Runs work that follows an acknowledgement (a Slack command, a Teams card) so that it cannot starve
// the acknowledgements themselves: jobs start a few per event-loop turn, so the I/O that arrives meanwhile
// (a platform waiting for its 3-second ack, a health check) is served between them. Jobs run
// concurrently once started: one that waits on I/O (a language model, a database) holds up no other.
//
// Requests come in bursts (50 slash commands at once), and they are not all readable at once: the event loop
// reads them in several batches, a few milliseconds apart on a busy machine. So jobs start only once no new job
// has been queued for `quietMs`: a burst is read and acknowledged first. Under steady load that never falls
// quiet, jobs wait at most `maxDeferMs` and then start every turn again, until the next quiet moment. Without
// this, a job (5–20 ms of rules work) started between two batches about once per burst of 50, and every ack
// still unread waited for it.

export interface YieldingQueueOptions {
  /** Jobs started per event-loop turn (default 2: a few milliseconds of rules work at most). */
  perTurn?: number;
  /** Jobs running at once at most (default 64). */
  maxRunning?: number;
  /** How long no new job must have been queued before jobs start (default 2 ms). */
  quietMs?: number;
  /** How long jobs wait at most for such a quiet moment (default 100 ms). */
  maxDeferMs?: number;
}

export interface YieldingQueue {
  /** Runs `job` soon, after the jobs queued before it have started. */
  run<T>(job: () => Promise<T> | T): Promise<T>;
  /** Jobs waiting or running. */
  size(): number;
  /** Resolves when every job queued so far has finished (graceful shutdown). */
  idle(): Promise<void>;
}

export function createYieldingQueue(options: YieldingQueueOptions = {}): YieldingQueue {
  const perTurn = options.perTurn ?? 2;
  const maxRunning = options.maxRunning ?? 64;
  const quietMs = options.quietMs ?? 2;
  const maxDeferMs = options.maxDeferMs ?? 100;
  const waiting: (() => void)[] = [];
  let running = 0;
  let scheduled = false;
  /** When the last job was queued. */
  let lastQueuedAt = Number.NEGATIVE_INFINITY;
  /** When the pumps began to wait for a quiet moment; undefined after one. */
  let deferringSince: number | undefined;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (running === 0 && waiting.length === 0) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  };

  const pump = () => {
    scheduled = false;
    const now = performance.now();
    const quietFor = now - lastQueuedAt;
    if (quietFor < quietMs) {
      deferringSince ??= now;
      if (now - deferringSince < maxDeferMs) {
        schedule(quietMs - quietFor);
        return;
      }
    } else {
      deferringSince = undefined;
    }
    for (let started = 0; started < perTurn && running < maxRunning && waiting.length > 0; started++) {
      const start = waiting.shift()!;
      running += 1;
      start();
    }
    schedule();
  };

  /** The next pump: after the I/O of this turn, or (waiting for a quiet moment) after `delayMs`. */
  function schedule(delayMs = 0) {
    if (!scheduled && waiting.length > 0 && running < maxRunning) {
      scheduled = true;
      if (delayMs > 0) setTimeout(pump, delayMs);
      else setImmediate(pump);
    }
  }

  return {
    run<T>(job: () => Promise<T> | T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          Promise.resolve()
            .then(job)
            .then(resolve, reject)
            .finally(() => {
              running -= 1;
              schedule();
              settleIdle();
            });
        });
        lastQueuedAt = performance.now();
        schedule();
      });
    },
    size: () => waiting.length + running,
    idle: () =>
      running === 0 && waiting.length === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => idleWaiters.push(resolve)),
  };
}
