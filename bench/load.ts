// Load on loopback with autocannon against `npm start` in its own process: /api/ask with the embedded
// engine, signed Slack slash commands, and two instances sharing PostgreSQL. Reports throughput, latency,
// errors and the server's memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  FORM,
  SIGNING_SECRET,
  slackHeaders,
  slashCommand,
  startSlackStandIn,
} from '../test/support/slack-stand-in.ts';
import { BENCH_QUESTIONS } from './bench-questions.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

const DURATION = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 32);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function askRequests() {
  return BENCH_QUESTIONS.map((text, index) => ({
    method: 'POST' as const,
    path: '/api/ask',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, userId: `load-${index}` }),
  }));
}

async function run(url: string, requests: autocannon.Request[], title: string) {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests, title });
}

function report(label: string, results: autocannon.Result[], rss: number[]) {
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
  const seconds = Math.max(...results.map((result) => result.duration));
  const errors = results.reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx, 0);
  const p99 = Math.max(...results.map((result) => result.latency.p99));
  const median = Math.max(...results.map((result) => result.latency.p50));
  console.log(
    `  ${label.padEnd(40)} ${(requests / seconds).toFixed(0).padStart(5)} req/s  median ${median} ms  p99 ${p99} ms  errors ${errors}  rss ${rss.map(mb).join(' + ')}`,
  );
}

async function sampleRss(servers: ServerProcess[], during: Promise<unknown>): Promise<number[]> {
  const peaks = servers.map(() => 0);
  let done = false;
  void during.finally(() => {
    done = true;
  });
  while (!done) {
    const values = await Promise.all(servers.map((server) => server.rss().catch(() => 0)));
    values.forEach((value, index) => {
      peaks[index] = Math.max(peaks[index] ?? 0, value);
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return peaks;
}

export async function benchLoad(): Promise<void> {
  console.log(
    `\nload (autocannon, ${CONNECTIONS} connections, ${DURATION} s each, server in its own process with --max-old-space-size=192 as in the Dockerfile)`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'uw-load-'));
  const slack = await startSlackStandIn();
  const common = {
    KNOWLEDGE_WATCH: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0',
    SLACK_BOT_TOKEN: 'xoxb-load',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
  };
  // The same heap setting as the production image (Dockerfile: NODE_OPTIONS).
  const nodeOptions = ['--max-old-space-size=192'];
  const single = await startServerProcess(
    { ...common, DATABASE_URL: `sqlite:${join(dir, 'state.sqlite')}` },
    nodeOptions,
  );
  try {
    const asked = run(single.url, askRequests(), 'ask');
    report('/api/ask, embedded engine, SQLite', [await asked], await sampleRss([single], asked));

    // Signed slash commands, half questions and half drafts; signatures are valid for five minutes.
    const commands = BENCH_QUESTIONS.map((text, index) => {
      const body = slashCommand(
        index % 2 ? '/uitingstoets' : '/uitingswijzer',
        text,
        slack.responseUrl(`load-${index}`),
        `U${index}`,
      );
      return { method: 'POST' as const, path: '/slack/events', headers: slackHeaders(body, FORM), body };
    });
    const before = slack.callsTo('response').length;
    const signed = run(single.url, commands, 'slack');
    report('signed Slack commands (ack)', [await signed], await sampleRss([single], signed));
    // Let the queued answers finish, then count how many commands got their answer.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const answered = slack
      .callsTo('response')
      .slice(before)
      .filter((call) => call.body.blocks).length;
    console.log(
      `  ${''.padEnd(40)} answered through response_url: ${answered} of ${(await signed).requests.total} (the rest got "busy" in the ack)`,
    );
  } finally {
    await single.close();
  }

  const postgres = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!postgres) {
    console.log('  two instances sharing PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  } else {
    const first = await startServerProcess({ ...common, DATABASE_URL: postgres }, nodeOptions);
    const second = await startServerProcess({ ...common, DATABASE_URL: postgres }, nodeOptions);
    try {
      const both = Promise.all([run(first.url, askRequests(), 'a'), run(second.url, askRequests(), 'b')]);
      report('/api/ask, two instances, PostgreSQL', await both, await sampleRss([first, second], both));
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  }
  await slack.close();
  await rm(dir, { recursive: true, force: true });
}
