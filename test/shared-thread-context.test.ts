// Threads and their context live in the state store, not in one process: two instances on one database (a
// SQLite file, and PostgreSQL when TEST_DATABASE_URL is set), and an instance restarted on it, answer a
// follow-up in a thread another instance answered, in context. Real servers with Slack and Teams on,
// signed requests and activities over loopback, stand-ins for both platforms.
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startSlackChannel } from '../adapters/slack/index.ts';
import { startStateStore } from '../adapters/store/index.ts';
import { createPostgresStateStore } from '../adapters/store/postgres-state-store.ts';
import { startTeamsChannel } from '../adapters/teams/index.ts';
import { type RunningServer, type StateStarter, startServer } from '../src/server/start-server.ts';
import type { Json } from './support/json.ts';
import {
  eventCallback,
  JSON_TYPE,
  postToSlackEndpoint,
  SIGNING_SECRET,
  type SlackStandIn,
  startSlackStandIn,
} from './support/slack-stand-in.ts';
import { postActivity, startTeamsStandIn, teamsActivity } from './support/teams-stand-in.ts';
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

/** One shared database per test: the environment and state starter every instance is started with. */
type Database = () => Promise<{ env: Record<string, string>; state: StateStarter }>;

const databases: [string, Database | undefined][] = [
  [
    'sqlite',
    async () => ({
      // As `npm start` opens it: DATABASE_URL through the store adapter's starter.
      env: { DATABASE_URL: `sqlite:${join(await tempDir('uw-threads-'), 'state.sqlite')}` },
      state: startStateStore,
    }),
  ],
  [
    'postgres',
    POSTGRES_URL
      ? async () => {
          const schema = `uw_threads_${Math.random().toString(36).slice(2, 10)}`;
          schemas.push(schema);
          return { env: {}, state: () => createPostgresStateStore(POSTGRES_URL, { schema }) };
        }
      : undefined,
  ],
];

const blocksText = (value: Json): string => JSON.stringify(value);

describe.each(databases)('threads and their context on the %s store', (_kind, database) => {
  const run = database ? it : it.skip;

  run(
    'a follow-up in a thread one instance answered is answered in context by another, and after a restart',
    async () => {
      const slack: SlackStandIn = await startSlackStandIn();
      const teams = await startTeamsStandIn();
      const shared = await database!();
      const start = () =>
        startServer(
          {
            ...TEST_SERVER_ENV,
            ...shared.env,
            SLACK_BOT_TOKEN: 'xoxb-instances',
            SLACK_SIGNING_SECRET: SIGNING_SECRET,
            SLACK_API_URL: slack.apiUrl,
            TEAMS_ENABLED: 'true',
          },
          { channels: [startSlackChannel, startTeamsChannel], state: shared.state },
        );
      const running: RunningServer[] = [];
      try {
        const first = await start();
        running.push(first);
        const second = await start();
        running.push(second);

        // Slack: a mention answered by the first instance opens the thread.
        const root = '1700000900.000100';
        await postToSlackEndpoint(
          first.url,
          eventCallback({
            type: 'app_mention',
            channel: 'C42',
            user: 'U42',
            text: '<@UBOT> mag ik een petitie tekenen tegen de sluiting van het zwembad?',
            ts: root,
          }),
          JSON_TYPE,
        );
        const answered = await slack.waitFor('chat.postMessage', (call) => call.body.channel === 'C42');
        expect(answered.body.thread_ts).toBe(root);

        // A follow-up without a mention reaches the second instance: it knows the thread and its question.
        await postToSlackEndpoint(
          second.url,
          eventCallback({
            type: 'message',
            channel: 'C42',
            channel_type: 'channel',
            user: 'U42',
            text: 'en als ik zelf bij de gemeente aan dat zwembad werk?',
            ts: '1700000901.000200',
            thread_ts: root,
          }),
          JSON_TYPE,
        );
        const followUp = await slack.waitFor(
          'chat.postMessage',
          (call) => call.body.channel === 'C42' && call !== answered,
        );
        expect(followUp.body.thread_ts).toBe(root);
        expect(blocksText(followUp.body.blocks)).toContain('Ik lees je vraag als vervolg');

        // Teams: a channel question answered by the first instance, the follow-up (with a mention, as Teams
        // sends channel messages) by the second, read in context.
        const thread = '19:instances@thread.tacv2;messageid=1700000000042';
        await postActivity(
          first.url,
          teamsActivity(teams.serviceUrl, {
            text: 'mag ik een petitie tekenen tegen de sluiting van het zwembad?',
            mention: true,
            conversationId: thread,
            conversationType: 'channel',
            user: 'u42',
          }),
        );
        await postActivity(
          second.url,
          teamsActivity(teams.serviceUrl, {
            text: 'en als ik zelf bij de gemeente aan dat zwembad werk?',
            mention: true,
            conversationId: thread,
            conversationType: 'channel',
            user: 'u42',
          }),
        );
        const cards = teams.activities(thread);
        expect(cards).toHaveLength(2);
        expect(blocksText(cards[0])).not.toContain('Ik lees je vraag als vervolg');
        expect(blocksText(cards[1])).toContain('Ik lees je vraag als vervolg');

        // Both instances restart on the same database: the thread is still open, its question still known.
        await Promise.all(running.splice(0).map((server) => server.close()));
        const restarted = await start();
        running.push(restarted);
        const before = slack.callsTo('chat.postMessage').length;
        await postToSlackEndpoint(
          restarted.url,
          eventCallback({
            type: 'message',
            channel: 'C42',
            channel_type: 'channel',
            user: 'U42',
            text: 'en als ik in de raad over dat zwembad adviseer?',
            ts: '1700000902.000300',
            thread_ts: root,
          }),
          JSON_TYPE,
        );
        const afterRestart = await slack.waitFor(
          'chat.postMessage',
          (call) => call.body.channel === 'C42' && slack.callsTo('chat.postMessage').indexOf(call) >= before,
        );
        expect(afterRestart.body.thread_ts).toBe(root);
        expect(blocksText(afterRestart.body.blocks)).toContain('Ik lees je vraag als vervolg');
      } finally {
        await Promise.all(running.map((server) => server.close()));
        await slack.close();
        await teams.close();
      }
    },
  );
});
