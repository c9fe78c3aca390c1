// The organisation overlays under benchmark: the real knowledge plus `count` generated organisations of
// `filesEach` files (generate-knowledge.ts). Load time and memory of the overlays, then bot.handle latency for
// questions and drafts from users spread over every organisation (and some with none).
import { createBot } from '../src/core/create-bot.ts';
import type { KnowledgeSourceFile } from '../src/knowledge/build-knowledge-base.ts';
import { buildKnowledgeBase } from '../src/knowledge/build-knowledge-base.ts';
import { staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { parseOrganisationOverlays } from '../src/knowledge/parse-organisation-overlay.ts';
import { BENCH_QUESTIONS, benchDraft } from './bench-questions.ts';
import { generateOrganisationFiles } from './generate-knowledge.ts';
import { percentile } from './percentile.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function measure(label: string, run: (index: number) => Promise<unknown>, count: number) {
  for (let index = 0; index < 50; index++) await run(index); // warm-up
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await run(index);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(40)} n=${String(count).padStart(5)}  median ${percentile(times, 50).toFixed(2)} ms  p99 ${percentile(times, 99).toFixed(2)} ms  max ${(times.at(-1) ?? 0).toFixed(2)} ms`,
  );
}

export async function benchOrganisations(
  realFiles: KnowledgeSourceFile[],
  count = 50,
  filesEach = 20,
  rounds = 25,
): Promise<void> {
  const overlayFiles = generateOrganisationFiles(count, filesEach);
  console.log(
    `\norganisations: real knowledge + ${count} overlays of ${filesEach} files (${overlayFiles.length} files)`,
  );
  const shared = buildKnowledgeBase(realFiles);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const overlays = parseOrganisationOverlays([...realFiles, ...overlayFiles], shared.documents, {
    now: new Date(),
    staleAfterDays: 365,
  });
  const parsedMs = performance.now() - started;
  const store = staticKnowledgeStore(shared, '(bench)', overlays);
  const loadMs = performance.now() - started;
  globalThis.gc?.();
  const memory = process.memoryUsage();
  const serving = store.organisationStatuses().filter((status) => status.serving).length;
  const problems = overlays
    .flatMap((overlay) => overlay.problems)
    .filter((problem) => problem.severity === 'error');
  console.log(
    `  overlays loaded                          ${serving} of ${overlays.length} serving; parse + check ${parsedMs.toFixed(0)} ms, with building ${loadMs.toFixed(0)} ms; heap +${mb(memory.heapUsed - heapBefore)}, rss ${mb(memory.rss)}`,
  );
  if (problems.length > 0)
    console.log(
      `  problems: ${problems.length} (first: ${problems[0]?.file}:${problems[0]?.line}: ${problems[0]?.message})`,
    );
  const bot = createBot({ knowledge: store, organisationFloor: process.env.BENCH_FLOOR !== 'false' });
  const user = (index: number) =>
    index % 10 === 9
      ? {}
      : index % 2 === 0
        ? { organisation: `org-${index % count}` }
        : { workspace: { slackTeam: `T0BENCH${index % count}` } };
  await measure(
    'bot.handle (question, 50 organisations)',
    (index) =>
      bot.handle({
        channel: 'test',
        text: BENCH_QUESTIONS[index % BENCH_QUESTIONS.length] as string,
        conversationId: `bench-org-${index}`,
        profile: { sector: 'gemeente', portfolio: ['wonen'] },
        ...user(index),
      }),
    BENCH_QUESTIONS.length * rounds,
  );
  const draft = benchDraft(2000);
  await measure(
    'bot.handle (2,000-char draft, organisations)',
    (index) =>
      bot.handle({
        channel: 'test',
        command: 'check',
        text: draft,
        profile: { sector: 'gemeente' },
        ...user(index),
      }),
    200,
  );
}
