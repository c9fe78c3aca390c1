// Turns a draft assessment into a Reply: risk, findings with the words they rest on, a safer version where the
// rules can build one, advice and sources. The draft itself is never put in a log; it appears only in the reply
// to its author.
import { numberedCitation, oldestReview } from '../answer/format-citations.ts';
import { LABELS, type Language } from '../answer/messages.ts';
import { organisationContactStep } from '../answer/organisation-contact.ts';
import { articlesFor, type CitationOptions, citeBasis } from '../answer/select-citations.ts';
import type { Profile, Reply } from '../core/types.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { OrganisationFile } from '../knowledge/organisation-schema.ts';
import { assessDraft } from './assess-draft.ts';
import { glanceDraft, lineText } from './draft-glance.ts';
import {
  CATEGORY_LABEL,
  DRAFT_DEFAULT_ADVICE,
  DRAFT_LABELS,
  POLITICIAN_DRAFT_NOTE,
  PRIVATE_DRAFT_NOTE,
  RISK_HEADLINE,
} from './draft-messages.ts';
import { rewriteDraft } from './rewrite-draft.ts';

export interface DraftReplyBase {
  id: string;
  knowledgeVersion: string;
  citationOptions: CitationOptions;
  /** The author's organisation, when known: its contact is the first next step of a risky draft. */
  organisation?: OrganisationFile;
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
  const contact =
    base.organisation && assessment.risk !== 'laag'
      ? organisationContactStep(base.organisation, assessment.situation, assessment.risk, language)
      : undefined;
  const nextSteps = [
    ...(contact ? [contact] : []),
    assessment.electedWriter && assessment.risk === 'laag'
      ? POLITICIAN_DRAFT_NOTE[language]
      : assessment.privateWriter && assessment.risk === 'laag'
        ? PRIVATE_DRAFT_NOTE[language]
        : DRAFT_DEFAULT_ADVICE[language][assessment.risk],
  ];
  const conditions = assessment.findings.map((finding) => finding.message);
  const citations = citeBasis(knowledge, assessment.basis.slice(0, 4), draft, base.citationOptions);
  const rewrite =
    assessment.risk === 'laag'
      ? undefined
      : rewriteDraft(knowledge, draft, assessment.findings, profile, language);
  const reply: Reply = {
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
    ...(rewrite ? { rewrite } : {}),
    draft: { text: draft, offset: 0 },
    situation: assessment.situation,
    ...(assessment.secondOpinion ? { secondOpinion: assessment.secondOpinion } : {}),
    answer: '',
    followUp: false,
    suggestedActions: [],
  };
  reply.answer = renderDraftText(reply, base.knowledgeVersion, (basis) => articleNames(basis, knowledge));
  return reply;
}

/**
 * The text a user reads about a draft (the CLI prints it under the draft with its words marked): what the
 * glance picks, the sources as short numbered citations, then every finding in full and the quotes.
 */
export function renderDraftText(
  reply: Reply,
  knowledgeVersion: string,
  articles: (basis: readonly string[]) => string = (basis) => articlesFor(basis, reply.citations),
): string {
  const { language } = reply;
  const labels = DRAFT_LABELS[language];
  const common = LABELS[language];
  const glance = glanceDraft(reply);
  const lines = [glance.headline];
  if (glance.findings.length > 0)
    lines.push('', `${labels.findings}:`, ...glance.findings.map((line) => `• ${lineText(line, language)}`));
  if (glance.rewrite) lines.push('', `${labels.rewrite}:`, glance.rewrite);
  if (glance.suggestion) lines.push('', `${labels.suggestion}: ${glance.suggestion}`);
  if (glance.nextStep) lines.push('', glance.nextStep);
  const { citations } = reply;
  if (citations.length > 0) {
    lines.push('', `${common.sources} (${common.reviewedAll} ${oldestReview(citations)}):`);
    lines.push(...citations.map((citation, index) => numberedCitation(citation, index, language)));
  }
  if (reply.findings.length > 0) {
    lines.push('', `${common.more}:`);
    for (const finding of reply.findings) {
      const quoted = finding.spans.map((span) => `"${span.text}"`).join(', ');
      lines.push(
        `• ${CATEGORY_LABEL[language][finding.category]}${quoted ? ` (${quoted})` : ''}: ${finding.message} (${labels.norm}: ${articles(finding.basis)})`,
      );
      if (finding.suggestion) lines.push(`  ${labels.suggestion}: ${finding.suggestion}`);
    }
    for (const step of glance.more.slice(reply.findings.length)) lines.push(`• ${step}`);
  }
  if (citations.length > 0) {
    lines.push('', `${common.quotes}:`);
    for (const [index, citation] of citations.entries())
      lines.push(
        `[${index + 1}] ${citation.section}: "${citation.quote}" (${common.reviewed} ${citation.reviewed})`,
      );
  }
  lines.push('', labels.privacy, '', `${common.version}: ${knowledgeVersion}`);
  return lines.join('\n');
}

function articleNames(basis: readonly string[], knowledge: KnowledgeBase): string {
  return basis
    .map((id) => {
      const document = knowledge.documentsById.get(id);
      return document && 'article' in document.meta ? document.meta.article : id;
    })
    .join(', ');
}
