// Slack's 3-second rule under load: the bot's real server (`npm start`, in its own process, as in
// production) with the Slack channel, signed slash commands fired 50 at a time from this process,
// which also plays Slack's Web API and response_url. Measures the time to the HTTP acknowledgement
// (what Slack waits for) and to the private answer arriving at response_url.
import {
  FORM,
  postToSlackEndpoint,
  SIGNING_SECRET,
  slashCommand,
  startSlackStandIn,
} from '../test/support/slack-stand-in.ts';
import { BENCH_QUESTIONS, benchDraft } from './bench-questions.ts';
import { percentile } from './percentile.ts';
import { startServerProcess } from './server-process.ts';

const IN_FLIGHT = 50;

/** The upper bound of the histogram bucket that holds the given quantile of a route's request times. */
function serverQuantile(metrics: string, route: string, quantile: number): number {
  const buckets = [
    ...metrics.matchAll(
      /uitingswijzer_http_request_duration_seconds_bucket\{le="([^"]+)",route="([^"]+)"\} (\d+)/g,
    ),
  ]
    .filter((match) => match[2] === route)
    .map((match) => ({
      le: match[1] === '+Inf' ? Number.POSITIVE_INFINITY : Number(match[1]),
      count: Number(match[3]),
    }));
  const total = buckets.at(-1)?.count ?? 0;
  return buckets.find((bucket) => bucket.count >= quantile * total)?.le ?? Number.NaN;
}

export async function benchSlackAcks(rounds: number): Promise<void> {
  const slack = await startSlackStandIn();
  const server = await startServerProcess({
    KNOWLEDGE_WATCH: 'false',
    DATABASE_URL: 'memory:',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
  });
  const draft = benchDraft(1500);
  const acks: number[] = [];
  const answers: number[] = [];
  let failures = 0;
  let serverSide = Number.NaN;
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
    serverSide = serverQuantile(await (await fetch(`${server.url}/metrics`)).text(), '/slack/events', 0.99);
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
  console.log(
    `  server-side time to ack, p99 (histogram bucket)   <= ${(serverSide * 1000).toFixed(0)} ms (includes the warm-up round)`,
  );
  console.log(`  non-200 acknowledgements: ${failures}; Slack's limit is 3,000 ms`);
}
