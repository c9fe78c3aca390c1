// Which knowledge has been reviewed by Juridische Zaken, and which part of an answer rests on content that
// has not. All content starts as `concept`; the answer says so in one short line.
import type { KnowledgeBase } from './build-knowledge-base.ts';
import type { KnowledgeDocument } from './parse-knowledge-file.ts';
import type { Review, ReviewStatus } from './review-schema.ts';

export function reviewOf(document: KnowledgeDocument): Review {
  return document.meta.review;
}

export interface ReviewCounts {
  concept: number;
  reviewed: number;
  /** Files waiting for review: path, id and title, by path. */
  waiting: { path: string; id: string; title: string; kind: string }[];
}

export function countReviews(knowledge: KnowledgeBase): ReviewCounts {
  const waiting: ReviewCounts['waiting'] = [];
  let reviewed = 0;
  for (const document of knowledge.documents) {
    if (reviewOf(document).status === 'juridisch-getoetst') reviewed += 1;
    else
      waiting.push({
        path: document.path,
        id: document.meta.id,
        title: document.meta.title,
        kind: document.meta.kind,
      });
  }
  waiting.sort((a, b) => a.path.localeCompare(b.path));
  return { concept: waiting.length, reviewed, waiting };
}

/** The review status of an answer that rests on these files (ids): concept when any of them is. */
export function reviewOfAnswer(
  knowledge: KnowledgeBase,
  fileIds: Iterable<string>,
): { status: ReviewStatus; unreviewed: string[] } | undefined {
  const unreviewed = new Set<string>();
  let any = false;
  for (const id of fileIds) {
    const document = knowledge.documentsById.get(id);
    if (!document) continue;
    any = true;
    if (reviewOf(document).status !== 'juridisch-getoetst') unreviewed.add(id);
  }
  if (!any) return undefined;
  return unreviewed.size > 0
    ? { status: 'concept', unreviewed: [...unreviewed].sort() }
    : { status: 'juridisch-getoetst', unreviewed: [] };
}
