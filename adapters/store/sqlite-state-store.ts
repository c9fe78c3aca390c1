// The default store: one SQLite file, embedded, no set-up. WAL mode, so readers never wait for the
// writer; a busy timeout, so two processes on the same file take turns instead of failing. Expired claims,
// counters, threads and their context, and knowledge gaps past their retention are deleted at start and then
// once a minute.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  createPurgeSchedule,
  type FeedbackVote,
  hashContextKey,
  hashRateLimitKey,
  hashVote,
  hashVoter,
  isEmptyProfile,
  knowledgeGapCutoff,
  type OrganisationFilter,
  type RetentionOptions,
  type StateStore,
  storableText,
  windowStart,
} from '../../src/state/state-store.ts';
import { MIGRATIONS } from './migrations.ts';
import { toConversationTurn, toFeedback, toGap, toProfile, toRating } from './rows.ts';

export interface SqliteStoreOptions extends RetentionOptions {
  /** The clock (tests pin it). */
  now?: () => number;
}

export function createSqliteStateStore(file: string, options: SqliteStoreOptions = {}): StateStore {
  const now = options.now ?? Date.now;
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  migrate(db);

  const statements = {
    getProfile: db.prepare<[string], { profile: string }>('SELECT profile FROM profiles WHERE user_key = ?'),
    setProfile: db.prepare(
      'INSERT INTO profiles (user_key, profile, updated_at) VALUES (?, ?, ?) ON CONFLICT (user_key) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at',
    ),
    deleteProfile: db.prepare('DELETE FROM profiles WHERE user_key = ?'),
    getVote: db.prepare<[string, string], { rating: string }>(
      'SELECT rating FROM feedback WHERE reply_id = ? AND voter = ?',
    ),
    upsertVote: db.prepare(
      'INSERT INTO feedback (reply_id, rating, channel, at, voter, organisation) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reply_id, voter) DO UPDATE SET rating = excluded.rating, channel = excluded.channel, at = excluded.at, organisation = excluded.organisation',
    ),
    withdrawGap: db.prepare('DELETE FROM knowledge_gaps WHERE vote = ?'),
    // @filtered 0: every row; else only the rows whose organisation IS @organisation (NULL: those without one).
    listFeedback: db.prepare(
      'SELECT reply_id, rating, channel, at, organisation FROM feedback WHERE (@filtered = 0 OR organisation IS @organisation) ORDER BY id DESC LIMIT @limit',
    ),
    claim: db.prepare(
      'INSERT INTO claims (key, expires_at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= ?',
    ),
    purgeClaims: db.prepare('DELETE FROM claims WHERE expires_at <= ?'),
    purgeCounters: db.prepare('DELETE FROM rate_limits WHERE expires_at <= ?'),
    purgeGaps: db.prepare('DELETE FROM knowledge_gaps WHERE at < ?'),
    hit: db.prepare<[string, number, number], { count: number }>(
      'INSERT INTO rate_limits (key, window_start, count, expires_at) VALUES (?, ?, 1, ?) ON CONFLICT (key) DO UPDATE SET count = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.count + 1 ELSE 1 END, window_start = excluded.window_start, expires_at = excluded.expires_at RETURNING count',
    ),
    addGap: db.prepare(
      'INSERT INTO knowledge_gaps (at, channel, reason, question, verdict, knowledge_version, vote, organisation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    listGaps: db.prepare(
      'SELECT at, channel, reason, question, verdict, knowledge_version, organisation FROM knowledge_gaps WHERE at >= @cutoff AND (@filtered = 0 OR organisation IS @organisation) ORDER BY id DESC LIMIT @limit',
    ),
    getConversation: db.prepare<[string, number], { turn: string }>(
      'SELECT turn FROM conversations WHERE key = ? AND expires_at > ?',
    ),
    setConversation: db.prepare(
      'INSERT INTO conversations (key, turn, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET turn = excluded.turn, expires_at = excluded.expires_at',
    ),
    markThread: db.prepare(
      'INSERT INTO threads (key, expires_at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at',
    ),
    hasThread: db.prepare<[string, number], { found: number }>(
      'SELECT 1 AS found FROM threads WHERE key = ? AND expires_at > ?',
    ),
    purgeConversations: db.prepare('DELETE FROM conversations WHERE expires_at <= ?'),
    purgeThreads: db.prepare('DELETE FROM threads WHERE expires_at <= ?'),
  };
  // Read and write in one transaction that takes the write lock at once: another process voting at the same
  // time waits (busy timeout) instead of both reading "no vote yet".
  const countVote = db.transaction((entry: FeedbackVote) => {
    const voter = hashVoter(entry.voter);
    const previous = toRating(statements.getVote.get(entry.replyId, voter)?.rating);
    statements.upsertVote.run(
      entry.replyId,
      entry.rating,
      entry.channel,
      entry.at.getTime(),
      voter,
      entry.organisation ?? null,
    );
    if (previous === 'down' && entry.rating === 'up') statements.withdrawGap.run(hashVote(entry));
    return previous;
  });
  const purge = createPurgeSchedule((at) => {
    statements.purgeClaims.run(at);
    statements.purgeCounters.run(at);
    statements.purgeGaps.run(knowledgeGapCutoff(at, options));
    statements.purgeConversations.run(at);
    statements.purgeThreads.run(at);
  });
  void purge(now());

  return {
    kind: 'sqlite',
    async getProfile(userKey) {
      const row = statements.getProfile.get(userKey);
      return row ? toProfile(row.profile) : undefined;
    },
    async setProfile(userKey, profile) {
      if (isEmptyProfile(profile)) statements.deleteProfile.run(userKey);
      else statements.setProfile.run(userKey, JSON.stringify(profile), now());
    },
    async recordVote(entry) {
      return { previous: countVote.immediate(entry) };
    },
    async listFeedback(limit = 100, organisation) {
      return statements.listFeedback.all({ limit, ...organisationFilter(organisation) }).map(toFeedback);
    },
    async claimOnce(key, ttlMs) {
      const at = now();
      await purge(at);
      return statements.claim.run(key, at + ttlMs, at).changes === 1;
    },
    async hitRateLimit(key, windowMs, limit) {
      const at = now();
      await purge(at);
      const start = windowStart(at, windowMs);
      const count = statements.hit.get(hashRateLimitKey(key), start, start + windowMs)?.count ?? 1;
      return { allowed: count <= limit, retryAfterMs: start + windowMs - at };
    },
    async addKnowledgeGap(gap, vote) {
      const at = now();
      await purge(at);
      // A gap already past the retention period is not kept at all.
      if (gap.at.getTime() < knowledgeGapCutoff(at, options)) return;
      statements.addGap.run(
        gap.at.getTime(),
        gap.channel,
        gap.reason,
        gap.question === undefined ? null : storableText(gap.question),
        gap.verdict ?? null,
        gap.knowledgeVersion,
        vote ? hashVote(vote) : null,
        gap.organisation ?? null,
      );
    },
    async listKnowledgeGaps(limit = 100, organisation) {
      const at = now();
      await purge(at);
      return statements.listGaps
        .all({ cutoff: knowledgeGapCutoff(at, options), limit, ...organisationFilter(organisation) })
        .map(toGap);
    },
    async getConversation(key) {
      const at = now();
      await purge(at);
      const row = statements.getConversation.get(hashContextKey(key), at);
      return row ? toConversationTurn(row.turn) : undefined;
    },
    async setConversation(key, turn, ttlMs) {
      const at = now();
      await purge(at);
      statements.setConversation.run(hashContextKey(key), JSON.stringify(turn), at + ttlMs);
    },
    async markThread(key, ttlMs) {
      const at = now();
      await purge(at);
      statements.markThread.run(hashContextKey(key), at + ttlMs);
    },
    async hasThread(key) {
      return statements.hasThread.get(hashContextKey(key), now()) !== undefined;
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

/** A listing's organisation filter as the named parameters @filtered and @organisation. */
function organisationFilter(organisation: OrganisationFilter) {
  return { filtered: organisation === undefined ? 0 : 1, organisation: organisation ?? null };
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)',
  );
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    // Each migration in one transaction; another process migrating at the same time waits (busy timeout).
    db.transaction(() => {
      const again = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(migration.version);
      if (again) return;
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        Date.now(),
      );
    }).immediate();
  }
}
