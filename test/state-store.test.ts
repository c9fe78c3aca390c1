// One contract, every store: memory, SQLite (a real file) and PostgreSQL (a real server, when
// TEST_DATABASE_URL is set; .ci/run sets it). Profiles, feedback, claims for retried events, rate-limit
// counters, knowledge gaps, migrations at start, and two instances sharing one database.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../adapters/store/migrations.ts';
import { createPostgresStateStore } from '../adapters/store/postgres-state-store.ts';
import { createSqliteStateStore } from '../adapters/store/sqlite-state-store.ts';
import { createMemoryStateStore } from '../src/state/memory-state-store.ts';
import type { StateStore } from '../src/state/state-store.ts';
import { tempDir } from './support/temp-dir.ts';

const POSTGRES_URL = process.env.TEST_DATABASE_URL;
if (!POSTGRES_URL) {
  process.stdout.write(
    'PostgreSQL store tests skipped: set TEST_DATABASE_URL (for example postgres://postgres@127.0.0.1:5432/test)\n',
  );
}

const schemas: string[] = [];
afterAll(async () => {
  if (!POSTGRES_URL || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

interface Opened {
  store: StateStore;
  second: () => Promise<StateStore>;
  /** The rows of a table as the database holds them (undefined for the memory store). */
  rows?: (
    table: 'rate_limits' | 'knowledge_gaps' | 'conversations' | 'threads' | 'feedback',
  ) => Promise<Record<string, unknown>[]>;
}

type Factory = (now: () => number, options?: { knowledgeGapRetentionDays?: number }) => Promise<Opened>;

const factories: [string, Factory | undefined][] = [
  [
    'memory',
    async (now, options) => ({
      store: createMemoryStateStore({ now, ...options }),
      second: async () => createMemoryStateStore({ now, ...options }),
    }),
  ],
  [
    'sqlite',
    async (now, options) => {
      const file = join(await tempDir('uw-sqlite-'), 'state.sqlite');
      return {
        store: createSqliteStateStore(file, { now, ...options }),
        second: async () => createSqliteStateStore(file, { now, ...options }),
        rows: async (table) => {
          const db = new Database(file, { readonly: true });
          try {
            return db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
          } finally {
            db.close();
          }
        },
      };
    },
  ],
  [
    'postgres',
    POSTGRES_URL
      ? async (now, options) => {
          const schema = `uw_test_${Math.random().toString(36).slice(2, 10)}`;
          schemas.push(schema);
          const open = () => createPostgresStateStore(POSTGRES_URL, { schema, now, ...options });
          return {
            store: await open(),
            second: open,
            rows: async (table) => {
              const client = new pg.Client({ connectionString: POSTGRES_URL });
              await client.connect();
              try {
                return (await client.query(`SELECT * FROM ${schema}.${table}`)).rows;
              } finally {
                await client.end();
              }
            },
          };
        }
      : undefined,
  ],
];

describe.each(factories)('state store: %s', (kind, factory) => {
  const run = factory ? it : it.skip;

  run('keeps profiles per user, and an empty profile deletes', async () => {
    const { store } = await factory!(Date.now);
    try {
      expect(await store.getProfile('slack:T1:U1')).toBeUndefined();
      await store.setProfile('slack:T1:U1', { sector: 'gemeente', portfolio: ['afval', 'parkeren'] });
      await store.setProfile('slack:T1:U1', { sector: 'provincie', role: 'adviseur' });
      expect(await store.getProfile('slack:T1:U1')).toEqual({ sector: 'provincie', role: 'adviseur' });
      await store.setProfile('slack:T1:U1', {});
      expect(await store.getProfile('slack:T1:U1')).toBeUndefined();
      await store.ping();
    } finally {
      await store.close();
    }
  });

  run('stores feedback and knowledge gaps, newest first, without user identity', async () => {
    const { store } = await factory!(Date.now);
    // Recent enough to be within the knowledge gaps' retention period.
    const recent = Date.now() - 10_000;
    const at = (offset: number) => new Date(recent + offset);
    try {
      await store.recordVote({
        replyId: 'r1',
        rating: 'up',
        channel: 'slack',
        at: new Date(1000),
        voter: 'slack:T1:U1',
      });
      await store.recordVote({
        replyId: 'r2',
        rating: 'down',
        channel: 'teams',
        at: new Date(2000),
        voter: 'teams:t:u2',
      });
      expect((await store.listFeedback()).map((entry) => entry.replyId)).toEqual(['r2', 'r1']);
      expect((await store.listFeedback())[1]).toEqual({
        replyId: 'r1',
        rating: 'up',
        channel: 'slack',
        at: new Date(1000),
      });
      await store.addKnowledgeGap({
        at: at(3000),
        channel: 'slack',
        reason: 'no-match',
        question: 'Mag ik een podcast maken over [naam]?',
        verdict: 'mag',
        knowledgeVersion: 'v1',
      });
      await store.addKnowledgeGap({
        at: at(4000),
        channel: 'teams',
        reason: 'feedback-down',
        question: undefined,
        verdict: undefined,
        knowledgeVersion: 'v1',
      });
      const gaps = await store.listKnowledgeGaps();
      expect(gaps.map((gap) => gap.reason)).toEqual(['feedback-down', 'no-match']);
      expect(gaps[1]).toEqual({
        at: at(3000),
        channel: 'slack',
        reason: 'no-match',
        question: 'Mag ik een podcast maken over [naam]?',
        verdict: 'mag',
        knowledgeVersion: 'v1',
      });
      expect(gaps[0]?.question).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  run(
    'records knowledge gaps and feedback with their organisation, and lists them per organisation',
    async () => {
      const { store, second, rows } = await factory!(Date.now);
      const other = kind === 'memory' ? store : await second();
      const recent = Date.now() - 10_000;
      const gap = (offset: number, question: string, organisation?: string) => ({
        at: new Date(recent + offset),
        channel: 'slack',
        reason: 'no-match' as const,
        question,
        verdict: 'mag',
        knowledgeVersion: 'v1',
        ...(organisation ? { organisation } : {}),
      });
      const vote = (replyId: string, organisation?: string, rating: 'up' | 'down' = 'down', on = store) =>
        on.recordVote({
          replyId,
          rating,
          channel: 'teams',
          at: new Date(recent),
          voter: 'teams:t:u1',
          ...(organisation ? { organisation } : {}),
        });
      try {
        await store.addKnowledgeGap(gap(1, 'vraag van a', 'gemeente-a'));
        await other.addKnowledgeGap(gap(2, 'vraag van b', 'provincie-b'));
        await store.addKnowledgeGap(gap(3, 'vraag zonder organisatie'));
        await store.addKnowledgeGap(gap(4, 'nog een vraag van a', 'gemeente-a'));
        const questions = async (organisation?: string | null) =>
          (await store.listKnowledgeGaps(100, organisation)).map((item) => item.question);
        expect(await questions()).toEqual([
          'nog een vraag van a',
          'vraag zonder organisatie',
          'vraag van b',
          'vraag van a',
        ]);
        expect(await questions('gemeente-a')).toEqual(['nog een vraag van a', 'vraag van a']);
        expect(await questions('provincie-b')).toEqual(['vraag van b']);
        expect(await questions(null)).toEqual(['vraag zonder organisatie']);
        expect(await questions('gemeente')).toEqual([]);
        // The limit counts the organisation's own rows, not every row.
        expect((await store.listKnowledgeGaps(1, 'gemeente-a')).map((item) => item.question)).toEqual([
          'nog een vraag van a',
        ]);
        expect((await store.listKnowledgeGaps(100, 'provincie-b'))[0]).toEqual(
          gap(2, 'vraag van b', 'provincie-b'),
        );
        expect((await store.listKnowledgeGaps(100, null))[0]).not.toHaveProperty('organisation');

        await vote('r-a', 'gemeente-a');
        await vote('r-b', 'provincie-b', 'up', other);
        await vote('r-none');
        const replies = async (organisation?: string | null) =>
          (await store.listFeedback(100, organisation)).map((entry) => entry.replyId);
        expect(await replies()).toEqual(['r-none', 'r-b', 'r-a']);
        expect(await replies('gemeente-a')).toEqual(['r-a']);
        expect(await replies(null)).toEqual(['r-none']);
        expect((await store.listFeedback(100, 'provincie-b'))[0]).toEqual({
          replyId: 'r-b',
          rating: 'up',
          channel: 'teams',
          at: new Date(recent),
          organisation: 'provincie-b',
        });
        // A changed vote stays one vote, with its organisation.
        await vote('r-a', 'gemeente-a', 'up', other);
        expect((await store.listFeedback(100, 'gemeente-a')).map((entry) => entry.rating)).toEqual(['up']);
        if (rows) {
          const stored = await rows('knowledge_gaps');
          expect(stored.map((row) => row.organisation ?? '(none)').sort()).toEqual([
            '(none)',
            'gemeente-a',
            'gemeente-a',
            'provincie-b',
          ]);
        }
      } finally {
        if (other !== store) await other.close();
        await store.close();
      }
    },
  );

  run(
    'counts one vote per person per reply, changeable from any instance; a 👍 withdraws the gap of its 👎',
    async () => {
      const { store, second, rows } = await factory!(Date.now);
      const other = kind === 'memory' ? store : await second();
      const vote = (voter: string, rating: 'up' | 'down', at: number, on = other) =>
        on.recordVote({ replyId: 'r-vote', rating, channel: 'teams', at: new Date(at), voter });
      const votes = async () =>
        (await store.listFeedback())
          .filter((entry) => entry.replyId === 'r-vote')
          .map((entry) => entry.rating);
      const gap = {
        at: new Date(),
        channel: 'teams',
        reason: 'feedback-down' as const,
        question: 'Mag ik dit delen?',
        verdict: 'mag',
        knowledgeVersion: 'v1',
      };
      try {
        expect(await vote('teams:t:U-SECRET-9', 'up', 1000, store)).toEqual({ previous: undefined });
        // The same person again, from another instance: the same vote, not a second one.
        expect(await vote('teams:t:U-SECRET-9', 'up', 2000)).toEqual({ previous: 'up' });
        expect(await votes()).toEqual(['up']);
        // Pressing the other button changes the vote: it counts once, as the new value.
        expect(await vote('teams:t:U-SECRET-9', 'down', 3000)).toEqual({ previous: 'up' });
        expect(await votes()).toEqual(['down']);
        expect((await store.listFeedback()).find((entry) => entry.replyId === 'r-vote')?.at).toEqual(
          new Date(3000),
        );
        await store.addKnowledgeGap(gap, { replyId: 'r-vote', voter: 'teams:t:U-SECRET-9' });
        // Someone else's vote on the same reply counts on its own; their gap is theirs.
        expect(await vote('teams:t:u10', 'down', 4000)).toEqual({ previous: undefined });
        await other.addKnowledgeGap(gap, { replyId: 'r-vote', voter: 'teams:t:u10' });
        expect(await votes()).toEqual(['down', 'down']);
        expect(await store.listKnowledgeGaps()).toHaveLength(2);
        // A 👎 changed to 👍 takes back the knowledge gap it left.
        expect(await vote('teams:t:U-SECRET-9', 'up', 5000)).toEqual({ previous: 'down' });
        expect((await votes()).sort()).toEqual(['down', 'up']);
        expect(await store.listKnowledgeGaps()).toHaveLength(1);
        // Concurrent votes of one person: still one vote.
        await Promise.all(
          Array.from({ length: 10 }, (_unused, index) =>
            vote('teams:t:u11', index % 2 ? 'up' : 'down', 6000 + index, index % 2 ? store : other),
          ),
        );
        expect(await votes()).toHaveLength(3);
        if (rows) {
          const stored = JSON.stringify([...(await rows('feedback')), ...(await rows('knowledge_gaps'))]);
          expect(stored).not.toContain('U-SECRET-9');
          expect(stored).not.toContain('teams:t:u10');
        }
      } finally {
        if (other !== store) await other.close();
        await store.close();
      }
    },
  );

  run('claims a retried event once, also from a second instance, until the claim expires', async () => {
    let clock = 1_000_000;
    const { store, second } = await factory!(() => clock);
    const other = kind === 'memory' ? store : await second();
    try {
      expect(await store.claimOnce('slack:event:Ev1', 60_000)).toBe(true);
      expect(await store.claimOnce('slack:event:Ev1', 60_000)).toBe(false);
      expect(await other.claimOnce('slack:event:Ev1', 60_000)).toBe(false);
      expect(await other.claimOnce('slack:event:Ev2', 60_000)).toBe(true);
      clock += 61_000;
      expect(await other.claimOnce('slack:event:Ev1', 60_000)).toBe(true);
      // Concurrent claims: exactly one wins.
      const results = await Promise.all(
        Array.from({ length: 20 }, (_unused, index) => (index % 2 ? store : other).claimOnce('race', 60_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    } finally {
      if (other !== store) await other.close();
      await store.close();
    }
  });

  run('counts hits per user in fixed windows, shared between instances', async () => {
    let clock = 120_000;
    const { store, second } = await factory!(() => clock);
    const other = kind === 'memory' ? store : await second();
    try {
      const hits = [];
      for (let index = 0; index < 4; index++)
        hits.push(await (index % 2 ? other : store).hitRateLimit('rate:u1', 60_000, 3));
      expect(hits.map((hit) => hit.allowed)).toEqual([true, true, true, false]);
      expect(hits[3]?.retryAfterMs).toBe(60_000);
      expect((await store.hitRateLimit('rate:u2', 60_000, 3)).allowed).toBe(true);
      clock += 60_000;
      expect((await other.hitRateLimit('rate:u1', 60_000, 3)).allowed).toBe(true);
    } finally {
      if (other !== store) await other.close();
      await store.close();
    }
  });

  run('keeps rate-limit keys only as a hash, and deletes counters once their window has passed', async () => {
    let clock = 1_000_000;
    const { store, rows } = await factory!(() => clock);
    try {
      await store.hitRateLimit('rate:slack:T1:U-SECRET-7', 60_000, 3);
      await store.hitRateLimit('rate:ip:10.1.2.3', 60_000, 3);
      // The counting itself is unchanged by the hashing.
      expect((await store.hitRateLimit('rate:slack:T1:U-SECRET-7', 60_000, 1)).allowed).toBe(false);
      if (rows) {
        const stored = await rows('rate_limits');
        expect(stored).toHaveLength(2);
        expect(JSON.stringify(stored)).not.toContain('U-SECRET-7');
        expect(JSON.stringify(stored)).not.toContain('10.1.2.3');
        for (const row of stored) expect(row.key).toMatch(/^[0-9a-f]{64}$/);
      }
      // Two windows later any hit purges the counters that ran out.
      clock += 2 * 60_000 + 1;
      expect((await store.hitRateLimit('rate:other', 60_000, 3)).allowed).toBe(true);
      if (rows) expect(await rows('rate_limits')).toHaveLength(1);
      expect((await store.hitRateLimit('rate:slack:T1:U-SECRET-7', 60_000, 1)).allowed).toBe(true);
    } finally {
      await store.close();
    }
  });

  run(
    'keeps threads and their context for every instance until they expire, keys only as hashes',
    async () => {
      let clock = 5_000_000;
      const { store, second, rows } = await factory!(() => clock);
      const other = kind === 'memory' ? store : await second();
      const key = 'slack:T1:C9\u00001700000200.000200\u0000slack:T1:U-SECRET-8';
      const turn = {
        question: 'Mag ik een petitie tekenen\u0000 tegen de sluiting van het zwembad?',
        profile: { sector: 'gemeente' as const, portfolio: ['sport'] },
        pending: true,
        known: { relation: 'eigen-dossier' as const },
      };
      try {
        expect(await store.getConversation(key)).toBeUndefined();
        await store.setConversation(key, turn, 30 * 60_000);
        expect(await other.getConversation(key)).toEqual(turn);
        // Replaced, not added to: a thread has one context.
        await other.setConversation(key, { question: turn.question }, 30 * 60_000);
        expect(await store.getConversation(key)).toEqual({ question: turn.question });
        expect(await store.hasThread('slack:T1:C9:1700000200.000200')).toBe(false);
        await store.markThread('slack:T1:C9:1700000200.000200', 24 * 60 * 60_000);
        expect(await other.hasThread('slack:T1:C9:1700000200.000200')).toBe(true);
        expect(await other.hasThread('slack:T1:C9:1700000300.000300')).toBe(false);
        if (rows) {
          const stored = JSON.stringify([...(await rows('conversations')), ...(await rows('threads'))]);
          expect(stored).not.toContain('U-SECRET-8');
          expect(stored).not.toContain('C9');
          for (const row of [...(await rows('conversations')), ...(await rows('threads'))])
            expect(row.key).toMatch(/^[0-9a-f]{64}$/);
        }
        clock += 30 * 60_000;
        expect(await other.getConversation(key)).toBeUndefined();
        expect(await other.hasThread('slack:T1:C9:1700000200.000200')).toBe(true);
        clock += 24 * 60 * 60_000;
        expect(await store.hasThread('slack:T1:C9:1700000200.000200')).toBe(false);
        // Once expired, the rows are deleted, not only hidden.
        await store.setConversation('another', { question: 'Mag ik staken?' }, 60_000);
        if (rows) {
          expect(await rows('conversations')).toHaveLength(1);
          await store.markThread('another', 60_000);
          expect(await rows('threads')).toHaveLength(1);
        }
      } finally {
        if (other !== store) await other.close();
        await store.close();
      }
    },
  );

  run(
    'keeps knowledge gaps for the retention period (180 days unless configured), then deletes them',
    async () => {
      const day = 24 * 60 * 60 * 1000;
      let clock = Date.UTC(2026, 0, 1);
      const gap = (at: number, question: string) => ({
        at: new Date(at),
        channel: 'slack',
        reason: 'no-match' as const,
        question,
        verdict: 'mag',
        knowledgeVersion: 'v1',
      });
      const byDefault = await factory!(() => clock);
      try {
        await byDefault.store.addKnowledgeGap(gap(clock - 181 * day, 'te oud'));
        await byDefault.store.addKnowledgeGap(gap(clock - 179 * day, 'nog binnen de termijn'));
        expect((await byDefault.store.listKnowledgeGaps()).map((entry) => entry.question)).toEqual([
          'nog binnen de termijn',
        ]);
        if (byDefault.rows) expect(await byDefault.rows('knowledge_gaps')).toHaveLength(1);
        clock += 2 * day;
        expect(await byDefault.store.listKnowledgeGaps()).toEqual([]);
        if (byDefault.rows) expect(await byDefault.rows('knowledge_gaps')).toHaveLength(0);
      } finally {
        await byDefault.store.close();
      }
      const configured = await factory!(() => clock, { knowledgeGapRetentionDays: 7 });
      try {
        await configured.store.addKnowledgeGap(gap(clock - 8 * day, 'acht dagen oud'));
        await configured.store.addKnowledgeGap(gap(clock - 6 * day, 'zes dagen oud'));
        expect((await configured.store.listKnowledgeGaps()).map((entry) => entry.question)).toEqual([
          'zes dagen oud',
        ]);
        if (configured.rows) expect(await configured.rows('knowledge_gaps')).toHaveLength(1);
      } finally {
        await configured.store.close();
      }
    },
  );

  run('stores a knowledge gap whose question holds a NUL byte (PostgreSQL text cannot)', async () => {
    const { store } = await factory!(Date.now);
    try {
      await store.addKnowledgeGap({
        at: new Date(),
        channel: 'http',
        reason: 'no-match',
        question: 'Mag ik\u0000 dit posten?',
        verdict: 'mag',
        knowledgeVersion: 'v1',
      });
      expect((await store.listKnowledgeGaps())[0]?.question).toBe('Mag ik dit posten?');
    } finally {
      await store.close();
    }
  });

  run('runs its migrations once: reopening keeps the data', async () => {
    const { store, second } = await factory!(Date.now);
    await store.setProfile('teams:t:u', { sector: 'rijk' });
    if (kind !== 'memory') {
      await store.close();
      const reopened = await second();
      try {
        expect(await reopened.getProfile('teams:t:u')).toEqual({ sector: 'rijk' });
      } finally {
        await reopened.close();
      }
    } else {
      await store.close();
    }
  });
});

describe('upgrading a database', () => {
  it('keeps the feedback an older version stored without voters, and counts new votes once per person', async () => {
    const file = join(await tempDir('uw-sqlite-votes-'), 'state.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
    for (const migration of MIGRATIONS.filter((item) => item.version <= 3)) {
      old.exec(migration.sqlite);
      old.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, 0)').run(migration.version);
    }
    // Before votes had voters: every press was a row, two on one reply.
    const insert = old.prepare('INSERT INTO feedback (reply_id, rating, channel, at) VALUES (?, ?, ?, ?)');
    insert.run('r-old', 'up', 'slack', 1000);
    insert.run('r-old', 'down', 'slack', 2000);
    old.close();
    const store = createSqliteStateStore(file);
    try {
      const vote = (rating: 'up' | 'down') =>
        store.recordVote({
          replyId: 'r-old',
          rating,
          channel: 'slack',
          at: new Date(3000),
          voter: 'slack:T1:U1',
        });
      expect(await vote('up')).toEqual({ previous: undefined });
      expect(await vote('down')).toEqual({ previous: 'up' });
      expect((await store.listFeedback()).map((entry) => entry.rating)).toEqual(['down', 'down', 'up']);
    } finally {
      await store.close();
    }
  });

  it('keeps the gaps and feedback an older version stored without an organisation, listed as having none', async () => {
    const file = join(await tempDir('uw-sqlite-organisations-'), 'state.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
    for (const migration of MIGRATIONS.filter((item) => item.version <= 4)) {
      old.exec(migration.sqlite);
      old.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, 0)').run(migration.version);
    }
    old
      .prepare(
        'INSERT INTO knowledge_gaps (at, channel, reason, question, verdict, knowledge_version) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(Date.now() - 1000, 'slack', 'no-match', 'een oude vraag', 'mag', 'v0');
    old
      .prepare('INSERT INTO feedback (reply_id, rating, channel, at, voter) VALUES (?, ?, ?, ?, ?)')
      .run('r-old', 'up', 'slack', 1000, 'hash');
    old.close();
    const store = createSqliteStateStore(file);
    try {
      expect((await store.listKnowledgeGaps(100, null)).map((gap) => gap.question)).toEqual([
        'een oude vraag',
      ]);
      expect(await store.listKnowledgeGaps(100, 'gemeente-a')).toEqual([]);
      expect((await store.listFeedback(100, null)).map((entry) => entry.replyId)).toEqual(['r-old']);
      expect(await store.listFeedback(100, 'gemeente-a')).toEqual([]);
      expect((await store.listKnowledgeGaps())[0]).not.toHaveProperty('organisation');
    } finally {
      await store.close();
    }
  });

  it('drops the rate-limit counters an older version kept with user ids in clear', async () => {
    const file = join(await tempDir('uw-sqlite-upgrade-'), 'state.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
    old.exec(MIGRATIONS[0]!.sqlite);
    old.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (1, 0)').run();
    old
      .prepare('INSERT INTO rate_limits (key, window_start, count) VALUES (?, 0, 1)')
      .run('rate:slack:T1:U1');
    old.close();
    const store = createSqliteStateStore(file);
    try {
      expect((await store.hitRateLimit('rate:slack:T1:U1', 60_000, 5)).allowed).toBe(true);
    } finally {
      await store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      const keys = db.prepare('SELECT key FROM rate_limits').all() as { key: string }[];
      expect(keys.map((row) => row.key)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    } finally {
      db.close();
    }
  });
});
