// Slack's 3-second rule under load: the bot's real server (`npm start`, in its own process, as in
// production) with the Slack channel, signed slash commands fired 50 at a time from this process,
// which also plays Slack's Web API and response_url. Measures the time to the HTTP acknowledgement
// (what Slack waits for) and to the private answer arriving at response_url.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  FORM,
  postToSlackEndpoint,
  SIGNING_SECRET,
  slashCommand,
  startSlackStandIn,
} from '../test/support/slack-stand-in.ts';
import { BENCH_QUESTIONS, benchDraft } from './bench-questions.ts';

const IN_FLIGHT = 50;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** `node bin/server.mjs` with the given settings; resolves once /healthz answers. */
async function startServerProcess(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []),
      fileURLToPath(new URL('../bin/server.mjs', import.meta.url)),
    ],
    {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function benchSlackAcks(rounds: number): Promise<void> {
  const slack = await startSlackStandIn();
  const server = await startServerProcess({
    KNOWLEDGE_WATCH: 'false',
    LOG_LEVEL: 'warn',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
  });
  const draft = benchDraft(1500);
  const acks: number[] = [];
  const answers: number[] = [];
  let failures = 0;
  try {
    for (let round = 0; round < rounds + 1; round++) {
      const batch = Array.from({ length: IN_FLIGHT }, async (_unused, index) => {
        const id = `r${round}-${index}`;
        const check = index % 2 === 1;
        const body = slashCommand(
          check ? '/uitingstoets' : '/uitingswijzer',
          check ? draft : (BENCH_QUESTIONS[index % BENCH_QUESTIONS.length] as string),
          slack.responseUrl(id),
          `U${index}`,
        );
        const started = performance.now();
        const response = await postToSlackEndpoint(server.url, body, FORM);
        await response.text();
        const acked = performance.now() - started;
        if (response.status !== 200) failures++;
        await slack.waitFor(
          'response',
          (call) => call.path === `/response/${id}` && call.body.blocks !== undefined,
          10_000,
        );
        // Round 0 warms up the JIT and is not counted.
        if (round > 0) {
          acks.push(acked);
          answers.push(performance.now() - started);
        }
      });
      await Promise.all(batch);
    }
  } finally {
    await server.close();
    await slack.close();
  }

  acks.sort((a, b) => a - b);
  answers.sort((a, b) => a - b);
  const line = (label: string, values: number[]) =>
    console.log(
      `  ${label.padEnd(34)} n=${String(values.length).padStart(5)}  median ${percentile(values, 50).toFixed(1)} ms  p99 ${percentile(values, 99).toFixed(1)} ms  max ${(values.at(-1) ?? 0).toFixed(1)} ms`,
    );
  console.log(
    `\nslack: ${IN_FLIGHT} slash commands in flight (half questions, half 1,500-char drafts), ${rounds} rounds`,
  );
  line('ack (HTTP response to Slack)', acks);
  line('private answer at response_url', answers);
  console.log(`  non-200 acknowledgements: ${failures}; Slack's limit is 3,000 ms`);
}
