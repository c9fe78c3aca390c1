// App Home: the home tab with what the bot does and how current its knowledge is.
import { fallbackLanguage, threadLanguage } from '../../src/conversation/choose-language.ts';
import { homeView } from './render-views.ts';
import type { SlackListenerContext } from './slack-listener-context.ts';
import { slackUserKey } from './to-incoming-message.ts';

export function registerHome(context: SlackListenerContext): void {
  const { app, state, knowledge, profileOf } = context;

  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    // Opening the home says nothing in words: it follows the user's last question in their DM with the bot,
    // else the language of their profile, else Dutch.
    const language = fallbackLanguage({
      thread: await threadLanguage(
        state,
        `slack:${context.teamId ?? 'T'}:${event.channel}`,
        undefined,
        slackUserKey(context.teamId, event.user),
      ),
      profile: await profileOf(context.teamId, event.user).catch(() => undefined),
    });
    const documents = knowledge.current().documents;
    const reviewed = documents.map((document) => document.meta.reviewed).sort();
    await client.views.publish({
      user_id: event.user,
      view: homeView(language, {
        knowledgeVersion: knowledge.current().version,
        oldestReview: reviewed[0] ?? '—',
        newestReview: reviewed.at(-1) ?? '—',
      }),
    });
  });
}
