// State in this process only: the store for tests, the CLI and a single instance without a database
// file. Bounded, so a long-running instance does not grow without limit.
import type { Profile } from '../core/types.ts';
import {
  type FeedbackEntry,
  isEmptyProfile,
  type KnowledgeGap,
  type StateStore,
  windowStart,
} from './state-store.ts';

export interface MemoryStateStoreOptions {
  /** The clock (tests pin it). */
  now?: () => number;
  maxEntries?: number;
}

export function createMemoryStateStore(options: MemoryStateStoreOptions = {}): StateStore {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 100_000;
  const profiles = new Map<string, Profile>();
  const feedback: FeedbackEntry[] = [];
  const gaps: KnowledgeGap[] = [];
  // Insertion-ordered maps: the oldest entries are dropped first when full.
  const claims = new Map<string, number>();
  const counters = new Map<string, { start: number; count: number }>();

  const bound = <T>(map: Map<string, T>) => {
    while (map.size > maxEntries) map.delete(map.keys().next().value as string);
  };

  return {
    kind: 'memory',
    async getProfile(userKey) {
      const profile = profiles.get(userKey);
      return profile ? structuredClone(profile) : undefined;
    },
    async setProfile(userKey, profile) {
      if (isEmptyProfile(profile)) profiles.delete(userKey);
      else profiles.set(userKey, structuredClone(profile));
      bound(profiles);
    },
    async addFeedback(entry) {
      feedback.push(entry);
      if (feedback.length > maxEntries) feedback.splice(0, feedback.length - maxEntries);
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
      bound(claims);
      return true;
    },
    async hitRateLimit(key, windowMs, limit) {
      const at = now();
      const start = windowStart(at, windowMs);
      const current = counters.get(key);
      const count = current && current.start === start ? current.count + 1 : 1;
      counters.delete(key);
      counters.set(key, { start, count });
      bound(counters);
      return { allowed: count <= limit, retryAfterMs: start + windowMs - at };
    },
    async addKnowledgeGap(gap) {
      gaps.push(gap);
      if (gaps.length > maxEntries) gaps.splice(0, gaps.length - maxEntries);
    },
    async listKnowledgeGaps(limit = 100) {
      return gaps.slice(-limit).reverse();
    },
    async ping() {},
    async close() {},
  };
}
