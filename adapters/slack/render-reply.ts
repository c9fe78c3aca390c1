// The core's Reply out as a Slack message: Block Kit plus a plain fallback text. Pure. What shows first is
// the core's glance (the verdict, the situation in one sentence, at most three conditions, one next step; for a
// draft the draft itself with its risky words in bold); the sources follow as short numbered citations with a
// "Bronnen" button that opens the quotes in a modal. Respects Slack's limits (3,000 characters per section
// text, 50 blocks per message) and escapes &, < and >, so text from users or knowledge files can never become
// a mention or a link.
import type { types } from '@slack/bolt';
import { glanceAnswer } from '../../src/answer/at-a-glance.ts';
import { CHANNEL_TEXT, ENGINE_LABEL, RISK_EMOJI, VERDICT_EMOJI } from '../../src/answer/channel-messages.ts';
import { numberedCitation, oldestReview } from '../../src/answer/format-citations.ts';
import { LABELS, NOT_ADVICE } from '../../src/answer/messages.ts';
import { encodeClarification } from '../../src/conversation/clarification-payload.ts';
import type { Citation, Reply } from '../../src/core/types.ts';
import { glanceDraft, lineText, markDraft } from '../../src/draft/draft-glance.ts';
import { DRAFT_LABELS } from '../../src/draft/draft-messages.ts';
import { UNDERSTOOD_LABEL } from '../../src/situation/situation-messages.ts';
import { encodeSources } from './sources-payload.ts';

export type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks. */
  text: string;
  blocks: KnownBlock[];
}

export const SECTION_TEXT_LIMIT = 3000;
export const MESSAGE_BLOCK_LIMIT = 50;
const FALLBACK_TEXT_LIMIT = 3000;

/** Action ids of the buttons; the adapter's handlers listen to the same ids. */
export const ACTION = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  confidential: 'bespreek_vertrouwelijk',
  example: 'voorbeeldvraag',
  clarify: 'verduidelijk',
  rememberPortfolio: 'onthoud_portefeuille',
  sources: 'bronnen',
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

/** Asking back: the one question that decides, with quick replies. Picking one gives the answer with that fact. */
function clarificationBlocks(reply: Reply, clarification: NonNullable<Reply['clarification']>): KnownBlock[] {
  return [
    section(`❓ *${escapeMrkdwn(clarification.question)}*`),
    {
      type: 'actions',
      block_id: 'clarify',
      elements: clarification.options.map((option, index) => ({
        type: 'button' as const,
        action_id: `${ACTION.clarify}_${index}`,
        text: { type: 'plain_text' as const, text: truncate(option.label, 75), emoji: true },
        value: encodeClarification(reply, option.value),
      })),
    },
  ];
}

function answerBlocks(reply: Reply): KnownBlock[] {
  const labels = LABELS[reply.language];
  const emoji = reply.verdict ? VERDICT_EMOJI[reply.verdict] : 'ℹ️';
  const glance = glanceAnswer({
    language: reply.language,
    summary: reply.summary,
    ...(reply.situation ? { understood: reply.situation.summary } : {}),
    ...(reply.explanation ? { explanation: reply.explanation } : {}),
    conditions: reply.conditions,
    nextSteps: reply.nextSteps,
    ...(reply.clarification ? { clarification: reply.clarification.question } : {}),
    followUp: reply.followUp,
  });
  const headline = reply.clarification
    ? CHANNEL_TEXT[reply.language].provisional(glance.headline)
    : glance.headline;
  const blocks: KnownBlock[] = [section(`${emoji} *${escapeMrkdwn(headline)}*`)];
  if (reply.followUp) blocks.push(context(escapeMrkdwn(labels.followUp)));
  if (glance.understood)
    blocks.push(section(`_${UNDERSTOOD_LABEL[reply.language]}:_ ${escapeMrkdwn(glance.understood)}`));
  if (reply.clarification) blocks.push(...clarificationBlocks(reply, reply.clarification));
  if (glance.explanation) blocks.push(section(escapeMrkdwn(glance.explanation)));
  if (glance.conditions.length > 0)
    blocks.push(section(`*${labels.conditions}*\n${bullets(glance.conditions)}`));
  if (glance.nextStep) blocks.push(section(`*${labels.nextSteps}:* ${escapeMrkdwn(glance.nextStep)}`));
  blocks.push(...sourcesBlocks(reply, glance.more));
  if (reply.intent === 'question') blocks.push(context(escapeMrkdwn(NOT_ADVICE[reply.language])));
  blocks.push(footer(reply));
  return blocks;
}

/** The draft as a quote, the findings' words in bold; what was left out of a long draft as "…". */
export function markedDraftText(reply: Reply): string {
  const text = markDraft(reply)
    .map((piece) => {
      if ('gap' in piece) return ' … ';
      // A star in the author's own text would open or close our bold.
      const plain = escapeMrkdwn(piece.text).replace(/\*/g, '∗');
      return piece.marked ? `*${plain}*` : plain;
    })
    .join('');
  return `>${text.replace(/\n/g, '\n>')}`;
}

function draftBlocks(reply: Reply): KnownBlock[] {
  const labels = DRAFT_LABELS[reply.language];
  const emoji = reply.risk ? RISK_EMOJI[reply.risk] : '🟢';
  const glance = glanceDraft(reply);
  const blocks: KnownBlock[] = [section(`${emoji} *${escapeMrkdwn(glance.headline)}*`)];
  if (reply.draft) blocks.push(section(`*${labels.draft}:*\n${markedDraftText(reply)}`));
  if (glance.findings.length > 0) {
    const lines = glance.findings.map(
      (line) => `${RISK_EMOJI[line.severity]} ${escapeMrkdwn(lineText(line, reply.language))}`,
    );
    blocks.push(section(`*${labels.findings}*\n${lines.join('\n')}`));
  }
  if (glance.rewrite) {
    blocks.push(section(`*${labels.rewrite}:*\n>${escapeMrkdwn(glance.rewrite).replace(/\n/g, '\n>')}`));
  }
  if (glance.suggestion) blocks.push(section(`*${labels.suggestion}:* ${escapeMrkdwn(glance.suggestion)}`));
  if (glance.nextStep) blocks.push(section(escapeMrkdwn(glance.nextStep)));
  blocks.push(...sourcesBlocks(reply, glance.more));
  blocks.push(context(escapeMrkdwn(labels.privacy)));
  blocks.push(footer(reply));
  return blocks;
}

/**
 * The sources as short numbered citations, each article and title once, with the review date; the "Bronnen"
 * button opens a modal with the quotes and what the glance left out.
 */
function sourcesBlocks(reply: Reply, more: readonly string[]): KnownBlock[] {
  const { citations } = reply;
  if (citations.length === 0) return [];
  const labels = LABELS[reply.language];
  const list = citations.map((citation, index) =>
    escapeMrkdwn(numberedCitation(citation, index, reply.language)),
  );
  return [
    {
      type: 'section',
      block_id: 'sources',
      text: {
        type: 'mrkdwn',
        text: truncate(
          `*${labels.sources}*\n${list.join('\n')}\n_${labels.reviewedAll} ${oldestReview(citations)}_`,
          SECTION_TEXT_LIMIT,
        ),
        verbatim: true,
      },
      accessory: {
        type: 'button',
        action_id: ACTION.sources,
        text: { type: 'plain_text', text: labels.sources, emoji: true },
        value: encodeSources(reply.language, citations, more),
      },
    },
  ];
}

/** The quotes of the sources, for the modal the "Bronnen" button opens: "[1] article — title", the passage. */
export function quoteBlocks(citations: readonly Citation[], language: Reply['language']): KnownBlock[] {
  const labels = LABELS[language];
  return citations.map((citation, index) => {
    const quote = citation.quote ? `\n>${escapeMrkdwn(citation.quote).replace(/\n/g, '\n>')}` : '';
    return section(
      `*${escapeMrkdwn(numberedCitation(citation, index, language))}*\n_${escapeMrkdwn(citation.section)}_${quote}\n_${labels.reviewed} ${citation.reviewed}_`,
    );
  });
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
