// Private replies to one user: through response_url, in a modal, or as an apology when that fails.
import type { webApi } from '@slack/bolt';
import type { z } from 'zod';
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import type { Language } from '../../src/answer/messages.ts';
import type { Reply } from '../../src/core/types.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import type { actionPayloadSchema } from './payload-schemas.ts';
import { escapeMrkdwn, renderReply, type SlackMessage } from './render-reply.ts';
import { busyModal, type ModalView, messageModal } from './render-views.ts';

export type Respond = (message: Record<string, unknown>) => Promise<unknown>;

/** The block a button's note (thanks, the confidential contact) takes in a modal; one at a time. */
const MODAL_NOTE_BLOCK = 'reply_note';

export interface PrivateReplies {
  /** `language` is read only when something fails: the apology's language. */
  respondPrivately(respond: Respond, language: () => Language, answer: () => Promise<Reply>): Promise<void>;
  apologise(respond: Respond | undefined, language: Language): Promise<void>;
  openView(
    client: webApi.WebClient,
    respond: Respond | undefined,
    language: Language,
    triggerId: string,
    build: () => Promise<ModalView>,
  ): Promise<string | undefined>;
  updateView(client: webApi.WebClient, viewId: string, language: Language, view: ModalView): Promise<void>;
  showPrivately(
    client: webApi.WebClient,
    respond: Respond | undefined,
    payload: z.infer<typeof actionPayloadSchema>,
    text: string,
  ): Promise<void>;
}

export function createPrivateReplies(logger: Logger): PrivateReplies {
  /** Answers through response_url; if that fails, tries once more with a plain apology. */
  async function respondPrivately(
    respond: Respond,
    language: () => Language,
    answer: () => Promise<Reply>,
  ): Promise<void> {
    let message: SlackMessage;
    try {
      message = renderReply(await answer());
    } catch (error) {
      logger.error({ err: error }, 'could not answer a Slack command');
      message = { text: CHANNEL_TEXT[language()].failed, blocks: [] };
    }
    try {
      await respond({ response_type: 'ephemeral', replace_original: true, ...message });
    } catch (error) {
      logger.error({ err: error }, 'could not send the answer through response_url');
      await apologise(respond, language());
    }
  }

  async function apologise(respond: Respond | undefined, language: Language): Promise<void> {
    await respond?.({ response_type: 'ephemeral', text: CHANNEL_TEXT[language].failed }).catch(
      (error: unknown) => logger.error({ err: error }, 'could not send the apology through response_url'),
    );
  }

  /** Opens a modal; when Slack refuses, the user gets a private apology instead of nothing. */
  async function openView(
    client: webApi.WebClient,
    respond: Respond | undefined,
    language: Language,
    triggerId: string,
    build: () => Promise<ModalView>,
  ): Promise<string | undefined> {
    try {
      const opened = await client.views.open({ trigger_id: triggerId, view: await build() });
      return opened.view?.id;
    } catch (error) {
      logger.error({ err: error }, 'could not open a Slack modal');
      await apologise(respond, language);
      return undefined;
    }
  }

  /** Fills a modal; when that fails, tries to show an apology in it. */
  async function updateView(
    client: webApi.WebClient,
    viewId: string,
    language: Language,
    view: ModalView,
  ): Promise<void> {
    try {
      await client.views.update({ view_id: viewId, view });
    } catch (error) {
      logger.error({ err: error }, 'could not update a Slack modal');
      await client.views
        .update({ view_id: viewId, view: messageModal(language, CHANNEL_TEXT[language].failed) })
        .catch((nested: unknown) => logger.error({ err: nested }, 'could not show the apology in the modal'));
    }
  }

  /** Shows a short text to the user who pressed a button: in the modal, or as an ephemeral message. */
  async function showPrivately(
    client: webApi.WebClient,
    respond: Respond | undefined,
    payload: z.infer<typeof actionPayloadSchema>,
    text: string,
  ): Promise<void> {
    if (payload.view) {
      // Keep the buttons; put the text below them, in place of the note an earlier press left there
      // (Slack sends the modal as it is now, so without that the notes would pile up).
      const language: Language = payload.view.private_metadata === 'en' ? 'en' : 'nl';
      const blocks = payload.view.blocks.flatMap((block) => {
        if (block.block_id === MODAL_NOTE_BLOCK) return [];
        if (block.block_id !== 'reply_actions') return [block];
        return [
          block,
          {
            type: 'context',
            block_id: MODAL_NOTE_BLOCK,
            elements: [{ type: 'mrkdwn', text: escapeMrkdwn(text), verbatim: true }],
          },
        ];
      });
      await client.views.update({
        view_id: payload.view.id,
        view: { ...busyModal(language), private_metadata: language, blocks: blocks.slice(0, 100) as never },
      });
      return;
    }
    await respond?.({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(text) });
  }

  return { respondPrivately, apologise, openView, updateView, showPrivately };
}
