// Action.Execute from our cards (invoke adaptiveCard/action): a vote, "Bespreek vertrouwelijk", the profile
// form, a quick reply to a question the bot asked back, "Onthoud: ik werk aan …". Every answer is the invoke's
// response, so only the user who pressed sees it.
import type { TurnContext } from 'botbuilder';
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import type { Language } from '../../src/answer/messages.ts';
import { decodeClarification, toClarification } from '../../src/conversation/clarification-payload.ts';
import { profileFromForm, rememberTopic } from '../../src/conversation/profile-form.ts';
import { profileSchema } from '../../src/core/types.ts';
import { isEmptyProfile } from '../../src/state/state-store.ts';
import { createVoteHandler } from './handle-vote.ts';
import { cardActionMessage, invokeResponse, replaceCard } from './invoke-response.ts';
import { messageCard, VERB } from './render-reply.ts';
import type { TeamsHandlerContext } from './teams-handler-context.ts';
import {
  executeValueSchema,
  type TeamsActivity,
  teamsUserKey,
  teamsWorkspace,
} from './to-incoming-message.ts';

type Data = Record<string, unknown>;

export function createCardActionHandler(context: TeamsHandlerContext) {
  const { bot, state, render, profileOf } = context;
  const onVote = createVoteHandler(context);

  async function saveProfile(turn: TurnContext, activity: TeamsActivity, data: Data, language: Language) {
    const text = CHANNEL_TEXT[language];
    const candidate = profileSchema.safeParse(
      profileFromForm({
        sector: typeof data.sector === 'string' ? data.sector : undefined,
        role: typeof data.role === 'string' ? data.role : undefined,
        portfolio: typeof data.portfolio === 'string' ? data.portfolio : undefined,
        organisation: typeof data.organisation === 'string' ? data.organisation : undefined,
        language,
      }),
    );
    if (!candidate.success) {
      await cardActionMessage(turn, text.profileInvalid);
      return;
    }
    await state.setProfile(teamsUserKey(activity), candidate.data);
    // The card always sends its language: a form with every field empty deletes the profile (as the store
    // does), whatever language it was filled in.
    const empty = isEmptyProfile(candidate.data);
    await replaceCard(turn, messageCard(empty ? text.profileCleared : text.profileSaved).content);
  }

  /** A quick reply: the answer replaces the card that asked. */
  async function clarify(turn: TurnContext, activity: TeamsActivity, data: Data, language: Language) {
    const decoded = decodeClarification(data.clarification);
    if (!decoded) {
      await cardActionMessage(turn, CHANNEL_TEXT[language].unknownAction);
      return;
    }
    const reply = await bot.handle({
      channel: 'teams',
      text: typeof data.label === 'string' && data.label.trim() ? data.label.slice(0, 200) : decoded.v,
      command: 'ask',
      userId: teamsUserKey(activity),
      conversationId: `teams:${activity.conversation.id}`.slice(0, 300),
      profile: await profileOf(activity),
      ...teamsWorkspace(activity),
      ...(activity.locale ? { locale: activity.locale } : {}),
      clarification: toClarification(decoded),
    });
    await replaceCard(turn, render(reply).content);
  }

  async function rememberPortfolio(
    turn: TurnContext,
    activity: TeamsActivity,
    data: Data,
    language: Language,
  ) {
    const topic = typeof data.topic === 'string' ? data.topic.slice(0, 100) : '';
    const saved = await rememberTopic(state, teamsUserKey(activity), topic);
    const text = CHANNEL_TEXT[language];
    await cardActionMessage(turn, saved ? text.portfolioRemembered(topic) : text.profileInvalid);
  }

  return async function onCardAction(turn: TurnContext, activity: TeamsActivity): Promise<void> {
    const parsed = executeValueSchema.safeParse(activity.value);
    if (!parsed.success) {
      await invokeResponse(turn, 400, {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: 'Unknown card action.' },
      });
      return;
    }
    const { verb, data } = parsed.data.action;
    const language: Language = data.language === 'en' ? 'en' : 'nl';
    switch (verb) {
      case VERB.feedback:
        return onVote(turn, activity, data, language);
      case VERB.confidential:
        return cardActionMessage(
          turn,
          typeof data.text === 'string' ? data.text : CHANNEL_TEXT[language].unknownAction,
        );
      case VERB.profileSave:
        return saveProfile(turn, activity, data, language);
      case VERB.clarify:
        return clarify(turn, activity, data, language);
      case VERB.rememberPortfolio:
        return rememberPortfolio(turn, activity, data, language);
      default:
        return cardActionMessage(turn, CHANNEL_TEXT[language].unknownAction);
    }
  };
}
