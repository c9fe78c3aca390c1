// `npm run bench`: knowledge load time and memory, and bot.handle latency for questions and drafts,
// on the real knowledge base and on generated ones of 1,000 and 10,000 files; before that, against `npm start`
// in its own process: Slack acks, load, a knowledge reload under load and a shutdown under load.
// Last, 50 organisation overlays of 20 files each (organisations.ts).
// BENCH_SLACK, BENCH_LOAD, BENCH_RELOAD, BENCH_SHUTDOWN, BENCH_IN_PROCESS, BENCH_ORGANISATIONS=false skip a part.

import { rm } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { BUNDLED_KNOWLEDGE_DIR } from '../src/config/default-knowledge-dir.ts';
import { createBot } from '../src/core/create-bot.ts';
import { buildKnowledgeBase, buildKnowledgeBaseInSteps } from '../src/knowledge/build-knowledge-base.ts';
import { staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { readKnowledgeDir } from '../src/knowledge/read-knowledge-dir.ts';
import { BENCH_QUESTIONS, benchDraft } from './bench-questions.ts';
import { generateKnowledgeFiles, writeKnowledgeDir } from './generate-knowledge.ts';
import { benchLoad } from './load.ts';
import { benchOrganisations } from './organisations.ts';
import { percentile } from './percentile.ts';
import { benchReloadUnderLoad } from './reload-under-load.ts';
import { benchShutdownUnderLoad } from './shutdown-under-load.ts';
import { benchSlackAcks } from './slack-acks.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const sizes = (process.env.BENCH_SIZES ?? '0,1000,10000').split(',').map(Number);

async function measure(label: string, run: () => Promise<unknown>, count: number) {
  for (let index = 0; index < 20; index++) await run(); // warm-up
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const result = {
    label,
    n: count,
    median: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1) ?? 0,
  };
  console.log(
    `  ${label.padEnd(34)} n=${String(count).padStart(5)}  median ${result.median.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  max ${result.max.toFixed(2)} ms`,
  );
  return result;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const realFiles = await readKnowledgeDir(BUNDLED_KNOWLEDGE_DIR);
  console.log(`Uitingswijzer benchmark (Node ${process.version}, ${ROUNDS} rounds per question)`);
  for (const size of sizes) {
    const files = size === 0 ? realFiles : generateKnowledgeFiles(realFiles, size);
    const dir = size === 0 ? BUNDLED_KNOWLEDGE_DIR : await writeKnowledgeDir(files);
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const knowledge = buildKnowledgeBase(await readKnowledgeDir(dir));
    const loadMs = performance.now() - started;
    globalThis.gc?.();
    const memory = process.memoryUsage();
    console.log(
      `\nknowledge: ${size === 0 ? 'real' : `real + ${size} generated`} — ${knowledge.documents.length} files, ${knowledge.passages.length} passages`,
    );
    console.log(
      `  load (read + validate + index)     ${loadMs.toFixed(0)} ms; heap +${mb(memory.heapUsed - heapBefore)}, rss ${mb(memory.rss)}`,
    );
    if (knowledge.problems.length > 0) console.log(`  problems: ${knowledge.problems.length}`);
    // A reload as the server does it: in steps, so requests keep being answered. Measure the longest pause.
    const sourceFiles = await readKnowledgeDir(dir);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const reloadStarted = performance.now();
    await buildKnowledgeBaseInSteps(sourceFiles);
    const reloadMs = performance.now() - reloadStarted;
    delay.disable();
    console.log(
      `  reload in steps                    ${reloadMs.toFixed(0)} ms; longest event-loop block ${(delay.max / 1e6).toFixed(0)} ms`,
    );
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge) });
    let next = 0;
    await measure(
      'bot.handle (question)',
      () =>
        bot.handle({
          channel: 'test',
          text: BENCH_QUESTIONS[next++ % BENCH_QUESTIONS.length] as string,
          conversationId: `bench-${next}`,
          profile: { sector: 'rijk', portfolio: ['stikstof'] },
        }),
      BENCH_QUESTIONS.length * ROUNDS,
    );
    const draft = benchDraft(2000);
    await measure(
      'bot.handle (2,000-char draft)',
      () => bot.handle({ channel: 'test', command: 'check', text: draft, profile: { sector: 'gemeente' } }),
      200,
    );
    await measure(
      'search only (top 8 passages)',
      async () => knowledge.index.search(BENCH_QUESTIONS[next++ % 20] as string),
      500,
    );
    if (dir !== BUNDLED_KNOWLEDGE_DIR) await rm(dir, { recursive: true, force: true });
  }
}

// The servers under load run in their own processes; this process is the client. It runs them first, while
// its own heap is small, so its garbage collection does not show up as server latency.
if (process.env.BENCH_SLACK !== 'false') await benchSlackAcks(Number(process.env.BENCH_SLACK_ROUNDS ?? 20));
if (process.env.BENCH_LOAD !== 'false') await benchLoad();
if (process.env.BENCH_RELOAD !== 'false') await benchReloadUnderLoad();
if (process.env.BENCH_SHUTDOWN !== 'false') await benchShutdownUnderLoad();
if (process.env.BENCH_IN_PROCESS !== 'false') await main();
if (process.env.BENCH_ORGANISATIONS !== 'false')
  await benchOrganisations(await readKnowledgeDir(BUNDLED_KNOWLEDGE_DIR), 50, 20, ROUNDS);
