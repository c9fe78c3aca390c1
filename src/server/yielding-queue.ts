// Runs CPU-bound jobs one per event-loop turn, so the I/O that arrives meanwhile (a platform waiting
// for its acknowledgement, a health check) is served between two jobs instead of after all of them.
// Used for work that happens after a channel has acknowledged a request.

export interface YieldingQueue {
  /** Runs `job` after the jobs queued before it, each in its own event-loop turn. */
  run<T>(job: () => Promise<T> | T): Promise<T>;
  /** Jobs waiting or running. */
  size(): number;
  /** Resolves when every job queued so far has finished (graceful shutdown). */
  idle(): Promise<void>;
}

export function createYieldingQueue(): YieldingQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    run<T>(job: () => Promise<T> | T): Promise<T> {
      pending += 1;
      const result = tail.then(nextTurn).then(job);
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result.finally(() => {
        pending -= 1;
      });
    },
    size: () => pending,
    idle: () => tail.then(() => undefined),
  };
}
