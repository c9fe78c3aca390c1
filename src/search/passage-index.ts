// Ranks knowledge passages for a query with BM25 (MiniSearch) over our own Dutch-aware terms.
import MiniSearch from 'minisearch';
import type { Passage } from '../knowledge/split-passages.ts';
import type { Analyzer } from '../text/analyze-text.ts';

export interface IndexedPassage extends Passage {
  title: string;
  kind: string;
  keywords: string[];
}

export interface PassageHit {
  passage: IndexedPassage;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Only passages of these knowledge kinds. */
  kinds?: string[];
  /** Only passages of these files. */
  fileIds?: string[];
}

export interface PassageIndex {
  search(query: string, options?: SearchOptions): PassageHit[];
  readonly size: number;
}

export function createPassageIndex(passages: IndexedPassage[], analyzer: Analyzer): PassageIndex {
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const miniSearch = new MiniSearch<IndexedPassage>({
    fields: ['title', 'heading', 'text', 'keywords'],
    storeFields: [],
    extractField: (document, field) => {
      const value = document[field as keyof IndexedPassage];
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    },
    // Our analyser already stems, splits compounds and adds concepts; MiniSearch only counts.
    tokenize: (text) => analyzer.indexTerms(text, { english: false }),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => analyzer.indexTerms(text, { english: true }),
      boost: { title: 2, heading: 1.5, keywords: 2 },
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
    },
  });
  miniSearch.addAll(passages);

  return {
    size: passages.length,
    search(query, options = {}) {
      const kinds = options.kinds ? new Set(options.kinds) : undefined;
      const fileIds = options.fileIds ? new Set(options.fileIds) : undefined;
      const filter =
        kinds || fileIds
          ? (result: { id: string }) => {
              const passage = byId.get(result.id);
              return (
                !!passage && (!kinds || kinds.has(passage.kind)) && (!fileIds || fileIds.has(passage.fileId))
              );
            }
          : undefined;
      const results = miniSearch.search(query, filter ? { filter } : {});
      const hits: PassageHit[] = [];
      for (const result of results.slice(0, options.limit ?? 8)) {
        const passage = byId.get(result.id);
        if (passage) hits.push({ passage, score: result.score });
      }
      return hits;
    },
  };
}
