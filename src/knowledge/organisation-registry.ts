// The organisation overlays in service, each loaded, refused and kept on its own: a reload with an error in
// one overlay keeps that overlay's last good version and takes the others. Recognises an organisation from
// the ids a channel sends, and tells the console each overlay's status.
import type { Workspace } from '../core/types.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { KnowledgeBase } from './build-knowledge-base.ts';
import { buildOrganisationKnowledgeSteps, type OrganisationKnowledge } from './organisation-knowledge.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';
import { type ParsedOverlay, recognitionClashes, recognitionKeys } from './parse-organisation-overlay.ts';

/** What the console shows of one overlay. */
export interface OrganisationStatus {
  id: string;
  /** Its name, or the id while no version serves. */
  name: string;
  /** Files of the version in service (0 while none serves). */
  files: number;
  /** Content hash of the version in service ('' while none serves). */
  version: string;
  /** When the version in service was taken (ISO; '' while none serves). */
  loadedAt: string;
  /**
   * The problems of the last reload that was refused, as "file:line: message" ([] when the last reload was
   * taken); at the first load the problems of the files left out.
   */
  problems: string[];
  /** True while a version of this overlay answers its users. */
  serving: boolean;
  /** When the last reload was refused, the version it read. */
  refusedVersion?: string;
}

export interface OrganisationRegistry {
  get(id: string): OrganisationKnowledge | undefined;
  /** The organisation whose ids these are: Slack team first, then enterprise, Teams tenant, e-mail domain. */
  recognise(workspace: Workspace | undefined): string | undefined;
  statuses(): OrganisationStatus[];
  /**
   * Takes the overlays read from the folder (a generator: the store runs it in slices). On the first load an
   * overlay serves its valid files; on a reload one with any error is refused and its last good version stays.
   * With `sharedChanged`, overlays whose files did not change are rebuilt on the new shared version.
   */
  applySteps(
    overlays: readonly ParsedOverlay[],
    shared: KnowledgeBase,
    options: { firstLoad: boolean; sharedChanged: boolean; at: string },
  ): Generator<undefined, OverlayOutcome[], undefined>;
}

/** What happened to one overlay in a load or reload. */
export interface OverlayOutcome {
  id: string;
  outcome: 'taken' | 'unchanged' | 'refused' | 'removed';
  problems: KnowledgeProblem[];
}

interface Entry {
  served: OrganisationKnowledge | undefined;
  loadedAt: string;
  problems: KnowledgeProblem[];
  refusedVersion: string | undefined;
}

const formatProblem = (problem: KnowledgeProblem) =>
  `${problem.file}:${problem.line}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;

export function createOrganisationRegistry(logger: Logger): OrganisationRegistry {
  const entries = new Map<string, Entry>();
  let recognised = new Map<string, string>();

  const indexRecognition = () => {
    const next = new Map<string, string>();
    for (const [id, entry] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
      const recognise = entry.served?.organisation.recognise;
      if (!recognise) continue;
      for (const key of recognitionKeys(recognise)) if (!next.has(key)) next.set(key, id);
    }
    recognised = next;
  };

  function* applySteps(
    overlays: readonly ParsedOverlay[],
    shared: KnowledgeBase,
    options: { firstLoad: boolean; sharedChanged: boolean; at: string },
  ): Generator<undefined, OverlayOutcome[], undefined> {
    const outcomes: OverlayOutcome[] = [];
    const clashes = recognitionClashes(overlays);
    const seen = new Set<string>();
    for (const overlay of overlays) {
      seen.add(overlay.id);
      const entry: Entry = entries.get(overlay.id) ?? {
        served: undefined,
        loadedAt: '',
        problems: [],
        refusedVersion: undefined,
      };
      entries.set(overlay.id, entry);
      const problems = [
        ...overlay.problems,
        ...clashes.filter((problem) => problem.file.startsWith(`organisaties/${overlay.id}/`)),
      ];
      const errors = problems.filter((problem) => problem.severity === 'error');
      const refuse = (found: KnowledgeProblem[]) => {
        entry.problems = found;
        entry.refusedVersion = overlay.version;
        logger.error(
          {
            organisation: overlay.id,
            rejected: overlay.version,
            serving: entry.served?.overlay.version ?? null,
          },
          `organisation overlay ${overlay.id} refused: ${found.filter((problem) => problem.severity === 'error').length} error(s); ${entry.served ? 'its last good version stays in service' : 'its users get the generic answers'}`,
        );
        for (const problem of found)
          logger[problem.severity === 'error' ? 'error' : 'warn'](
            { file: problem.file, line: problem.line },
            `knowledge: ${formatProblem(problem)}`,
          );
        outcomes.push({ id: overlay.id, outcome: 'refused', problems: found });
      };
      // The first load serves what is valid (as the shared knowledge does), when organisatie.md is.
      if (
        errors.length > 0 &&
        !(options.firstLoad && overlay.organisation && !clashes.some((c) => problems.includes(c)))
      ) {
        refuse(problems);
        yield;
        continue;
      }
      if (entry.served && entry.served.overlay.version === overlay.version && !options.sharedChanged) {
        entry.problems = [];
        entry.refusedVersion = undefined;
        outcomes.push({ id: overlay.id, outcome: 'unchanged', problems: [] });
        continue;
      }
      const { built, problems: buildProblems } = yield* buildOrganisationKnowledgeSteps(shared, overlay);
      if (!built) {
        refuse([...problems, ...buildProblems]);
        continue;
      }
      const changed = entry.served?.overlay.version !== overlay.version;
      entry.served = built;
      if (changed) entry.loadedAt = options.at;
      entry.problems = options.firstLoad ? problems : [];
      entry.refusedVersion = undefined;
      outcomes.push({ id: overlay.id, outcome: changed ? 'taken' : 'unchanged', problems });
      if (changed)
        logger.info(
          { organisation: overlay.id, version: overlay.version, files: overlay.files },
          'organisation overlay in service',
        );
      yield;
    }
    for (const id of [...entries.keys()]) {
      if (seen.has(id)) continue;
      entries.delete(id);
      outcomes.push({ id, outcome: 'removed', problems: [] });
      logger.info({ organisation: id }, 'organisation overlay removed: its folder is gone');
    }
    indexRecognition();
    return outcomes;
  }

  return {
    get: (id) => entries.get(id)?.served,
    recognise(workspace) {
      if (!workspace) return undefined;
      const keys = [
        workspace.slackTeam && `slack-team:${workspace.slackTeam}`,
        workspace.slackEnterprise && `slack-enterprise:${workspace.slackEnterprise}`,
        workspace.teamsTenant && `teams-tenant:${workspace.teamsTenant.toLowerCase()}`,
        workspace.emailDomain && `email-domain:${workspace.emailDomain.toLowerCase()}`,
      ];
      for (const key of keys) {
        const id = key ? recognised.get(key) : undefined;
        if (id) return id;
      }
      return undefined;
    },
    statuses: () =>
      [...entries].map(([id, entry]) => ({
        id,
        name: entry.served?.name ?? id,
        files: entry.served?.overlay.files ?? 0,
        version: entry.served?.overlay.version ?? '',
        loadedAt: entry.loadedAt,
        problems: entry.problems.map(formatProblem),
        serving: entry.served !== undefined,
        ...(entry.refusedVersion ? { refusedVersion: entry.refusedVersion } : {}),
      })),
    applySteps,
  };
}
