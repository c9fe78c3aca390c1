// Slack's 3-second rule under load: the bot's real server (`npm start`, in its own process, as in
// production) with the Slack channel, signed slash commands fired 50 at a time from this process; the
// stand-in for Slack's Web API and response_url runs in a third process. Measures what Slack would see: from
// the moment a command is on the wire to the HTTP acknowledgement, and to the private answer at response_url.
//
// Each time starts when undici writes the request to its socket (its `undici:client:sendHeaders` diagnostics
// channel), not when the bench calls fetch(): the bench builds and signs all 50 requests in one synchronous
// loop before the first goes out, and that 7–38 ms of its own work used to be counted as the server's. For
// comparison the old measure, from the fetch() call, is printed too.
import diagnostics from 'node:diagnostics_channel';
import { availableParallelism, loadavg } from 'node:os';
import { FORM, postToSlackEndpoint, SIGNING_SECRET, slashCommand } from '../test/support/slack-stand-in.ts';
import { BENCH_QUESTIONS, benchDraft } from './bench-questions.ts';
import { percentile } from './percentile.ts';
import { startServerProcess } from './server-process.ts';
import { startSlackStandInProcess } from './slack-stand-in-process.ts';

const IN_FLIGHT = 50;
/** A header of the bench's own, so a request seen on undici's diagnostics channels can be told apart. */
const REQUEST_ID = 'x-bench-request';

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

/** The bench's id of an undici request: its headers are a flat [name, value, …] array (a string in older undici). */
function requestId(request: { headers?: unknown }): string | undefined {
  const headers = request.headers;
  if (Array.isArray(headers)) {
    const index = headers.findIndex((value, position) => position % 2 === 0 && String(value) === REQUEST_ID);
    return index >= 0 ? String(headers[index + 1]) : undefined;
  }
  if (typeof headers === 'string') return new RegExp(`^${REQUEST_ID}: *(.+?)\\r?$`, 'im').exec(headers)?.[1];
  return undefined;
}

/** When each request went on the wire and when its response headers came back, by the bench's id. */
function watchWire() {
  const sent = new Map<string, number>();
  const answered = new Map<string, number>();
  const now = () => performance.timeOrigin + performance.now();
  const onSend = (message: unknown) => {
    const id = requestId((message as { request: { headers?: unknown } }).request);
    if (id) sent.set(id, now());
  };
  const onHeaders = (message: unknown) => {
    const id = requestId((message as { request: { headers?: unknown } }).request);
    if (id) answered.set(id, now());
  };
  diagnostics.subscribe('undici:client:sendHeaders', onSend);
  diagnostics.subscribe('undici:request:headers', onHeaders);
  return {
    sent,
    answered,
    stop() {
      diagnostics.unsubscribe('undici:client:sendHeaders', onSend);
      diagnostics.unsubscribe('undici:request:headers', onHeaders);
    },
  };
}

export async function benchSlackAcks(rounds: number): Promise<void> {
  const loadBefore = loadavg();
  const slack = await startSlackStandInProcess();
  const server = await startServerProcess({
    KNOWLEDGE_WATCH: 'false',
    DATABASE_URL: 'memory:',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
  });
  const wire = watchWire();
  const draft = benchDraft(1500);
  const acks: number[] = [];
  const acksFromFetch: number[] = [];
  const answers: number[] = [];
  let failures = 0;
  let serverSide = Number.NaN;
  const now = () => performance.timeOrigin + performance.now();
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
        const called = now();
        const response = await postToSlackEndpoint(server.url, body, FORM, { [REQUEST_ID]: id });
        await response.text();
        if (response.status !== 200) failures++;
        const arrival = await slack.answerArrival(id, 10_000);
        const onWire = wire.sent.get(id);
        const acked = wire.answered.get(id);
        if (onWire === undefined || acked === undefined)
          throw new Error(`request ${id} not seen on the wire`);
        // Round 0 warms up the JIT and is not counted.
        if (round > 0) {
          acks.push(acked - onWire);
          acksFromFetch.push(acked - called);
          answers.push(arrival - onWire);
        }
      });
      await Promise.all(batch);
    }
    serverSide = serverQuantile(await (await fetch(`${server.url}/metrics`)).text(), '/slack/events', 0.99);
  } finally {
    wire.stop();
    await server.close();
    await slack.close();
  }
  const loadAfter = loadavg();

  for (const values of [acks, acksFromFetch, answers]) values.sort((a, b) => a - b);
  const line = (label: string, values: number[]) =>
    console.log(
      `  ${label.padEnd(48)} n=${String(values.length).padStart(5)}  median ${percentile(values, 50).toFixed(1)} ms  p99 ${percentile(values, 99).toFixed(1)} ms  max ${(values.at(-1) ?? 0).toFixed(1)} ms`,
    );
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  console.log(
    `\nslack: ${IN_FLIGHT} slash commands in flight (half questions, half 1,500-char drafts), ${rounds} rounds`,
  );
  console.log(
    `  load average ${load(loadBefore)} before, ${load(loadAfter)} after (${availableParallelism()} cores)`,
  );
  line('ack: on the wire → HTTP response (what Slack sees)', acks);
  line('ack from the bench’s fetch() call (old measure)', acksFromFetch);
  line('private answer: on the wire → at response_url', answers);
  console.log(
    `  server-side time to ack, p99 (histogram bucket)   <= ${(serverSide * 1000).toFixed(0)} ms (from the request event; includes the warm-up round)`,
  );
  console.log(`  non-200 acknowledgements: ${failures}; Slack's limit is 3,000 ms`);
}
