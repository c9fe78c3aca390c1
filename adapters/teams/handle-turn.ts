// One turn: the activity checked, then handed to the handler for its type. Messages, invokes (card actions,
// the message extension) and conversation updates (installing); anything else is acknowledged and ignored.
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { createCardActionHandler } from './handle-card-action.ts';
import { createConversationUpdateHandler } from './handle-conversation-update.ts';
import { createMessageHandler } from './handle-message.ts';
import { createMessageActionHandler } from './handle-message-action.ts';
import { invokeResponse } from './invoke-response.ts';
import type { TeamsHandlerContext } from './teams-handler-context.ts';
import { activitySchema, type TeamsActivity } from './to-incoming-message.ts';

export function createTurnHandler(context: TeamsHandlerContext): (turn: TurnContext) => Promise<void> {
  const onMessage = createMessageHandler(context);
  const onCardAction = createCardActionHandler(context);
  const onMessageAction = createMessageActionHandler(context);
  const onConversationUpdate = createConversationUpdateHandler(context);

  async function onInvoke(turn: TurnContext, activity: TeamsActivity): Promise<void> {
    if (activity.name === 'adaptiveCard/action') return onCardAction(turn, activity);
    // With fetchTask the dialog is asked for first; both carry the message and get the assessment.
    if (activity.name === 'composeExtension/fetchTask' || activity.name === 'composeExtension/submitAction') {
      return onMessageAction(turn, activity);
    }
    await invokeResponse(turn, 501, undefined);
  }

  return async function onTurn(turn: TurnContext): Promise<void> {
    const activity = activitySchema.parse(turn.activity);
    switch (activity.type) {
      case ActivityTypes.Message:
        return onMessage(turn, activity);
      case ActivityTypes.Invoke:
        return onInvoke(turn, activity);
      case ActivityTypes.ConversationUpdate:
        return onConversationUpdate(turn, activity);
      default:
        return;
    }
  };
}
