// The legal references in a model answer's prose that no cited passage holds. A passage holds what its
// title and text name, what its file is about (a law's article, a ruling's ECLI) and, for a statute text
// of one article, the structure of that text: its numbered paragraphs and lettered items (so "artikel 10
// lid 2 sub b" is held by the text of artikel 10 even though it never writes "lid 2").
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { findLegalReferences } from './find-legal-references.ts';
import { covers, type ReferenceReading } from './legal-reference.ts';
import type { RetrievedPassage } from './retrieve-passages.ts';

/** The references in the prose that none of the cited passages holds, as written. */
export function unsupportedReferences(
  prose: string,
  cited: readonly RetrievedPassage[],
  knowledge: KnowledgeBase,
): string[] {
  const held = cited.flatMap((retrieved) => heldBy(retrieved, knowledge));
  const missing = new Set<string>();
  for (const reference of findLegalReferences(prose)) {
    const isHeld = reference.readings.some((wanted) => held.some((reading) => covers(reading, wanted)));
    if (!isHeld) missing.add(reference.written);
  }
  return [...missing];
}

function heldBy({ passage }: RetrievedPassage, knowledge: KnowledgeBase): ReferenceReading[] {
  const meta = knowledge.documentsById.get(passage.fileId)?.meta;
  const about = meta?.kind === 'law' ? meta.article : meta?.kind === 'case' ? meta.reference : '';
  const text = [passage.title, about, passage.heading, passage.text].join('\n');
  const held = findLegalReferences(text, { expandRanges: true }).flatMap((reference) => reference.readings);
  if (passage.verbatim && meta?.kind === 'law') held.push(...statuteStructure(meta.article, passage.text));
  return held;
}

/**
 * The paragraphs ("1. …") and items ("a. …") of a statute text that quotes one article; nothing when the
 * file is about several articles, whose paragraphs cannot be told apart.
 */
function statuteStructure(about: string, text: string): ReferenceReading[] {
  const numbers = new Set(
    findLegalReferences(about)
      .flatMap((reference) => reference.readings)
      .filter((reading) => reading.kind === 'article')
      .map((reading) => reading.number),
  );
  const [number] = [...numbers];
  if (numbers.size !== 1 || number === undefined) return [];
  const structure: ReferenceReading[] = [];
  let paragraph: string | undefined;
  for (const line of text.split('\n')) {
    const numbered = /^\s*(\d{1,2})\.\s/.exec(line);
    const lettered = /^\s*([a-z])\.\s/.exec(line);
    if (numbered) {
      paragraph = numbered[1];
      structure.push({ kind: 'article', number, paragraph });
    } else if (lettered) {
      structure.push({ kind: 'article', number, paragraph, item: lettered[1] });
    }
  }
  return structure;
}
