// Picks the state store from DATABASE_URL: PostgreSQL for postgres:// URLs (several instances share it),
// SQLite for sqlite:PATH (the default: data/uitingswijzer.sqlite, embedded, no set-up), or memory: for
// a throwaway instance. Migrations run before the server takes requests.
import { resolve } from 'node:path';
import { loadConfig } from '../../src/config/load-config.ts';
import { BotError } from '../../src/core/bot-error.ts';
import type { StateStarter } from '../../src/server/start-server.ts';
import { createMemoryStateStore } from '../../src/state/memory-state-store.ts';
import type { RetentionOptions, StateStore } from '../../src/state/state-store.ts';
import { createPostgresStateStore } from './postgres-state-store.ts';
import { createSqliteStateStore } from './sqlite-state-store.ts';

export const DEFAULT_DATABASE_URL = 'sqlite:data/uitingswijzer.sqlite';

export async function openStateStore(url: string, retention: RetentionOptions = {}): Promise<StateStore> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      return await createPostgresStateStore(url, retention);
    } catch (error) {
      throw new BotError(
        'config_invalid',
        `DATABASE_URL: PostgreSQL cannot be used (${(error as { code?: string }).code ?? (error as Error).message}).`,
      );
    }
  }
  if (url === 'memory:') return createMemoryStateStore(retention);
  const sqlite = /^(?:sqlite|file):(.+)$/.exec(url);
  if (sqlite?.[1])
    return createSqliteStateStore(sqlite[1] === ':memory:' ? ':memory:' : resolve(sqlite[1]), retention);
  throw new BotError('config_invalid', 'DATABASE_URL must be postgres://…, sqlite:PATH or memory:.');
}

export const startStateStore: StateStarter = async ({ env, logger }) => {
  const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const store = await openStateStore(url, {
    knowledgeGapRetentionDays: loadConfig(env).knowledgeGapRetentionDays,
  });
  logger.info(
    { store: store.kind },
    store.kind === 'postgres'
      ? 'State store: PostgreSQL (shared by every instance)'
      : store.kind === 'sqlite'
        ? `State store: SQLite file ${url.replace(/^(sqlite|file):/, '')}`
        : 'State store: memory (lost at restart)',
  );
  return store;
};
