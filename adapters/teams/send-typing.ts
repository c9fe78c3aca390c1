// The typing indicator while the bot works, where Teams shows one.
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { isPersonalConversation, type TeamsActivity } from './to-incoming-message.ts';

/**
 * Teams shows a typing indicator only in personal and group chats. In a channel the client fails on it
 * ("Invalid conversation id team-id;messageid=…") and then does not show the answer that follows.
 */
export function showsTyping(activity: TeamsActivity): boolean {
  return isPersonalConversation(activity) || activity.conversation.conversationType === 'groupChat';
}

export async function sendTypingWhereShown(turn: TurnContext, activity: TeamsActivity): Promise<void> {
  if (showsTyping(activity)) await turn.sendActivity({ type: ActivityTypes.Typing });
}
