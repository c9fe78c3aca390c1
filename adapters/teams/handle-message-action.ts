// The message extension "Toets dit bericht" (⋯ on the user's own message): the assessment in a dialog only
// the user sees. With fetchTask the dialog is asked for first; both carry the message and get the assessment.
import type { TurnContext } from 'botbuilder';
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import { invokeResponse } from './invoke-response.ts';
import { messageCard, renderReply } from './render-reply.ts';
import type { TeamsHandlerContext } from './teams-handler-context.ts';
import {
  draftToIncomingMessage,
  messageActionValueSchema,
  type TeamsActivity,
  teamsToPlainText,
} from './to-incoming-message.ts';

/** commandId of the message extension action "Toets dit bericht" in the app manifest. */
export const MESSAGE_ACTION_CHECK = 'toetsBericht';

export function createMessageActionHandler({ bot, profileOf }: TeamsHandlerContext) {
  return async function onMessageAction(turn: TurnContext, activity: TeamsActivity): Promise<void> {
    const parsed = messageActionValueSchema.safeParse(activity.value);
    if (!parsed.success || parsed.data.commandId !== MESSAGE_ACTION_CHECK) {
      await invokeResponse(turn, 400, undefined);
      return;
    }
    const payload = parsed.data.messagePayload;
    const draft = teamsToPlainText(payload?.body.content ?? '');
    const language = detectLanguage(draft);
    const author = payload?.from?.user?.id;
    // Only the user's own messages (a message from a bot or app has no user and is not checked).
    const own = author !== undefined && (author === activity.from.aadObjectId || author === activity.from.id);
    const attachment = own
      ? renderReply(await bot.handle(draftToIncomingMessage(activity, draft, await profileOf(activity))), {
          actions: false,
        })
      : messageCard(CHANNEL_TEXT[language].ownMessagesOnly);
    await invokeResponse(turn, 200, {
      task: {
        type: 'continue',
        value: {
          title: CHANNEL_TEXT[language].draftTitle,
          card: attachment,
          width: 'large',
          height: 'large',
        },
      },
    });
  };
}
