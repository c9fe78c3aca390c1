// Modals and the App Home, built from the core's wording. Pure: the adapter opens and publishes them.
import type { types } from '@slack/bolt';
import { CHANNEL_TEXT, SECTOR_LABEL } from '../../src/answer/channel-messages.ts';
import { LABELS, type Language } from '../../src/answer/messages.ts';
import { type Citation, type Profile, type Reply, SECTORS } from '../../src/core/types.ts';
import { escapeMrkdwn, type KnownBlock, quoteBlocks, renderReply, truncate } from './render-reply.ts';

export type ModalView = types.ModalView;
export type HomeView = types.HomeView;

/** Callback and block ids the handlers read back. */
export const VIEW = {
  draftModal: 'uitingstoets_modal',
  profileModal: 'profiel_modal',
  draftBlock: 'draft',
  draftInput: 'text',
  sectorBlock: 'sector',
  sectorInput: 'value',
  roleBlock: 'role',
  roleInput: 'value',
  portfolioBlock: 'portfolio',
  portfolioInput: 'value',
  organisationBlock: 'organisation',
  organisationInput: 'value',
} as const;

/** Slack caps plain-text inputs at 3,000 characters. */
export const MODAL_INPUT_LIMIT = 3000;
const MODAL_BLOCK_LIMIT = 100;

function plain(text: string, limit = 75) {
  return { type: 'plain_text' as const, text: truncate(text, limit), emoji: true };
}

function modal(
  language: Language,
  title: string,
  blocks: KnownBlock[],
  extra: Partial<ModalView> = {},
): ModalView {
  return {
    type: 'modal',
    title: plain(title, 24),
    close: plain(CHANNEL_TEXT[language].close, 24),
    blocks: blocks.slice(0, MODAL_BLOCK_LIMIT),
    ...extra,
  };
}

export function draftInputModal(language: Language): ModalView {
  const text = CHANNEL_TEXT[language];
  return modal(
    language,
    text.draftTitle,
    [
      {
        type: 'input',
        block_id: VIEW.draftBlock,
        label: plain(text.draftLabel),
        hint: plain(text.draftHint, 150),
        element: {
          type: 'plain_text_input',
          action_id: VIEW.draftInput,
          multiline: true,
          max_length: MODAL_INPUT_LIMIT,
        },
      },
    ],
    { callback_id: VIEW.draftModal, submit: plain(text.check, 24), private_metadata: language },
  );
}

export function busyModal(language: Language): ModalView {
  const text = CHANNEL_TEXT[language];
  return modal(language, text.draftTitle, [
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text.busyCheck) } },
  ]);
}

/** A draft assessment (or any reply) shown in a modal: only the user who opened it sees it. */
export function replyModal(reply: Reply): ModalView {
  const text = CHANNEL_TEXT[reply.language];
  return modal(reply.language, text.draftTitle, renderReply(reply).blocks, {
    private_metadata: reply.language,
  });
}

/**
 * What the "Bronnen" button opens: what the glance left out (the rest of a shortened condition, further
 * points and steps) and the quotes of the sources, numbered as in the answer.
 */
export function sourcesModal(
  language: Language,
  citations: readonly Citation[],
  more: readonly string[],
): ModalView {
  const labels = LABELS[language];
  const blocks: KnownBlock[] = [];
  if (more.length > 0) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncate(`*${labels.more}*\n${more.map((item) => `• ${escapeMrkdwn(item)}`).join('\n')}`, 3000),
        verbatim: true,
      },
    });
  }
  if (citations.length > 0) {
    blocks.push({ type: 'header', text: plain(labels.quotes, 150) }, ...quoteBlocks(citations, language));
  } else {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: escapeMrkdwn(CHANNEL_TEXT[language].unknownAction) },
    });
  }
  return modal(language, labels.sources, blocks, { private_metadata: language });
}

/** A modal with one message; the title defaults to the draft check's, a profile message keeps the profile's. */
export function messageModal(
  language: Language,
  message: string,
  title: string = CHANNEL_TEXT[language].draftTitle,
): ModalView {
  return modal(language, title, [{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(message) } }]);
}

export function profileModal(language: Language, profile: Profile | undefined): ModalView {
  const text = CHANNEL_TEXT[language];
  const options = SECTORS.map((sector) => ({ text: plain(SECTOR_LABEL[language][sector]), value: sector }));
  const initial = options.find((option) => option.value === profile?.sector);
  return modal(
    language,
    text.profileTitle,
    [
      { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text.profileIntro) } },
      {
        type: 'input',
        block_id: VIEW.sectorBlock,
        optional: true,
        label: plain(text.sectorLabel),
        element: {
          type: 'static_select',
          action_id: VIEW.sectorInput,
          options,
          ...(initial ? { initial_option: initial } : {}),
        },
      },
      {
        type: 'input',
        block_id: VIEW.roleBlock,
        optional: true,
        label: plain(text.roleLabel),
        element: {
          type: 'plain_text_input',
          action_id: VIEW.roleInput,
          max_length: 200,
          placeholder: plain(text.rolePlaceholder, 150),
          ...(profile?.role ? { initial_value: profile.role } : {}),
        },
      },
      {
        type: 'input',
        block_id: VIEW.portfolioBlock,
        optional: true,
        label: plain(text.portfolioLabel),
        hint: plain(text.portfolioHint, 150),
        element: {
          type: 'plain_text_input',
          action_id: VIEW.portfolioInput,
          multiline: true,
          max_length: MODAL_INPUT_LIMIT,
          ...(profile?.portfolio?.length ? { initial_value: profile.portfolio.join('\n') } : {}),
        },
      },
      {
        type: 'input',
        block_id: VIEW.organisationBlock,
        optional: true,
        label: plain(text.organisationLabel),
        hint: plain(text.organisationHint, 150),
        element: {
          type: 'plain_text_input',
          action_id: VIEW.organisationInput,
          max_length: 63,
          ...(profile?.organisation ? { initial_value: profile.organisation } : {}),
        },
      },
    ],
    { callback_id: VIEW.profileModal, submit: plain(text.save, 24), private_metadata: language },
  );
}

export interface HomeFacts {
  knowledgeVersion: string;
  newestReview: string;
  oldestReview: string;
}

export function homeView(language: Language, facts: HomeFacts): HomeView {
  const text = CHANNEL_TEXT[language];
  const part = (title: string, body: string): KnownBlock[] => [
    { type: 'header', text: plain(title, 150) },
    { type: 'section', text: { type: 'mrkdwn', text: body } },
  ];
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: plain(text.homeTitle, 150) },
      { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text.homeIntro) } },
      ...part(text.homeAskTitle, text.homeAsk),
      ...part(text.homeCheckTitle, text.homeCheck),
      ...part(text.homeProfileTitle, text.homeProfile),
      ...part(text.homePrivacyTitle, escapeMrkdwn(text.homePrivacy)),
      { type: 'divider' },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: escapeMrkdwn(
              text.homeKnowledge(facts.knowledgeVersion, facts.newestReview, facts.oldestReview),
            ),
          },
        ],
      },
    ],
  };
}
