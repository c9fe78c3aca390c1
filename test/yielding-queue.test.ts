// The queue for work after an ack: jobs wait for a quiet moment (a burst of requests read and acknowledged
// first), at most maxDeferMs; they start a few per turn and run concurrently.
import { describe, expect, it } from 'vitest';
import { createYieldingQueue } from '../src/server/yielding-queue.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('yielding queue', () => {
  it('starts no job while new ones keep arriving, then all of them once it is quiet', async () => {
    const queue = createYieldingQueue({ quietMs: 100, maxDeferMs: 5000 });
    const started: number[] = [];
    let lastQueuedAt = 0;
    const done: Promise<unknown>[] = [];
    // A burst read in batches a few milliseconds apart, as the event loop reads one on a busy machine.
    for (let batch = 0; batch < 5; batch++) {
      for (let index = 0; index < 4; index++) done.push(queue.run(() => started.push(performance.now())));
      lastQueuedAt = performance.now();
      await sleep(5);
    }
    expect(queue.size()).toBe(20);
    await Promise.all(done);
    expect(started).toHaveLength(20);
    // Not one started before the burst had been quiet for 100 ms.
    expect(Math.min(...started) - lastQueuedAt).toBeGreaterThanOrEqual(99);
    expect(queue.size()).toBe(0);
  });

  it('waits at most maxDeferMs under steady load, then keeps starting jobs', async () => {
    const queue = createYieldingQueue({ quietMs: 150, maxDeferMs: 100 });
    const firstQueuedAt = performance.now();
    const started: number[] = [];
    const done: Promise<unknown>[] = [];
    // A new job every few milliseconds for 400 ms: never quiet for 150 ms.
    while (performance.now() - firstQueuedAt < 400) {
      done.push(queue.run(() => started.push(performance.now())));
      await sleep(2);
    }
    const beforeQuiet = started.length;
    await Promise.all(done);
    expect(Math.min(...started) - firstQueuedAt).toBeGreaterThanOrEqual(99);
    // After the wait, jobs started while new ones were still arriving.
    expect(beforeQuiet).toBeGreaterThan(0);
  });

  it('runs started jobs concurrently, and idle() waits for all of them', async () => {
    const queue = createYieldingQueue({ quietMs: 1 });
    let running = 0;
    let most = 0;
    const job = async () => {
      running += 1;
      most = Math.max(most, running);
      await sleep(30);
      running -= 1;
    };
    for (let index = 0; index < 6; index++) void queue.run(job);
    await queue.idle();
    expect(most).toBeGreaterThan(1);
    expect(queue.size()).toBe(0);
  });
});
