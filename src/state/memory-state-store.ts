// State in this process only: the store for tests, the CLI and a single instance without a database
// file. Bounded, so a long-running instance does not grow without limit.
import { type ConversationTurn, conversationTurnSchema } from '../conversation/conversation-store.ts';
import type { Profile } from '../core/types.ts';
import {
  createPurgeSchedule,
  type FeedbackEntry,
  isEmptyProfile,
  type KnowledgeGap,
  knowledgeGapCutoff,
  matchesOrganisation,
  type RetentionOptions,
  type StateStore,
  storableText,
  type VoteKey,
  windowStart,
} from './state-store.ts';

export interface MemoryStateStoreOptions extends RetentionOptions {
  /** The clock (tests pin it). */
  now?: () => number;
  maxEntries?: number;
}

export function createMemoryStateStore(options: MemoryStateStoreOptions = {}): StateStore {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 100_000;
  const profiles = new Map<string, Profile>();
  // One entry per vote (reply and voter); a changed vote keeps its place and takes its new rating.
  const feedback = new Map<string, FeedbackEntry>();
  const gaps: { gap: KnowledgeGap; vote: string | undefined }[] = [];
  // Insertion-ordered maps: the oldest entries are dropped first when full.
  const claims = new Map<string, number>();
  const counters = new Map<string, { start: number; count: number; expires: number }>();
  const conversations = new Map<string, { turn: ConversationTurn; expires: number }>();
  const threads = new Map<string, number>();
  const purge = createPurgeSchedule((at) => {
    for (const [key, until] of claims) if (until <= at) claims.delete(key);
    for (const [key, counter] of counters) if (counter.expires <= at) counters.delete(key);
    for (const [key, kept] of conversations) if (kept.expires <= at) conversations.delete(key);
    for (const [key, until] of threads) if (until <= at) threads.delete(key);
    const cutoff = knowledgeGapCutoff(at, options);
    let kept = 0;
    for (const item of gaps) if (item.gap.at.getTime() >= cutoff) gaps[kept++] = item;
    gaps.length = kept;
  });

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
    async recordVote({ voter, ...entry }) {
      const key = voteKey({ replyId: entry.replyId, voter });
      const previous = feedback.get(key)?.rating;
      feedback.set(key, entry);
      bound(feedback);
      if (previous === 'down' && entry.rating === 'up') {
        let kept = 0;
        for (const item of gaps) if (item.vote !== key) gaps[kept++] = item;
        gaps.length = kept;
      }
      return { previous };
    },
    async listFeedback(limit = 100, organisation) {
      return [...feedback.values()]
        .filter((entry) => matchesOrganisation(entry.organisation, organisation))
        .slice(-limit)
        .reverse()
        .map((entry) => ({ ...entry }));
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
      await purge(at);
      const start = windowStart(at, windowMs);
      const current = counters.get(key);
      const count = current && current.start === start ? current.count + 1 : 1;
      counters.delete(key);
      counters.set(key, { start, count, expires: start + windowMs });
      bound(counters);
      return { allowed: count <= limit, retryAfterMs: start + windowMs - at };
    },
    async addKnowledgeGap(gap, vote) {
      const at = now();
      await purge(at);
      // A gap already past the retention period is not kept at all.
      if (gap.at.getTime() < knowledgeGapCutoff(at, options)) return;
      gaps.push({
        gap: { ...gap, ...(gap.question === undefined ? {} : { question: storableText(gap.question) }) },
        vote: vote ? voteKey(vote) : undefined,
      });
      if (gaps.length > maxEntries) gaps.splice(0, gaps.length - maxEntries);
    },
    async listKnowledgeGaps(limit = 100, organisation) {
      const at = now();
      await purge(at);
      const cutoff = knowledgeGapCutoff(at, options);
      return gaps
        .map((item) => item.gap)
        .filter((gap) => gap.at.getTime() >= cutoff && matchesOrganisation(gap.organisation, organisation))
        .slice(-limit)
        .reverse();
    },
    async getConversation(key) {
      const at = now();
      await purge(at);
      const kept = conversations.get(key);
      return kept && kept.expires > at ? conversationTurnSchema.parse(structuredClone(kept.turn)) : undefined;
    },
    async setConversation(key, turn, ttlMs) {
      const at = now();
      await purge(at);
      // Re-inserted, so the least recently answered thread is forgotten first when full.
      conversations.delete(key);
      conversations.set(key, { turn: structuredClone(turn), expires: at + ttlMs });
      bound(conversations);
    },
    async markThread(key, ttlMs) {
      const at = now();
      await purge(at);
      threads.delete(key);
      threads.set(key, at + ttlMs);
      bound(threads);
    },
    async hasThread(key) {
      const until = threads.get(key);
      return until !== undefined && until > now();
    },
    async ping() {},
    async close() {},
  };
}

function voteKey(vote: VoteKey): string {
  return `${vote.replyId}\u0000${vote.voter}`;
}
