// What others see of the saved profile: in a Teams group chat or channel and in a Slack channel the answer
// says what the profile implies ("Dat is je eigen werk") without showing what it holds (role, topics); in a
// 1:1 chat or DM the author still sees it. One real server with both channels, over loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_HEADLINE } from '../src/answer/messages.ts';
import type { RunningServer } from '../src/server/start-server.ts';
import { closeBothChannels, startBothChannels } from './support/both-channels.ts';
import type { Json } from './support/json.ts';
import {
  eventCallback,
  FORM,
  interactive,
  JSON_TYPE,
  postToSlackEndpoint,
  type SlackStandIn,
} from './support/slack-stand-in.ts';
import { postActivity, type TeamsStandIn, teamsActivity } from './support/teams-stand-in.ts';

let server: RunningServer;
let slack: SlackStandIn;
let teams: TeamsStandIn;

beforeAll(async () => {
  ({ server, slack, teams } = await startBothChannels('xoxb-profile'));
});
afterAll(() => closeBothChannels({ server, slack, teams }));

/** The profile the user saved; the question names none of it. */
const PROFILE = { sector: 'rijk', role: 'beleidsmedewerker mestbeleid', portfolio: 'mestbeleid\nderogatie' };
const QUESTION = 'Mag ik op LinkedIn reageren op het debat over stikstof?';
/** What the profile holds and the question does not: none of it may reach a shared place. */
const PRIVATE_WORDS = ['mestbeleid', 'derogatie', 'beleidsmedewerker'];
/** What the profile implies: the topic is the user's own work. */
const OWN_WORK = 'eigen werk';

const visible = (value: unknown): string => JSON.stringify(value);

describe('the saved profile in shared places', () => {
  it('Teams: a group chat and a channel get what the profile implies, not what it holds; the 1:1 chat still shows it', async () => {
    const saved = await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        user: 'up1',
        value: {
          action: { type: 'Action.Execute', verb: 'profile.save', data: { language: 'nl', ...PROFILE } },
        },
      }),
    );
    expect(saved.status).toBe(200);

    await postActivity(server.url, teamsActivity(teams.serviceUrl, { text: QUESTION, user: 'up1' }));
    const personal = visible(teams.activities('a:personal-up1')[0]);
    // The profile decides the answer, and the author may see what it holds.
    expect(personal).toContain(VERDICT_HEADLINE.nl.voorwaardelijk);
    expect(personal).toContain(OWN_WORK);
    expect(personal).toContain('mestbeleid');

    for (const [conversationId, conversationType] of [
      ['19:profile-group@thread.v2', 'groupChat'],
      ['19:profile-channel@thread.tacv2;messageid=1700000000077', 'channel'],
    ] as const) {
      await postActivity(
        server.url,
        teamsActivity(teams.serviceUrl, {
          text: QUESTION,
          mention: true,
          conversationId,
          conversationType,
          user: 'up1',
        }),
      );
      const shared = visible(teams.activities(conversationId));
      expect(shared, conversationType).toContain(VERDICT_HEADLINE.nl.voorwaardelijk);
      expect(shared, conversationType).toContain(OWN_WORK);
      for (const word of PRIVATE_WORDS) expect(shared, `${conversationType}: ${word}`).not.toContain(word);
    }
  });

  it('Slack: a channel thread gets what the profile implies, not what it holds; the DM still shows it', async () => {
    const saved = await postToSlackEndpoint(
      server.url,
      interactive({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'UP2', team_id: 'T1' },
        view: {
          id: 'VPROFILE-UP2',
          callback_id: 'profiel_modal',
          private_metadata: 'nl',
          state: {
            values: {
              sector: { value: { type: 'static_select', selected_option: { value: PROFILE.sector } } },
              role: { value: { type: 'plain_text_input', value: PROFILE.role } },
              portfolio: { value: { type: 'plain_text_input', value: PROFILE.portfolio } },
            },
          },
        },
      }),
      FORM,
    );
    expect(saved.status).toBe(200);

    await postToSlackEndpoint(
      server.url,
      eventCallback({
        type: 'message',
        channel: 'DP2',
        channel_type: 'im',
        user: 'UP2',
        text: QUESTION,
        ts: '77.1',
      }),
      JSON_TYPE,
    );
    const direct: Json = await slack.waitFor('chat.postMessage', (call) => call.body.channel === 'DP2');
    expect(visible(direct.body)).toContain(OWN_WORK);
    expect(visible(direct.body)).toContain('mestbeleid');

    await postToSlackEndpoint(
      server.url,
      eventCallback({
        type: 'app_mention',
        channel: 'CP2',
        user: 'UP2',
        text: `<@UBOT> ${QUESTION}`,
        ts: '77.2',
      }),
      JSON_TYPE,
    );
    const shared: Json = await slack.waitFor('chat.postMessage', (call) => call.body.channel === 'CP2');
    expect(shared.body.thread_ts).toBe('77.2');
    expect(visible(shared.body)).toContain(VERDICT_HEADLINE.nl.voorwaardelijk);
    expect(visible(shared.body)).toContain(OWN_WORK);
    for (const word of PRIVATE_WORDS) expect(visible(shared.body), word).not.toContain(word);
  });
});
