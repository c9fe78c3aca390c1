// The bundled knowledge base and a bot on it, built once per test file.
import { fileURLToPath } from 'node:url';
import { type BotOptions, createBot } from '../../src/core/create-bot.ts';
import {
  buildKnowledgeBase,
  type KnowledgeBase,
  type KnowledgeSourceFile,
} from '../../src/knowledge/build-knowledge-base.ts';
import { staticKnowledgeStore } from '../../src/knowledge/knowledge-store.ts';
import {
  type ParsedOverlay,
  parseOrganisationOverlays,
} from '../../src/knowledge/parse-organisation-overlay.ts';
import { readKnowledgeDir } from '../../src/knowledge/read-knowledge-dir.ts';

export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));
export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

let cached: Promise<KnowledgeBase> | undefined;
let cachedFiles: Promise<KnowledgeSourceFile[]> | undefined;

export function realKnowledgeFiles(): Promise<KnowledgeSourceFile[]> {
  cachedFiles ??= readKnowledgeDir(KNOWLEDGE_DIR);
  return cachedFiles;
}

export function realKnowledge(): Promise<KnowledgeBase> {
  cached ??= realKnowledgeFiles().then((files) =>
    buildKnowledgeBase(files, { now: new Date('2026-11-28T12:00:00Z') }),
  );
  return cached;
}

let cachedOverlays: Promise<ParsedOverlay[]> | undefined;

/** The organisation overlays of the bundled knowledge (knowledge/organisaties/), checked. */
export function realOverlays(): Promise<ParsedOverlay[]> {
  cachedOverlays ??= Promise.all([realKnowledgeFiles(), realKnowledge()]).then(([files, knowledge]) =>
    parseOrganisationOverlays(files, knowledge.documents, {
      now: new Date('2026-11-28T12:00:00Z'),
      staleAfterDays: 365,
    }),
  );
  return cachedOverlays;
}

/** The bundled knowledge with its organisation overlays, as a store (what a server loads). */
export async function realStore() {
  return staticKnowledgeStore(await realKnowledge(), KNOWLEDGE_DIR, await realOverlays());
}

export async function realBot(options: Partial<BotOptions> = {}) {
  return createBot({
    knowledge: await realStore(),
    now: () => new Date('2026-11-28T12:00:00Z'),
    ...options,
  });
}

let cachedRules: Promise<KnowledgeBase> | undefined;

/**
 * The bundled knowledge without the learned second opinion: the rules alone. Tests that pin what the rules
 * read use it; the second opinion may only make answers stricter (test/learned-second-opinion.test.ts).
 */
export function rulesOnlyKnowledge(): Promise<KnowledgeBase> {
  cachedRules ??= realKnowledgeFiles().then((files) =>
    buildKnowledgeBase(files, { now: new Date('2026-11-28T12:00:00Z'), learn: false }),
  );
  return cachedRules;
}

export async function rulesOnlyBot(options: Partial<BotOptions> = {}) {
  return createBot({
    knowledge: staticKnowledgeStore(await rulesOnlyKnowledge()),
    now: () => new Date('2026-11-28T12:00:00Z'),
    ...options,
  });
}
