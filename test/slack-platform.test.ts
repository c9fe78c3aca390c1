// Slack platform duties: signatures and timestamps, malformed bodies, retried events answered once,
// polite messages on failure, reload problems to the admin channel, drafts never logged, settings.

import { cp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, startSlackChannel } from '../adapters/slack/index.ts';
import { loadSlackSettings } from '../adapters/slack/load-slack-settings.ts';
import type { Bot } from '../src/core/create-bot.ts';
import { createBot } from '../src/core/create-bot.ts';
import { loadKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { createSilentLogger } from '../src/logging/create-logger.ts';
import { createServer } from '../src/server/create-server.ts';
import { startServer } from '../src/server/start-server.ts';
import { createMemoryStateStore } from '../src/state/memory-state-store.ts';
import { capturedLogger } from './support/captured-logger.ts';
import { json } from './support/json.ts';
import { KNOWLEDGE_DIR } from './support/real-knowledge.ts';
import { spawnServer } from './support/server-process.ts';
import { type SlackServer, startSlackServer } from './support/slack-server.ts';
import {
  eventCallback,
  FORM,
  JSON_TYPE,
  postToSlackEndpoint,
  SIGNING_SECRET,
  type SlackStandIn,
  slashCommand,
  startSlackStandIn,
} from './support/slack-stand-in.ts';
import { tempDir } from './support/temp-dir.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

const SECRET_DRAFT = 'Geheim: de burgemeester stapt volgende week op, zeg het niet door. Zonnebloemveld-42';

describe('Slack: request verification', () => {
  let running: SlackServer;
  beforeAll(async () => {
    running = await startSlackServer();
  });
  afterAll(() => running.close());

  const command = () =>
    slashCommand('/uitingswijzer', 'mag ik demonstreren?', running.slack.responseUrl('sig'));

  it('refuses a wrong signature, a stale timestamp and missing headers with 401, and does nothing', async () => {
    const before = running.slack.calls.length;
    const body = command();
    const wrong = await postToSlackEndpoint(
      running.server.url,
      body,
      FORM,
      {},
      { secret: 'not-the-secret-at-all' },
    );
    expect(wrong.status).toBe(401);
    const stale = await postToSlackEndpoint(
      running.server.url,
      body,
      FORM,
      {},
      {
        timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
      },
    );
    expect(stale.status).toBe(401);
    const unsigned = await fetch(`${running.server.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body,
    });
    expect(unsigned.status).toBe(401);
    // Tampering after signing is caught too.
    const signed = await postToSlackEndpoint(running.server.url, body, FORM);
    expect(signed.status).toBe(200);
    await running.slack.waitFor('response');
    const tampered = await fetch(`${running.server.url}/slack/events`, {
      method: 'POST',
      headers: (await import('./support/slack-stand-in.ts')).slackHeaders(body, FORM),
      body: body.replace('demonstreren', 'staken'),
    });
    expect(tampered.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(running.slack.calls.slice(before).filter((call) => call.method === 'response')).toHaveLength(1);
  });

  it('refuses a timestamp more than five minutes in the future with 401, and does nothing', async () => {
    const before = running.slack.calls.length;
    const future = await postToSlackEndpoint(
      running.server.url,
      command(),
      FORM,
      {},
      { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 },
    );
    expect(future.status).toBe(401);
    expect((await json(future)).error.code).toBe('unauthorized');
    // A little clock skew is fine.
    const skewed = await postToSlackEndpoint(
      running.server.url,
      command(),
      FORM,
      {},
      { timestamp: Math.floor(Date.now() / 1000) + 60 },
    );
    expect(skewed.status).toBe(200);
    await running.slack.waitFor('response', (call) => running.slack.calls.indexOf(call) >= before);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(running.slack.calls.slice(before).filter((call) => call.method === 'response')).toHaveLength(1);
  });

  it('checks the signature before the body: an unsigned malformed body gets 401, never the expected shape', async () => {
    for (const [body, type] of [
      ['null', JSON_TYPE],
      ['{"type": "event_callback", ', JSON_TYPE],
      ['{"hello": "world"}', JSON_TYPE],
      ['payload=%7Bnot-json', FORM],
      ['', FORM],
    ] as const) {
      const unsigned = await fetch(`${running.server.url}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(unsigned.status, body).toBe(401);
      const wronglySigned = await postToSlackEndpoint(running.server.url, body, type, {}, { secret: 'x' });
      expect(wronglySigned.status, body).toBe(401);
      const answer = await json(wronglySigned);
      expect(answer.error.code).toBe('unauthorized');
      expect(JSON.stringify(answer)).not.toMatch(/Slack request body|event_callback|payload/);
    }
  });

  it('answers a signed but malformed body with 400', async () => {
    const response = await postToSlackEndpoint(running.server.url, '{"type": "event_callback", ', JSON_TYPE);
    expect(response.status).toBe(400);
    const payload = await postToSlackEndpoint(running.server.url, 'payload=%7Bnot-json', FORM);
    expect(payload.status).toBe(400);
  });

  it('answers a retried event (X-Slack-Retry-Num) only once', async () => {
    const body = eventCallback(
      { type: 'message', channel: 'D42', channel_type: 'im', user: 'U42', text: 'Mag ik staken?', ts: '9.1' },
      'EvRetry1',
    );
    const first = await postToSlackEndpoint(running.server.url, body, JSON_TYPE);
    const retry = await postToSlackEndpoint(running.server.url, body, JSON_TYPE, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    await running.slack.waitFor('chat.postMessage', (c) => c.body.channel === 'D42');
    // A later event proves the retry was processed (and dropped), not still on its way.
    await postToSlackEndpoint(
      running.server.url,
      eventCallback({
        type: 'message',
        channel: 'D43',
        channel_type: 'im',
        user: 'U43',
        text: 'hallo',
        ts: '9.2',
      }),
      JSON_TYPE,
    );
    await running.slack.waitFor('chat.postMessage', (c) => c.body.channel === 'D43');
    expect(running.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D42')).toHaveLength(1);
  });
});

/** The adapter on a server of its own, with an injected bot and a logger whose lines the test reads. */
async function startAdapter(
  bot: Bot,
  slack: SlackStandIn,
  knowledgeDir = KNOWLEDGE_DIR,
  maxBacklog?: number,
) {
  const { logger, lines } = capturedLogger('debug');
  const knowledge = await loadKnowledgeStore(knowledgeDir, logger);
  const adapter = await createSlackAdapter(bot, {
    settings: {
      botToken: 'xoxb-test-token',
      signingSecret: SIGNING_SECRET,
      appToken: undefined,
      apiUrl: slack.apiUrl,
      adminChannel: 'CADMIN',
    },
    knowledge,
    state: createMemoryStateStore(),
    logger,
    apiRetries: 0,
    ...(maxBacklog === undefined ? {} : { maxBacklog }),
  });
  const server: Server = createServer({ bot, logger, routes: adapter.routes });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    knowledge,
    /** What the adapter logged. */
    lines,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('Slack: failures and privacy', () => {
  it('turns a failure in the core into a polite private message, for a DM and for a slash command', async () => {
    const slack = await startSlackStandIn();
    const failing: Bot = {
      handle: () => Promise.reject(new Error('database exploded')),
      knowledgeVersion: () => 'test',
    };
    const running = await startAdapter(failing, slack);
    try {
      await postToSlackEndpoint(
        running.url,
        eventCallback({
          type: 'message',
          channel: 'D1',
          channel_type: 'im',
          user: 'U1',
          text: 'Mag ik staken?',
          ts: '1.1',
        }),
        JSON_TYPE,
      );
      const apology = await slack.waitFor('chat.postEphemeral', (c) => c.body.channel === 'D1');
      expect(apology.body.text).toContain('er ging bij mij iets mis');
      // A top-level mention: the apology goes to the channel, not to a thread that does not exist yet.
      await postToSlackEndpoint(
        running.url,
        eventCallback({
          type: 'app_mention',
          channel: 'C1',
          user: 'U1',
          text: '<@UBOT> Mag ik staken?',
          ts: '1.2',
        }),
        JSON_TYPE,
      );
      const channelApology = await slack.waitFor('chat.postEphemeral', (c) => c.body.channel === 'C1');
      expect(channelApology.body.text).toContain('er ging bij mij iets mis');
      expect(channelApology.body.user).toBe('U1');
      expect(channelApology.body).not.toHaveProperty('thread_ts');
      const ack = await postToSlackEndpoint(
        running.url,
        slashCommand('/uitingstoets', 'concept', slack.responseUrl('f')),
        FORM,
      );
      expect(ack.status).toBe(200);
      const response = await slack.waitFor('response');
      expect(response.body.text).toContain('er ging bij mij iets mis');
      expect(running.lines.join('')).toContain('could not answer');
    } finally {
      await running.close();
      await slack.close();
    }
  });

  it('acknowledges Slack’s app_rate_limited callback with 200 and logs a warning', async () => {
    const slack = await startSlackStandIn();
    const unused: Bot = {
      handle: () => Promise.reject(new Error('not called')),
      knowledgeVersion: () => 'test',
    };
    const running = await startAdapter(unused, slack);
    try {
      // Slack sends this when the app gets more than 30,000 events an hour; it wants a 200 back.
      const response = await postToSlackEndpoint(
        running.url,
        JSON.stringify({
          token: 'legacy',
          type: 'app_rate_limited',
          team_id: 'T1',
          minute_rate_limited: 1518467820,
          api_app_id: 'A1',
        }),
        JSON_TYPE,
      );
      expect(response.status).toBe(200);
      const warning = running.lines
        .map((line) => JSON.parse(line))
        .find((entry) => entry.msg?.includes('app_rate_limited'));
      expect(warning).toMatchObject({ level: 40, teamId: 'T1', minuteRateLimited: 1518467820 });
      expect(slack.calls.filter((call) => call.method !== 'auth.test')).toHaveLength(0);
    } finally {
      await running.close();
      await slack.close();
    }
  });

  it('turns new commands away with a friendly "busy" when too many answers are waiting', async () => {
    const slack = await startSlackStandIn();
    const knowledge = await loadKnowledgeStore(KNOWLEDGE_DIR, createSilentLogger());
    const running = await startAdapter(createBot({ knowledge }), slack, KNOWLEDGE_DIR, 0);
    try {
      const response = await postToSlackEndpoint(
        running.url,
        slashCommand('/uitingswijzer', 'Mag ik staken?', slack.responseUrl('busy')),
        FORM,
      );
      expect((await json(response)).text).toContain('erg druk');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(slack.callsTo('response')).toHaveLength(0);
    } finally {
      await running.close();
      await slack.close();
    }
  });

  it('never writes a draft or question to the log, at debug level either', async () => {
    const slack = await startSlackStandIn();
    const knowledge = await loadKnowledgeStore(KNOWLEDGE_DIR, createSilentLogger());
    const bot = createBot({ knowledge });
    const running = await startAdapter(bot, slack);
    try {
      await postToSlackEndpoint(
        running.url,
        slashCommand('/uitingstoets', SECRET_DRAFT, slack.responseUrl('priv')),
        FORM,
      );
      await slack.waitFor('response', (c) => c.body.blocks !== undefined);
      await postToSlackEndpoint(
        running.url,
        eventCallback({
          type: 'message',
          channel: 'D2',
          channel_type: 'im',
          user: 'U2',
          text: `toets: ${SECRET_DRAFT}`,
          ts: '2.1',
        }),
        JSON_TYPE,
      );
      await slack.waitFor('chat.postMessage', (c) => c.body.channel === 'D2');
      const log = running.lines.join('');
      expect(log.length).toBeGreaterThan(0);
      expect(log).not.toContain('Zonnebloemveld');
      expect(log).not.toContain('burgemeester');
      expect(log).not.toContain('xoxb-test-token');
    } finally {
      await running.close();
      await slack.close();
    }
  });

  it('posts knowledge reload problems as file:line to the admin channel', async () => {
    const dir = await tempDir('uw-slack-admin-');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    const slack = await startSlackStandIn();
    const knowledge = await loadKnowledgeStore(dir, createSilentLogger());
    const running = await startAdapter(createBot({ knowledge }), slack, dir);
    try {
      await writeFile(
        join(dir, 'faq', 'kapot.md'),
        '---\nid: kapot\nkind: faq\ntitle: [niet afgesloten\n---\nTekst\n',
      );
      const attempt = await running.knowledge.reload();
      expect(attempt.ok).toBe(false);
      const notice = await slack.waitFor('chat.postMessage', (c) => c.body.channel === 'CADMIN');
      expect(notice.body.text).toContain('geweigerd');
      expect(JSON.stringify(notice.body.blocks)).toMatch(/faq\/kapot\.md:\d+/);
    } finally {
      await running.close();
      await slack.close();
    }
  });
});

describe('Slack: settings and start', () => {
  it('is off without settings, and names what is missing or wrong', () => {
    expect(loadSlackSettings({})).toBeUndefined();
    expect(() => loadSlackSettings({ SLACK_SIGNING_SECRET: 'abcdefghijkl' })).toThrow(
      /SLACK_BOT_TOKEN is missing/,
    );
    expect(() => loadSlackSettings({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/,
    );
    expect(() => loadSlackSettings({ SLACK_BOT_TOKEN: 'abc', SLACK_SIGNING_SECRET: 'abcdefghijkl' })).toThrow(
      /SLACK_BOT_TOKEN must start with xoxb-/,
    );
    expect(() =>
      loadSlackSettings({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 'abcdefghijkl',
        SLACK_API_URL: 'ftp://x',
      }),
    ).toThrow(/SLACK_API_URL/);
    expect(loadSlackSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toMatchObject({
      appToken: 'xapp-1',
    });
  });

  it('starts without Slack, and says why, when Slack refuses the token', async () => {
    const slack = await startSlackStandIn();
    slack.failWith('auth.test', 'invalid_auth');
    const server = await startServer(
      {
        ...TEST_SERVER_ENV,
        SLACK_BOT_TOKEN: 'xoxb-wrong',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
      },
      { channels: [startSlackChannel] },
    );
    try {
      expect(slack.callsTo('auth.test')).toHaveLength(1);
      const events = await postToSlackEndpoint(server.url, '{}', JSON_TYPE);
      expect(events.status).toBe(404);
      const health = await json(await fetch(`${server.url}/healthz`));
      expect(health.status).toBe('ok');
    } finally {
      await server.close();
      await slack.close();
    }
  });
});

describe('Slack: started the way a new user starts it', () => {
  it('`SLACK_SIGNING_SECRET=… SLACK_BOT_TOKEN=… SLACK_API_URL=… npm start` serves signed Slack requests', {
    timeout: 90_000,
  }, async () => {
    const slack = await startSlackStandIn();
    const { url, child, exited, log, waitForLog } = await spawnServer({
      HOST: '127.0.0.1',
      KNOWLEDGE_WATCH: 'false',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-new-user',
      SLACK_API_URL: slack.apiUrl,
    });
    try {
      await waitForLog('Uitingswijzer is listening');
      expect(log()).toContain('Slack listens on /slack/events');
      const ack = await postToSlackEndpoint(
        url,
        slashCommand(
          '/uitingstoets',
          'Ik vind het nieuwe fietspad mooi geworden.',
          slack.responseUrl('npm-start'),
        ),
        FORM,
      );
      expect(ack.status).toBe(200);
      const result = await slack.waitFor('response', (c) => c.body.blocks !== undefined);
      expect(JSON.stringify(result.body.blocks)).toContain('🟢');
      expect(log()).not.toContain('fietspad');
    } finally {
      child.kill('SIGTERM');
      await exited;
      await slack.close();
    }
  });
});

describe('Slack: edges of the conversation', () => {
  let running: SlackServer;
  beforeAll(async () => {
    running = await startSlackServer();
  });
  afterAll(() => running.close());

  it('apologises privately when Slack refuses to open the draft form', async () => {
    running.slack.failWith('views.open', 'expired_trigger_id');
    const response = await postToSlackEndpoint(
      running.server.url,
      slashCommand('/uitingstoets', '', running.slack.responseUrl('no-modal')),
      FORM,
    );
    expect(response.status).toBe(200);
    const apology = await running.slack.waitFor('response', (c) => c.path === '/response/no-modal');
    expect(apology.body.text).toContain('er ging bij mij iets mis');
    expect(apology.body.response_type).toBe('ephemeral');
  });

  it('counts one vote per person per reply: pressing the other button changes it, pressing again does not count twice', async () => {
    let presses = 0;
    const press = async (rating: 'up' | 'down') => {
      const path = `/response/vote-${++presses}`;
      await postToSlackEndpoint(
        running.server.url,
        `payload=${encodeURIComponent(
          JSON.stringify({
            type: 'block_actions',
            user: { id: 'U77', team_id: 'T1' },
            team: { id: 'T1' },
            response_url: running.slack.responseUrl(`vote-${presses}`),
            actions: [
              {
                type: 'button',
                action_id: `feedback_${rating}`,
                block_id: 'reply_actions',
                text: { type: 'plain_text', text: rating === 'up' ? '👍 Helpful' : '👎 Not helpful' },
                value: 'en:reply-777',
              },
            ],
          }),
        )}`,
        FORM,
      );
      return (await running.slack.waitFor('response', (c) => c.path === path)).body.text as string;
    };
    const votes = async () =>
      (await running.server.state.listFeedback())
        .filter((entry) => entry.replyId === 'reply-777')
        .map((entry) => entry.rating);
    // The notes are in the reply's language, carried by the button.
    expect(await press('up')).toContain('Your vote was counted: 👍 Helpful');
    expect(await votes()).toEqual(['up']);
    expect(await press('down')).toContain('Your vote was changed to: 👎 Not helpful');
    expect(await votes()).toEqual(['down']);
    expect(await press('down')).toContain('already counted');
    expect(await votes()).toEqual(['down']);
  });

  it('answers a thread reply that is also sent to the channel, and a DM with a file', async () => {
    await postToSlackEndpoint(
      running.server.url,
      eventCallback({
        type: 'message',
        subtype: 'file_share',
        channel: 'D55',
        channel_type: 'im',
        user: 'U55',
        text: 'Mag ik deze foto van mijn werk posten?',
        ts: '55.1',
      }),
      JSON_TYPE,
    );
    await running.slack.waitFor('chat.postMessage', (c) => c.body.channel === 'D55');
    // A thread reply with a mention in the <@id|name> form is answered once, as the mention.
    await postToSlackEndpoint(
      running.server.url,
      eventCallback({
        type: 'message',
        channel: 'C56',
        channel_type: 'channel',
        user: 'U56',
        text: '<@UBOT|uitingswijzer> hallo',
        ts: '56.2',
        thread_ts: '56.1',
      }),
      JSON_TYPE,
    );
    await postToSlackEndpoint(
      running.server.url,
      eventCallback({
        type: 'message',
        channel: 'D57',
        channel_type: 'im',
        user: 'U57',
        text: 'hallo',
        ts: '57.1',
      }),
      JSON_TYPE,
    );
    await running.slack.waitFor('chat.postMessage', (c) => c.body.channel === 'D57');
    expect(running.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C56')).toHaveLength(0);
  });
});
