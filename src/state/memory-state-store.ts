// State in this process only: the default until a database is configured. Bounded, so a long-running
// instance does not grow without limit.
import type { Profile } from '../core/types.ts';
import { type FeedbackEntry, isEmptyProfile, type StateStore } from './state-store.ts';

export interface MemoryStateStoreOptions {
  /** The clock (tests pin it). */
  now?: () => number;
  maxClaims?: number;
  maxFeedback?: number;
}

export function createMemoryStateStore(options: MemoryStateStoreOptions = {}): StateStore {
  const now = options.now ?? Date.now;
  const maxClaims = options.maxClaims ?? 100_000;
  const maxFeedback = options.maxFeedback ?? 10_000;
  const profiles = new Map<string, Profile>();
  const feedback: FeedbackEntry[] = [];
  // Insertion-ordered: the oldest claims are dropped first when the map is full.
  const claims = new Map<string, number>();

  return {
    async getProfile(userKey) {
      const profile = profiles.get(userKey);
      return profile ? structuredClone(profile) : undefined;
    },
    async setProfile(userKey, profile) {
      if (isEmptyProfile(profile)) profiles.delete(userKey);
      else profiles.set(userKey, structuredClone(profile));
    },
    async addFeedback(entry) {
      feedback.push(entry);
      if (feedback.length > maxFeedback) feedback.splice(0, feedback.length - maxFeedback);
    },
    async listFeedback(limit = 100) {
      return feedback.slice(-limit).reverse();
    },
    async claimOnce(key, ttlMs) {
      const at = now();
      const until = claims.get(key);
      if (until !== undefined && until > at) return false;
      claims.delete(key);
      claims.set(key, at + ttlMs);
      if (claims.size > maxClaims) {
        for (const [oldKey, oldUntil] of claims) {
          if (claims.size <= maxClaims && oldUntil > at) break;
          claims.delete(oldKey);
        }
      }
      return true;
    },
    async close() {},
  };
}
