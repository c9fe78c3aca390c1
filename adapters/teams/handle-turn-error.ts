// A turn that failed: one log line, and a polite apology where the user will see it. An invoke is answered
// in its own response (a dialog or a card action), never with a new message that could land in a channel.
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import { chooseLanguage } from '../../src/conversation/choose-language.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import { invokeResponse } from './invoke-response.ts';
import { messageCard } from './render-reply.ts';

export function createTurnErrorHandler(logger: Logger) {
  return async function onTurnError(turn: TurnContext, error: Error): Promise<void> {
    logger.error({ err: error, activityType: turn.activity.type }, 'Teams turn failed');
    const language = chooseLanguage(turn.activity.text ?? '', { locale: turn.activity.locale });
    const failed = CHANNEL_TEXT[language].failed;
    const apology =
      turn.activity.type === ActivityTypes.Invoke
        ? invokeResponse(
            turn,
            200,
            turn.activity.name?.startsWith('composeExtension/')
              ? {
                  task: {
                    type: 'continue',
                    value: { title: CHANNEL_TEXT[language].draftTitle, card: messageCard(failed) },
                  },
                }
              : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: failed },
          )
        : turn.sendActivity({ attachments: [messageCard(failed)] });
    await apology.catch((nested: unknown) =>
      logger.error({ err: nested }, 'could not tell the user about the failure'),
    );
  };
}
