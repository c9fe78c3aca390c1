// HR's edits under load: `npm start` in its own process watching a copy of the knowledge folder, 32
// connections of /api/ask (autocannon) the whole time, and edits saved meanwhile. Reports per edit the time
// from the save to the first answer from the new version (or to /status naming the broken file), the
// reloads a burst of saves caused, and the failed requests and connection resets of the whole run.
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BUNDLED_KNOWLEDGE_DIR } from '../src/config/default-knowledge-dir.ts';
import { buildKnowledgeBase, type KnowledgeSourceFile } from '../src/knowledge/build-knowledge-base.ts';
import { readKnowledgeDir } from '../src/knowledge/read-knowledge-dir.ts';
import { BENCH_QUESTIONS } from './bench-questions.ts';
import { startServerProcess } from './server-process.ts';

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 32);
/** An edit not served by then is reported as not served. */
const GIVE_UP_MS = 60_000;
const FAQ = 'faq/a/faq-bericht-verkeerd-gevallen-wat-nu.md';
const SIGNAL = 'signals/demonstratie.md';
const BROKEN = 'faq/bench-kapot.md';

/** Socket errors that mean a request was cut on an open connection. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/** A change to one file, as HR saves it. */
interface Edit {
  path: string;
  change(content: string): string;
}
const faqEdit = (mark: string): Edit => ({
  path: FAQ,
  change: (content) => `${content}\nBench-bewerking ${mark}.\n`,
});
const signalEdit = (mark: string): Edit => ({
  path: SIGNAL,
  change: (content) => content.replace('  - "rally"\n', `  - "rally"\n  - "benchmars${mark}"\n`),
});
const apply = (files: Map<string, string>, edit: Edit) =>
  files.set(edit.path, edit.change(files.get(edit.path) ?? ''));

/** The version the server must report once it serves these files (learning does not change it). */
function versionOf(files: Map<string, string>): string {
  const sources: KnowledgeSourceFile[] = [...files].map(([path, content]) => ({ path, content }));
  return buildKnowledgeBase(sources, { learn: false }).version;
}

async function until(check: () => Promise<boolean>): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < GIVE_UP_MS) {
    try {
      if (await check()) return performance.now() - started;
    } catch {
      // A slow or failed poll is retried; the load's own failures are counted by autocannon.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return undefined;
}

const seconds = (ms: number | undefined) =>
  ms === undefined ? `not within ${GIVE_UP_MS / 1000} s` : `${(ms / 1000).toFixed(2)} s`;

export async function benchReloadUnderLoad(): Promise<void> {
  console.log(
    `\nknowledge reload under load (npm start watching a copy of the knowledge folder; autocannon, ${CONNECTIONS} connections on /api/ask)`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'uw-reload-bench-'));
  await cp(BUNDLED_KNOWLEDGE_DIR, dir, { recursive: true });
  const files = new Map((await readKnowledgeDir(dir)).map((file) => [file.path, file.content]));
  // The versions each step must lead to, computed before the load starts.
  const steps: { label: string; edit: Edit; version: string }[] = [];
  for (const [label, edit] of [
    ['FAQ wording, first edit (worker warm)', faqEdit('1')],
    ['FAQ wording again (trained models reused)', faqEdit('2')],
    ['signal pattern (second opinion retrained)', signalEdit('1')],
  ] as const) {
    apply(files, edit);
    steps.push({ label, edit, version: versionOf(files) });
  }
  const burst: Edit[] = [1, 2, 3, 4, 5].map((mark) => signalEdit(`burst${mark}`));
  for (const edit of burst) apply(files, edit);
  const burstVersion = versionOf(files);

  const server = await startServerProcess(
    {
      KNOWLEDGE_DIR: dir,
      KNOWLEDGE_WATCH: 'true',
      DATABASE_URL: 'memory:',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0',
      LOG_LEVEL: 'error',
    },
    ['--max-old-space-size=192'],
  );
  const served = async (version: string) =>
    ((await (await fetch(`${server.url}/healthz`)).json()) as { knowledgeVersion: string })
      .knowledgeVersion === version;
  const training = async () =>
    ((await (await fetch(`${server.url}/status`)).json()) as { knowledge: { training: boolean } }).knowledge
      .training;
  const lastReload = async () =>
    (
      (await (await fetch(`${server.url}/status`)).json()) as {
        knowledge: { lastReload?: { ok: boolean; problems: { file: string }[] } };
      }
    ).knowledge.lastReload;
  const reloads = async () => {
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    return [...metrics.matchAll(/uitingswijzer_knowledge_reloads_total\{[^}]*\} (\d+)/g)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
  };
  const save = async (edit: Edit) =>
    writeFile(join(dir, edit.path), edit.change(await readFile(join(dir, edit.path), 'utf8')));

  let resets = 0;
  const otherErrors = new Map<string, number>();
  let finish: (result: autocannon.Result) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve) => {
    finish = resolve;
  });
  const load = autocannon(
    {
      url: server.url,
      connections: CONNECTIONS,
      duration: 3600,
      requests: BENCH_QUESTIONS.map((text, index) => ({
        method: 'POST' as const,
        path: '/api/ask',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, userId: `reload-${index}` }),
      })),
    },
    (_error, result) => finish(result),
  );
  load.on('reqError', (error: NodeJS.ErrnoException) => {
    const code = error.code ?? error.message;
    if (RESET_CODES.has(code)) resets++;
    else otherErrors.set(code, (otherErrors.get(code) ?? 0) + 1);
  });
  const lines: string[] = [];
  try {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (const step of steps) {
      const saved = performance.now();
      await save(step.edit);
      lines.push(`${step.label.padEnd(46)} served after ${seconds(await until(() => served(step.version)))}`);
      if (!(await training())) continue;
      // The rules serve at once; the second opinion trained on them follows from the worker.
      await until(async () => !(await training()));
      lines.push(`${'  its second opinion trained'.padEnd(46)} after ${seconds(performance.now() - saved)}`);
    }

    await writeFile(join(dir, BROKEN), '---\nid: bench-kapot\nkind: faq\n---\n');
    const reported = await until(async () => {
      const reload = await lastReload();
      return reload?.ok === false && reload.problems.some((problem) => problem.file === BROKEN);
    });
    lines.push(`${'broken file'.padEnd(46)} on /status after ${seconds(reported)}`);
    await unlink(join(dir, BROKEN));
    lines.push(
      `${'broken file put right'.padEnd(46)} on /status after ${seconds(await until(async () => (await lastReload())?.ok === true))}`,
    );

    const before = await reloads();
    for (const [index, edit] of burst.entries()) {
      if (index > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
      await save(edit);
    }
    const burstServed = await until(() => served(burstVersion));
    // Reloads still queued behind the last one would show up within a few seconds.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    lines.push(
      `${'5 saves 1 s apart'.padEnd(46)} last one served after ${seconds(burstServed)}; ${(await reloads()) - before} reloads`,
    );
  } finally {
    load.stop();
  }
  const result = await finished;
  const rss = await server.rss().catch(() => 0);
  await server.close();
  await rm(dir, { recursive: true, force: true });
  for (const line of lines) console.log(`  ${line}`);
  const failed = result.errors + result.timeouts + result.non2xx;
  const other = [...otherErrors].map(([code, count]) => `${code} ${count}`).join(', ');
  console.log(
    `  whole run: ${result.requests.total} requests, ${(result.requests.total / result.duration).toFixed(0)} req/s, median ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; failed ${failed}, connection resets ${resets}${other ? ` (other errors: ${other})` : ''}; rss ${(rss / 1024 / 1024).toFixed(0)} MB`,
  );
}
