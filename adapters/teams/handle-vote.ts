// 👍 / 👎 under an answer: one vote per person per reply, changeable, as in Slack. The voter's card is replaced
// (for the voter only) by the same answer with the vote marked and both buttons kept.
import type { TurnContext } from 'botbuilder';
import { CHANNEL_TEXT, voteNote } from '../../src/answer/channel-messages.ts';
import type { Language } from '../../src/answer/messages.ts';
import { cardActionMessage, replaceCard } from './invoke-response.ts';
import { voteButtonTitle, withVoteNote } from './render-reply.ts';
import type { TeamsHandlerContext } from './teams-handler-context.ts';
import { type TeamsActivity, teamsUserKey, teamsWorkspace } from './to-incoming-message.ts';

export function createVoteHandler({ bot, sentCards }: TeamsHandlerContext) {
  return async function onVote(
    turn: TurnContext,
    activity: TeamsActivity,
    data: Record<string, unknown>,
    language: Language,
  ): Promise<void> {
    const replyId = typeof data.replyId === 'string' ? data.replyId : '';
    const rating = data.rating === 'down' ? 'down' : 'up';
    // The core counts the latest press (the state store keeps one vote per reply and user) and says whether it
    // was new, changed or the same again.
    const reply = replyId
      ? await bot.handle({
          channel: 'teams',
          text: '',
          userId: teamsUserKey(activity),
          feedback: { replyId, rating },
          ...teamsWorkspace(activity),
        })
      : undefined;
    // The invoke carries no card: only a card this instance sent and still keeps can be shown again.
    const sent = replyId ? sentCards.recall(replyId) : undefined;
    if (!sent || !reply?.vote) {
      await cardActionMessage(turn, reply?.error?.message ?? CHANNEL_TEXT[language].feedbackThanks);
      return;
    }
    const note = voteNote(language, reply.vote, voteButtonTitle(sent, rating) ?? rating);
    await replaceCard(turn, withVoteNote(sent, note, reply.vote.rating).content);
  };
}
