// Answers to an invoke (a card action, a message extension): the body of the HTTP response Teams waits for,
// never a new message that could land in a channel.
import { ActivityTypes, type TurnContext } from 'botbuilder';

export async function invokeResponse(turn: TurnContext, status: number, body: unknown): Promise<void> {
  await turn.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
}

/** A short text only the user who pressed the button sees. */
export async function cardActionMessage(turn: TurnContext, text: string): Promise<void> {
  await invokeResponse(turn, 200, {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: text,
  });
}

/** The user's card replaced by another, for that user only (the response to an Action.Execute). */
export async function replaceCard(turn: TurnContext, content: unknown): Promise<void> {
  await invokeResponse(turn, 200, {
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
    value: content,
  });
}
