// Holds the knowledge base the bot serves and reloads it when HR changes the folder. Readers take the
// current version in one step, so a request never sees a half-loaded knowledge base; a new version
// with errors is refused and the last good one stays in service. A reload is checked in a worker thread
// (prepare-in-worker.ts), so a broken version is refused without costing the serving thread anything, and
// only a good one is finished here, in slices (run-in-slices.ts). Reloads asked for while one runs are
// merged into one that follows it and reads the newest files. When an edit changes what the second opinion
// learns from (rules, examples), the new version serves at once with the models in service, and the worker
// trains the new ones meanwhile; they are swapped in when they arrive (status: `training`).
import { isBotError } from '../core/bot-error.ts';
import type { Logger } from '../logging/create-logger.ts';
import { type BuildOptions, buildKnowledgeBaseInSteps, type KnowledgeBase } from './build-knowledge-base.ts';
import { rememberModels, trainedKeys } from './learn-from-examples.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';
import { createKnowledgeWorker } from './prepare-in-worker.ts';
import { finishKnowledgeSteps, type PreparedKnowledge } from './prepare-knowledge.ts';
import { readKnowledgeDir } from './read-knowledge-dir.ts';
import { runInSlices } from './run-in-slices.ts';

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
  /**
   * True while the worker trains the second opinion of the version in service; until then that version is
   * served with the models trained before.
   */
  training: boolean;
}

export type ReloadListener = (attempt: ReloadAttempt, status: KnowledgeStatus) => void;

export interface KnowledgeStore {
  current(): KnowledgeBase;
  status(): KnowledgeStatus;
  /**
   * Reads the folder again; takes the new version only when it has no errors. Called while a reload runs,
   * it returns the one reload that follows (shared by every such call).
   */
  reload(): Promise<ReloadAttempt>;
  onReload(listener: ReloadListener): void;
  /**
   * Readies the worker for edits to come (when the folder is watched): it starts, checks the folder in
   * service once, and stays, so the first edit is served as fast as the next.
   */
  keepWarm(): void;
  /** Stops the worker that checks new versions (at shutdown). */
  close(): Promise<void>;
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
  /** The version whose second opinion the worker is training. */
  let training: string | undefined;
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
    training: training !== undefined,
  });

  const notify = (attempt: ReloadAttempt) => {
    for (const listener of listeners) {
      try {
        listener(attempt, status());
      } catch (error) {
        logger.error({ err: error }, 'knowledge reload listener failed');
      }
    }
  };

  const worker = createKnowledgeWorker();
  let closed = false;
  const failed = (error: unknown): ReloadAttempt => {
    const message = isBotError(error) ? error.message : String(error);
    if (!closed)
      logger.error({ err: error }, `knowledge reload failed: ${message}; keeping the current version`);
    const attempt: ReloadAttempt = {
      at: now().toISOString(),
      ok: false,
      version: knowledge.version,
      problems: [{ file: '.', line: 1, severity: 'error', message }],
    };
    lastReload = attempt;
    return attempt;
  };

  const reloadOnce = async (): Promise<ReloadAttempt> => {
    const started = performance.now();
    let prepared: PreparedKnowledge;
    try {
      prepared = await worker.prepare({
        dir,
        now: now().toISOString(),
        staleAfterDays: options.staleAfterDays,
        trainedKeys: trainedKeys(),
      });
    } catch (error) {
      return failed(error);
    }
    const checked = performance.now();
    const errors = prepared.problems.filter((problem) => problem.severity === 'error');
    const attempt: ReloadAttempt = {
      at: now().toISOString(),
      ok: errors.length === 0,
      version: prepared.parsed.version,
      problems: prepared.problems,
    };
    if (!attempt.ok) {
      // Refused at once: nothing of this version is built here.
      lastReload = attempt;
      logProblems(logger, prepared.problems);
      logger.error(
        { rejected: attempt.version, serving: knowledge.version, errors: errors.length },
        `knowledge reload refused: ${errors.length} error(s); the last good version stays in service`,
      );
      notify(attempt);
      return attempt;
    }
    // Unchanged content (for example a broken file that was reverted): nothing to swap or announce.
    if (attempt.version === knowledge.version) {
      lastReload = attempt;
      return attempt;
    }
    let candidate: KnowledgeBase;
    try {
      candidate = await runInSlices(finishKnowledgeSteps(prepared, knowledge.learned));
    } catch (error) {
      return failed(error);
    }
    const previous = knowledge.version;
    knowledge = candidate;
    loadedAt = attempt.at;
    lastReload = attempt;
    logProblems(logger, candidate.problems);
    logger.info(
      {
        version: candidate.version,
        previous,
        files: candidate.documents.length,
        checkMs: Math.round(checked - started),
        finishMs: Math.round(performance.now() - checked),
      },
      'knowledge reloaded: new version in service',
    );
    notify(attempt);
    if (prepared.needsTraining) train(prepared);
    return attempt;
  };

  /** Trains the second opinion of a version now in service, in the worker; swaps it in when done. */
  const train = (prepared: PreparedKnowledge) => {
    const { version } = prepared.parsed;
    training = version;
    const started = performance.now();
    worker
      .train(version)
      .then((learned) => {
        // A newer version was prepared meanwhile: its own training follows.
        if (!learned) return;
        rememberModels(prepared.trainingKey, learned);
        if (knowledge.version !== version) return;
        knowledge = { ...knowledge, learned };
        logger.info(
          { version, ms: Math.round(performance.now() - started) },
          'knowledge reloaded: second opinion trained on the new version',
        );
      })
      .catch((error: unknown) => {
        if (closed) return;
        logger.error(
          { err: error, version },
          'training the second opinion failed; the version serves with the models trained before',
        );
      })
      .finally(() => {
        if (training === version) training = undefined;
      });
  };

  // One reload at a time; every call made while one runs shares the single reload that follows it.
  let running: Promise<ReloadAttempt> | undefined;
  let next: Promise<ReloadAttempt> | undefined;
  const start = (): Promise<ReloadAttempt> => {
    const attempt = reloadOnce().finally(() => {
      running = undefined;
    });
    running = attempt;
    return attempt;
  };

  return {
    dir,
    current: () => knowledge,
    status,
    reload() {
      if (next) return next;
      if (!running) return start();
      next = running.then(() => {
        next = undefined;
        return start();
      });
      return next;
    },
    onReload(listener) {
      listeners.push(listener);
    },
    keepWarm() {
      worker.keepAlive();
      worker
        .prepare({
          dir,
          now: now().toISOString(),
          staleAfterDays: options.staleAfterDays,
          trainedKeys: trainedKeys(),
        })
        .then(() => logger.debug('knowledge worker ready for edits'))
        .catch((error: unknown) => {
          if (!closed)
            logger.warn({ err: error }, 'the knowledge worker could not get ready; the first edit starts it');
        });
    },
    async close() {
      closed = true;
      await worker.close();
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
    training: false,
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
    keepWarm() {},
    onReload: () => {},
    close: async () => {},
  };
}
