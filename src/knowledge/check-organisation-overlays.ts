// `kb check` for the organisation overlays: each overlay's own problems (kinds it may not hold, rules that could
// loosen an answer, broken files, links, patterns), recognition ids claimed twice, its golden questions run
// with the organisation, and a comparison that finds where an overlay would make an answer more lenient: the
// shared golden questions and the overlay's own FAQ questions, answered with and without the organisation.
import { createBot } from '../core/create-bot.ts';
import { VERDICT_STRICTNESS } from '../core/vocabulary.ts';
import type { KnowledgeBase } from './build-knowledge-base.ts';
import { staticKnowledgeStore } from './knowledge-store.ts';
import { lineOf } from './line-of.ts';
import { buildOrganisationKnowledge } from './organisation-knowledge.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';
import { type ParsedOverlay, recognitionClashes } from './parse-organisation-overlay.ts';
import { runGoldenQuestions } from './run-golden-questions.ts';

const STRICTNESS = VERDICT_STRICTNESS;

export interface OverlayCheck {
  overlays: number;
  goldenCases: number;
  problems: KnowledgeProblem[];
}

export async function checkOrganisationOverlays(
  knowledge: KnowledgeBase,
  overlays: readonly ParsedOverlay[],
  now: Date,
): Promise<OverlayCheck> {
  const problems: KnowledgeProblem[] = [...recognitionClashes(overlays)];
  let goldenCases = 0;
  const store = staticKnowledgeStore(knowledge, '(kb check)', overlays);
  // Without the floor: the point is to find where an overlay would loosen an answer.
  const bot = createBot({ knowledge: store, now: () => now, organisationFloor: false });
  const ask = async (question: string, organisation: string | undefined, profile?: object) =>
    (
      await bot.handle({
        channel: 'test',
        command: 'ask',
        text: question,
        ...(profile ? { profile } : {}),
        ...(organisation ? { organisation } : {}),
        conversationId: `kb-check-${Math.random()}`,
      })
    ).verdict;
  const sharedGolden = knowledge.documents.flatMap((document) =>
    document.meta.kind === 'golden' ? document.meta.cases : [],
  );
  for (const overlay of overlays) {
    problems.push(...overlay.problems);
    const { built, problems: buildProblems } = buildOrganisationKnowledge(knowledge, overlay);
    problems.push(...buildProblems);
    if (!built || !store.organisation(overlay.id)) continue;
    const golden = await runGoldenQuestions(built.knowledge, now, { organisation: overlay.id, store });
    goldenCases += golden.cases;
    problems.push(...golden.problems);
    const own = overlay.documents.find((document) => document.meta.kind === 'organisation');
    const ownFile = own?.path ?? `organisaties/${overlay.id}/organisatie.md`;
    // Would this organisation's users get a more lenient answer than everyone else?
    for (const item of sharedGolden) {
      const generic = await ask(item.question, undefined, item.profile);
      const theirs = await ask(item.question, overlay.id, item.profile);
      if (generic && theirs && STRICTNESS[theirs] < STRICTNESS[generic])
        problems.push({
          file: ownFile,
          line: 1,
          severity: 'error',
          message: `the overlay makes an answer more lenient than the law: "${item.question}" is ${generic} for everyone, ${theirs} for ${overlay.id}`,
        });
    }
    for (const document of overlay.documents) {
      if (document.meta.kind !== 'faq') continue;
      const { meta } = document;
      for (const question of [meta.question, ...meta.variants]) {
        const generic = await ask(question, undefined);
        const theirs = await ask(question, overlay.id);
        if (generic && theirs && STRICTNESS[theirs] < STRICTNESS[generic])
          problems.push({
            file: document.path,
            line: lineOf(document.raw, question),
            severity: 'error',
            message: `the overlay makes this answer more lenient than the law: ${generic} for everyone, ${theirs} for ${overlay.id}`,
          });
        if (theirs && theirs !== 'buiten-scope' && STRICTNESS[meta.verdict] < STRICTNESS[theirs])
          problems.push({
            file: document.path,
            line: lineOf(document.raw, 'verdict:'),
            severity: 'error',
            message: `verdict ${meta.verdict} is more lenient than the answer the bot gives to "${question}" (${theirs}): an organisation's FAQ may not promise more than the law allows`,
          });
      }
    }
  }
  return { overlays: overlays.length, goldenCases, problems };
}
