// The app installed in a 1:1 chat: a welcome card with example questions, in the user's Teams language.
import type { TurnContext } from 'botbuilder';
import { renderReply } from './render-reply.ts';
import type { TeamsHandlerContext } from './teams-handler-context.ts';
import { isPersonalConversation, type TeamsActivity, teamsUserKey } from './to-incoming-message.ts';

export function createConversationUpdateHandler({ bot }: TeamsHandlerContext) {
  return async function onConversationUpdate(turn: TurnContext, activity: TeamsActivity): Promise<void> {
    const added = activity.membersAdded?.some((member) => member.id === activity.recipient.id);
    if (!added || !isPersonalConversation(activity)) return;
    const welcome = await bot.handle({
      channel: 'teams',
      text: '',
      command: 'help',
      userId: teamsUserKey(activity),
      conversationId: `teams:${activity.conversation.id}`.slice(0, 300),
      // Installing says nothing in words: the welcome follows the user's Teams language.
      ...(activity.locale ? { locale: activity.locale } : {}),
    });
    await turn.sendActivity({ attachments: [renderReply(welcome)] });
  };
}
