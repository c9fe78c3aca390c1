// Buttons under answers: feedback, "Bespreek vertrouwelijk", example questions, quick replies to a question the
// bot asked back, "Bronnen" (sources-action.ts) and "Onthoud: ik werk aan …".
import { CHANNEL_TEXT, voteNote } from '../../src/answer/channel-messages.ts';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import type { Language } from '../../src/answer/messages.ts';
import { decodeClarification, toClarification } from '../../src/conversation/clarification-payload.ts';
import { rememberTopic } from '../../src/conversation/profile-form.ts';
import type { IncomingMessage } from '../../src/core/types.ts';
import { noUnfurl, threadOf } from './message-options.ts';
import { actionPayloadSchema, buttonPlaceSchema, buttonSchema } from './payload-schemas.ts';
import { ACTION, renderReply } from './render-reply.ts';
import { createPrivateReplies } from './reply-privately.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { registerSourcesAction } from './sources-action.ts';
import { slackUserKey, slackWorkspace } from './to-incoming-message.ts';

export function registerActions(context: SlackListenerContext): void {
  const { app, bot, state, knowledge, logger, profileOf } = context;
  const { apologise, showPrivately } = createPrivateReplies(logger);

  // ── Buttons: feedback, "Bespreek vertrouwelijk", example questions ──────────────────────────────
  // Each acks first, then works; a failure becomes a private apology.
  app.action(/^feedback_(up|down)$/, async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    const { language, replyId } = readFeedbackValue(button.data.value);
    const rating = button.data.action_id === ACTION.feedbackUp ? 'up' : 'down';
    try {
      const userKey = slackUserKey(payload.data.team?.id ?? payload.data.user.team_id, payload.data.user.id);
      // One vote per person per reply, changeable: the core counts the latest press (the state store keeps
      // one vote per reply and user), and says whether it was new, changed or the same again.
      const reply = replyId
        ? await bot.handle({
            channel: 'slack',
            text: '',
            userId: userKey,
            feedback: { replyId, rating },
            ...slackWorkspace(
              payload.data.team?.id ?? payload.data.user.team_id,
              payload.data.enterprise?.id,
            ),
          })
        : undefined;
      const note = reply?.error
        ? reply.error.message
        : reply?.vote
          ? voteNote(language, reply.vote, button.data.text?.text ?? (rating === 'up' ? '👍' : '👎'))
          : CHANNEL_TEXT[language].feedbackThanks;
      await showPrivately(client, respond, payload.data, note);
    } catch (error) {
      logger.error({ err: error }, 'could not record Slack feedback');
      await apologise(respond, language);
    }
  });

  app.action(ACTION.confidential, async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    try {
      await showPrivately(client, respond, payload.data, button.data.value);
    } catch (error) {
      logger.error({ err: error }, 'could not show the confidential contact');
      await apologise(respond, detectLanguage(button.data.value));
    }
  });

  app.action(new RegExp(`^${ACTION.example}_\\d+$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    const question = button.data.value;
    const language = detectLanguage(question);
    const teamId = payload.data.team?.id ?? payload.data.user.team_id;
    const userId = payload.data.user.id;
    try {
      const reply = await bot.handle({
        channel: 'slack',
        text: question,
        command: 'ask',
        userId: slackUserKey(teamId, userId),
        conversationId: `slack:${teamId ?? 'T'}:${payload.data.channel?.id ?? userId}`,
        profile: await profileOf(teamId, userId),
        ...slackWorkspace(teamId, payload.data.enterprise?.id),
      } satisfies IncomingMessage);
      const channel = payload.data.channel?.id;
      if (channel?.startsWith('D')) {
        await client.chat.postMessage({ channel, ...noUnfurl(renderReply(reply)) });
      } else {
        await respond?.({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply) });
      }
    } catch (error) {
      logger.error({ err: error }, 'could not answer an example question');
      await apologise(respond, language);
    }
  });

  // ── Asking back: a quick reply answers the one question the bot asked; the answer follows ─────────
  app.action(new RegExp(`^${ACTION.clarify}_\\d+$`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = buttonPlaceSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    const decoded = decodeClarification(button.data.value);
    if (!decoded) {
      await showPrivately(client, respond, payload.data, CHANNEL_TEXT.nl.unknownAction);
      return;
    }
    const teamId = payload.data.team?.id ?? payload.data.user.team_id;
    const userId = payload.data.user.id;
    const channelId = payload.data.channel?.id ?? payload.data.container?.channel_id;
    const ephemeral = payload.data.container?.is_ephemeral === true;
    const threadTs = payload.data.message?.thread_ts ?? payload.data.container?.thread_ts;
    try {
      const reply = await bot.handle({
        channel: 'slack',
        text: button.data.text?.text ?? decoded.v,
        command: 'ask',
        userId: slackUserKey(teamId, userId),
        // The conversation the question was asked in: a slash command's own, or the channel and thread.
        conversationId: ephemeral
          ? `slack:${teamId ?? 'T'}:${channelId ?? userId}:command`
          : `slack:${teamId ?? 'T'}:${channelId ?? userId}`,
        ...(threadTs && !ephemeral ? { threadId: threadTs } : {}),
        profile: await profileOf(teamId, userId),
        ...slackWorkspace(teamId, payload.data.enterprise?.id),
        // Posted in the channel's thread, the answer is read by others (a DM's id starts with D).
        audience: ephemeral || !channelId || channelId.startsWith('D') ? 'private' : 'shared',
        clarification: toClarification(decoded),
      } satisfies IncomingMessage);
      const message = renderReply(reply);
      if (ephemeral || !channelId) {
        await respond?.({ response_type: 'ephemeral', replace_original: true, ...message });
      } else {
        await client.chat.postMessage({ channel: channelId, ...threadOf(threadTs), ...noUnfurl(message) });
      }
    } catch (error) {
      logger.error({ err: error }, 'could not answer a quick reply');
      await apologise(respond, decoded.l);
    }
  });

  registerSourcesAction(app, { knowledge, logger });

  // "Onthoud: ik werk aan …": the topic joins the profile's portfolio, so the next answer knows it.
  app.action(ACTION.rememberPortfolio, async ({ ack, body, action, respond, client }) => {
    await ack();
    const payload = actionPayloadSchema.safeParse(body);
    const button = buttonSchema.safeParse(action);
    if (!payload.success || !button.success) return;
    const [code, ...rest] = button.data.value.split(':');
    const language: Language = code === 'en' ? 'en' : 'nl';
    const topic = rest.join(':').trim();
    try {
      const userKey = slackUserKey(payload.data.team?.id ?? payload.data.user.team_id, payload.data.user.id);
      const saved = await rememberTopic(state, userKey, topic);
      await showPrivately(
        client,
        respond,
        payload.data,
        saved ? CHANNEL_TEXT[language].portfolioRemembered(topic) : CHANNEL_TEXT[language].profileInvalid,
      );
    } catch (error) {
      logger.error({ err: error }, 'could not remember a topic in the profile');
      await apologise(respond, language);
    }
  });
}

/** Feedback buttons carry "<language>:<reply id>". */
function readFeedbackValue(value: string): { language: Language; replyId: string } {
  const [language, ...rest] = value.split(':');
  return language === 'en' || language === 'nl'
    ? { language, replyId: rest.join(':') }
    : { language: 'nl', replyId: value };
}
