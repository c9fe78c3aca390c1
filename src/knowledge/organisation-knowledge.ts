// The knowledge an organisation's users are answered from: the shared knowledge base with the organisation's
// own rules, FAQs and guides on top. Built on the thread that serves (it holds compiled patterns and an
// index), from a checked overlay and the shared version in service; rebuilt when either changes. The shared
// parts are shared, not copied: only the lists and maps that gain the overlay's entries are new.
import { createPassageIndexSteps, type IndexedPassage, type PassageIndex } from '../search/passage-index.ts';
import type { CompiledOrganisation } from '../situation/situation-lexicon.ts';
import type { CompiledSignal, KnowledgeBase } from './build-knowledge-base.ts';
import { compileSignal, createPatternCompiler, passagesOf } from './compile-documents.ts';
import type { OrganisationFile } from './organisation-schema.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';
import type { ParsedOverlay } from './parse-organisation-overlay.ts';
import { runAtOnce } from './run-in-slices.ts';

export interface OrganisationKnowledge {
  id: string;
  /** The name answers show ("gemeente Voorbeeld"). */
  name: string;
  organisation: OrganisationFile;
  /** The overlay as checked (its documents and problems). */
  overlay: ParsedOverlay;
  /** The shared knowledge with this organisation's own on top; `version` names both. */
  knowledge: KnowledgeBase;
}

export function buildOrganisationKnowledge(
  shared: KnowledgeBase,
  overlay: ParsedOverlay,
): { built: OrganisationKnowledge | undefined; problems: KnowledgeProblem[] } {
  return runAtOnce(buildOrganisationKnowledgeSteps(shared, overlay));
}

/**
 * The organisation's knowledge, in steps (a generator: the store runs it in slices). Its rule patterns are
 * compiled with the shared analyser; a pattern that does not compile is a problem, and with any problem the
 * overlay is not built.
 */
export function* buildOrganisationKnowledgeSteps(
  shared: KnowledgeBase,
  overlay: ParsedOverlay,
): Generator<
  undefined,
  { built: OrganisationKnowledge | undefined; problems: KnowledgeProblem[] },
  undefined
> {
  const problems: KnowledgeProblem[] = [];
  const organisation = overlay.organisation;
  if (!organisation) return { built: undefined, problems };
  const { analyzer } = shared;
  const compileAll = createPatternCompiler(analyzer.keyOf, problems);
  const signals: CompiledSignal[] = [];
  const passages: IndexedPassage[] = [];
  for (const document of overlay.documents) {
    const { meta } = document;
    // (An overlay holds only FAQs, guides, rules and golden questions: parse-organisation-overlay.ts.)
    if (meta.kind === 'signal') signals.push(compileSignal(document, meta, compileAll));
    else if (meta.kind === 'faq' || meta.kind === 'guide') passages.push(...passagesOf(document, meta));
  }
  yield;
  if (problems.some((problem) => problem.severity === 'error')) return { built: undefined, problems };
  const ownIndex = yield* createPassageIndexSteps(passages, analyzer, shared.index);
  const passagesByFile = new Map(shared.passagesByFile);
  for (const passage of passages) {
    const list = passagesByFile.get(passage.fileId) ?? [];
    if (!passagesByFile.has(passage.fileId)) passagesByFile.set(passage.fileId, list);
    list.push(passage);
  }
  const documentsById = new Map(shared.documentsById);
  for (const document of overlay.documents) documentsById.set(document.meta.id, document);
  // The organisation as the situation model reads it: the shared entry it is an instance of, with its own
  // name and domains, under its own id (the profile's `organisation`).
  const base = shared.situation.organisations.get(organisation.situationOrganisation);
  const organisations = new Map(shared.situation.organisations);
  if (base) {
    const entry: CompiledOrganisation = {
      ...base,
      id: organisation.id,
      name: organisation.name,
      ...(organisation.inSentence ? { inSentence: organisation.inSentence } : {}),
      sector: organisation.sector,
      parent: base.id,
      domains: organisation.domains.length > 0 ? organisation.domains : base.domains,
      allDomains: organisation.domains.length > 0 ? organisation.domains : base.allDomains,
    };
    organisations.set(organisation.id, entry);
  }
  const knowledge: KnowledgeBase = {
    ...shared,
    version: `${shared.version}+${organisation.id}@${overlay.version.slice(0, 8)}`,
    documents: [...shared.documents, ...overlay.documents],
    documentsById,
    passages: [...shared.passages, ...passages],
    passagesByFile,
    signals: [...shared.signals, ...signals],
    index: layeredIndex(shared.index, ownIndex),
    situation: { ...shared.situation, organisations },
    problems: overlay.problems,
  };
  return {
    built: { id: organisation.id, name: organisation.name, organisation, overlay, knowledge },
    problems,
  };
}

/** Searches the shared index and the organisation's own (scored on the shared statistics) as one. */
function layeredIndex(shared: PassageIndex, own: PassageIndex): PassageIndex {
  return {
    size: shared.size + own.size,
    averageLength: shared.averageLength,
    frequencyOf: (term) => shared.frequencyOf(term) + own.frequencyOf(term),
    search(query, options = {}) {
      const hits = shared.search(query, options);
      if (own.size === 0) return hits;
      const merged = [...hits, ...own.search(query, options)].sort((a, b) => b.score - a.score);
      return merged.slice(0, options.limit ?? 8);
    },
  };
}
