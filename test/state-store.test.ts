// One contract, every store: memory, SQLite (a real file) and PostgreSQL (a real server, when
// TEST_DATABASE_URL is set; .ci/run sets it). Profiles, feedback, claims for retried events, rate-limit
// counters, knowledge gaps, migrations at start, and two instances sharing one database.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
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

type Factory = (now: () => number) => Promise<{ store: StateStore; second: () => Promise<StateStore> }>;

const factories: [string, Factory | undefined][] = [
  [
    'memory',
    async (now) => ({
      store: createMemoryStateStore({ now }),
      second: async () => createMemoryStateStore({ now }),
    }),
  ],
  [
    'sqlite',
    async (now) => {
      const file = join(await tempDir('uw-sqlite-'), 'state.sqlite');
      return {
        store: createSqliteStateStore(file, now),
        second: async () => createSqliteStateStore(file, now),
      };
    },
  ],
  [
    'postgres',
    POSTGRES_URL
      ? async (now) => {
          const schema = `uw_test_${Math.random().toString(36).slice(2, 10)}`;
          schemas.push(schema);
          const open = () => createPostgresStateStore(POSTGRES_URL, { schema, now });
          return { store: await open(), second: open };
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
    try {
      await store.addFeedback({ replyId: 'r1', rating: 'up', channel: 'slack', at: new Date(1000) });
      await store.addFeedback({ replyId: 'r2', rating: 'down', channel: 'teams', at: new Date(2000) });
      expect((await store.listFeedback()).map((entry) => entry.replyId)).toEqual(['r2', 'r1']);
      expect((await store.listFeedback())[1]).toEqual({
        replyId: 'r1',
        rating: 'up',
        channel: 'slack',
        at: new Date(1000),
      });
      await store.addKnowledgeGap({
        at: new Date(3000),
        channel: 'slack',
        reason: 'no-match',
        question: 'Mag ik een podcast maken over [naam]?',
        verdict: 'mag',
        knowledgeVersion: 'v1',
      });
      await store.addKnowledgeGap({
        at: new Date(4000),
        channel: 'teams',
        reason: 'feedback-down',
        question: undefined,
        verdict: undefined,
        knowledgeVersion: 'v1',
      });
      const gaps = await store.listKnowledgeGaps();
      expect(gaps.map((gap) => gap.reason)).toEqual(['feedback-down', 'no-match']);
      expect(gaps[1]).toEqual({
        at: new Date(3000),
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
