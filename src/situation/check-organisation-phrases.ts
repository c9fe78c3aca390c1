// `inSentence` ("de Belastingdienst") is what the summary says instead of an organisation's name, so it must
// name that organisation: read as a user's words, it is found as this organisation and not as another one.
// A phrase copied to the wrong entry, or a typo, becomes a problem with its file and line.

import { lineOf } from '../knowledge/line-of.ts';
import type { KnowledgeDocument, KnowledgeProblem } from '../knowledge/parse-knowledge-file.ts';
import type { Analyzer } from '../text/analyze-text.ts';
import type { SituationLexicon } from './situation-lexicon.ts';

export function checkOrganisationPhrases(
  documents: KnowledgeDocument[],
  lexicon: SituationLexicon,
  analyzer: Analyzer,
  problems: KnowledgeProblem[],
): void {
  for (const document of documents) {
    if (document.meta.kind !== 'organisations') continue;
    for (const organisation of document.meta.organisations) {
      const phrase = organisation.inSentence;
      if (phrase === undefined) continue;
      const found = new Set(lexicon.organisationIndex.find(analyzer.analyze(phrase)).map((hit) => hit.value));
      if (found.has(organisation.id)) continue;
      const written = `inSentence: "${phrase}"`;
      const others = [...found].map((id) => `"${id}"`).join(', ');
      problems.push({
        file: document.path,
        line: lineOf(document.raw, document.raw.includes(written) ? written : phrase),
        severity: 'error',
        message:
          `organisation "${organisation.id}": inSentence "${phrase}" does not name it` +
          (others ? ` (it reads as ${others})` : ': none of its names or formerNames is found in it'),
      });
    }
  }
}
