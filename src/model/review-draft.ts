// A draft reviewed with the language model on top of the rules: the model may add findings (each must
// quote the draft word for word, or it is dropped) and a full safer rewrite; it can never remove or
// soften a finding of the rules, and the risk never goes below the rules' risk. A review whose messages or
// suggestions say the draft is fine, or carry injected text, is not used at all (check-prose.ts). The
// rewrite is checked by the rules too: one that still carries risk, or injected text, is not shown.
import { z } from 'zod';
import { ENGINE_LABEL } from '../answer/channel-messages.ts';
import type { Language } from '../answer/messages.ts';
import type { Finding, Profile, Reply } from '../core/types.ts';
import { type BasisId, type Category, categorySchema, higherRisk, riskSchema } from '../core/vocabulary.ts';
import { assessDraft } from '../draft/assess-draft.ts';
import { CATEGORY_LABEL, DRAFT_LABELS, RISK_HEADLINE } from '../draft/draft-messages.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { EMPTY_MODELS } from '../learned/second-opinion.ts';
import { type ChatModel, ModelFailure } from './chat-model.ts';
import { type ProseCheck, proseProblems } from './check-prose.ts';
import { asData, type PromptSet, renderPrompt } from './prompt-templates.ts';
import { formatPassages, retrievePassages } from './retrieve-passages.ts';

export const modelReviewSchema = z.object({
  risk: riskSchema,
  findings: z
    .array(
      z.object({
        category: categorySchema,
        severity: riskSchema,
        quote: z.string().min(1).max(500),
        message: z.string().min(1).max(500),
        suggestion: z.string().max(500),
      }),
    )
    .max(8),
});
export const modelRewriteSchema = z.object({
  rewrite: z.string().min(1).max(6000),
  changes: z.array(z.string().max(300)).max(10),
});

/** The norm behind a category when the model finds it (the rules carry their own per signal). */
const CATEGORY_BASIS: Record<Category, BasisId[]> = {
  geheimhouding: ['aw2017-art9'],
  'eigen-beleidsterrein': ['aw2017-art10'],
  'namens-werkgever': ['aw2017-art10'],
  toon: ['aw2017-art10'],
  'politieke-gevoeligheid': ['aw2017-art10'],
  persoonsgegevens: ['aw2017-art9'],
  misstand: ['wbk'],
};

export interface ReviewDraftInput {
  knowledge: KnowledgeBase;
  draft: string;
  profile: Profile | undefined;
  /** The rules' reply: its findings stay, its risk is the floor. */
  rulesReply: Reply;
  model: ChatModel;
  prompts: PromptSet;
  signal: AbortSignal;
  mask: (text: string) => string;
  /** Offset of the draft inside the message as sent (spans point into the message). */
  offset: number;
}

export async function reviewDraft(input: ReviewDraftInput): Promise<Reply> {
  const { rulesReply, model, prompts, knowledge } = input;
  const language = rulesReply.language;
  const masked = input.mask(input.draft);
  // The rules' findings as categories and masked words: a persoonsgegevens finding quotes exactly the
  // data that must not leave.
  const ruleFindings = rulesReply.findings
    .map(
      (finding) =>
        `- ${finding.category} (${finding.severity}): ${finding.spans.map((span) => `"${asData(input.mask(span.text))}"`).join(', ')}`,
    )
    .join('\n');
  const passages = retrievePassages(knowledge, input.draft, rulesReply.basis).slice(0, 5);
  const review = await model.complete({
    messages: [
      { role: 'system', content: renderPrompt(prompts.system, {}) },
      {
        role: 'user',
        content: renderPrompt(prompts['draft-review'], {
          language,
          rule_findings: ruleFindings || '(none)',
          passages: formatPassages(passages),
          draft: asData(masked),
        }),
      },
    ],
    schema: modelReviewSchema,
    schemaName: 'draft_review',
    signal: input.signal,
  });

  // A finding warns: its words may permit under conditions, never say "go ahead", and nothing in them may
  // come from an instruction in the draft.
  const injection = injectionCheck(input);
  const problems = review.findings.flatMap((finding) =>
    proseProblems([finding.message, finding.suggestion], { ...injection, verdict: 'voorwaardelijk' }),
  );
  if (problems.length > 0)
    throw new ModelFailure('unverified', `model review failed its checks: ${problems.join('; ')}`);

  const findings = rulesReply.findings.map((finding) => ({ ...finding, spans: [...finding.spans] }));
  let risk = higherRisk(rulesReply.risk ?? 'laag', review.risk);
  for (const added of review.findings) {
    // A finding points at words that are really in the draft. A quote with a mask placeholder cannot be
    // placed; a high one is kept without a span rather than lost, a lower one is dropped.
    const at = input.draft.indexOf(added.quote);
    if (at < 0 && added.severity !== 'hoog') continue;
    const spans =
      at < 0
        ? []
        : [{ start: input.offset + at, end: input.offset + at + added.quote.length, text: added.quote }];
    const existing = findings.find((finding) => finding.category === added.category);
    if (existing) {
      for (const span of spans) {
        if (!existing.spans.some((known) => span.start < known.end && known.start < span.end))
          existing.spans.push(span);
      }
      // The model may make a finding more serious, never less.
      existing.severity = higherRisk(existing.severity, added.severity);
    } else {
      findings.push({
        category: added.category,
        ruleId: `model:${added.category}`,
        severity: added.severity,
        spans,
        basis: CATEGORY_BASIS[added.category],
        message: added.message,
        suggestion: added.suggestion,
      } satisfies Finding);
    }
    risk = higherRisk(risk, added.severity);
  }

  // The rules' own rewrite stays when the model found nothing they did not; the model's rewrite comes first.
  const rulesRewrite =
    review.findings.length === 0 && risk === rulesReply.risk ? rulesReply.rewrite : undefined;
  const rewrite =
    (risk === 'laag' || findings.length === 0 ? undefined : await safeRewrite(input, findings, masked)) ??
    rulesRewrite;
  const labels = DRAFT_LABELS[language];
  const lines = [RISK_HEADLINE[language][risk], ''];
  for (const finding of findings) {
    const words = finding.spans.map((span) => `"${span.text}"`).join(', ');
    lines.push(
      `• ${CATEGORY_LABEL[language][finding.category]}: ${words ? `${words}: ` : ''}${finding.message}`,
    );
    if (finding.suggestion) lines.push(`  ${labels.suggestion}: ${finding.suggestion}`);
  }
  if (rewrite) lines.push('', `${labels.rewrite}:`, rewrite);
  lines.push('', ...rulesReply.nextSteps, '', labels.privacy, '', `${ENGINE_LABEL[language].model}`);
  return {
    ...rulesReply,
    engine: 'model',
    risk,
    summary: RISK_HEADLINE[language][risk],
    findings,
    conditions: findings.map((finding) => finding.message),
    basis: [...new Set([...rulesReply.basis, ...findings.flatMap((finding) => finding.basis)])],
    answer: lines.join('\n'),
    rewrite,
  };
}

/** A rewrite the rules find safe, or undefined. */
async function safeRewrite(
  input: ReviewDraftInput,
  findings: Finding[],
  masked: string,
): Promise<string | undefined> {
  const language: Language = input.rulesReply.language;
  // The review stands on its own: a failed or refused rewrite only means no rewrite.
  const result = await input.model
    .complete({
      messages: [
        { role: 'system', content: renderPrompt(input.prompts.system, {}) },
        {
          role: 'user',
          content: renderPrompt(input.prompts.rewrite, {
            language,
            findings: findings
              .map(
                (finding) =>
                  `- ${finding.category}: ${asData(finding.message)} ${finding.suggestion ? `(${asData(finding.suggestion)})` : ''}`,
              )
              .join('\n'),
            draft: asData(masked),
          }),
        },
      ],
      schema: modelRewriteSchema,
      schemaName: 'rewrite',
      signal: input.signal,
    })
    .catch(() => undefined);
  if (!result) return undefined;
  const rewrite = result.rewrite.trim();
  if (rewrite.length > input.draft.length * 2 + 200) return undefined;
  // The rewrite is the author's post, not advice: no stance check, but nothing injected.
  if (proseProblems([rewrite], injectionCheck(input)).length > 0) return undefined;
  // The words that carried a high risk must be gone, and the rules must find the new text low-risk.
  const risky = findings
    .filter((finding) => finding.severity === 'hoog')
    .flatMap((finding) => finding.spans.map((span) => span.text));
  if (risky.some((words) => words.length > 3 && rewrite.toLowerCase().includes(words.toLowerCase())))
    return undefined;
  // The rules must find it laag; the learned second opinion may call it middel (it errs on the strict side
  // for short texts about work), never hoog.
  const byRules = assessDraft(
    { ...input.knowledge, learned: EMPTY_MODELS },
    rewrite,
    input.profile,
    language,
  );
  if (byRules.risk !== 'laag') return undefined;
  const check = assessDraft(input.knowledge, rewrite, input.profile, language);
  if (check.risk === 'hoog') return undefined;
  // It must still be about the same thing: at least one content word of the draft outside the risky words.
  const contentWords = (text: string) => new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
  const riskyWords = new Set(risky.flatMap((words) => [...contentWords(words)]));
  const rewritten = contentWords(rewrite);
  const kept = [...contentWords(input.draft)].filter((word) => !riskyWords.has(word) && rewritten.has(word));
  return kept.length > 0 ? rewrite : undefined;
}

/** What model text about a draft is checked against: the draft (its injected sentences) and our prompts. */
function injectionCheck(input: ReviewDraftInput): ProseCheck {
  const { prompts } = input;
  return {
    userText: input.draft,
    instructions: [prompts.system.body, prompts['draft-review'].body, prompts.rewrite.body],
  };
}
