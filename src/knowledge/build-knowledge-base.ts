// Turns the files of a knowledge folder into an immutable, searchable knowledge base. Pure: it takes
// file contents, so tests and benchmarks can build one from generated files.
import { createHash } from 'node:crypto';
import type { BasisId } from '../core/vocabulary.ts';
import { EMPTY_MODELS, type LearnedModels } from '../learned/second-opinion.ts';
import type { CompiledPattern } from '../rules/compile-pattern.ts';
import { createPassageIndexSteps, type IndexedPassage, type PassageIndex } from '../search/passage-index.ts';
import { checkOrganisationPhrases } from '../situation/check-organisation-phrases.ts';
import { compileSituationLexicon, type SituationLexicon } from '../situation/situation-lexicon.ts';
import { type Analyzer, createAnalyzer, type SynonymGroup } from '../text/analyze-text.ts';
import { splitWords } from '../text/fold-text.ts';
import { compileSignal, createPatternCompiler, passagesOf } from './compile-documents.ts';
import type { RegimeFile, SignalFile } from './knowledge-schemas.ts';
import { learnedModelsFor } from './learn-from-examples.ts';
import { lineOf } from './line-of.ts';
import { type KnowledgeDocument, type KnowledgeProblem, parseKnowledgeFile } from './parse-knowledge-file.ts';
import { ORGANISATIONS_FOLDER } from './parse-organisation-overlay.ts';
import { runAtOnce, runInSlices } from './run-in-slices.ts';
import { validateKnowledge } from './validate-knowledge.ts';

export interface KnowledgeSourceFile {
  /** Path relative to the knowledge folder, forward slashes. */
  path: string;
  content: string;
  /** Set when the file could not be read (it is then reported, not parsed). */
  readError?: string;
}

export interface CompiledSignal {
  meta: SignalFile;
  path: string;
  patterns: CompiledPattern[];
  with: CompiledPattern[];
  unless: CompiledPattern[];
}

export interface CompiledRegime {
  meta: RegimeFile;
  cues: CompiledPattern[];
  domain: CompiledPattern[];
}

export interface KnowledgeBase {
  /** Content hash of the files served; every reply carries it. */
  version: string;
  documents: KnowledgeDocument[];
  documentsById: Map<string, KnowledgeDocument>;
  /** Files that carry a basis id, per id (law first). */
  documentsByBasis: Map<BasisId, KnowledgeDocument[]>;
  passages: IndexedPassage[];
  /** Passages per file id, in file order. */
  passagesByFile: Map<string, IndexedPassage[]>;
  signals: CompiledSignal[];
  regimes: CompiledRegime[];
  analyzer: Analyzer;
  index: PassageIndex;
  /** Organisations, domains, functions and cues the situation model reads. */
  situation: SituationLexicon;
  /** The learned second opinion, trained on the labelled examples of this version. */
  learned: LearnedModels;
  /** Every problem found; files with errors are left out, the rest is served. */
  problems: KnowledgeProblem[];
}

export interface BuildOptions {
  /** The clock for review-date warnings. */
  now?: Date;
  /** Review dates older than this many days give a warning. Default 365. */
  staleAfterDays?: number;
  /** Train the learned second opinion on the examples (default true). */
  learn?: boolean;
}

/** Verbatim statute texts live as plain text beside the knowledge: statutes/<law file id>.txt. */
const STATUTE_PATH = /^statutes\/([a-z0-9-]+)\.txt$/;

/** Builds the knowledge base in one go (tests, benchmarks, kb check). */
export function buildKnowledgeBase(files: KnowledgeSourceFile[], options: BuildOptions = {}): KnowledgeBase {
  return runAtOnce(buildKnowledgeBaseSteps(files, options));
}

/**
 * Builds the knowledge base in slices of this thread's time (see run-in-slices.ts), so a running server
 * keeps answering meanwhile. The first load does this; a reload checks the new version in a worker first
 * (prepare-knowledge.ts).
 */
export async function buildKnowledgeBaseInSteps(
  files: KnowledgeSourceFile[],
  options: BuildOptions = {},
): Promise<KnowledgeBase> {
  return runInSlices(buildKnowledgeBaseSteps(files, options));
}

function* buildKnowledgeBaseSteps(
  files: KnowledgeSourceFile[],
  options: BuildOptions,
): Generator<undefined, KnowledgeBase, undefined> {
  const knowledge = yield* assembleKnowledgeSteps(yield* parseKnowledgeSteps(files, options));
  if (options.learn !== false) knowledge.learned = yield* learnedModelsFor(knowledge);
  return knowledge;
}

/**
 * The files parsed and checked, one by one and against each other, with the version hash: plain data, so it
 * can be handed from a worker thread to the thread that serves (structured clone).
 */
export interface ParsedKnowledge {
  version: string;
  /** The valid files, sorted by path. */
  documents: KnowledgeDocument[];
  /** Problems of the files and of the cross-file rules; assembling may add more. */
  problems: KnowledgeProblem[];
}

/**
 * Each file's last parse on this thread, by path: a reload re-parses only the files HR changed (parsing is
 * pure; the checks across files run on every version). Paths no longer in a version are dropped.
 */
const lastParses = new Map<string, { content: string; parsed: ReturnType<typeof parseKnowledgeFile> }>();

/** Files parsed, and documents processed, between two pauses. */
const FILES_PER_STEP = 10;
const DOCUMENTS_PER_STEP = 10;

/** Parses and validates the files (the slowest part of a build without learning). */
export function* parseKnowledgeSteps(
  files: KnowledgeSourceFile[],
  options: Omit<BuildOptions, 'learn'> = {},
): Generator<undefined, ParsedKnowledge, undefined> {
  const statutes = new Map<string, string>();
  const markdown: KnowledgeSourceFile[] = [];
  for (const file of files) {
    const statute = STATUTE_PATH.exec(file.path);
    if (statute?.[1]) statutes.set(statute[1], file.content);
    // Organisation overlays are built apart, each on its own (parse-organisation-overlay.ts).
    else if (file.path.endsWith('.md') && !file.path.startsWith(ORGANISATIONS_FOLDER)) markdown.push(file);
  }
  const sorted = [...markdown].sort((a, b) => a.path.localeCompare(b.path));
  const problems: KnowledgeProblem[] = [];
  const documents: KnowledgeDocument[] = [];
  const documentsById = new Map<string, KnowledgeDocument>();
  const hash = createHash('sha256');

  for (const [position, file] of sorted.entries()) {
    if (position > 0 && position % FILES_PER_STEP === 0) yield;
    if (file.readError) {
      problems.push({
        file: file.path,
        line: 1,
        severity: 'error',
        message: `cannot read the file: ${file.readError}`,
      });
      continue;
    }
    let parsed: ReturnType<typeof parseKnowledgeFile>;
    try {
      const last = lastParses.get(file.path);
      parsed = last?.content === file.content ? last.parsed : parseKnowledgeFile(file.path, file.content);
      lastParses.set(file.path, { content: file.content, parsed });
    } catch (error) {
      // Whatever goes wrong with one file is a problem with that file, never a failed load.
      problems.push({
        file: file.path,
        line: 1,
        severity: 'error',
        message: `cannot parse the file: ${String(error)}`,
      });
      continue;
    }
    problems.push(...parsed.problems);
    if (!parsed.document) continue;
    if (parsed.document.meta.kind === 'organisation') {
      problems.push({
        file: file.path,
        line: lineOf(file.content, 'kind:'),
        severity: 'error',
        message: `kind "organisation" belongs in ${ORGANISATIONS_FOLDER}<id>/organisatie.md`,
      });
      continue;
    }
    const existing = documentsById.get(parsed.document.meta.id);
    if (existing) {
      problems.push({
        file: file.path,
        line: lineOf(file.content, 'id:'),
        severity: 'error',
        message: `id "${parsed.document.meta.id}" is already used by ${existing.path}`,
      });
      continue;
    }
    documentsById.set(parsed.document.meta.id, parsed.document);
    documents.push(parsed.document);
    hash.update(file.path).update('\0').update(file.content).update('\0');
  }

  const paths = new Set(sorted.map((file) => file.path));
  for (const path of lastParses.keys()) if (!paths.has(path)) lastParses.delete(path);

  for (const [id, text] of [...statutes].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`statutes/${id}`).update('\0').update(text).update('\0');
  }
  problems.push(
    ...validateKnowledge(documents, {
      now: options.now ?? new Date(),
      staleAfterDays: options.staleAfterDays ?? 365,
      statutes,
    }),
  );
  return { version: hash.digest('hex').slice(0, 12), documents, problems };
}

/**
 * Builds what serves from parsed files: the analyser, the situation lexicon, the compiled rules and the
 * passage index. These hold functions, so they are built on the thread that serves. Without the learned
 * second opinion (learn-from-examples.ts adds it).
 */
export function* assembleKnowledgeSteps(
  parsed: ParsedKnowledge,
  /** False for a version only checked and read, not searched (the worker): its index stays empty. */
  searchable = true,
): Generator<undefined, KnowledgeBase, undefined> {
  const { documents } = parsed;
  const problems = [...parsed.problems];
  const documentsById = new Map(documents.map((document) => [document.meta.id, document]));
  yield;
  const synonyms: SynonymGroup[] = [];
  for (const document of documents)
    if (document.meta.kind === 'synonyms') synonyms.push(...document.meta.groups);

  // The lexicon for splitting compounds: every word the knowledge base uses on its own.
  const lexicon = new Set<string>();
  for (const [position, document] of documents.entries()) {
    if (position > 0 && position % DOCUMENTS_PER_STEP === 0) yield;
    for (const word of splitWords(
      `${document.meta.title}\n${document.meta.keywords.join(' ')}\n${document.body}`,
    )) {
      lexicon.add(word.folded);
    }
  }
  for (const group of synonyms)
    for (const term of group.terms) for (const word of splitWords(term)) lexicon.add(word.folded);
  // The situation lexicon's words split compounds too ("stikstofdebat" → stikstof + debat).
  for (const document of documents)
    for (const term of situationTerms(document))
      for (const word of splitWords(term)) lexicon.add(word.folded);
  const analyzer = createAnalyzer({ lexicon, synonyms });
  yield;
  const situation = compileSituationLexicon(documents, analyzer.keyOf, problems);
  checkOrganisationPhrases(documents, situation, analyzer, problems);
  yield;

  const compileAll = createPatternCompiler(analyzer.keyOf, problems);

  const signals: CompiledSignal[] = [];
  const regimes: CompiledRegime[] = [];
  const passages: IndexedPassage[] = [];
  const documentsByBasis = new Map<BasisId, KnowledgeDocument[]>();
  for (const [position, document] of documents.entries()) {
    if (position > 0 && position % DOCUMENTS_PER_STEP === 0) yield;
    const { meta } = document;
    if (meta.kind === 'signal') {
      signals.push(compileSignal(document, meta, compileAll));
    } else if (meta.kind === 'regime') {
      regimes.push({
        meta,
        cues: compileAll(document, meta.cues),
        domain: compileAll(document, meta.domain),
      });
    }
    if ('basis' in meta) {
      for (const basis of meta.basis) {
        const list = documentsByBasis.get(basis) ?? [];
        list.push(document);
        documentsByBasis.set(basis, list);
      }
    }
    // Searchable text: signals, regimes and synonyms are rules, not answers.
    if (meta.kind === 'law' || meta.kind === 'faq' || meta.kind === 'case' || meta.kind === 'guide')
      passages.push(...passagesOf(document, meta));
  }
  for (const list of documentsByBasis.values()) {
    list.sort((a, b) => kindRank(a) - kindRank(b));
  }
  regimes.sort((a, b) => b.meta.priority - a.meta.priority);
  const passagesByFile = new Map<string, IndexedPassage[]>();
  for (const passage of passages) {
    const list = passagesByFile.get(passage.fileId) ?? [];
    list.push(passage);
    passagesByFile.set(passage.fileId, list);
  }

  yield;
  const index = yield* createPassageIndexSteps(searchable ? passages : [], analyzer);
  return {
    version: parsed.version,
    documents,
    documentsById,
    documentsByBasis,
    passages,
    passagesByFile,
    signals,
    regimes,
    analyzer,
    index,
    situation,
    learned: EMPTY_MODELS,
    problems,
  };
}

/** The plain words of a situation knowledge file's patterns. */
function situationTerms(document: KnowledgeDocument): string[] {
  const { meta } = document;
  const strip = (pattern: string) => pattern.replace(/[=*@#|]/g, ' ');
  switch (meta.kind) {
    case 'domains':
      return meta.domains.flatMap((domain) => [...domain.terms, ...domain.sensitive].map(strip));
    case 'organisations':
      return meta.organisations.flatMap((item) => [...item.names, ...item.formerNames].map(strip));
    case 'functions':
      return meta.functions.flatMap((item) => item.terms.map(strip));
    default:
      return [];
  }
}

function kindRank(document: KnowledgeDocument): number {
  const order = ['law', 'guide', 'case', 'faq'];
  const rank = order.indexOf(document.meta.kind);
  return rank === -1 ? order.length : rank;
}
