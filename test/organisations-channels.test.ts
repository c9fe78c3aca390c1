// Organisation overlays over the real channels, on one server as `npm start` runs them: a Slack workspace, a
// Teams tenant and an API caller of gemeente Voorbeeld get its stricter rule and its contact; another
// workspace or tenant gets the generic answer, with nothing of gemeente Voorbeeld in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server/start-server.ts';
import { closeBothChannels, startBothChannels } from './support/both-channels.ts';
import { json } from './support/json.ts';
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

const QUESTION = 'Mag ik op Facebook iets zeggen over een lopende handhavingszaak in mijn wijk?';
const VOORBEELD_TENANT = '00000000-0000-4000-8000-00000000b0e1';
const RULE = /gedragscode van gemeente Voorbeeld \(§ 3\)/i;
const CONTACT = /vertrouwenspersoon integriteit van gemeente Voorbeeld \(intranet/;

let server: RunningServer;
let slack: SlackStandIn;
let teams: TeamsStandIn;

beforeAll(async () => {
  ({ server, slack, teams } = await startBothChannels('xoxb-organisations'));
}, 120_000);
afterAll(() => closeBothChannels({ server, slack, teams }));

/** What a person sees, as plain text: escapes undone. */
const visible = (value: unknown) =>
  JSON.stringify(value)
    .replace(/\\\\(.)/g, '$1')
    .replace(/&amp;/g, '&');

async function askSlackCommand(teamId: string, id: string): Promise<string> {
  const form = new URLSearchParams(slashCommand('/uitingswijzer', QUESTION, slack.responseUrl(id)));
  form.set('team_id', teamId);
  const response = await postToSlackEndpoint(server.url, form.toString(), FORM);
  expect(response.status).toBe(200);
  const answer = await slack.waitFor(
    'response',
    (call) => call.path.includes(id) && call.body.blocks !== undefined,
  );
  return visible(answer.body.blocks);
}

async function askTeams(tenant: string, user: string): Promise<string> {
  const activity = teamsActivity(teams.serviceUrl, { text: QUESTION, user });
  activity.conversation = { ...(activity.conversation as object), tenantId: tenant };
  activity.channelData = { tenant: { id: tenant } };
  const conversation = `a:personal-${user}`;
  const response = await postActivity(server.url, activity);
  expect(response.status).toBe(200);
  return visible(teams.activities(conversation));
}

describe('organisations over Slack, Teams and the HTTP API', () => {
  it('Slack: a command from gemeente Voorbeeld’s workspace gets its rule and contact; another workspace the generic answer', async () => {
    const theirs = await askSlackCommand('T0VOORBLD', 'org-voorbeeld');
    const other = await askSlackCommand('T1', 'org-other');
    expect(theirs).toMatch(RULE);
    expect(theirs).toMatch(CONTACT);
    expect(theirs).toMatch(/Mag niet|mag niet/i);
    expect(other).not.toMatch(/Voorbeeld/);
  });

  it('Slack: the organisation code saved in the profile form applies where the workspace names none', async () => {
    const saved = await postToSlackEndpoint(
      server.url,
      interactive({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'UPROF', team_id: 'T1' },
        view: {
          id: 'VPROFILE',
          callback_id: 'profiel_modal',
          private_metadata: 'nl',
          state: {
            values: {
              sector: { value: { type: 'static_select', selected_option: null } },
              role: { value: { type: 'plain_text_input', value: '' } },
              portfolio: { value: { type: 'plain_text_input', value: '' } },
              organisation: { value: { type: 'plain_text_input', value: 'Gemeente-Voorbeeld' } },
            },
          },
        },
      }),
      FORM,
    );
    expect((await json(saved)).response_action).toBe('update');
    const form = new URLSearchParams(
      slashCommand('/uitingswijzer', QUESTION, slack.responseUrl('org-profile'), 'UPROF'),
    );
    await postToSlackEndpoint(server.url, form.toString(), FORM);
    const answer = await slack.waitFor(
      'response',
      (call) => call.path.includes('org-profile') && call.body.blocks !== undefined,
    );
    expect(visible(answer.body.blocks)).toMatch(CONTACT);
  });

  it('Slack: a direct message in gemeente Voorbeeld’s workspace is answered for gemeente Voorbeeld', async () => {
    const body = JSON.parse(
      eventCallback({
        type: 'message',
        channel: 'DORG1',
        channel_type: 'im',
        user: 'UORG1',
        text: QUESTION,
        ts: '77.1',
      }),
    );
    body.team_id = 'T0VOORBLD';
    body.authorizations = [{ team_id: 'T0VOORBLD', user_id: 'UBOT', is_bot: true }];
    await postToSlackEndpoint(server.url, JSON.stringify(body), JSON_TYPE);
    const answer = await slack.waitFor('chat.postMessage', (call) => call.body.channel === 'DORG1');
    expect(visible(answer.body.blocks)).toMatch(CONTACT);
  });

  it('Teams: gemeente Voorbeeld’s tenant gets its rule and contact; another tenant the generic answer', async () => {
    const theirs = await askTeams(VOORBEELD_TENANT, 'org-user-1');
    const other = await askTeams('11111111-1111-4111-8111-111111111111', 'org-user-2');
    expect(theirs).toMatch(RULE);
    expect(theirs).toMatch(CONTACT);
    expect(other).not.toMatch(/Voorbeeld/);
  });

  it('HTTP API: the organisation field applies its overlay and the reply names it', async () => {
    const ask = (organisation?: string) =>
      fetch(`${server.url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: QUESTION, ...(organisation ? { organisation } : {}) }),
      });
    const theirs = await json(await ask('gemeente-voorbeeld'));
    expect(theirs).toMatchObject({
      verdict: 'mag-niet',
      organisation: { id: 'gemeente-voorbeeld', name: 'gemeente Voorbeeld' },
    });
    expect(theirs.nextSteps[0]).toMatch(CONTACT);
    const generic = await json(await ask());
    expect(generic.organisation).toBeUndefined();
    expect(JSON.stringify(generic)).not.toMatch(/Voorbeeld/);
    const refused = await ask('Gemeente Voorbeeld!');
    expect(refused.status).toBe(400);
  });
});
