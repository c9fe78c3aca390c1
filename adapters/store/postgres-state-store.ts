// The shared store for several instances: PostgreSQL, selected with a postgres:// DATABASE_URL.
// Claims and rate-limit counters are single atomic statements, so two instances never both answer a
// retried event or both let a user past the limit. Migrations take an advisory lock. Expired claims,
// counters, threads and their context, and knowledge gaps past their retention are deleted at start and then
// once a minute per instance.
import pg from 'pg';
import {
  createPurgeSchedule,
  hashContextKey,
  hashRateLimitKey,
  hashVote,
  hashVoter,
  isEmptyProfile,
  knowledgeGapCutoff,
  type RetentionOptions,
  type StateStore,
  storableText,
  windowStart,
} from '../../src/state/state-store.ts';
import { MIGRATIONS } from './migrations.ts';
import { toConversationTurn, toFeedback, toGap, toProfile, toRating } from './rows.ts';

export interface PostgresStoreOptions extends RetentionOptions {
  /** Schema to use (created when missing); tests use one of their own. */
  schema?: string;
  maxConnections?: number;
  now?: () => number;
}

const MIGRATION_LOCK = 4_242_001;

export async function createPostgresStateStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<StateStore> {
  const now = options.now ?? Date.now;
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`invalid schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const query = (text: string, values: unknown[] = []) => pool.query(text, values);
  const purge = createPurgeSchedule(async (at) => {
    await query('DELETE FROM claims WHERE expires_at <= $1', [at]);
    await query('DELETE FROM rate_limits WHERE expires_at <= $1', [at]);
    await query('DELETE FROM knowledge_gaps WHERE at < $1', [knowledgeGapCutoff(at, options)]);
    await query('DELETE FROM conversations WHERE expires_at <= $1', [at]);
    await query('DELETE FROM threads WHERE expires_at <= $1', [at]);
  });
  try {
    await purge(now());
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  return {
    kind: 'postgres',
    async getProfile(userKey) {
      const result = await query('SELECT profile FROM profiles WHERE user_key = $1', [userKey]);
      const row = result.rows[0] as { profile: string } | undefined;
      return row ? toProfile(row.profile) : undefined;
    },
    async setProfile(userKey, profile) {
      if (isEmptyProfile(profile)) await query('DELETE FROM profiles WHERE user_key = $1', [userKey]);
      else
        await query(
          'INSERT INTO profiles (user_key, profile, updated_at) VALUES ($1, $2, $3) ON CONFLICT (user_key) DO UPDATE SET profile = EXCLUDED.profile, updated_at = EXCLUDED.updated_at',
          [userKey, JSON.stringify(profile), now()],
        );
    },
    async recordVote(entry) {
      // One statement: the vote before, the vote now (one row per reply and voter), and a 👎 changed to 👍
      // withdrawing its knowledge gap. Two instances voting for one person at once still leave one row.
      const result = await query(
        `WITH previous AS (SELECT rating FROM feedback WHERE reply_id = $1 AND voter = $2),
         counted AS (
           INSERT INTO feedback (reply_id, rating, channel, at, voter, organisation)
           VALUES ($1, $3, $4, $5, $2, $7)
           ON CONFLICT (reply_id, voter) DO UPDATE
             SET rating = EXCLUDED.rating, channel = EXCLUDED.channel, at = EXCLUDED.at,
               organisation = EXCLUDED.organisation
           RETURNING 1
         ),
         withdrawn AS (
           DELETE FROM knowledge_gaps
           WHERE vote = $6 AND $3::text = 'up' AND EXISTS (SELECT 1 FROM previous WHERE rating = 'down')
           RETURNING 1
         )
         SELECT (SELECT rating FROM previous) AS previous`,
        [
          entry.replyId,
          hashVoter(entry.voter),
          entry.rating,
          entry.channel,
          entry.at.getTime(),
          hashVote(entry),
          entry.organisation ?? null,
        ],
      );
      return { previous: toRating((result.rows[0] as { previous?: unknown } | undefined)?.previous) };
    },
    async listFeedback(limit = 100, organisation) {
      // $2 false: every row; else only those whose organisation is $3 (NULL: the rows without one).
      const result = await query(
        'SELECT reply_id, rating, channel, at, organisation FROM feedback WHERE (NOT $2::boolean OR organisation IS NOT DISTINCT FROM $3::text) ORDER BY id DESC LIMIT $1',
        [limit, organisation !== undefined, organisation ?? null],
      );
      return result.rows.map(toFeedback);
    },
    async claimOnce(key, ttlMs) {
      const at = now();
      await purge(at);
      const result = await query(
        'INSERT INTO claims (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE claims.expires_at <= $3 RETURNING key',
        [key, at + ttlMs, at],
      );
      return result.rowCount === 1;
    },
    async hitRateLimit(key, windowMs, limit) {
      const at = now();
      await purge(at);
      const start = windowStart(at, windowMs);
      const result = await query(
        'INSERT INTO rate_limits (key, window_start, count, expires_at) VALUES ($1, $2, 1, $3) ON CONFLICT (key) DO UPDATE SET count = CASE WHEN rate_limits.window_start = EXCLUDED.window_start THEN rate_limits.count + 1 ELSE 1 END, window_start = EXCLUDED.window_start, expires_at = EXCLUDED.expires_at RETURNING count',
        [hashRateLimitKey(key), start, start + windowMs],
      );
      const count = Number((result.rows[0] as { count: number } | undefined)?.count ?? 1);
      return { allowed: count <= limit, retryAfterMs: start + windowMs - at };
    },
    async addKnowledgeGap(gap, vote) {
      const at = now();
      await purge(at);
      // A gap already past the retention period is not kept at all.
      if (gap.at.getTime() < knowledgeGapCutoff(at, options)) return;
      await query(
        'INSERT INTO knowledge_gaps (at, channel, reason, question, verdict, knowledge_version, vote, organisation) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          gap.at.getTime(),
          gap.channel,
          gap.reason,
          gap.question === undefined ? null : storableText(gap.question),
          gap.verdict ?? null,
          gap.knowledgeVersion,
          vote ? hashVote(vote) : null,
          gap.organisation ?? null,
        ],
      );
    },
    async listKnowledgeGaps(limit = 100, organisation) {
      const at = now();
      await purge(at);
      const result = await query(
        'SELECT at, channel, reason, question, verdict, knowledge_version, organisation FROM knowledge_gaps WHERE at >= $1 AND (NOT $3::boolean OR organisation IS NOT DISTINCT FROM $4::text) ORDER BY id DESC LIMIT $2',
        [knowledgeGapCutoff(at, options), limit, organisation !== undefined, organisation ?? null],
      );
      return result.rows.map(toGap);
    },
    async getConversation(key) {
      const at = now();
      await purge(at);
      const result = await query('SELECT turn FROM conversations WHERE key = $1 AND expires_at > $2', [
        hashContextKey(key),
        at,
      ]);
      const row = result.rows[0] as { turn: string } | undefined;
      return row ? toConversationTurn(row.turn) : undefined;
    },
    async setConversation(key, turn, ttlMs) {
      const at = now();
      await purge(at);
      await query(
        'INSERT INTO conversations (key, turn, expires_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET turn = EXCLUDED.turn, expires_at = EXCLUDED.expires_at',
        // JSON escapes a NUL byte, so the text is always storable.
        [hashContextKey(key), JSON.stringify(turn), at + ttlMs],
      );
    },
    async markThread(key, ttlMs) {
      const at = now();
      await purge(at);
      await query(
        'INSERT INTO threads (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at',
        [hashContextKey(key), at + ttlMs],
      );
    },
    async hasThread(key) {
      const result = await query('SELECT 1 FROM threads WHERE key = $1 AND expires_at > $2', [
        hashContextKey(key),
        now(),
      ]);
      return result.rowCount === 1;
    },
    async ping() {
      await query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool, schema: string | undefined): Promise<void> {
  const client = await pool.connect();
  try {
    // One instance migrates; the others wait for the lock and then find the work done.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
    );
    const applied = new Set(
      (await client.query('SELECT version FROM schema_migrations')).rows.map((row) => Number(row.version)),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.postgres);
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
          migration.version,
          Date.now(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
