// Shared state the channels and the core need besides the knowledge: user profiles, feedback,
// de-duplication of platform retries, rate-limit counters, knowledge-gap records, and the threads the bot
// answered in with their context. The in-memory store serves one instance; the database stores
// (adapters/store: SQLite by default, PostgreSQL for several instances behind a load balancer) implement the
// same interface.
import { createHash } from 'node:crypto';
import type { ConversationTurn } from '../conversation/conversation-store.ts';
import type { Profile } from '../core/types.ts';

/** How long knowledge gaps are kept unless KNOWLEDGE_GAP_RETENTION_DAYS says otherwise. */
export const DEFAULT_KNOWLEDGE_GAP_RETENTION_DAYS = 180;
/** How often a store deletes what has expired (counters, claims, old gaps): at most once a minute. */
export const PURGE_INTERVAL_MS = 60_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a store keeps what it keeps (every store takes these options). */
export interface RetentionOptions {
  /** Knowledge gaps older than this are deleted and never listed. Default 180 days. */
  knowledgeGapRetentionDays?: number;
}

/** One piece of feedback on a reply. No user identity and never the question or draft itself. */
export interface FeedbackEntry {
  replyId: string;
  rating: 'up' | 'down';
  channel: string;
  at: Date;
  /** The organisation the reply was given for (an organisation id); absent when none was known. */
  organisation?: string;
}

/** One person's vote on a reply, as it is counted. */
export interface FeedbackVote extends FeedbackEntry {
  /** Who voted (a channel-qualified user key); the database stores keep only a one-way hash of it. */
  voter: string;
}

/** Whose vote on which reply: a 👎's knowledge gap belongs to it, so a change to 👍 can take the gap back. */
export type VoteKey = Pick<FeedbackVote, 'replyId' | 'voter'>;

export interface VoteResult {
  /** The rating this vote replaced; undefined for the person's first vote on the reply. */
  previous: 'up' | 'down' | undefined;
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
  /** The organisation the question was answered for (an organisation id); absent when none was known. */
  organisation?: string;
}

/**
 * Whose knowledge gaps or feedback a listing returns: absent (undefined) for every row, an organisation id
 * for that organisation's rows only, null for the rows recorded without an organisation. A reader scoped to
 * one organisation always passes its id.
 */
export type OrganisationFilter = string | null | undefined;

/** Whether a row recorded for `organisation` is one `filter` lists. */
export function matchesOrganisation(organisation: string | undefined, filter: OrganisationFilter): boolean {
  return filter === undefined || (organisation ?? null) === filter;
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
  /**
   * Counts a vote: one per person per reply, changeable. The first adds it; a later one, also from another
   * instance, replaces its rating and time, so every count has a changed vote once, as its new value. A 👎
   * changed to 👍 withdraws the knowledge gap recorded for that vote (addKnowledgeGap's `vote`).
   */
  recordVote(vote: FeedbackVote): Promise<VoteResult>;
  /**
   * Feedback, newest first (for reports and tests): one entry per vote, with its current rating; of one
   * organisation, or of none, when `organisation` says so.
   */
  listFeedback(limit?: number, organisation?: OrganisationFilter): Promise<FeedbackEntry[]>;
  /**
   * Claims a key for `ttlMs`: true for the first caller, false while the claim holds. Used to answer a
   * retried platform event only once, also across instances.
   */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /**
   * Counts one hit in the current fixed window of `windowMs`; allowed while the count is within `limit`.
   * The database stores keep the key only as a hash (it often holds a user id or an address) and delete a
   * counter once its window has passed.
   */
  hitRateLimit(key: string, windowMs: number, limit: number): Promise<RateLimitResult>;
  /** Records a gap; one from a 👎 names its vote (kept only as a hash), so changing the vote withdraws it. */
  addKnowledgeGap(gap: KnowledgeGap, vote?: VoteKey): Promise<void>;
  /**
   * Knowledge gaps within the retention period, newest first; of one organisation, or of none, when
   * `organisation` says so.
   */
  listKnowledgeGaps(limit?: number, organisation?: OrganisationFilter): Promise<KnowledgeGap[]>;
  /**
   * A thread's context (the question a follow-up is read against; see src/conversation), while it has not
   * expired. Every instance reads the same context, also after a restart.
   */
  getConversation(key: string): Promise<ConversationTurn | undefined>;
  /**
   * Keeps a thread's context for `ttlMs`, replacing what was kept. The database stores keep the key only as a
   * hash (it holds user and channel ids) and delete the context once it has expired.
   */
  setConversation(key: string, turn: ConversationTurn, ttlMs: number): Promise<void>;
  /** Marks a thread the bot answered in for `ttlMs`: follow-ups there are answered without a new mention. */
  markThread(key: string, ttlMs: number): Promise<void>;
  /** True while a thread is marked (by any instance). */
  hasThread(key: string): Promise<boolean>;
  /** Throws when the store cannot be reached (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** True when a profile carries nothing worth keeping. */
export function isEmptyProfile(profile: Profile): boolean {
  return (
    !profile.sector &&
    !profile.role?.trim() &&
    !(profile.portfolio && profile.portfolio.length > 0) &&
    !profile.organisation
  );
}

/** The start of the fixed window `at` falls in. */
export function windowStart(at: number, windowMs: number): number {
  return Math.floor(at / windowMs) * windowMs;
}

/** The time before which knowledge gaps are no longer kept. */
export function knowledgeGapCutoff(now: number, options: RetentionOptions): number {
  return now - (options.knowledgeGapRetentionDays ?? DEFAULT_KNOWLEDGE_GAP_RETENTION_DAYS) * DAY_MS;
}

/** A rate-limit key as the database stores it: a one-way hash, never the user id or address it holds. */
export function hashRateLimitKey(key: string): string {
  return createHash('sha256').update(`uitingswijzer-rate-limit:${key}`).digest('hex');
}

/** A voter as the database stores it: a one-way hash, never the user id. */
export function hashVoter(voter: string): string {
  return createHash('sha256').update(`uitingswijzer-voter:${voter}`).digest('hex');
}

/** A vote (reply and voter) as a knowledge gap names it in the database: a one-way hash. */
export function hashVote(vote: VoteKey): string {
  return createHash('sha256').update(`uitingswijzer-vote:${vote.replyId}\u0000${vote.voter}`).digest('hex');
}

/** A conversation or thread key as the database stores it: a one-way hash of the ids it holds. */
export function hashContextKey(key: string): string {
  return createHash('sha256').update(`uitingswijzer-context:${key}`).digest('hex');
}

/** Text as a database can hold it: PostgreSQL refuses a NUL byte in TEXT, so none is ever stored. */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', '');
}

/** Runs `purge` at most once per PURGE_INTERVAL_MS of the store's clock (the first call always runs). */
export function createPurgeSchedule(purge: (now: number) => void | Promise<void>) {
  let last = Number.NEGATIVE_INFINITY;
  return async (now: number): Promise<void> => {
    if (now - last < PURGE_INTERVAL_MS) return;
    last = now;
    await purge(now);
  };
}
