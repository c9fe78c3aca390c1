// The core's Reply out as a Slack message: Block Kit plus a plain fallback text. Pure. Respects Slack's
// limits (3,000 characters per section text, 50 blocks per message) and escapes &, < and >, so text
// from users or knowledge files can never become a mention or a link.
import type { types } from '@slack/bolt';
import { CHANNEL_TEXT, ENGINE_LABEL, RISK_EMOJI, VERDICT_EMOJI } from '../../src/answer/channel-messages.ts';
import { LABELS, NOT_ADVICE } from '../../src/answer/messages.ts';
import { articlesFor } from '../../src/answer/select-citations.ts';
import { encodeClarification } from '../../src/conversation/clarification-payload.ts';
import type { Citation, Finding, Reply } from '../../src/core/types.ts';
import { CATEGORY_LABEL, DRAFT_LABELS } from '../../src/draft/draft-messages.ts';

export type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks. */
  text: string;
  blocks: KnownBlock[];
}

export const SECTION_TEXT_LIMIT = 3000;
export const MESSAGE_BLOCK_LIMIT = 50;
const FALLBACK_TEXT_LIMIT = 3000;
const QUOTE_LIMIT = 400;

/** Action ids of the buttons; the adapter's handlers listen to the same ids. */
export const ACTION = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  confidential: 'bespreek_vertrouwelijk',
  example: 'voorbeeldvraag',
  clarify: 'verduidelijk',
  rememberPortfolio: 'onthoud_portefeuille',
} as const;

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Shortens text to `limit` characters, never cutting an escape (&amp;) or a surrogate pair in half. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text
    .slice(0, limit - 1)
    .replace(/&[a-z]{0,4}$/, '')
    .replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

function section(text: string): KnownBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(text, SECTION_TEXT_LIMIT), verbatim: true },
  };
}

function context(text: string): KnownBlock {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncate(text, SECTION_TEXT_LIMIT), verbatim: true }],
  };
}

function bullets(items: string[]): string {
  return items.map((item) => `• ${escapeMrkdwn(item)}`).join('\n');
}

/** Renders any reply: an answer, a draft assessment, help, feedback thanks or an error. */
export function renderReply(reply: Reply, options: { actions?: boolean } = {}): SlackMessage {
  const withActions = options.actions ?? true;
  const blocks =
    reply.intent === 'draft'
      ? draftBlocks(reply)
      : reply.intent === 'question' || reply.intent === 'out-of-scope'
        ? answerBlocks(reply)
        : [
            section(
              escapeMrkdwn(reply.answer.split(`\n\n${LABELS[reply.language].version}`)[0] ?? reply.answer),
            ),
          ];
  const actions = withActions ? actionBlock(reply) : undefined;
  return {
    text: truncate(fallbackText(reply), FALLBACK_TEXT_LIMIT),
    blocks: capBlocks(blocks, actions ? [actions] : []),
  };
}

function fallbackText(reply: Reply): string {
  if (reply.intent === 'draft' || reply.intent === 'question' || reply.intent === 'out-of-scope') {
    return escapeMrkdwn(reply.summary);
  }
  return escapeMrkdwn(reply.answer);
}

/**
 * Asking back: the one question that decides, with quick replies, above the answer so far. Picking one
 * gives the answer with that fact.
 */
function clarificationBlocks(reply: Reply, clarification: NonNullable<Reply['clarification']>): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (reply.situation?.summary) blocks.push(section(escapeMrkdwn(reply.situation.summary)));
  blocks.push(section(`❓ *${escapeMrkdwn(clarification.question)}*`));
  blocks.push({
    type: 'actions',
    block_id: 'clarify',
    elements: clarification.options.map((option, index) => ({
      type: 'button' as const,
      action_id: `${ACTION.clarify}_${index}`,
      text: { type: 'plain_text' as const, text: truncate(option.label, 75), emoji: true },
      value: encodeClarification(reply, option.value),
    })),
  });
  blocks.push({ type: 'divider' });
  return blocks;
}

function answerBlocks(reply: Reply): KnownBlock[] {
  const labels = LABELS[reply.language];
  const emoji = reply.verdict ? VERDICT_EMOJI[reply.verdict] : 'ℹ️';
  const blocks: KnownBlock[] = reply.clarification ? clarificationBlocks(reply, reply.clarification) : [];
  const headline = reply.clarification
    ? CHANNEL_TEXT[reply.language].provisional(reply.summary)
    : reply.summary;
  blocks.push(section(`${emoji} *${escapeMrkdwn(headline)}*`));
  if (reply.followUp) blocks.push(context(escapeMrkdwn(labels.followUp)));
  if (reply.explanation) blocks.push(section(escapeMrkdwn(reply.explanation)));
  if (reply.conditions.length > 0) {
    blocks.push(section(`*${labels.conditions}*\n${bullets(reply.conditions)}`));
  }
  if (reply.nextSteps.length > 0) {
    blocks.push(section(`*${labels.nextSteps}*\n${bullets(reply.nextSteps)}`));
  }
  blocks.push(...citationBlocks(reply.citations, reply));
  if (reply.intent === 'question') blocks.push(context(escapeMrkdwn(NOT_ADVICE[reply.language])));
  blocks.push(footer(reply));
  return blocks;
}

function draftBlocks(reply: Reply): KnownBlock[] {
  const labels = DRAFT_LABELS[reply.language];
  const emoji = reply.risk ? RISK_EMOJI[reply.risk] : '🟢';
  const blocks: KnownBlock[] = [section(`${emoji} *${escapeMrkdwn(reply.summary)}*`)];
  if (reply.findings.length > 0) {
    blocks.push(section(`*${labels.findings}*`));
    for (const finding of reply.findings) blocks.push(section(findingText(finding, reply)));
  }
  if (reply.rewrite) {
    blocks.push(section(`*${labels.rewrite}*\n>${escapeMrkdwn(reply.rewrite).replace(/\n/g, '\n>')}`));
  }
  if (reply.nextSteps.length > 0) blocks.push(section(bullets(reply.nextSteps)));
  blocks.push(...citationBlocks(reply.citations, reply));
  blocks.push(context(escapeMrkdwn(labels.privacy)));
  blocks.push(footer(reply));
  return blocks;
}

function findingText(finding: Finding, reply: Reply): string {
  const labels = DRAFT_LABELS[reply.language];
  const words = finding.spans.map((span) => `“${escapeMrkdwn(span.text)}”`).join(', ');
  const severity = RISK_EMOJI[finding.severity];
  const lines = [
    `${severity} *${CATEGORY_LABEL[reply.language][finding.category]}*${words ? ` · ${words}` : ''}`,
    escapeMrkdwn(finding.message),
  ];
  if (finding.suggestion) lines.push(`_${labels.suggestion}:_ ${escapeMrkdwn(finding.suggestion)}`);
  lines.push(`_${labels.norm}:_ ${escapeMrkdwn(articlesFor(finding.basis, reply.citations))}`);
  return lines.join('\n');
}

function citationBlocks(citations: readonly Citation[], reply: Reply): KnownBlock[] {
  if (citations.length === 0) return [];
  const labels = LABELS[reply.language];
  return [
    section(`*${labels.sources}*`),
    ...citations.map((citation) => {
      const notes = [
        `${labels.reviewed} ${citation.reviewed}`,
        ...(citation.status === 'historical' ? [labels.historical] : []),
        ...(citation.status === 'summary' ? [labels.summary] : []),
        ...(citation.stale ? [`⚠️ ${labels.stale}`] : []),
      ];
      const title = citation.article === citation.title ? '' : ` — ${escapeMrkdwn(citation.title)}`;
      const quote = citation.quote
        ? `\n>${escapeMrkdwn(truncate(citation.quote, QUOTE_LIMIT)).replace(/\n/g, '\n>')}`
        : '';
      return section(`*${escapeMrkdwn(citation.article)}*${title}${quote}\n_${notes.join(' · ')}_`);
    }),
  ];
}

/** The answer rests on content Juridische Zaken has not reviewed: said in the footer line. */
function reviewNote(reply: Reply): string {
  return reply.review?.status === 'concept' ? ` · ${LABELS[reply.language].unreviewed}` : '';
}

function footer(reply: Reply): KnownBlock {
  return context(
    `${LABELS[reply.language].version} ${escapeMrkdwn(reply.knowledgeVersion)} · ${ENGINE_LABEL[reply.language][reply.engine]}${reviewNote(reply)}`,
  );
}

function actionBlock(reply: Reply): KnownBlock | undefined {
  const elements = reply.suggestedActions.slice(0, 5).map((action) => {
    const id =
      action.kind === 'feedback-up'
        ? ACTION.feedbackUp
        : action.kind === 'feedback-down'
          ? ACTION.feedbackDown
          : action.kind === 'confidential-help'
            ? ACTION.confidential
            : action.kind === 'remember-portfolio'
              ? ACTION.rememberPortfolio
              : `${ACTION.example}_${reply.suggestedActions.indexOf(action)}`;
    // Feedback buttons carry the reply id; the others carry their text (Slack allows 2,000 characters).
    const value = action.kind.startsWith('feedback')
      ? `${reply.language}:${reply.id}`
      : action.kind === 'remember-portfolio'
        ? `${reply.language}:${truncate(action.value, 100)}`
        : truncate(action.value, 2000);
    return {
      type: 'button' as const,
      action_id: id,
      text: { type: 'plain_text' as const, text: truncate(action.label, 75), emoji: true },
      value,
    };
  });
  if (elements.length === 0) return undefined;
  return { type: 'actions', block_id: 'reply_actions', elements };
}

/** Keeps a message within Slack's block limit: what does not fit is summarised in one line. */
function capBlocks(blocks: KnownBlock[], tail: KnownBlock[]): KnownBlock[] {
  const room = MESSAGE_BLOCK_LIMIT - tail.length;
  if (blocks.length <= room) return [...blocks, ...tail];
  const kept = blocks.slice(0, room - 1);
  kept.push(context(`… +${blocks.length - kept.length}`));
  return [...kept, ...tail];
}
