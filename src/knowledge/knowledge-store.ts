// Holds the knowledge base the bot serves. Readers take the current version in one step, so a request
// never sees a half-loaded knowledge base.
import type { Logger } from '../logging/create-logger.ts';
import { buildKnowledgeBase, type KnowledgeBase } from './build-knowledge-base.ts';
import { readKnowledgeDir } from './read-knowledge-dir.ts';

export interface KnowledgeStore {
  current(): KnowledgeBase;
  readonly dir: string;
}

export async function loadKnowledgeStore(dir: string, logger: Logger): Promise<KnowledgeStore> {
  const started = performance.now();
  const knowledge = buildKnowledgeBase(await readKnowledgeDir(dir));
  for (const problem of knowledge.problems) {
    logger[problem.severity === 'error' ? 'error' : 'warn'](
      { file: problem.file, line: problem.line },
      `knowledge: ${problem.file}:${problem.line}: ${problem.message}`,
    );
  }
  logger.info(
    {
      version: knowledge.version,
      files: knowledge.documents.length,
      passages: knowledge.passages.length,
      problems: knowledge.problems.length,
      ms: Math.round(performance.now() - started),
    },
    'knowledge loaded',
  );
  return { current: () => knowledge, dir };
}

/** A store around a knowledge base built in memory (tests, benchmarks). */
export function staticKnowledgeStore(knowledge: KnowledgeBase, dir = '(memory)'): KnowledgeStore {
  return { current: () => knowledge, dir };
}
