// Slash commands: acknowledged at once, answered privately through response_url. /uitingswijzer asks (or opens
// the profile), /uitingstoets checks a draft (or opens the draft form when it has no text).
// The ack comes before anything that could fail, so Slack never shows its own timeout error, and before
// anything that can wait: commands come in bursts, and each ack waits for the work done on the ones read before it.
// Over HTTP the route sends it (commandAck, before Bolt runs); over Socket Mode the listener does.
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import { fallbackLanguage, threadLanguage } from '../../src/conversation/choose-language.ts';
import { isProfileRequest } from '../../src/conversation/profile-form.ts';
import { draftInputModal, profileModal } from './render-views.ts';
import { createPrivateReplies, type Respond } from './reply-privately.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { commandToIncomingMessage, slackUserKey, slashCommandSchema } from './to-incoming-message.ts';

export const COMMAND = { ask: '/uitingswijzer', check: '/uitingstoets' } as const;

/** Bolt's context key saying the route has acknowledged this command already (with an empty ack). */
export const ACKNOWLEDGED_BY_ROUTE = 'acknowledgedByRoute';

type BusyAck = { response_type: 'ephemeral'; text: string };

/** "Busy", in the command's language: the ack of a command that would wait behind a full backlog. */
function busyAck(text: string): BusyAck {
  return { response_type: 'ephemeral', text: CHANNEL_TEXT[detectLanguage(text)].overloaded };
}

/**
 * The ack of one of our commands, decided before any listener runs: "busy" for a command to be answered while the
 * backlog is full; undefined for an empty ack (the answer, the profile form or the draft form follows).
 */
export function commandAck(command: string, text: string, overloaded: () => boolean): BusyAck | undefined {
  const opensForm = command === COMMAND.ask ? isProfileRequest(text) : text.trim() === '';
  return !opensForm && overloaded() ? busyAck(text) : undefined;
}

export function registerCommands(context: SlackListenerContext): void {
  const { app, state, overloaded, afterAck, profileOf } = context;
  const { respondPrivately, openView } = createPrivateReplies(context.logger);

  app.command(COMMAND.ask, async ({ command, ack, respond, client, context }) => {
    const text = typeof command.text === 'string' ? command.text : '';
    if (isProfileRequest(text)) {
      await ack();
      const english = /profile/i.test(text);
      await openView(client, respond, detectLanguage(text), command.trigger_id, async () =>
        profileModal(english ? 'en' : 'nl', await profileOf(command.team_id, command.user_id)),
      );
      return;
    }
    await answerCommand('ask', command, text, ack, respond, context[ACKNOWLEDGED_BY_ROUTE] === true);
  });

  app.command(COMMAND.check, async ({ command, ack, respond, client, context }) => {
    const text = typeof command.text === 'string' ? command.text : '';
    if (text.trim() === '') {
      await ack();
      // No words to tell the language: the user's last question in this channel's commands, else the
      // language of their profile.
      await openView(client, respond, detectLanguage(text), command.trigger_id, async () =>
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
    await answerCommand('check', command, text, ack, respond, context[ACKNOWLEDGED_BY_ROUTE] === true);
  });

  /**
   * A command with text: "busy" when the backlog is full, else an empty ack now and the answer via response_url.
   * `acknowledged`: the route has sent the (empty) ack already, having checked the backlog itself.
   */
  async function answerCommand(
    kind: 'ask' | 'check',
    command: unknown,
    text: string,
    ack: (response?: BusyAck) => Promise<void>,
    respond: Respond,
    acknowledged: boolean,
  ): Promise<void> {
    if (!acknowledged && overloaded()) {
      await ack(busyAck(text));
      return;
    }
    // An empty ack shows nothing: a message in it would stay above the answer, because response_url
    // cannot replace the ack's message (a Slack limitation). The answer follows within about a second.
    await ack();
    // Reading the command (its text, the profile) is work after the ack: it waits in the answer queue, which
    // starts it after the requests already received have been read and acknowledged.
    await respondPrivately(
      respond,
      () => detectLanguage(text),
      () =>
        afterAck(async (core) => {
          const parsed = slashCommandSchema.parse(command);
          return core.handle(
            commandToIncomingMessage(parsed, kind, await profileOf(parsed.team_id, parsed.user_id)),
          );
        }),
    );
  }
}
