// The knowledge passages a model call may use: the statute text behind each basis id the rules found,
// then the best search hits. Each gets a short id (P1, P2 …) that the model cites and the check resolves.
import type { BasisId } from '../core/vocabulary.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { IndexedPassage } from '../search/passage-index.ts';
import { asData } from './prompt-templates.ts';

export interface RetrievedPassage {
  /** The id the model sees and cites. */
  id: string;
  passage: IndexedPassage;
}

const MAX_PASSAGES = 8;
const MAX_PASSAGE_CHARS = 1500;

export function retrievePassages(
  knowledge: KnowledgeBase,
  query: string,
  basis: readonly BasisId[],
): RetrievedPassage[] {
  const chosen: IndexedPassage[] = [];
  const seen = new Set<string>();
  const add = (passage: IndexedPassage | undefined) => {
    if (!passage || seen.has(passage.id) || chosen.length >= MAX_PASSAGES) return;
    seen.add(passage.id);
    chosen.push(passage);
  };
  for (const id of basis.slice(0, 4)) {
    const law = knowledge.documentsByBasis.get(id)?.find((document) => document.meta.kind === 'law');
    const passages = law ? (knowledge.passagesByFile.get(law.meta.id) ?? []) : [];
    add(passages.find((passage) => passage.verbatim) ?? passages[0]);
  }
  for (const hit of knowledge.index.search(query, { kinds: ['faq', 'case', 'guide', 'law'], limit: 12 })) {
    add(hit.passage);
  }
  return chosen.map((passage, index) => ({ id: `P${index + 1}`, passage }));
}

/** The passages as the prompt shows them: delimited, with title and heading, their text as data. */
export function formatPassages(passages: readonly RetrievedPassage[]): string {
  return passages
    .map(({ id, passage }) => {
      const text =
        passage.text.length > MAX_PASSAGE_CHARS
          ? `${passage.text.slice(0, MAX_PASSAGE_CHARS)} …`
          : passage.text;
      return `<passage id="${id}" title="${asData(passage.title).replace(/"/g, "'")}" section="${asData(passage.heading).replace(/"/g, "'")}">\n${asData(text)}\n</passage>`;
    })
    .join('\n');
}

/**
 * Does the quote occur in the text, exactly but for whitespace, as at least six whole words (starting and
 * ending at word boundaries, so "niet" cannot be cut off or a fragment pass as a sentence)?
 */
export function occursVerbatim(quote: string, text: string): boolean {
  const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();
  const needle = normalise(quote).replace(/^["“”']+|["“”']+$/g, '');
  if ((needle.match(/[\p{L}\p{N}]+/gu) ?? []).length < 6) return false;
  const haystack = normalise(text);
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let from = haystack.indexOf(needle); from >= 0; from = haystack.indexOf(needle, from + 1)) {
    if (!isWordChar(haystack[from - 1]) && !isWordChar(haystack[from + needle.length])) return true;
  }
  return false;
}
