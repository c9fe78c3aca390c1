// Holds the knowledge base the bot serves and reloads it when HR changes the folder. Readers take the
// current version in one step, so a request never sees a half-loaded knowledge base; a new version
// with errors is refused and the last good one stays in service. A reload is checked in a worker thread
// (prepare-in-worker.ts), so a broken version is refused without costing the serving thread anything, and
// only a good one is finished here, in slices (run-in-slices.ts). Reloads asked for while one runs are
// merged into one that follows it and reads the newest files. When an edit changes what the second opinion
// learns from (rules, examples), the new version serves at once with the models in service, and the worker
// trains the new ones meanwhile; they are swapped in when they arrive (status: `training`).
import { isBotError } from '../core/bot-error.ts';
import type { Workspace } from '../core/types.ts';
import { createSilentLogger, type Logger } from '../logging/create-logger.ts';
import { type BuildOptions, buildKnowledgeBaseInSteps, type KnowledgeBase } from './build-knowledge-base.ts';
import { rememberModels, trainedKeys } from './learn-from-examples.ts';
import type { OrganisationKnowledge } from './organisation-knowledge.ts';
import {
  createOrganisationRegistry,
  type OrganisationStatus,
  type OverlayOutcome,
} from './organisation-registry.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';
import { type ParsedOverlay, parseOrganisationOverlays } from './parse-organisation-overlay.ts';
import { createKnowledgeWorker } from './prepare-in-worker.ts';
import { finishKnowledgeSteps, type PreparedKnowledge } from './prepare-knowledge.ts';
import { readKnowledgeDir } from './read-knowledge-dir.ts';
import { runAtOnce, runInSlices } from './run-in-slices.ts';

export interface ReloadAttempt {
  at: string;
  /** True when the new version was taken into service (or nothing had changed). */
  ok: boolean;
  /** Version of the files read in this attempt. */
  version: string;
  /** Errors that made the attempt fail, and warnings (of the shared knowledge). */
  problems: KnowledgeProblem[];
  /** The organisation overlays this reload took, refused or removed (each is decided on its own). */
  organisations?: OverlayOutcome[];
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

/** What a reload did to each organisation overlay that changed (taken, refused or removed). */
export type { OverlayOutcome } from './organisation-registry.ts';

export type ReloadListener = (attempt: ReloadAttempt, status: KnowledgeStatus) => void;

export interface KnowledgeStore {
  /** The shared knowledge in service: what users without a (known) organisation are answered from. */
  current(): KnowledgeBase;
  /** An organisation's knowledge in service (the shared knowledge with its overlay on top). */
  organisation(id: string): OrganisationKnowledge | undefined;
  /** The organisation whose Slack, Teams or e-mail ids these are, when an overlay in service lists them. */
  recogniseOrganisation(workspace: Workspace | undefined): string | undefined;
  /** Every overlay in the folder: id, name, files, version and load time in service, problems of the last refusal. */
  organisationStatuses(): OrganisationStatus[];
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
  const started = performance.now();
  const files = await readKnowledgeDir(dir);
  // The first load serves every valid file, even when some are broken: there is no last good version yet.
  let knowledge = await buildKnowledgeBaseInSteps(files, {
    now: now(),
    staleAfterDays: options.staleAfterDays,
  });
  let loadedAt = now().toISOString();
  const organisations = createOrganisationRegistry(logger);
  await runInSlices(
    organisations.applySteps(
      parseOrganisationOverlays(files, knowledge.documents, {
        now: now(),
        staleAfterDays: options.staleAfterDays ?? 365,
      }),
      knowledge,
      { firstLoad: true, sharedChanged: true, at: loadedAt },
    ),
  );
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
      organisations: organisations.statuses().filter((item) => item.serving).length,
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
    // Each overlay is taken or refused on its own, against the shared version that serves after this reload.
    const applyOverlays = async (sharedChanged: boolean) => {
      const outcomes = await runInSlices(
        organisations.applySteps(prepared.overlays, knowledge, {
          firstLoad: false,
          sharedChanged,
          at: now().toISOString(),
        }),
      );
      const changed = outcomes.filter((outcome) => outcome.outcome !== 'unchanged');
      if (changed.length > 0) attempt.organisations = changed;
      return changed;
    };
    if (!attempt.ok) {
      // Refused at once: nothing of this version is built here.
      await applyOverlays(false);
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
      const changed = await applyOverlays(false);
      lastReload = attempt;
      if (changed.length > 0) notify(attempt);
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
    await applyOverlays(true);
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
    organisation: (id) => organisations.get(id),
    recogniseOrganisation: (workspace) => organisations.recognise(workspace),
    organisationStatuses: () => organisations.statuses(),
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

/**
 * A store around a knowledge base built in memory (tests, benchmarks, kb check), with the organisation
 * overlays given (parse-organisation-overlay.ts), served as a first load serves them.
 */
export function staticKnowledgeStore(
  knowledge: KnowledgeBase,
  dir = '(memory)',
  overlays: readonly ParsedOverlay[] = [],
  logger: Logger = createSilentLogger(),
): KnowledgeStore {
  const organisations = createOrganisationRegistry(logger);
  runAtOnce(
    organisations.applySteps(overlays, knowledge, {
      firstLoad: true,
      sharedChanged: true,
      at: new Date(0).toISOString(),
    }),
  );
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
    organisation: (id) => organisations.get(id),
    recogniseOrganisation: (workspace) => organisations.recognise(workspace),
    organisationStatuses: () => organisations.statuses(),
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
