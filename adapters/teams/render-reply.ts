// The core's Reply out as an Adaptive Card (1.5, what Teams renders). Pure. What shows first is the core's
// glance (the verdict, the situation in one sentence, at most three conditions, one next step; for a draft the
// draft itself with its risky words in bold); the sources follow as short numbered citations, and the quotes
// with what the glance left out sit in a hidden container that Action.ToggleVisibility shows. Keeps cards well
// under Teams' 28 KB message limit and escapes Markdown in text, so a draft cannot turn into a link.
import { glanceAnswer } from '../../src/answer/at-a-glance.ts';
import {
  CHANNEL_TEXT,
  ENGINE_LABEL,
  RISK_EMOJI,
  SECTOR_LABEL,
  VERDICT_EMOJI,
} from '../../src/answer/channel-messages.ts';
import { citationText, oldestReview } from '../../src/answer/format-citations.ts';
import { LABELS, type Language, NOT_ADVICE } from '../../src/answer/messages.ts';
import { encodeClarification } from '../../src/conversation/clarification-payload.ts';
import { type Citation, type Profile, type Reply, SECTORS } from '../../src/core/types.ts';
import { glanceDraft, lineText, markDraft } from '../../src/draft/draft-glance.ts';
import { DRAFT_LABELS } from '../../src/draft/draft-messages.ts';
import { UNDERSTOOD_LABEL } from '../../src/situation/situation-messages.ts';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Verbs of the card actions (Action.Execute); the adapter's invoke handler reads the same. */
export const VERB = {
  feedback: 'feedback',
  confidential: 'confidential',
  profileSave: 'profile.save',
  clarify: 'clarify',
  rememberPortfolio: 'profile.remember',
} as const;

// biome-ignore lint/suspicious/noExplicitAny: Adaptive Card elements are open JSON.
export type CardElement = Record<string, any>;
export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD;
  content: CardElement;
}

const MAX_CITATIONS = 6;
/** The id of the hidden container with the quotes; one per card, so a fixed id is unique. */
export const QUOTES_ID = 'bronnen-citaten';
const TEXT_LIMIT = 2000;
/** Longest example-button title Teams shows whole in a card's row of actions. */
const EXAMPLE_TITLE_LIMIT = 30;

const VERDICT_COLOR = {
  mag: 'Good',
  voorwaardelijk: 'Warning',
  'mag-niet': 'Attention',
  'buiten-scope': 'Default',
} as const;
const RISK_COLOR = { laag: 'Good', middel: 'Warning', hoog: 'Attention' } as const;

/**
 * Markdown in Adaptive Card text, neutralised without backslashes (Teams on mobile shows them): emphasis
 * marks and brackets become look-alikes, and a list marker at a line start gets a zero-width space.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\*/g, '∗')
    .replace(/_/g, '＿')
    .replace(/\[/g, '［')
    .replace(/\]/g, '］')
    .replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\u200B$2$3');
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text: truncate(text, TEXT_LIMIT), wrap: true, ...extra };
}

function heading(text: string): CardElement {
  return textBlock(text, { weight: 'Bolder', spacing: 'Medium' });
}

function list(items: string[]): CardElement[] {
  return items.map((item) => textBlock(`• ${escapeMarkdown(item)}`, { spacing: 'Small' }));
}

export function card(body: CardElement[], actions: CardElement[] = []): CardAttachment {
  return {
    contentType: ADAPTIVE_CARD,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body,
      ...(actions.length > 0 ? { actions } : {}),
    },
  };
}

/** Renders any reply: an answer, a draft assessment, help (with example questions), thanks or an error. */
export function renderReply(reply: Reply, options: { actions?: boolean } = {}): CardAttachment {
  if (reply.intent === 'draft' || reply.intent === 'question' || reply.intent === 'out-of-scope') {
    const rendered = reply.intent === 'draft' ? draftCard(reply) : answerCard(reply);
    // Dialogs (the message extension) have no card actions.
    if (options.actions === false) delete rendered.content.actions;
    return rendered;
  }
  const text = reply.answer.split(`\n\n${LABELS[reply.language].version}`)[0] ?? reply.answer;
  const body = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => textBlock(escapeMarkdown(line)));
  // Example questions post themselves as the user's message (imBack): no dead ends. Teams clips a long
  // title without an ellipsis: the label is short, the full question is the value.
  const examples = reply.suggestedActions
    .filter((action) => action.kind === 'example-question')
    .map((action) => ({
      type: 'Action.Submit',
      title: truncate(action.label, EXAMPLE_TITLE_LIMIT),
      data: { msteams: { type: 'imBack', value: action.value } },
    }));
  return card(body, examples);
}

/** Asking back: the one question that decides, with quick replies (see answerCard). */
function clarificationElements(
  reply: Reply,
  clarification: NonNullable<Reply['clarification']>,
): CardElement[] {
  return [
    textBlock(`❓ ${escapeMarkdown(clarification.question)}`, { weight: 'Bolder', spacing: 'Medium' }),
    {
      type: 'ActionSet',
      actions: clarification.options.map((option) => ({
        type: 'Action.Execute',
        title: truncate(option.label, 80),
        verb: VERB.clarify,
        data: { clarification: JSON.parse(encodeClarification(reply, option.value)), label: option.label },
      })),
    },
  ];
}

function answerCard(reply: Reply): CardAttachment {
  const labels = LABELS[reply.language];
  const verdict = reply.verdict ?? 'buiten-scope';
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
  const body: CardElement[] = [
    textBlock(`${VERDICT_EMOJI[verdict]} ${escapeMarkdown(headline)}`, {
      weight: 'Bolder',
      size: 'Medium',
      color: VERDICT_COLOR[verdict],
    }),
  ];
  if (reply.followUp) body.push(textBlock(labels.followUp, { isSubtle: true, size: 'Small' }));
  if (glance.understood)
    body.push(textBlock(`_${UNDERSTOOD_LABEL[reply.language]}:_ ${escapeMarkdown(glance.understood)}`));
  if (reply.clarification) body.push(...clarificationElements(reply, reply.clarification));
  if (glance.explanation) body.push(textBlock(escapeMarkdown(glance.explanation)));
  if (glance.conditions.length > 0) body.push(heading(labels.conditions), ...list(glance.conditions));
  if (glance.nextStep)
    body.push(
      textBlock(`**${labels.nextSteps}:** ${escapeMarkdown(glance.nextStep)}`, { spacing: 'Medium' }),
    );
  body.push(...sourcesElements(reply.citations, reply.language, glance.more));
  if (reply.intent === 'question')
    body.push(textBlock(NOT_ADVICE[reply.language], { isSubtle: true, size: 'Small' }));
  body.push(footer(reply));
  return card(body, replyActions(reply));
}

/** The draft, the findings' words in **bold**; what was left out of a long draft as "…". */
function markedDraft(reply: Reply): string {
  return markDraft(reply)
    .map((piece) => {
      if ('gap' in piece) return ' … ';
      const text = escapeMarkdown(piece.text);
      return piece.marked ? `**${text}**` : text;
    })
    .join('');
}

function draftCard(reply: Reply): CardAttachment {
  const labels = DRAFT_LABELS[reply.language];
  const risk = reply.risk ?? 'laag';
  const glance = glanceDraft(reply);
  const body: CardElement[] = [
    textBlock(`${RISK_EMOJI[risk]} ${escapeMarkdown(glance.headline)}`, {
      weight: 'Bolder',
      size: 'Medium',
      color: RISK_COLOR[risk],
    }),
  ];
  if (reply.draft) {
    body.push(textBlock(`**${labels.draft}:**`, { spacing: 'Medium' }), {
      type: 'Container',
      style: 'emphasis',
      spacing: 'Small',
      items: [textBlock(markedDraft(reply))],
    });
  }
  if (glance.findings.length > 0) {
    body.push(
      heading(labels.findings),
      ...glance.findings.map((line) =>
        textBlock(`${RISK_EMOJI[line.severity]} ${escapeMarkdown(lineText(line, reply.language))}`, {
          spacing: 'Small',
        }),
      ),
    );
  }
  if (glance.rewrite) {
    body.push(heading(labels.rewrite), {
      type: 'Container',
      style: 'good',
      items: [textBlock(escapeMarkdown(glance.rewrite))],
    });
  }
  if (glance.suggestion)
    body.push(
      textBlock(`**${labels.suggestion}:** ${escapeMarkdown(glance.suggestion)}`, { spacing: 'Medium' }),
    );
  if (glance.nextStep) body.push(textBlock(escapeMarkdown(glance.nextStep)));
  body.push(...sourcesElements(reply.citations, reply.language, glance.more));
  body.push(textBlock(labels.privacy, { isSubtle: true, size: 'Small' }));
  body.push(footer(reply));
  return card(body, replyActions(reply));
}

/**
 * The sources as short numbered citations, each article and title once, and a toggle that shows the hidden
 * container with what the glance left out and the quotes.
 */
function sourcesElements(
  citations: readonly Citation[],
  language: Language,
  more: readonly string[],
): CardElement[] {
  if (citations.length === 0) return [];
  const labels = LABELS[language];
  const cited = citations.slice(0, MAX_CITATIONS);
  const hidden: CardElement[] = [];
  if (more.length > 0) hidden.push(heading(labels.more), ...list([...more]));
  hidden.push(
    heading(labels.quotes),
    ...cited.map((citation, index) => ({
      type: 'Container',
      spacing: 'Small',
      items: [
        textBlock(`**[${index + 1}] ${escapeMarkdown(citationText(citation, language))}**`),
        ...(citation.quote
          ? [textBlock(escapeMarkdown(citation.quote), { isSubtle: true, spacing: 'None' })]
          : []),
        textBlock(`${escapeMarkdown(citation.section)} · ${labels.reviewed} ${citation.reviewed}`, {
          size: 'Small',
          isSubtle: true,
          spacing: 'None',
        }),
      ],
    })),
  );
  return [
    heading(labels.sources),
    ...cited.map((citation, index) =>
      // The number stays as typed: "[1]" without a link after it is no Markdown link.
      textBlock(`[${index + 1}] ${escapeMarkdown(citationText(citation, language))}`, { spacing: 'None' }),
    ),
    textBlock(`${labels.reviewedAll} ${oldestReview(cited)}`, {
      size: 'Small',
      isSubtle: true,
      spacing: 'None',
    }),
    {
      type: 'ActionSet',
      actions: [{ type: 'Action.ToggleVisibility', title: labels.showQuotes, targetElements: [QUOTES_ID] }],
    },
    { type: 'Container', id: QUOTES_ID, isVisible: false, items: hidden },
  ];
}

/** The answer rests on content Juridische Zaken has not reviewed: said in the footer line. */
function reviewNote(reply: Reply): string {
  return reply.review?.status === 'concept' ? ` · ${LABELS[reply.language].unreviewed}` : '';
}

function footer(reply: Reply): CardElement {
  return textBlock(
    `${LABELS[reply.language].version} ${reply.knowledgeVersion} · ${ENGINE_LABEL[reply.language][reply.engine]}${reviewNote(reply)}`,
    { size: 'Small', isSubtle: true },
  );
}

function replyActions(reply: Reply): CardElement[] {
  return reply.suggestedActions.flatMap((action): CardElement[] => {
    switch (action.kind) {
      case 'feedback-up':
      case 'feedback-down':
        return [
          {
            type: 'Action.Execute',
            title: action.label,
            verb: VERB.feedback,
            data: {
              replyId: reply.id,
              rating: action.kind === 'feedback-up' ? 'up' : 'down',
              language: reply.language,
            },
          },
        ];
      case 'remember-portfolio':
        return [
          {
            type: 'Action.Execute',
            title: truncate(action.label, 80),
            verb: VERB.rememberPortfolio,
            data: { topic: truncate(action.value, 100), language: reply.language },
          },
        ];
      case 'confidential-help':
        return [
          {
            type: 'Action.Execute',
            title: action.label,
            verb: VERB.confidential,
            data: { text: truncate(action.value, 2000) },
          },
        ];
      default:
        return [];
    }
  });
}

/** True when a card carries the 👍 / 👎 buttons (an answer or a draft assessment in a chat). */
export function hasVoteButtons(content: CardElement): boolean {
  return (content.actions ?? []).some((action: CardElement) => action.verb === VERB.feedback);
}

/** The title of the vote button for a rating on a card ("👍 Nuttig"), if it has one. */
export function voteButtonTitle(content: CardElement, rating: 'up' | 'down'): string | undefined {
  const button = (content.actions ?? []).find(
    (action: CardElement) => action.verb === VERB.feedback && action.data?.rating === rating,
  );
  return typeof button?.title === 'string' ? button.title : undefined;
}

/**
 * The card after a vote, for the voter: the same answer with a note above the footer line, and the 👍 / 👎
 * buttons kept with the current vote marked (`style: positive`, a ✓), so the other one changes it. Pure:
 * returns a copy of the card as it was sent.
 */
export function withVoteNote(content: CardElement, note: string, rating: 'up' | 'down'): CardAttachment {
  const copy: CardElement = structuredClone(content);
  const body: CardElement[] = copy.body ?? [];
  body.splice(Math.max(body.length - 1, 0), 0, textBlock(escapeMarkdown(note), { weight: 'Bolder' }));
  copy.actions = (copy.actions ?? []).map((action: CardElement) =>
    action.verb === VERB.feedback && action.data?.rating === rating
      ? { ...action, style: 'positive', title: `✓ ${action.title}` }
      : action,
  );
  return { contentType: ADAPTIVE_CARD, content: copy };
}

/** The profile form (sector, role, topics), filled with what was saved. */
export function profileCard(language: Language, profile: Profile | undefined): CardAttachment {
  const text = CHANNEL_TEXT[language];
  return card(
    [
      textBlock(text.profileTitle, { weight: 'Bolder', size: 'Medium' }),
      textBlock(text.profileIntro),
      {
        type: 'Input.ChoiceSet',
        id: 'sector',
        label: text.sectorLabel,
        style: 'compact',
        isRequired: false,
        value: profile?.sector ?? '',
        placeholder: '—',
        // An empty choice lets a user clear the sector.
        choices: [
          { title: '—', value: '' },
          ...SECTORS.map((sector) => ({ title: SECTOR_LABEL[language][sector], value: sector })),
        ],
      },
      {
        type: 'Input.Text',
        id: 'role',
        label: text.roleLabel,
        placeholder: text.rolePlaceholder,
        maxLength: 200,
        value: profile?.role ?? '',
      },
      {
        type: 'Input.Text',
        id: 'portfolio',
        label: `${text.portfolioLabel} (${text.portfolioHint})`,
        isMultiline: true,
        maxLength: 3000,
        value: profile?.portfolio?.join('\n') ?? '',
      },
      {
        type: 'Input.Text',
        id: 'organisation',
        label: `${text.organisationLabel} (${text.organisationHint})`,
        maxLength: 63,
        value: profile?.organisation ?? '',
      },
    ],
    [{ type: 'Action.Execute', title: text.save, verb: VERB.profileSave, data: { language } }],
  );
}

/** A short card with one message (confirmation, refusal, progress). */
export function messageCard(message: string): CardAttachment {
  return card([textBlock(escapeMarkdown(message))]);
}
