// Splits a document body into passages at its "## " headings; each passage is indexed and cited alone.
import type { KnowledgeDocument } from './parse-knowledge-file.ts';

export interface Passage {
  /** "<file id>#<n>", stable while the headings stay in order. */
  id: string;
  fileId: string;
  /** The heading of the section, or the file title for text before the first heading. */
  heading: string;
  /** The section text as plain text (Markdown quote marks and emphasis removed). */
  text: string;
  /** True for a section that quotes statute verbatim ("## Wettekst"). */
  verbatim: boolean;
  /** 1-based line of the heading in the file. */
  line: number;
}

const HEADING = /^##\s+(.+?)\s*$/;

export function splitPassages(document: KnowledgeDocument): Passage[] {
  const passages: Passage[] = [];
  let heading = document.meta.title;
  let line = document.bodyLine;
  let buffer: string[] = [];
  const flush = () => {
    const text = plainText(buffer.join('\n'));
    if (text) {
      passages.push({
        id: `${document.meta.id}#${passages.length + 1}`,
        fileId: document.meta.id,
        heading,
        text,
        verbatim: /^wettekst|^statutory text/i.test(heading),
        line,
      });
    }
  };
  document.body.split(/\r?\n/).forEach((rawLine, index) => {
    const match = HEADING.exec(rawLine);
    if (match?.[1]) {
      flush();
      heading = match[1];
      line = document.bodyLine + index;
      buffer = [];
    } else if (!/^#\s/.test(rawLine)) {
      buffer.push(rawLine);
    }
  });
  flush();
  return passages;
}

/** Markdown to readable plain text: quote markers, emphasis and link syntax removed. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^\s*>\s?/, '').replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, ''))
    .join('\n')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
