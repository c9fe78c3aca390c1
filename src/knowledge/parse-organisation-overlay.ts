// Parses and checks one organisation overlay (knowledge/organisaties/<id>/): its organisatie.md and its own
// FAQs, guides, rules and golden questions, each file on its own and against the shared knowledge (ids,
// links, domains). Plain data, so a worker thread can hand it to the thread that serves; the rules are
// compiled there, against the shared analyser (organisation-knowledge.ts).
import { createHash } from 'node:crypto';
import type { KnowledgeSourceFile } from './build-knowledge-base.ts';
import { checkOverlayDocument } from './check-overlay-leniency.ts';
import { lineOf } from './line-of.ts';
import type { OrganisationFile } from './organisation-schema.ts';
import { type KnowledgeDocument, type KnowledgeProblem, parseKnowledgeFile } from './parse-knowledge-file.ts';
import { validateKnowledge } from './validate-knowledge.ts';

/** The folder that holds the overlays, relative to the knowledge folder. */
export const ORGANISATIONS_FOLDER = 'organisaties/';

/** What an overlay is checked against: plain data from the shared knowledge. */
export interface SharedFacts {
  /** Ids of every shared knowledge file (an overlay may link to them, never reuse them). */
  ids: string[];
  /** Policy domain ids of situatie/. */
  domains: string[];
  /** Organisation ids of situatie/. */
  organisations: string[];
}

export interface ParsedOverlay {
  /** The organisation id (the folder name). */
  id: string;
  /** The organisation's own file; absent when it is missing or broken (then nothing of it serves). */
  organisation: OrganisationFile | undefined;
  /** Its valid files (organisatie.md included), sorted by path, each marked with the organisation. */
  documents: KnowledgeDocument[];
  /** Content hash of the overlay's files. */
  version: string;
  /** Files read (also the broken ones). */
  files: number;
  problems: KnowledgeProblem[];
}

export function sharedFactsOf(documents: readonly KnowledgeDocument[]): SharedFacts {
  const facts: SharedFacts = { ids: [], domains: [], organisations: [] };
  for (const { meta } of documents) {
    facts.ids.push(meta.id);
    if (meta.kind === 'domains') facts.domains.push(...meta.domains.map((domain) => domain.id));
    if (meta.kind === 'organisations') facts.organisations.push(...meta.organisations.map((item) => item.id));
  }
  return facts;
}

/** The overlay files under knowledge/organisaties/, per organisation folder. */
export function overlayFilesById(files: readonly KnowledgeSourceFile[]): Map<string, KnowledgeSourceFile[]> {
  const byId = new Map<string, KnowledgeSourceFile[]>();
  for (const file of files) {
    if (!file.path.startsWith(ORGANISATIONS_FOLDER) || !file.path.endsWith('.md')) continue;
    const id = file.path.slice(ORGANISATIONS_FOLDER.length).split('/')[0] ?? '';
    // A Markdown file right in organisaties/ (not in an organisation's folder) is documentation.
    if (!file.path.slice(ORGANISATIONS_FOLDER.length).includes('/')) continue;
    const list = byId.get(id) ?? [];
    list.push(file);
    byId.set(id, list);
  }
  return byId;
}

export interface OverlayParseOptions {
  now: Date;
  staleAfterDays: number;
}

export function parseOrganisationOverlay(
  id: string,
  files: readonly KnowledgeSourceFile[],
  shared: SharedFacts,
  options: OverlayParseOptions,
): ParsedOverlay {
  const folder = `${ORGANISATIONS_FOLDER}${id}/`;
  const problems: KnowledgeProblem[] = [];
  const documents: KnowledgeDocument[] = [];
  const hash = createHash('sha256');
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const sharedIds = new Set(shared.ids);
  const ownIds = new Map<string, string>();
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id))
    problems.push({
      file: folder,
      line: 1,
      severity: 'error',
      message: `folder "${id}": an organisation id has up to 63 lower-case letters, digits and hyphens`,
    });
  for (const file of sorted) {
    hash.update(file.path).update('\0').update(file.content).update('\0');
    if (file.readError) {
      problems.push({
        file: file.path,
        line: 1,
        severity: 'error',
        message: `cannot read the file: ${file.readError}`,
      });
      continue;
    }
    const parsed = parseKnowledgeFile(file.path, file.content);
    problems.push(...parsed.problems);
    const document = parsed.document;
    if (!document) continue;
    const where = lineOf(file.content, 'id:');
    if (sharedIds.has(document.meta.id) && document.meta.kind !== 'organisation') {
      problems.push({
        file: file.path,
        line: where,
        severity: 'error',
        message: `id "${document.meta.id}" is a shared knowledge file: an overlay cannot replace it; choose an id of its own`,
      });
      continue;
    }
    const existing = ownIds.get(document.meta.id);
    if (existing) {
      problems.push({
        file: file.path,
        line: where,
        severity: 'error',
        message: `id "${document.meta.id}" is already used by ${existing}`,
      });
      continue;
    }
    ownIds.set(document.meta.id, file.path);
    documents.push(document);
  }
  const ownSignals = new Set(
    documents.flatMap((document) => (document.meta.kind === 'signal' ? [document.meta.id] : [])),
  );
  const refused = new Set<KnowledgeDocument>();
  for (const document of documents) {
    const found = checkOverlayDocument(document, folder, ownSignals);
    if (found.length > 0) refused.add(document);
    problems.push(...found);
  }
  const kept = documents.filter((document) => !refused.has(document));
  const own = kept.find((document) => document.meta.kind === 'organisation');
  let organisation: OrganisationFile | undefined;
  if (own?.meta.kind === 'organisation') {
    organisation = own.meta;
    const line = (needle: string) => lineOf(own.raw, needle);
    if (organisation.id !== id)
      problems.push({
        file: own.path,
        line: line('id:'),
        severity: 'error',
        message: `id "${organisation.id}" must equal the folder name "${id}"`,
      });
    if (!shared.organisations.includes(organisation.situationOrganisation))
      problems.push({
        file: own.path,
        line: line('situationOrganisation:'),
        severity: 'error',
        message: `situationOrganisation "${organisation.situationOrganisation}" is not an organisation of situatie/`,
      });
    for (const domain of organisation.domains)
      if (!shared.domains.includes(domain))
        problems.push({
          file: own.path,
          line: line(domain),
          severity: 'error',
          message: `domains: "${domain}" is not a domain of situatie/domeinen.md`,
        });
  } else if (!problems.some((problem) => problem.file === `${folder}organisatie.md`)) {
    problems.push({
      file: `${folder}organisatie.md`,
      line: 1,
      severity: 'error',
      message:
        'an organisation overlay needs organisatie.md (kind: organisation): without it nothing of this folder is served',
    });
  }
  const name = organisation?.name ?? id;
  for (const document of kept) document.organisation = { id, name };
  problems.push(
    ...validateKnowledge(kept, {
      now: options.now,
      staleAfterDays: options.staleAfterDays,
      statutes: new Map(),
      knownIds: sharedIds,
    }),
  );
  return {
    id,
    organisation,
    documents: kept,
    version: hash.digest('hex').slice(0, 12),
    files: files.length,
    problems,
  };
}

/** Recognition ids two overlays both claim: a problem for every overlay after the first that claims one. */
export function recognitionClashes(overlays: readonly ParsedOverlay[]): KnowledgeProblem[] {
  const claimed = new Map<string, string>();
  const problems: KnowledgeProblem[] = [];
  for (const overlay of [...overlays].sort((a, b) => a.id.localeCompare(b.id))) {
    const recognise = overlay.organisation?.recognise;
    if (!recognise) continue;
    const own = overlay.documents.find((document) => document.meta.kind === 'organisation');
    for (const key of recognitionKeys(recognise)) {
      const first = claimed.get(key);
      if (first && first !== overlay.id)
        problems.push({
          file: own?.path ?? `${ORGANISATIONS_FOLDER}${overlay.id}/organisatie.md`,
          line: own ? lineOf(own.raw, key.slice(key.indexOf(':') + 1)) : 1,
          severity: 'error',
          message: `recognise: ${key} is already claimed by organisation "${first}"`,
        });
      else claimed.set(key, overlay.id);
    }
  }
  return problems;
}

/** The recognition ids of an organisation, each prefixed with its kind ("slack-team:T0VOORBLD"). */
export function recognitionKeys(recognise: OrganisationFile['recognise']): string[] {
  return [
    ...recognise.slackTeams.map((value) => `slack-team:${value}`),
    ...recognise.slackEnterprises.map((value) => `slack-enterprise:${value}`),
    ...recognise.teamsTenants.map((value) => `teams-tenant:${value.toLowerCase()}`),
    ...recognise.emailDomains.map((value) => `email-domain:${value.toLowerCase()}`),
  ];
}

/** Every overlay in the files read from the knowledge folder, checked against the shared documents. */
export function parseOrganisationOverlays(
  files: readonly KnowledgeSourceFile[],
  sharedDocuments: readonly KnowledgeDocument[],
  options: OverlayParseOptions,
): ParsedOverlay[] {
  const shared = sharedFactsOf(sharedDocuments);
  return [...overlayFilesById(files)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, overlayFiles]) => parseOrganisationOverlay(id, overlayFiles, shared, options));
}
