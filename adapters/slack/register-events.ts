// Asking by message: direct messages, mentions, and follow-ups without a mention in a thread the bot answered
// in. Answers go into the conversation; a draft assessment from a channel only to its author (ephemeral).
import type { webApi } from '@slack/bolt';
import type { z } from 'zod';
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import { noUnfurl, threadOf } from './message-options.ts';
import { renderReply } from './render-reply.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { eventToIncomingMessage, messageEventSchema } from './to-incoming-message.ts';

/** Message subtypes that are still a person writing to the bot. */
const ANSWERABLE_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

// Threads the bot answered in are kept in the state store, so a follow-up without a mention is answered by
// whichever instance Slack reaches, also after a restart.
/** The state store's key for a thread the bot answered in. */
function threadKey(teamId: string | undefined, channel: string, threadTs: string): string {
  return `slack:${teamId ?? 'T'}:${channel}:${threadTs}`;
}

export function registerEvents(context: SlackListenerContext): void {
  const { app, bot, state, logger, threadTtlMs, profileOf } = context;

  app.event('app_mention', async ({ event, context, client }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success || parsed.data.bot_id || !parsed.data.user) return;
    await answerEvent(client, parsed.data, context.teamId, context.botUserId, context.enterpriseId);
  });

  app.event('message', async ({ event, context, client }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success) return;
    const message = parsed.data;
    // Edits, joins, bot posts and our own messages are not questions.
    const answerable = !message.subtype || ANSWERABLE_SUBTYPES.has(message.subtype);
    if (!answerable || message.bot_id || !message.user || message.user === context.botUserId) return;
    if (message.channel_type !== 'im') {
      if (
        !message.thread_ts ||
        !(await state.hasThread(threadKey(context.teamId, message.channel, message.thread_ts)))
      )
        return;
      // A mention in the thread also arrives as app_mention; answer that one only.
      if (context.botUserId && new RegExp(`<@${context.botUserId}(\\|[^>]*)?>`).test(message.text)) return;
    }
    await answerEvent(client, message, context.teamId, context.botUserId, context.enterpriseId);
  });

  async function answerEvent(
    client: webApi.WebClient,
    event: z.infer<typeof messageEventSchema>,
    teamId: string | undefined,
    botUserId: string | undefined,
    enterpriseId: string | undefined,
  ): Promise<void> {
    const user = event.user!;
    const direct = event.channel_type === 'im';
    const threadTs = direct ? event.thread_ts : (event.thread_ts ?? event.ts);
    // Slack shows an ephemeral message with a thread_ts only inside a thread that already exists: a
    // top-level mention has none yet, so its private replies go to the channel itself.
    const ephemeralThreadTs = event.thread_ts;
    try {
      const incoming = eventToIncomingMessage(event, {
        teamId,
        enterpriseId,
        botUserId,
        profile: await profileOf(teamId, user),
      });
      const reply = await bot.handle(incoming);
      const message = renderReply(reply);
      if (reply.intent === 'draft' && !direct) {
        // A draft assessment never goes into a channel: only the author sees it.
        await client.chat.postEphemeral({
          channel: event.channel,
          user,
          ...threadOf(ephemeralThreadTs),
          ...message,
        });
      } else {
        await client.chat.postMessage({
          channel: event.channel,
          ...threadOf(threadTs),
          ...noUnfurl(message),
        });
      }
      // The answer is out; a store that fails now only costs the follow-ups without a mention.
      if (!direct && threadTs)
        await state
          .markThread(threadKey(teamId, event.channel, threadTs), threadTtlMs)
          .catch((error: unknown) =>
            logger.error({ err: error }, 'could not keep the thread for follow-ups'),
          );
    } catch (error) {
      logger.error({ err: error }, 'could not answer a Slack message');
      const text = CHANNEL_TEXT[detectLanguage(event.text)].failed;
      await client.chat
        .postEphemeral({ channel: event.channel, user, text, ...threadOf(ephemeralThreadTs) })
        .catch((nested: unknown) =>
          logger.error({ err: nested }, 'could not tell the user about the failure'),
        );
    }
  }
}
