// Turns a draft assessment into a Reply: risk, findings with the words they rest on, advice and sources.
// The draft itself is never put in a log; it appears only in the reply to its author.
import { LABELS, type Language } from '../answer/messages.ts';
import { type CitationOptions, citeBasis } from '../answer/select-citations.ts';
import type { Profile, Reply } from '../core/types.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { assessDraft } from './assess-draft.ts';
import { DRAFT_DEFAULT_ADVICE, DRAFT_LABELS, RISK_HEADLINE } from './draft-messages.ts';

export interface DraftReplyBase {
  id: string;
  knowledgeVersion: string;
  citationOptions: CitationOptions;
}

export function composeDraftReply(
  knowledge: KnowledgeBase,
  draft: string,
  profile: Profile | undefined,
  language: Language,
  base: DraftReplyBase,
): Reply {
  const assessment = assessDraft(knowledge, draft, profile, language);
  const summary = RISK_HEADLINE[language][assessment.risk];
  const labels = DRAFT_LABELS[language];
  const nextSteps = [DRAFT_DEFAULT_ADVICE[language][assessment.risk]];
  const conditions = assessment.findings.map((finding) => finding.message);
  const citations = citeBasis(knowledge, assessment.basis.slice(0, 4), draft, base.citationOptions);
  const lines = [summary];
  if (assessment.findings.length > 0) {
    lines.push('', `${labels.findings}:`);
    for (const finding of assessment.findings) {
      const quoted = finding.spans.map((span) => `"${span.text}"`).join(', ');
      lines.push(
        `• ${quoted ? `${quoted}: ` : ''}${finding.message} (${labels.norm}: ${articleNames(finding.basis, knowledge)})`,
      );
      if (finding.suggestion) lines.push(`  ${labels.suggestion}: ${finding.suggestion}`);
    }
  }
  lines.push(
    '',
    ...nextSteps,
    '',
    labels.privacy,
    '',
    `${LABELS[language].version}: ${base.knowledgeVersion}`,
  );
  return {
    id: base.id,
    knowledgeVersion: base.knowledgeVersion,
    intent: 'draft',
    language,
    engine: 'embedded',
    risk: assessment.risk,
    summary,
    conditions,
    nextSteps,
    basis: assessment.basis,
    citations,
    findings: assessment.findings,
    situation: assessment.situation,
    ...(assessment.secondOpinion ? { secondOpinion: assessment.secondOpinion } : {}),
    answer: lines.join('\n'),
    followUp: false,
    suggestedActions: [],
  };
}

function articleNames(basis: readonly string[], knowledge: KnowledgeBase): string {
  return basis
    .map((id) => {
      const document = knowledge.documentsById.get(id);
      return document && 'article' in document.meta ? document.meta.article : id;
    })
    .join(', ');
}
