// The user's language in Slack and Teams: the words decide when they tell ("hello" is English); a word that
// is both Dutch and English ("help") follows what the user wrote last in the thread, the language of their
// saved profile, their locale (Teams sends it), else Dutch. Refusals, App Home and the draft form follow too.
// One real server with both channels, signed requests and activities over loopback, stand-ins for both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_TEXT } from '../src/answer/channel-messages.ts';
import { HELP_TEXT } from '../src/answer/messages.ts';
import { MAX_TEXT_LENGTH } from '../src/core/types.ts';
import type { RunningServer } from '../src/server/start-server.ts';
import { closeBothChannels, startBothChannels } from './support/both-channels.ts';
import { type Json, json } from './support/json.ts';
import {
  eventCallback,
  FORM,
  interactive,
  JSON_TYPE,
  postToSlackEndpoint,
  type SlackStandIn,
  slashCommand,
} from './support/slack-stand-in.ts';
import { postActivity, type TeamsStandIn, teamsActivity } from './support/teams-stand-in.ts';

let server: RunningServer;
let slack: SlackStandIn;
let teams: TeamsStandIn;

beforeAll(async () => {
  ({ server, slack, teams } = await startBothChannels('xoxb-language'));
});
afterAll(() => closeBothChannels({ server, slack, teams }));

const text = (value: Json): string => JSON.stringify(value);
/** The first line of the help text in a language: what a user sees first. */
const helpOpening = (language: 'nl' | 'en') => HELP_TEXT[language].split('\n')[0] as string;

let ts = 0;
/** A direct message to the bot in Slack; resolves with the bot's answer in that DM. */
async function slackDirect(channel: string, user: string, message: string): Promise<Json> {
  const before = slack.callsTo('chat.postMessage').length;
  await postToSlackEndpoint(
    server.url,
    eventCallback({
      type: 'message',
      channel,
      channel_type: 'im',
      user,
      text: message,
      ts: `1700002000.${String(++ts).padStart(6, '0')}`,
    }),
    JSON_TYPE,
  );
  return slack.waitFor(
    'chat.postMessage',
    (call) => call.body.channel === channel && slack.callsTo('chat.postMessage').indexOf(call) >= before,
  );
}

/** A 1:1 message to the bot in Teams with the user's locale; resolves with the card the bot sent. */
async function teamsDirect(user: string, message: string, locale: string): Promise<Json> {
  const before = teams.activities(`a:personal-${user}`).length;
  await postActivity(server.url, { ...teamsActivity(teams.serviceUrl, { text: message, user }), locale });
  return teams.activities(`a:personal-${user}`)[before]?.attachments?.[0]?.content;
}

describe('the user’s language', () => {
  it('Slack: "help" is Dutch as well as English: a Dutch DM gets Dutch help, a DM that was in English English help', async () => {
    const dutch = await slackDirect('DL1', 'UL1', 'help');
    expect(text(dutch.body.blocks)).toContain(helpOpening('nl'));
    expect(text(dutch.body.blocks)).not.toContain(helpOpening('en'));

    // The last thing this user wrote in the DM was English: "help" follows it.
    const question = await slackDirect('DL2', 'UL2', 'May I post about my work on LinkedIn?');
    expect(text(question.body.blocks)).toContain('What it depends on');
    const english = await slackDirect('DL2', 'UL2', 'help');
    expect(text(english.body.blocks)).toContain(helpOpening('en'));
  });

  it('Teams: "help" follows the locale Teams sends; so does the welcome card when the bot is installed', async () => {
    expect(text(await teamsDirect('ul3', 'help', 'nl-NL'))).toContain(helpOpening('nl'));
    expect(text(await teamsDirect('ul4', 'help', 'en-US'))).toContain(helpOpening('en'));
    // Words that tell win over the locale: a Dutch question from an English Teams is answered in Dutch.
    expect(text(await teamsDirect('ul4', 'Mag ik meelopen in een demonstratie?', 'en-US'))).toContain(
      'Waar het van afhangt',
    );

    await postActivity(server.url, {
      ...teamsActivity(teams.serviceUrl, {
        type: 'conversationUpdate',
        user: 'ul5',
        membersAdded: [{ id: '28:bot-id' }],
      }),
      locale: 'en-GB',
    });
    const welcome = teams.activities('a:personal-ul5')[0]?.attachments?.[0]?.content;
    expect(text(welcome)).toContain(helpOpening('en'));
  });

  it('the too-long refusal is in the language of the text, in Slack and in Teams', async () => {
    const long = 'May I share this post about my work on LinkedIn? '.repeat(Math.ceil(MAX_TEXT_LENGTH / 40));
    const slackRefusal = await slackDirect('DL6', 'UL6', long);
    expect(text(slackRefusal.body)).toContain('too long');
    expect(text(slackRefusal.body)).not.toContain('te lang');
    const teamsRefusal = await teamsDirect('ul7', long, 'nl-NL');
    expect(text(teamsRefusal)).toContain('too long');
    expect(text(teamsRefusal)).not.toContain('te lang');
  });

  it('Slack: App Home and the draft form follow the language of the saved profile', async () => {
    // The profile form in English, saved: the profile keeps its language.
    await postToSlackEndpoint(
      server.url,
      slashCommand('/uitingswijzer', 'profile', slack.responseUrl('profile-en'), 'UL8'),
      FORM,
    );
    const form = await slack.waitFor('views.open', (call) => call.body.view.callback_id === 'profiel_modal');
    expect(form.body.view.private_metadata).toBe('en');
    const saved = await postToSlackEndpoint(
      server.url,
      interactive({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'UL8', team_id: 'T1' },
        view: {
          id: 'VPROFILE-EN',
          callback_id: 'profiel_modal',
          private_metadata: 'en',
          state: {
            values: {
              sector: { value: { type: 'static_select', selected_option: { value: 'gemeente' } } },
              role: { value: { type: 'plain_text_input', value: 'policy officer' } },
              portfolio: { value: { type: 'plain_text_input', value: 'housing' } },
            },
          },
        },
      }),
      FORM,
    );
    expect(text(await json(saved))).toContain(CHANNEL_TEXT.en.profileSaved);

    await postToSlackEndpoint(
      server.url,
      eventCallback({ type: 'app_home_opened', user: 'UL8', channel: 'DL8', tab: 'home', ts: '9.1' }),
      JSON_TYPE,
    );
    const home = await slack.waitFor('views.publish', (call) => call.body.user_id === 'UL8');
    expect(text(home.body.view.blocks)).toContain(CHANNEL_TEXT.en.homeAskTitle);
    expect(text(home.body.view.blocks)).not.toContain(CHANNEL_TEXT.nl.homeAskTitle);

    await postToSlackEndpoint(
      server.url,
      slashCommand('/uitingstoets', '', slack.responseUrl('draft-form-en'), 'UL8'),
      FORM,
    );
    const draftForm = await slack.waitFor(
      'views.open',
      (call) => call.body.view.callback_id === 'uitingstoets_modal',
    );
    expect(draftForm.body.view.title.text).toBe(CHANNEL_TEXT.en.draftTitle);
    expect(draftForm.body.view.private_metadata).toBe('en');

    // Someone without a profile still gets the Dutch home.
    await postToSlackEndpoint(
      server.url,
      eventCallback({ type: 'app_home_opened', user: 'UL9', channel: 'DL9', tab: 'home', ts: '9.2' }),
      JSON_TYPE,
    );
    const dutchHome = await slack.waitFor('views.publish', (call) => call.body.user_id === 'UL9');
    expect(text(dutchHome.body.view.blocks)).toContain(CHANNEL_TEXT.nl.homeAskTitle);
  });
});
