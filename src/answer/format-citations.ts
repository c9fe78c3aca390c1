// Sources as short numbered citations, the same in every channel: "[1] Ambtenarenwet 2017, art. 10 — vrijheid
// van meningsuiting en de grens", the article and the title each said once. The quotes go behind an action.
import type { Citation } from '../core/types.ts';
import { LABELS, type Language } from './messages.ts';

/**
 * The article and what it is about, once: a law file's title repeats its article before a colon
 * ("Ambtenarenwet 2017, artikel 10: vrijheid van meningsuiting en de grens"), so only the part after it
 * follows the article. A FAQ or guide is cited by its title alone.
 */
export function citationLabel(citation: Pick<Citation, 'article' | 'title'>): string {
  const { article, title } = citation;
  if (article === title) return title;
  const colon = title.indexOf(': ');
  if (colon > 0) return `${article} — ${title.slice(colon + 2)}`;
  // A title with no colon that starts the way the article does names the same thing.
  const start = (text: string) => text.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
  return start(title) === start(article) ? article : `${article} — ${title}`;
}

/** Notes on a source: old rule, summary, stale. */
export function citationNotes(citation: Citation, language: Language): string[] {
  const labels = LABELS[language];
  return [
    ...(citation.status === 'historical' ? [labels.historical] : []),
    ...(citation.status === 'summary' ? [labels.summary] : []),
    ...(citation.stale ? [labels.stale] : []),
  ];
}

/** "Ambtenarenwet 2017, art. 10 — …", with the notes in brackets. */
export function citationText(citation: Citation, language: Language): string {
  const notes = citationNotes(citation, language);
  return `${citationLabel(citation)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

/** "[1] Ambtenarenwet 2017, art. 10 — …": numbered as in the list under the answer. */
export function numberedCitation(citation: Citation, index: number, language: Language): string {
  return `[${index + 1}] ${citationText(citation, language)}`;
}

/** The oldest review date among the sources: how fresh the answer as a whole is. */
export function oldestReview(citations: readonly Citation[]): string | undefined {
  return citations.map((citation) => citation.reviewed).sort()[0];
}
