// Stopping under load: `npm start` in its own process, 32 keep-alive clients (node:http, which honours
// `Connection: close`) posting /api/ask, and SIGTERM in the middle. Counts the answers, the requests cut on an
// open connection (resets), the connections refused once the server stopped accepting (expected: a load
// balancer has taken the instance out by then), the exit code and the time from SIGTERM to exit. Run once with
// the embedded engine and once with a model that hangs until its time budget (LLM_TIMEOUT_MS=15000: the calls
// begun with the load end 12 s after SIGTERM, past the 10 s the server used to allow).
import { Agent, request } from 'node:http';
import { startOpenAIStandIn } from '../test/support/openai-stand-in.ts';
import { BENCH_QUESTIONS } from './bench-questions.ts';
import { startServerProcess } from './server-process.ts';

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 32);
const LOAD_BEFORE_STOP_MS = 3000;

interface Tally {
  answered: number;
  /** Answers other than 2xx. */
  failed: number;
  /** Requests cut on an open connection: reset, broken pipe, socket hang up. */
  resets: number;
  /** New connections refused after the server stopped accepting. */
  refused: number;
  /** Any other client error, by code. */
  other: Map<string, number>;
}

function post(agent: Agent, url: URL, body: string): Promise<number | NodeJS.ErrnoException> {
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', (error: NodeJS.ErrnoException) => resolve(error));
      },
    );
    outgoing.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    outgoing.end(body);
  });
}

async function client(agent: Agent, url: URL, index: number, tally: Tally): Promise<void> {
  for (let round = 0; ; round++) {
    const text = BENCH_QUESTIONS[(index + round) % BENCH_QUESTIONS.length] as string;
    const outcome = await post(agent, url, JSON.stringify({ text, userId: `stop-${index}` }));
    if (typeof outcome === 'number') {
      if (outcome >= 200 && outcome < 300) tally.answered++;
      else tally.failed++;
      continue;
    }
    if (outcome.code === 'ECONNREFUSED') {
      tally.refused++;
      return;
    }
    if (outcome.code === 'ECONNRESET' || outcome.code === 'EPIPE') tally.resets++;
    else {
      const code = outcome.code ?? outcome.message;
      tally.other.set(code, (tally.other.get(code) ?? 0) + 1);
    }
  }
}

async function stopUnderLoad(label: string, env: Record<string, string>): Promise<void> {
  const server = await startServerProcess(
    {
      ...env,
      KNOWLEDGE_WATCH: 'false',
      DATABASE_URL: 'memory:',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0',
      LOG_LEVEL: 'error',
    },
    ['--max-old-space-size=192'],
  );
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const tally: Tally = { answered: 0, failed: 0, resets: 0, refused: 0, other: new Map() };
  const url = new URL('/api/ask', server.url);
  const clients = Array.from({ length: CONNECTIONS }, (_unused, index) => client(agent, url, index, tally));
  await new Promise((resolve) => setTimeout(resolve, LOAD_BEFORE_STOP_MS));
  const answeredBefore = tally.answered;
  const stopped = performance.now();
  server.child.kill('SIGTERM');
  const code = await exited;
  const exitMs = performance.now() - stopped;
  await Promise.all(clients);
  agent.destroy();
  const other = [...tally.other].map(([name, count]) => `${name} ${count}`).join(', ');
  console.log(`  ${label}`);
  console.log(
    `    ${tally.answered} answered (${tally.answered - answeredBefore} after SIGTERM), failed ${tally.failed}, connection resets ${tally.resets}${other ? `, other errors: ${other}` : ''}; refused after the stop ${tally.refused}; exit code ${code} after ${(exitMs / 1000).toFixed(1)} s`,
  );
}

export async function benchShutdownUnderLoad(): Promise<void> {
  console.log(
    `\nshutdown under load (npm start, ${CONNECTIONS} keep-alive clients on /api/ask, SIGTERM after ${LOAD_BEFORE_STOP_MS / 1000} s)`,
  );
  await stopUnderLoad('embedded engine', {});
  const model = await startOpenAIStandIn();
  model.respond(() => ({ kind: 'hang' }));
  try {
    await stopUnderLoad(
      'model that hangs until LLM_TIMEOUT_MS=15000 (8 calls at once, the rest by the rules)',
      {
        OPENAI_BASE_URL: model.baseUrl,
        LLM_TIMEOUT_MS: '15000',
        LLM_MAX_RETRIES: '0',
      },
    );
  } finally {
    await model.close();
  }
}
