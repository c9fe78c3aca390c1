// What an organisation overlay may contain, file by file. An overlay adds an organisation's own rules, FAQs
// and guides on top of the shared knowledge; it may make an answer stricter, never more lenient than the
// law, and it never changes the law itself. Each refusal is a problem (file:line: message) that `kb check`
// reports and that makes a reload of that overlay fail (its last good version stays in service).
import type { SignalEffect } from './knowledge-schemas.ts';
import { lineOf } from './line-of.ts';
import type { KnowledgeDocument, KnowledgeProblem } from './parse-knowledge-file.ts';

/** The kinds an overlay may hold; everything else (law, cases, regimes, lexicon, situatie, examples) is shared. */
export const OVERLAY_KINDS = new Set(['organisation', 'faq', 'guide', 'signal', 'golden']);

/**
 * Effects an overlay rule may have: each can only add a hard stop, a weighing or information. Not allowed:
 * `protected` (a protected right can turn an answer into "mag"), `out-of-scope` (it takes a question out of
 * the law's reach), `expression` and `whistleblowing` (they steer which shared route applies).
 */
export const OVERLAY_EFFECTS: ReadonlySet<SignalEffect> = new Set([
  'hard-stop',
  'weighing',
  'aggravating',
  'context',
]);

const WHY: Record<string, string> = {
  law: 'statute is shared: an organisation never changes the law',
  case: 'rulings are shared knowledge',
  regime: 'which law applies is decided by the shared regimes',
  synonyms: 'the lexicon is shared (add words in lexicon/ for everyone)',
  organisations: 'the situation lexicon is shared: name the situatie/ entry in organisatie.md instead',
  domains: 'the situation lexicon is shared: list domain ids in organisatie.md instead',
  functions: 'the situation lexicon is shared',
  cues: 'the situation lexicon is shared',
  examples: 'the second opinion is trained on shared examples only',
};

/**
 * Problems with one overlay file: a kind an overlay may not hold, or a rule that could make an answer more
 * lenient. `ownSignalIds` are the ids of the overlay's own rules (the only ones its rules may cancel).
 */
export function checkOverlayDocument(
  document: KnowledgeDocument,
  folder: string,
  ownSignalIds: ReadonlySet<string>,
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const problem = (needle: string, message: string) =>
    problems.push({ file: document.path, line: lineOf(document.raw, needle), severity: 'error', message });
  const { meta } = document;
  if (!OVERLAY_KINDS.has(meta.kind)) {
    problem(
      'kind:',
      `an organisation overlay may not hold kind "${meta.kind}" (${WHY[meta.kind] ?? 'shared knowledge only'}); allowed: faq, guide, signal, golden`,
    );
    return problems;
  }
  if (meta.kind === 'organisation') {
    if (document.path !== `${folder}organisatie.md`)
      problem('kind:', `kind "organisation" belongs in ${folder}organisatie.md, not in another file`);
    return problems;
  }
  if (meta.kind !== 'signal') return problems;
  if (!OVERLAY_EFFECTS.has(meta.effect))
    problem(
      'effect:',
      `effect "${meta.effect}" could make an answer more lenient than the law: an organisation's rule may only be hard-stop, weighing, aggravating or context`,
    );
  if (meta.grounds)
    problem(
      'grounds:',
      'grounds: true would give grounds for "mag": an organisation rule may not make an answer more lenient',
    );
  for (const id of meta.cancels)
    if (!ownSignalIds.has(id))
      problem(
        id,
        `cancels: "${id}" is not a rule of this organisation: an overlay may not switch off shared rules`,
      );
  return problems;
}
