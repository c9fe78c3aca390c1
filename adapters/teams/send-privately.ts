// A card for the user's eyes only, from a group chat or channel: Teams has no private messages inside a
// channel, so it goes to the user's 1:1 chat with the bot, and where they asked a short note without content.
import type { TurnContext } from 'botbuilder';
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import type { Language } from '../../src/answer/messages.ts';
import { type CardAttachment, messageCard } from './render-reply.ts';
import type { TeamsHandlerContext } from './teams-handler-context.ts';
import { type TeamsActivity, tenantOf } from './to-incoming-message.ts';

const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

export type PrivateNote = 'sentPrivately' | 'profileSentPrivately';

export function createPrivateSender({ settings, adapter, logger }: TeamsHandlerContext) {
  /** Sends a card to the user's 1:1 chat with the bot, and a short note (no content) where they asked. */
  return async function sendPrivately(
    turn: TurnContext,
    activity: TeamsActivity,
    attachment: CardAttachment,
    language: Language,
    note: PrivateNote = 'sentPrivately',
  ): Promise<void> {
    const tenantId = tenantOf(activity);
    let delivered = false;
    try {
      await adapter.createConversationAsync(
        settings.appId,
        activity.channelId,
        activity.serviceUrl,
        BOT_FRAMEWORK_AUDIENCE,
        {
          isGroup: false,
          bot: { id: activity.recipient.id, name: activity.recipient.name ?? 'Uitingswijzer' },
          members: [{ id: activity.from.id, name: activity.from.name ?? '' }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        } as never,
        async (privateTurn) => {
          // Caught here: botbuilder would otherwise hand the error to onTurnError of the private chat.
          try {
            await privateTurn.sendActivity({ attachments: [attachment] });
            delivered = true;
          } catch (error) {
            logger.error({ err: error }, 'could not send to the 1:1 chat');
          }
        },
      );
    } catch (error) {
      logger.error({ err: error }, 'could not open a 1:1 chat with the user');
    }
    // The note where the user asked never carries the content; it says whether the private send worked.
    const text = CHANNEL_TEXT[language];
    await turn.sendActivity({
      attachments: [messageCard(delivered ? text[note] : text.couldNotSendPrivately)],
    });
  };
}
