// How long to wait before retrying a model call: the wait the endpoint asks for (retry-after-ms, or
// Retry-After in seconds or as an HTTP date), else an exponential back-off with jitter, so that instances
// that failed together do not all come back at the same moment. Pure; the adapter decides whether the
// wait fits the time budget.

/** The first back-off; each further attempt doubles it. */
export const BACKOFF_BASE_MS = 250;
/** No back-off is longer than this (the time budget usually ends first). */
const BACKOFF_CAP_MS = 8000;

export interface RetryDelay {
  ms: number;
  /** Whether the endpoint asked for this wait, or the back-off chose it. */
  source: 'retry-after' | 'backoff';
}

/** The wait the endpoint asks for, in ms; undefined when it sends no usable header. */
export function readRetryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  // OpenAI and Azure send retry-after-ms; a missing header must not read as "retry now".
  const milliseconds = readNumber(headers?.get('retry-after-ms'));
  if (milliseconds !== undefined) return milliseconds;
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  // Seconds, or an HTTP date ("Sat, 28 Nov 2026 12:00:05 GMT"); Date.parse alone would read "120" or
  // "-1" as a year.
  const seconds = readNumber(value);
  if (seconds !== undefined) return seconds * 1000;
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential back-off with "equal jitter": between half and all of base · 2^attempt. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The wait before retry number `attempt + 1`. */
export function retryDelay(
  headers: Headers | undefined,
  attempt: number,
  options: { now?: number; random?: () => number } = {},
): RetryDelay {
  const asked = readRetryAfterMs(headers, options.now);
  return asked === undefined
    ? { ms: backoffMs(attempt, options.random), source: 'backoff' }
    : { ms: Math.ceil(asked), source: 'retry-after' };
}

function readNumber(value: string | null | undefined): number | undefined {
  if (!value || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}
