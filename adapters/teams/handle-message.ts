// A message to the bot (1:1 chat, or a mention in a group chat or channel): the profile form, or an answer
// after a typing indicator. A draft assessment or the profile form never goes into a group chat or channel.
import type { TurnContext } from 'botbuilder';
import { detectLanguage } from '../../src/answer/detect-language.ts';
import { isProfileRequest } from '../../src/conversation/profile-form.ts';
import { profileCard } from './render-reply.ts';
import { createPrivateSender } from './send-privately.ts';
import { sendTypingWhereShown } from './send-typing.ts';
import type { TeamsHandlerContext } from './teams-handler-context.ts';
import {
  activityToIncomingMessage,
  isPersonalConversation,
  messageText,
  type TeamsActivity,
} from './to-incoming-message.ts';

export function createMessageHandler(context: TeamsHandlerContext) {
  const { bot, render, profileOf } = context;
  const sendPrivately = createPrivateSender(context);
  return async function onMessage(turn: TurnContext, activity: TeamsActivity): Promise<void> {
    const text = messageText(activity);
    const personal = isPersonalConversation(activity);
    if (isProfileRequest(text)) {
      const form = profileCard(/profile/i.test(text) ? 'en' : 'nl', await profileOf(activity));
      if (personal) await turn.sendActivity({ attachments: [form] });
      else await sendPrivately(turn, activity, form, detectLanguage(text), 'profileSentPrivately');
      return;
    }
    await sendTypingWhereShown(turn, activity);
    const reply = await bot.handle(activityToIncomingMessage(activity, await profileOf(activity)));
    const attachment = render(reply);
    if (reply.intent === 'draft' && !personal) {
      // A draft assessment never goes into a channel or group chat: to the author's 1:1 chat instead.
      await sendPrivately(turn, activity, attachment, reply.language);
      return;
    }
    await turn.sendActivity({ attachments: [attachment] });
  };
}
