// The JSON shape of a reply on the command line and the HTTP API (the contract the evaluation reads).
import type { Reply } from './types.ts';

export function replyToJson(reply: Reply, id?: string): Record<string, unknown> {
  const common = {
    ...(id === undefined ? {} : { id }),
    replyId: reply.id,
    intent: reply.intent,
    language: reply.language,
    engine: reply.engine,
    summary: reply.summary,
    basis: reply.basis,
    answer: reply.answer,
    conditions: reply.conditions,
    nextSteps: reply.nextSteps,
    citations: reply.citations,
    knowledgeVersion: reply.knowledgeVersion,
    followUp: reply.followUp,
    ...(reply.situation ? { situation: reply.situation } : {}),
    ...(reply.missing ? { missing: reply.missing } : {}),
    ...(reply.secondOpinion ? { secondOpinion: reply.secondOpinion } : {}),
    ...(reply.review ? { review: reply.review } : {}),
    ...(reply.organisation ? { organisation: reply.organisation } : {}),
    ...(reply.explanation ? { explanation: reply.explanation } : {}),
    ...(reply.rewrite ? { rewrite: reply.rewrite } : {}),
    ...(reply.error ? { error: reply.error } : {}),
  };
  if (reply.intent === 'draft') {
    return {
      ...common,
      risk: reply.risk,
      categories: [...new Set(reply.findings.map((finding) => finding.category))],
      findings: reply.findings,
    };
  }
  return { ...common, verdict: reply.verdict ?? null };
}
