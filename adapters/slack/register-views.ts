// Modals: a draft checked in the draft form or through the message shortcut (the answer in a modal, so only
// its author sees it), and the profile form.
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import type { Language } from '../../src/answer/messages.ts';
import { profileFromForm } from '../../src/conversation/profile-form.ts';
import { profileSchema, type Reply } from '../../src/core/types.ts';
import { isEmptyProfile } from '../../src/state/state-store.ts';
import { messageShortcutSchema, viewPayloadSchema } from './payload-schemas.ts';
import { busyModal, type ModalView, messageModal, replyModal, VIEW } from './render-views.ts';
import { createPrivateReplies } from './reply-privately.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { draftToIncomingMessage, slackUserKey } from './to-incoming-message.ts';
import { inputValue, selectedValue } from './view-values.ts';

export const SHORTCUT_CHECK_MESSAGE = 'toets_bericht';

export function registerViews(context: SlackListenerContext): void {
  const { app, bot, state, logger, profileOf } = context;
  const { openView, updateView } = createPrivateReplies(logger);

  // ── Checking a draft in a modal, and the message shortcut ───────────────────────────────────────
  app.view(VIEW.draftModal, async ({ ack, body, client }) => {
    const parsed = viewPayloadSchema.safeParse(body);
    if (!parsed.success) {
      await ack();
      logger.warn('Slack modal submission did not have the expected shape');
      return;
    }
    const payload = parsed.data;
    const draft = inputValue(payload.view.state.values, VIEW.draftBlock, VIEW.draftInput) ?? '';
    const language = detectLanguage(draft);
    if (draft.trim() === '') {
      await ack({
        response_action: 'errors',
        errors: { [VIEW.draftBlock]: CHANNEL_TEXT[language].emptyDraft },
      });
      return;
    }
    await ack({ response_action: 'update', view: busyModal(language) });
    const teamId = payload.team?.id ?? payload.user.team_id;
    const view = await assessInModal(language, async () =>
      bot.handle(
        draftToIncomingMessage(
          draft,
          teamId,
          payload.user.id,
          await profileOf(teamId, payload.user.id),
          payload.enterprise?.id,
        ),
      ),
    );
    await updateView(client, payload.view.id, language, view);
  });

  app.shortcut(SHORTCUT_CHECK_MESSAGE, async ({ ack, body, client, respond }) => {
    await ack();
    const parsed = messageShortcutSchema.safeParse(body);
    if (!parsed.success) {
      logger.warn('Slack message shortcut did not have the expected shape');
      return;
    }
    const payload = parsed.data;
    const language = detectLanguage(payload.message.text);
    if (payload.message.user !== payload.user.id) {
      await openView(client, respond, language, payload.trigger_id, async () =>
        messageModal(language, CHANNEL_TEXT[language].ownMessagesOnly),
      );
      return;
    }
    // The trigger expires after 3 seconds: open a modal at once, fill it when the check is done.
    const viewId = await openView(client, respond, language, payload.trigger_id, async () =>
      busyModal(language),
    );
    if (!viewId) return;
    const teamId = payload.team?.id ?? payload.user.team_id;
    const view = await assessInModal(language, async () =>
      bot.handle(
        draftToIncomingMessage(
          payload.message.text,
          teamId,
          payload.user.id,
          await profileOf(teamId, payload.user.id),
          payload.enterprise?.id,
        ),
      ),
    );
    await updateView(client, viewId, language, view);
  });

  async function assessInModal(language: Language, answer: () => Promise<Reply>): Promise<ModalView> {
    try {
      return replyModal(await answer());
    } catch (error) {
      logger.error({ err: error }, 'could not check a draft from Slack');
      return messageModal(language, CHANNEL_TEXT[language].failed);
    }
  }

  // ── Profile ─────────────────────────────────────────────────────────────────────────────────────
  app.view(VIEW.profileModal, async ({ ack, body }) => {
    const parsed = viewPayloadSchema.safeParse(body);
    if (!parsed.success) {
      await ack();
      logger.warn('Slack profile submission did not have the expected shape');
      return;
    }
    const payload = parsed.data;
    const language: Language = payload.view.private_metadata === 'en' ? 'en' : 'nl';
    const values = payload.view.state.values;
    const candidate = profileSchema.safeParse(
      profileFromForm({
        sector: selectedValue(values, VIEW.sectorBlock, VIEW.sectorInput),
        role: inputValue(values, VIEW.roleBlock, VIEW.roleInput),
        portfolio: inputValue(values, VIEW.portfolioBlock, VIEW.portfolioInput),
        organisation: inputValue(values, VIEW.organisationBlock, VIEW.organisationInput),
        language,
      }),
    );
    const text = CHANNEL_TEXT[language];
    if (!candidate.success) {
      const field = String(candidate.error.issues[0]?.path[0] ?? VIEW.portfolioBlock);
      await ack({ response_action: 'errors', errors: { [field]: text.profileInvalid } });
      return;
    }
    try {
      await state.setProfile(
        slackUserKey(payload.team?.id ?? payload.user.team_id, payload.user.id),
        candidate.data,
      );
    } catch (error) {
      logger.error({ err: error }, 'could not save a profile');
      await ack({ response_action: 'update', view: messageModal(language, text.failed, text.profileTitle) });
      return;
    }
    // The form always carries its language: with every field empty the profile is deleted (as the store does).
    const empty = isEmptyProfile(candidate.data);
    await ack({
      response_action: 'update',
      view: messageModal(language, empty ? text.profileCleared : text.profileSaved, text.profileTitle),
    });
  });
}
