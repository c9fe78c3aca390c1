// Runs a build written as a generator (each `yield` a place where it may pause) on the thread that serves,
// sharing that thread fairly: after each pause the build may run as long as everything else took during the
// pause, between MIN_SLICE_MS and MAX_SLICE_MS. Under load a reload gets about half the thread and a request
// waits at most one slice longer; with nothing else to do the build runs almost at full speed. (Pausing at
// every `yield` instead let a reload under load take one step per turn of the event loop: tens of seconds.)

const MIN_SLICE_MS = 10;
const MAX_SLICE_MS = 50;

export async function runInSlices<T>(steps: Generator<undefined, T, undefined>): Promise<T> {
  let budget = MIN_SLICE_MS;
  let sliceStarted = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStarted < budget) continue;
    const paused = performance.now();
    await new Promise((resolve) => setImmediate(resolve));
    sliceStarted = performance.now();
    budget = Math.min(MAX_SLICE_MS, Math.max(MIN_SLICE_MS, sliceStarted - paused));
  }
}

/** Runs a build generator without pausing (tests, benchmarks, kb check, a worker thread). */
export function runAtOnce<T>(steps: Generator<undefined, T, undefined>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
