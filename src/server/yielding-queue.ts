// Runs work that follows an acknowledgement (a Slack command, a Teams card) so that it cannot starve
// the acknowledgements themselves: jobs start a few per event-loop turn, so the I/O that arrives meanwhile
// (a platform waiting for its 3-second ack, a health check) is served between them. Jobs run
// concurrently once started: one that waits on I/O (a language model, a database) holds up no other.

export interface YieldingQueueOptions {
  /** Jobs started per event-loop turn (default 4: a few milliseconds of rules work at most). */
  perTurn?: number;
  /** Jobs running at once at most (default 64). */
  maxRunning?: number;
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
  const waiting: (() => void)[] = [];
  let running = 0;
  let scheduled = false;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (running === 0 && waiting.length === 0) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  };

  const pump = () => {
    scheduled = false;
    for (let started = 0; started < perTurn && running < maxRunning && waiting.length > 0; started++) {
      const start = waiting.shift()!;
      running += 1;
      start();
    }
    schedule();
  };

  function schedule() {
    if (!scheduled && waiting.length > 0 && running < maxRunning) {
      scheduled = true;
      setImmediate(pump);
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
