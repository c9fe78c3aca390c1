// The database schema, as numbered migrations run at start (each once, in order, recorded in
// schema_migrations). The two dialects differ only in types; keep them in step.

export interface Migration {
  version: number;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    sqlite: `
      CREATE TABLE profiles (user_key TEXT PRIMARY KEY, profile TEXT NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, reply_id TEXT NOT NULL, rating TEXT NOT NULL,
        channel TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE TABLE claims (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
      CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_start INTEGER NOT NULL, count INTEGER NOT NULL);
      CREATE TABLE knowledge_gaps (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, channel TEXT NOT NULL,
        reason TEXT NOT NULL, question TEXT, verdict TEXT, knowledge_version TEXT NOT NULL);
      CREATE INDEX claims_expiry ON claims (expires_at);
    `,
    postgres: `
      CREATE TABLE profiles (user_key TEXT PRIMARY KEY, profile TEXT NOT NULL, updated_at BIGINT NOT NULL);
      CREATE TABLE feedback (id BIGSERIAL PRIMARY KEY, reply_id TEXT NOT NULL, rating TEXT NOT NULL,
        channel TEXT NOT NULL, at BIGINT NOT NULL);
      CREATE TABLE claims (key TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
      CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_start BIGINT NOT NULL, count INTEGER NOT NULL);
      CREATE TABLE knowledge_gaps (id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, channel TEXT NOT NULL,
        reason TEXT NOT NULL, question TEXT, verdict TEXT, knowledge_version TEXT NOT NULL);
      CREATE INDEX claims_expiry ON claims (expires_at);
    `,
  },
  {
    // Rate-limit keys as hashes, with an expiry so counters are deleted; the old table held user ids in
    // clear and is dropped (its counters cover one minute, nothing of value is lost). Gaps by age.
    version: 2,
    sqlite: `
      DROP TABLE rate_limits;
      CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_start INTEGER NOT NULL, count INTEGER NOT NULL,
        expires_at INTEGER NOT NULL);
      CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);
      CREATE INDEX knowledge_gaps_age ON knowledge_gaps (at);
    `,
    postgres: `
      DROP TABLE rate_limits;
      CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_start BIGINT NOT NULL, count INTEGER NOT NULL,
        expires_at BIGINT NOT NULL);
      CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);
      CREATE INDEX knowledge_gaps_age ON knowledge_gaps (at);
    `,
  },
  {
    // Threads the bot answered in and each thread's context (the question a follow-up is read against), so a
    // follow-up is answered by any instance and after a restart. Keys are hashes; rows expire.
    version: 3,
    sqlite: `
      CREATE TABLE conversations (key TEXT PRIMARY KEY, turn TEXT NOT NULL, expires_at INTEGER NOT NULL);
      CREATE INDEX conversations_expiry ON conversations (expires_at);
      CREATE TABLE threads (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
      CREATE INDEX threads_expiry ON threads (expires_at);
    `,
    postgres: `
      CREATE TABLE conversations (key TEXT PRIMARY KEY, turn TEXT NOT NULL, expires_at BIGINT NOT NULL);
      CREATE INDEX conversations_expiry ON conversations (expires_at);
      CREATE TABLE threads (key TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
      CREATE INDEX threads_expiry ON threads (expires_at);
    `,
  },
  {
    // One vote per person per reply, changeable: the voter (a hash) on each feedback row, unique with the
    // reply; rows from before have none and stay as they are. A 👎's knowledge gap names its vote (a hash),
    // so a change to 👍 withdraws it.
    version: 4,
    sqlite: `
      ALTER TABLE feedback ADD COLUMN voter TEXT;
      CREATE UNIQUE INDEX feedback_one_vote ON feedback (reply_id, voter);
      ALTER TABLE knowledge_gaps ADD COLUMN vote TEXT;
      CREATE INDEX knowledge_gaps_vote ON knowledge_gaps (vote);
    `,
    postgres: `
      ALTER TABLE feedback ADD COLUMN voter TEXT;
      CREATE UNIQUE INDEX feedback_one_vote ON feedback (reply_id, voter);
      ALTER TABLE knowledge_gaps ADD COLUMN vote TEXT;
      CREATE INDEX knowledge_gaps_vote ON knowledge_gaps (vote);
    `,
  },
  {
    // One deployment serves several organisations: each knowledge gap and vote names the organisation it was
    // recorded for (an organisation id), so a console login scoped to one organisation lists only its own.
    // Rows from before have none.
    version: 5,
    sqlite: `
      ALTER TABLE knowledge_gaps ADD COLUMN organisation TEXT;
      CREATE INDEX knowledge_gaps_organisation ON knowledge_gaps (organisation, at);
      ALTER TABLE feedback ADD COLUMN organisation TEXT;
      CREATE INDEX feedback_organisation ON feedback (organisation);
    `,
    postgres: `
      ALTER TABLE knowledge_gaps ADD COLUMN organisation TEXT;
      CREATE INDEX knowledge_gaps_organisation ON knowledge_gaps (organisation, at);
      ALTER TABLE feedback ADD COLUMN organisation TEXT;
      CREATE INDEX feedback_organisation ON feedback (organisation);
    `,
  },
];
