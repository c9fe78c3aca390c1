// Shared state the channels need besides the knowledge: user profiles, feedback, and de-duplication of
// platform retries. The interface is small on purpose; the in-memory store serves one instance, a
// database-backed store (production issue) serves several behind a load balancer.
import type { Profile } from '../core/types.ts';

/** One piece of feedback on a reply. No user identity and never the question or draft itself. */
export interface FeedbackEntry {
  replyId: string;
  rating: 'up' | 'down';
  channel: string;
  at: Date;
}

export interface StateStore {
  /** The profile a user saved, by a channel-qualified user key (e.g. "slack:T1:U1"). */
  getProfile(userKey: string): Promise<Profile | undefined>;
  /** Saves a profile; an empty profile removes it. */
  setProfile(userKey: string, profile: Profile): Promise<void>;
  addFeedback(entry: FeedbackEntry): Promise<void>;
  /** Feedback, newest first (for reports and tests). */
  listFeedback(limit?: number): Promise<FeedbackEntry[]>;
  /**
   * Claims a key for `ttlMs`: true for the first caller, false while the claim holds. Used to answer a
   * retried platform event only once.
   */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** True when a profile carries nothing worth keeping. */
export function isEmptyProfile(profile: Profile): boolean {
  return !profile.sector && !profile.role?.trim() && !(profile.portfolio && profile.portfolio.length > 0);
}
