// Slash commands: acknowledged at once, answered privately through response_url. /uitingswijzer asks (or opens
// the profile), /uitingstoets checks a draft (or opens the draft form when it has no text).
// The ack comes before anything that could fail, so Slack never shows its own timeout error.
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import type { Language } from '../../src/answer/messages.ts';
import { fallbackLanguage, threadLanguage } from '../../src/conversation/choose-language.ts';
import { isProfileRequest } from '../../src/conversation/profile-form.ts';
import { draftInputModal, profileModal } from './render-views.ts';
import { createPrivateReplies, type Respond } from './reply-privately.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { commandToIncomingMessage, slackUserKey, slashCommandSchema } from './to-incoming-message.ts';

export const COMMAND = { ask: '/uitingswijzer', check: '/uitingstoets' } as const;

export function registerCommands(context: SlackListenerContext): void {
  const { app, bot, state, overloaded, profileOf } = context;
  const { respondPrivately, openView } = createPrivateReplies(context.logger);

  app.command(COMMAND.ask, async ({ command, ack, respond, client }) => {
    const text = typeof command.text === 'string' ? command.text : '';
    const language = detectLanguage(text);
    if (isProfileRequest(text)) {
      await ack();
      const english = /profile/i.test(text);
      await openView(client, respond, language, command.trigger_id, async () =>
        profileModal(english ? 'en' : 'nl', await profileOf(command.team_id, command.user_id)),
      );
      return;
    }
    await answerCommand('ask', command, ack, respond, language);
  });

  app.command(COMMAND.check, async ({ command, ack, respond, client }) => {
    const text = typeof command.text === 'string' ? command.text : '';
    const language = detectLanguage(text);
    if (text.trim() === '') {
      await ack();
      // No words to tell the language: the user's last question in this channel's commands, else the
      // language of their profile.
      await openView(client, respond, language, command.trigger_id, async () =>
        draftInputModal(
          fallbackLanguage({
            thread: await threadLanguage(
              state,
              `slack:${command.team_id}:${command.channel_id}:command`,
              undefined,
              slackUserKey(command.team_id, command.user_id),
            ),
            profile: await profileOf(command.team_id, command.user_id),
          }),
        ),
      );
      return;
    }
    await answerCommand('check', command, ack, respond, language);
  });

  /** A command with text: "busy" when the backlog is full, else an empty ack now and the answer via response_url. */
  async function answerCommand(
    kind: 'ask' | 'check',
    command: unknown,
    ack: (response?: { response_type: 'ephemeral'; text: string }) => Promise<void>,
    respond: Respond,
    language: Language,
  ): Promise<void> {
    if (overloaded()) {
      await ack({ response_type: 'ephemeral', text: CHANNEL_TEXT[language].overloaded });
      return;
    }
    // An empty ack shows nothing: a message in it would stay above the answer, because response_url
    // cannot replace the ack's message (a Slack limitation). The answer follows within about a second.
    await ack();
    await respondPrivately(respond, language, async () => {
      const parsed = slashCommandSchema.parse(command);
      return bot.handle(
        commandToIncomingMessage(parsed, kind, await profileOf(parsed.team_id, parsed.user_id)),
      );
    });
  }
}
