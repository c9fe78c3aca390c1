// Holds the knowledge base the bot serves and reloads it when HR changes the folder. Readers take the
// current version in one step, so a request never sees a half-loaded knowledge base; a new version
// with errors is refused and the last good one stays in service.
import type { Logger } from '../logging/create-logger.ts';
import { type BuildOptions, buildKnowledgeBaseInSteps, type KnowledgeBase } from './build-knowledge-base.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';
import { readKnowledgeDir } from './read-knowledge-dir.ts';

export interface ReloadAttempt {
  at: string;
  /** True when the new version was taken into service (or nothing had changed). */
  ok: boolean;
  /** Version of the files read in this attempt. */
  version: string;
  /** Errors that made the attempt fail, and warnings. */
  problems: KnowledgeProblem[];
}

export interface KnowledgeStatus {
  dir: string;
  version: string;
  loadedAt: string;
  files: number;
  passages: number;
  /** Problems of the version in service (warnings, and broken files left out at the first load). */
  problems: KnowledgeProblem[];
  /** The most recent reload, when there was one. */
  lastReload: ReloadAttempt | undefined;
}

export type ReloadListener = (attempt: ReloadAttempt, status: KnowledgeStatus) => void;

export interface KnowledgeStore {
  current(): KnowledgeBase;
  status(): KnowledgeStatus;
  /** Reads the folder again; takes the new version only when it has no errors. */
  reload(): Promise<ReloadAttempt>;
  onReload(listener: ReloadListener): void;
  readonly dir: string;
}

export interface KnowledgeStoreOptions extends Omit<BuildOptions, 'now'> {
  now?: () => Date;
}

function logProblems(logger: Logger, problems: KnowledgeProblem[]): void {
  for (const problem of problems) {
    logger[problem.severity === 'error' ? 'error' : 'warn'](
      { file: problem.file, line: problem.line },
      `knowledge: ${problem.file}:${problem.line}: ${problem.message}`,
    );
  }
}

export async function loadKnowledgeStore(
  dir: string,
  logger: Logger,
  options: KnowledgeStoreOptions = {},
): Promise<KnowledgeStore> {
  const now = options.now ?? (() => new Date());
  const build = async () =>
    buildKnowledgeBaseInSteps(await readKnowledgeDir(dir), {
      now: now(),
      staleAfterDays: options.staleAfterDays,
    });
  const started = performance.now();
  // The first load serves every valid file, even when some are broken: there is no last good version yet.
  let knowledge = await build();
  let loadedAt = now().toISOString();
  let lastReload: ReloadAttempt | undefined;
  const listeners: ReloadListener[] = [];
  logProblems(logger, knowledge.problems);
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

  const status = (): KnowledgeStatus => ({
    dir,
    version: knowledge.version,
    loadedAt,
    files: knowledge.documents.length,
    passages: knowledge.passages.length,
    problems: knowledge.problems,
    lastReload,
  });

  // Reloads run one at a time, in order.
  let queue: Promise<unknown> = Promise.resolve();
  const reloadOnce = async (): Promise<ReloadAttempt> => {
    let candidate: KnowledgeBase;
    try {
      candidate = await build();
    } catch (error) {
      logger.error(
        { err: error },
        'knowledge reload failed: the folder could not be read; keeping the current version',
      );
      const attempt: ReloadAttempt = {
        at: now().toISOString(),
        ok: false,
        version: knowledge.version,
        problems: [
          {
            file: '.',
            line: 1,
            severity: 'error',
            message: `cannot read the knowledge folder: ${String(error)}`,
          },
        ],
      };
      lastReload = attempt;
      return attempt;
    }
    const errors = candidate.problems.filter((problem) => problem.severity === 'error');
    const attempt: ReloadAttempt = {
      at: now().toISOString(),
      ok: errors.length === 0,
      version: candidate.version,
      problems: candidate.problems,
    };
    lastReload = attempt;
    // Unchanged content (for example a broken file that was reverted): nothing to swap or announce.
    if (candidate.version === knowledge.version && attempt.ok) return attempt;
    if (attempt.ok) {
      const previous = knowledge.version;
      knowledge = candidate;
      loadedAt = attempt.at;
      logProblems(logger, candidate.problems);
      logger.info(
        { version: candidate.version, previous, files: candidate.documents.length },
        'knowledge reloaded: new version in service',
      );
    } else {
      logProblems(logger, candidate.problems);
      logger.error(
        { rejected: candidate.version, serving: knowledge.version, errors: errors.length },
        `knowledge reload refused: ${errors.length} error(s); the last good version stays in service`,
      );
    }
    for (const listener of listeners) {
      try {
        listener(attempt, status());
      } catch (error) {
        logger.error({ err: error }, 'knowledge reload listener failed');
      }
    }
    return attempt;
  };

  return {
    dir,
    current: () => knowledge,
    status,
    reload() {
      const next = queue.then(reloadOnce, reloadOnce);
      queue = next;
      return next;
    },
    onReload(listener) {
      listeners.push(listener);
    },
  };
}

/** A store around a knowledge base built in memory (tests, benchmarks, kb check). */
export function staticKnowledgeStore(knowledge: KnowledgeBase, dir = '(memory)'): KnowledgeStore {
  const status: KnowledgeStatus = {
    dir,
    version: knowledge.version,
    loadedAt: new Date(0).toISOString(),
    files: knowledge.documents.length,
    passages: knowledge.passages.length,
    problems: knowledge.problems,
    lastReload: undefined,
  };
  return {
    dir,
    current: () => knowledge,
    status: () => status,
    reload: async () => ({
      at: new Date().toISOString(),
      ok: true,
      version: knowledge.version,
      problems: [],
    }),
    onReload: () => {},
  };
}
