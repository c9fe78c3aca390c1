// The server on the database stores (a real SQLite file, and PostgreSQL when TEST_DATABASE_URL is set):
// what a client sends never reaches the database in a form it refuses. A NUL byte in an identifier is a
// 400 at the boundary, not a 500 from PostgreSQL ("invalid byte sequence for encoding UTF8: 0x00").
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStateStore } from '../adapters/store/postgres-state-store.ts';
import { createSqliteStateStore } from '../adapters/store/sqlite-state-store.ts';
import { startServer } from '../src/server/start-server.ts';
import type { StateStore } from '../src/state/state-store.ts';
import { json } from './support/json.ts';
import { tempDir } from './support/temp-dir.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const schemas: string[] = [];
afterAll(async () => {
  if (!POSTGRES_URL || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

const stores: [string, (() => Promise<StateStore>) | undefined][] = [
  ['sqlite', async () => createSqliteStateStore(join(await tempDir('uw-boundary-'), 'state.sqlite'))],
  [
    'postgres',
    POSTGRES_URL
      ? () => {
          const schema = `uw_boundary_${Math.random().toString(36).slice(2, 10)}`;
          schemas.push(schema);
          return createPostgresStateStore(POSTGRES_URL, { schema });
        }
      : undefined,
  ],
];

describe.each(stores)('the API on the %s store', (_kind, open) => {
  const run = open ? it : it.skip;

  run(
    'answers identifiers with a NUL byte or another control character with 400, and keeps serving',
    async () => {
      const server = await startServer({ ...TEST_SERVER_ENV, RATE_LIMIT_PER_MINUTE: '30' }, { state: open! });
      try {
        for (const fields of [
          { userId: 'u\u0000' },
          { userId: '\u0000' },
          { conversationId: 'gesprek\u0000' },
          { userId: 'u\u001b[31m' },
        ]) {
          const response = await fetch(`${server.url}/api/ask`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text: 'Mag ik staken?', ...fields }),
          });
          expect(response.status, JSON.stringify(fields)).toBe(400);
          expect((await json(response)).error).toMatchObject({
            code: 'input_invalid',
            message: expect.stringMatching(/control character/),
          });
        }
        const fine = await fetch(`${server.url}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: 'Mag ik staken?', userId: 'u-1' }),
        });
        expect(fine.status).toBe(200);
      } finally {
        await server.close();
      }
    },
  );
});
