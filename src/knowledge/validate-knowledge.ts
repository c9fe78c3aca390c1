// Rules across files, run on every load and by `kb check`: links to files that do not exist, review
// dates older than a year, and statute quotes that differ from the verbatim statute text.
import type { KnowledgeDocument, KnowledgeProblem } from './parse-knowledge-file.ts';

export interface ValidationOptions {
  now: Date;
  /** Review dates older than this many days give a warning. */
  staleAfterDays: number;
  /** Verbatim statute texts by law file id (knowledge/statutes/<id>.txt). */
  statutes: Map<string, string>;
  /** Ids of files outside `documents` that links may point to (an overlay's links to the shared knowledge). */
  knownIds?: ReadonlySet<string>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function validateKnowledge(
  documents: KnowledgeDocument[],
  options: ValidationOptions,
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const ids = new Set([...(options.knownIds ?? []), ...documents.map((document) => document.meta.id)]);
  const lawBasis = new Set(
    documents.flatMap((document) => (document.meta.kind === 'law' ? document.meta.basis : [])),
  );
  for (const document of documents) {
    const { meta } = document;
    const problem = (severity: KnowledgeProblem['severity'], needle: string, message: string) =>
      problems.push({ file: document.path, line: lineOfField(document, needle), severity, message });

    const links: [string, string[]][] = [];
    if (meta.kind === 'faq') links.push(['related', meta.related]);
    if (meta.kind === 'golden')
      links.push(['faq', meta.cases.flatMap((item) => (item.faq ? [item.faq] : []))]);
    if (meta.kind === 'signal') {
      links.push(['cancels', meta.cancels]);
      links.push(['requires', [...(meta.requires.signals ?? []), ...(meta.requires.anyOf ?? [])]]);
    }
    for (const [field, targets] of links) {
      for (const target of targets) {
        if (!ids.has(target))
          problem('error', target, `${field}: "${target}" is not the id of any knowledge file`);
      }
    }
    if (meta.kind === 'law') {
      for (const target of meta.replacedBy) {
        if (!lawBasis.has(target))
          problem('error', target, `replacedBy: no law file carries basis "${target}"`);
      }
    }

    const age = options.now.getTime() - Date.parse(meta.reviewed);
    if (age > options.staleAfterDays * DAY_MS) {
      problem(
        'warning',
        'reviewed:',
        `reviewed ${meta.reviewed} is more than ${options.staleAfterDays} days ago: check the content and update the date`,
      );
    }
    if (meta.kind === 'law') problems.push(...checkStatuteQuotes(document, options.statutes.get(meta.id)));
  }
  return problems;
}

/** Every quoted line under "## Wettekst" must occur verbatim in the statute text of the article. */
function checkStatuteQuotes(document: KnowledgeDocument, statute: string | undefined): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const lines = document.body.split(/\r?\n/);
  let inStatute = false;
  const normalisedStatute = statute === undefined ? undefined : normalise(statute);
  let quotes = 0;
  lines.forEach((line, index) => {
    if (/^##\s/.test(line)) inStatute = /^##\s+(wettekst|statutory text)/i.test(line);
    if (!inStatute || !line.startsWith('>')) return;
    const quote = normalise(line.replace(/^>\s?/, '').replace(/^(\d+\.|[a-z]\.|[a-z]\)|-)\s+/, ''));
    if (!quote) return;
    quotes++;
    if (normalisedStatute !== undefined && !normalisedStatute.includes(quote)) {
      problems.push({
        file: document.path,
        line: document.bodyLine + index,
        severity: 'error',
        message: `statute quote is not verbatim in the text of ${document.meta.id} (knowledge/statutes/${document.meta.id}.txt): "${quote.slice(0, 60)}…"`,
      });
    }
  });
  if (quotes > 0 && normalisedStatute === undefined) {
    problems.push({
      file: document.path,
      line: document.bodyLine,
      severity: 'warning',
      message: `no statute text in knowledge/statutes/${document.meta.id}.txt to check the quotes against`,
    });
  }
  return problems;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Line of a field or value in the front matter (1-based), or the first line. */
function lineOfField(document: KnowledgeDocument, needle: string): number {
  const header = document.raw.slice(0, document.raw.length - document.body.length);
  const at = header.indexOf(needle);
  return at === -1 ? 1 : header.slice(0, at).split('\n').length;
}
