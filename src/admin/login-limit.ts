// The HR console's login limit. Each attempt is counted before its token is checked (an atomic count in
// the shared state store, so concurrent guesses cannot all be evaluated, also across instances). Counted
// per source address and per start of the token tried: guesses from behind the same proxy as HR fill
// their own counters, not the one HR's right token falls in. A much higher ceiling per address bounds
// guessing with ever new starts.
import { createHash, createHmac } from 'node:crypto';
import type { StateStore } from '../state/state-store.ts';

export interface LoginLimitOptions {
  /** Attempts per minute per address and token start. Default 10. */
  perStart?: number;
  /** Attempts per minute per address, whatever the token. Default 100. */
  perAddress?: number;
}

export type LoginAttempt = { allowed: true } | { allowed: false; limit: 'token-start' | 'address' };

/** How many characters of a tried token pick its counter. */
const START_LENGTH = 4;
const WINDOW_MS = 60_000;

export function createLoginLimit(token: string, state: StateStore, options: LoginLimitOptions = {}) {
  // The start of a tried token is keyed with a secret derived from the real one, so a counter's key (even
  // hashed in the store) cannot be turned back into the first characters of HR's token.
  const key = createHash('sha256').update(`uitingswijzer-admin-login:${token}`).digest();
  const startOf = (candidate: string) =>
    createHmac('sha256', key)
      .update([...candidate].slice(0, START_LENGTH).join(''))
      .digest('base64url')
      .slice(0, 16);

  return {
    /** Counts an attempt with `candidate` from `address`; allowed while both counters are within limits. */
    async attempt(address: string, candidate: string): Promise<LoginAttempt> {
      const [byAddress, byStart] = await Promise.all([
        state.hitRateLimit(`admin-login:${address}`, WINDOW_MS, options.perAddress ?? 100),
        state.hitRateLimit(`admin-login:${address}:${startOf(candidate)}`, WINDOW_MS, options.perStart ?? 10),
      ]);
      if (!byAddress.allowed) return { allowed: false, limit: 'address' };
      if (!byStart.allowed) return { allowed: false, limit: 'token-start' };
      return { allowed: true };
    },
  };
}
