// Golden questions: HR's list of questions that must keep their answer. Run by `kb check` against the
// edited knowledge, so a change that flips an answer is seen before it goes live.
import { createBot } from '../core/create-bot.ts';
import type { KnowledgeBase } from './build-knowledge-base.ts';
import { type KnowledgeStore, staticKnowledgeStore } from './knowledge-store.ts';
import { lineOf } from './line-of.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';

export interface GoldenResult {
  cases: number;
  failed: number;
  problems: KnowledgeProblem[];
}

export async function runGoldenQuestions(
  knowledge: KnowledgeBase,
  now: Date = new Date(),
  /** An organisation's golden questions: asked as that organisation, through a store that serves it. */
  as?: { organisation: string; store: KnowledgeStore },
): Promise<GoldenResult> {
  const bot = createBot({ knowledge: as?.store ?? staticKnowledgeStore(knowledge), now: () => now });
  const problems: KnowledgeProblem[] = [];
  let cases = 0;
  for (const document of knowledge.documents) {
    if (document.meta.kind !== 'golden') continue;
    // The shared golden questions run without an organisation; an overlay's only with its own.
    if (document.organisation?.id !== as?.organisation) continue;
    for (const [index, item] of document.meta.cases.entries()) {
      cases++;
      const reply = await bot.handle({
        channel: 'test',
        command: 'ask',
        text: item.question,
        profile: item.profile,
        conversationId: `golden-${document.meta.id}-${index}`,
        ...(as ? { organisation: as.organisation } : {}),
      });
      const line = lineOf(document.raw, item.question);
      const where = `golden question "${shorten(item.question)}"`;
      if (reply.verdict !== item.verdict) {
        problems.push({
          file: document.path,
          line,
          severity: 'error',
          message: `${where}: expected verdict ${item.verdict}, the answer is now ${reply.verdict ?? reply.intent}`,
        });
      }
      if (item.faq && !reply.citations.some((citation) => citation.fileId === item.faq)) {
        const cited = reply.citations.map((citation) => citation.fileId).join(', ') || 'nothing';
        problems.push({
          file: document.path,
          line,
          severity: 'error',
          message: `${where}: expected the answer to point to ${item.faq}, it now cites ${cited}`,
        });
      }
    }
  }
  return { cases, failed: new Set(problems.map((problem) => problem.line)).size, problems };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
