// Picks the passages a reply cites: per basis id the statute text of its law file, and the best
// matching explanation (FAQ, case, guide) for the question.
import type { Citation } from '../core/types.ts';
import type { BasisId, Verdict } from '../core/vocabulary.ts';
import type { CompiledRegime, KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { KnowledgeDocument } from '../knowledge/parse-knowledge-file.ts';
import type { IndexedPassage } from '../search/passage-index.ts';
import type { Situation } from '../situation/situation-schema.ts';

export interface CitationOptions {
  now: Date;
  /** A file is stale when its review date is older than this many days. */
  staleAfterDays: number;
  maxQuoteLength?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function toCitation(
  document: KnowledgeDocument,
  passage: IndexedPassage,
  options: CitationOptions,
): Citation {
  const { meta } = document;
  const reviewedAt = Date.parse(meta.reviewed);
  // An organisation's own file is cited as that organisation's ("Gedragscode gemeente Voorbeeld, § 3").
  const own = document.organisation;
  const ownLabel =
    own && !meta.title.toLowerCase().includes(own.name.toLowerCase())
      ? `${meta.title} (${own.name})`
      : meta.title;
  return {
    fileId: meta.id,
    title: own ? ownLabel : meta.title,
    article: own
      ? ownLabel
      : 'article' in meta
        ? meta.article
        : 'reference' in meta
          ? meta.reference
          : meta.title,
    ...(own ? { organisation: own } : {}),
    quote: shorten(passage.text, options.maxQuoteLength ?? 420),
    section: passage.heading,
    basis: 'basis' in meta ? [...meta.basis] : [],
    reviewed: meta.reviewed,
    stale: options.now.getTime() - reviewedAt > options.staleAfterDays * DAY_MS,
    status: 'status' in meta ? meta.status : 'current',
  };
}

/** Statute citations for the basis ids, in their order. */
export function citeBasis(
  knowledge: KnowledgeBase,
  basis: BasisId[],
  query: string,
  options: CitationOptions,
): Citation[] {
  const citations: Citation[] = [];
  for (const id of basis) {
    const document = knowledge.documentsByBasis.get(id)?.find((candidate) => candidate.meta.kind === 'law');
    if (!document) continue;
    const passages = knowledge.passagesByFile.get(document.meta.id) ?? [];
    // The statute text itself when the file has one; otherwise the section that best fits the question.
    const passage =
      passages.find((candidate) => candidate.verbatim) ??
      knowledge.index.search(query, { fileIds: [document.meta.id], limit: 1 })[0]?.passage ??
      passages[0];
    if (passage) citations.push(toCitation(document, passage, options));
  }
  return citations;
}

/** Where a citation's passage sits: the file and the heading of its section. */
export interface CitationReference {
  fileId: string;
  section: string;
}

/**
 * The citations behind references, from the knowledge in service, with their passages whole (up to
 * `maxQuoteLength`): what a channel shows when someone asks for the quotes of an answer given earlier. A file
 * or section that is gone since is left out.
 */
export function citationsByReference(
  knowledge: KnowledgeBase,
  references: readonly CitationReference[],
  options: CitationOptions,
): Citation[] {
  return references.flatMap((reference) => {
    const document = knowledge.documentsById.get(reference.fileId);
    const passage = knowledge.passagesByFile
      .get(reference.fileId)
      ?.find((candidate) => candidate.heading === reference.section);
    return document && passage ? [toCitation(document, passage, options)] : [];
  });
}

/** True for the English summary section of a file. */
const isEnglishSection = (heading: string) => /english/i.test(heading);

/**
 * The best explanation passages (not statute) for the question, above a relevance floor and close to the best
 * hit: a FAQ only when its own verdict agrees with the answer (a FAQ that says the opposite would confuse) and,
 * when it is written for some sectors, only for a speaker in one of them (a FAQ about teachers does not belong
 * under a question from a Rijk employee); a summary of secondary sources or a historical text (the Rob advice
 * of 2012) only when it is the best hit, so the question is about it. The section in the language of the
 * question.
 */
export function citeRelated(
  knowledge: KnowledgeBase,
  query: string,
  exclude: Set<string>,
  options: CitationOptions & {
    limit: number;
    minScore: number;
    verdict: Verdict;
    language: 'nl' | 'en';
    /** The speaker's sectors (theirs, else their regime's); empty when unknown. */
    sectors: readonly string[];
  },
): Citation[] {
  const citations: Citation[] = [];
  const hits = knowledge.index.search(query, { kinds: ['faq', 'case', 'guide'], limit: 20 });
  const best = hits[0]?.score ?? 0;
  for (const hit of hits) {
    if (citations.length >= options.limit || hit.score < options.minScore) break;
    // Far below the best hit, a passage is about something else.
    if (hit.score < best * RELATIVE_FLOOR) break;
    if (exclude.has(hit.passage.fileId)) continue;
    const document = knowledge.documentsById.get(hit.passage.fileId);
    if (!document) continue;
    const { meta } = document;
    if (meta.kind === 'faq' && meta.verdict !== options.verdict) continue;
    if (
      meta.kind === 'faq' &&
      meta.sectors.length > 0 &&
      !meta.sectors.some((sector) => options.sectors.includes(sector))
    )
      continue;
    if ('status' in meta && meta.status !== 'current' && hit !== hits[0]) continue;
    const sections = knowledge.passagesByFile.get(meta.id) ?? [hit.passage];
    const wantEnglish = options.language === 'en';
    const passage =
      isEnglishSection(hit.passage.heading) === wantEnglish
        ? hit.passage
        : (sections.find((section) => isEnglishSection(section.heading) === wantEnglish) ?? hit.passage);
    exclude.add(meta.id);
    citations.push(toCitation(document, passage, options));
  }
  return citations;
}

/** The speaker's sector, else the sectors of the regime read from the text; empty when unknown. */
export function speakerSectors(situation: Situation, regime: CompiledRegime | undefined): string[] {
  const sector = situation.speaker.sector;
  return sector ? [sector] : [...(regime?.meta.sectors ?? [])];
}

/** A related passage scoring under this share of the best one is not cited. */
const RELATIVE_FLOOR = 0.5;

/** Cuts a text at a sentence or word boundary. */
export function shorten(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '));
  if (sentenceEnd > maxLength * 0.5) return `${cut.slice(0, sentenceEnd + 1)} …`;
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** The article names behind basis ids, from a reply's own citations; the id itself when none cites it. */
export function articlesFor(basis: readonly string[], citations: readonly Citation[]): string {
  return basis
    .map((id) => citations.find((citation) => citation.basis.includes(id as never))?.article ?? id)
    .filter((article, index, all) => all.indexOf(article) === index)
    .join('; ');
}
