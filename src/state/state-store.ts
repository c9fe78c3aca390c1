// Shared state the channels and the core need besides the knowledge: user profiles, feedback,
// de-duplication of platform retries, rate-limit counters and knowledge-gap records. The in-memory
// store serves one instance; the database stores (adapters/store: SQLite by default, PostgreSQL for
// several instances behind a load balancer) implement the same interface.
import type { Profile } from '../core/types.ts';

/** One piece of feedback on a reply. No user identity and never the question or draft itself. */
export interface FeedbackEntry {
  replyId: string;
  rating: 'up' | 'down';
  channel: string;
  at: Date;
}

/**
 * A question the bot could not answer well, for HR to write the next FAQ: no user identity, the question
 * with personal data masked, and never a draft.
 */
export interface KnowledgeGap {
  at: Date;
  channel: string;
  /** no-match: in scope but no rule or source matched; feedback-down: a user pressed 👎. */
  reason: 'no-match' | 'feedback-down';
  /** The question, personal data masked; absent when it is no longer known (👎 on another instance). */
  question: string | undefined;
  verdict: string | undefined;
  knowledgeVersion: string;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Until the window resets. */
  retryAfterMs: number;
}

export interface StateStore {
  readonly kind: 'memory' | 'sqlite' | 'postgres';
  /** The profile a user saved, by a channel-qualified user key (e.g. "slack:T1:U1"). */
  getProfile(userKey: string): Promise<Profile | undefined>;
  /** Saves a profile; an empty profile removes it. */
  setProfile(userKey: string, profile: Profile): Promise<void>;
  addFeedback(entry: FeedbackEntry): Promise<void>;
  /** Feedback, newest first (for reports and tests). */
  listFeedback(limit?: number): Promise<FeedbackEntry[]>;
  /**
   * Claims a key for `ttlMs`: true for the first caller, false while the claim holds. Used to answer a
   * retried platform event only once, also across instances.
   */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /** Counts one hit in the current fixed window of `windowMs`; allowed while the count is within `limit`. */
  hitRateLimit(key: string, windowMs: number, limit: number): Promise<RateLimitResult>;
  addKnowledgeGap(gap: KnowledgeGap): Promise<void>;
  /** Knowledge gaps, newest first. */
  listKnowledgeGaps(limit?: number): Promise<KnowledgeGap[]>;
  /** Throws when the store cannot be reached (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** True when a profile carries nothing worth keeping. */
export function isEmptyProfile(profile: Profile): boolean {
  return !profile.sector && !profile.role?.trim() && !(profile.portfolio && profile.portfolio.length > 0);
}

/** The start of the fixed window `at` falls in. */
export function windowStart(at: number, windowMs: number): number {
  return Math.floor(at / windowMs) * windowMs;
}
