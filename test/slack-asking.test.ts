// Slack, asking: direct messages, mentions answered in the thread, follow-ups without a new mention,
// /uitingswijzer answered privately, buttons, App Home. Real server, signed requests, stand-in Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, json } from './support/json.ts';
import { type SlackServer, startSlackServer } from './support/slack-server.ts';
import {
  eventCallback,
  FORM,
  interactive,
  JSON_TYPE,
  postToSlackEndpoint,
  slashCommand,
} from './support/slack-stand-in.ts';

let running: SlackServer;
let base: string;

beforeAll(async () => {
  running = await startSlackServer({ CONFIDENTIAL_CONTACT: 'Mail integriteit@example.org.' });
  base = running.server.url;
});
afterAll(() => running.close());

const blocksText = (blocks: Json[]): string => JSON.stringify(blocks);

describe('Slack: asking', () => {
  it('answers Slack’s URL verification challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const response = await postToSlackEndpoint(base, body, JSON_TYPE);
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ challenge: 'abc123' });
  });

  it('answers a direct message in the DM with verdict, conditions, sources and buttons, without unfurls', async () => {
    const ts = '1700000100.000100';
    const response = await postToSlackEndpoint(
      base,
      eventCallback({
        type: 'message',
        channel: 'D1',
        channel_type: 'im',
        user: 'U1',
        text: 'Mag ik als ambtenaar lid worden van een politieke partij?',
        ts,
      }),
      JSON_TYPE,
    );
    expect(response.status).toBe(200);
    const call = await running.slack.waitFor('chat.postMessage', (c) => c.body.channel === 'D1');
    expect(call.token).toBe('xoxb-test-token');
    expect(call.body.thread_ts).toBeUndefined();
    expect(call.body.unfurl_links).toBe('false');
    expect(call.body.unfurl_media).toBe('false');
    const text = blocksText(call.body.blocks);
    expect(text).toContain('✅');
    expect(text).toContain('Ambtenarenwet 2017, art. 10');
    // Sources as short numbered citations with their review date; the quotes behind the "Bronnen" button.
    expect(text).toMatch(/\[1\] Ambtenarenwet 2017, art\. 10/);
    expect(text).toMatch(/laatst gecontroleerd \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('"action_id":"bronnen"');
    const actions = call.body.blocks.find((block: Json) => block.type === 'actions');
    expect(actions.elements.map((element: Json) => element.action_id)).toEqual([
      'feedback_up',
      'feedback_down',
      'bespreek_vertrouwelijk',
    ]);
    expect(call.body.blocks.length).toBeLessThanOrEqual(50);
  });

  it('answers a mention in the thread, then a follow-up in that thread without a new mention', async () => {
    const ts = '1700000200.000200';
    await postToSlackEndpoint(
      base,
      eventCallback({
        type: 'app_mention',
        channel: 'C9',
        user: 'U2',
        text: '<@UBOT> mag ik een petitie tekenen tegen de sluiting van het zwembad?',
        ts,
      }),
      JSON_TYPE,
    );
    const first = await running.slack.waitFor('chat.postMessage', (c) => c.body.channel === 'C9');
    expect(first.body.thread_ts).toBe(ts);
    expect(blocksText(first.body.blocks)).not.toContain('UBOT');

    await postToSlackEndpoint(
      base,
      eventCallback({
        type: 'message',
        channel: 'C9',
        channel_type: 'channel',
        user: 'U2',
        text: 'en als ik zelf bij de gemeente aan dat zwembad werk?',
        ts: '1700000201.000300',
        thread_ts: ts,
      }),
      JSON_TYPE,
    );
    const followUp = await running.slack.waitFor(
      'chat.postMessage',
      (c) => c.body.channel === 'C9' && c !== first,
    );
    expect(followUp.body.thread_ts).toBe(ts);
    expect(blocksText(followUp.body.blocks)).toContain('vervolg');
  });

  it('stays silent on channel messages outside its threads, on bots and on its own messages', async () => {
    const before = running.slack.calls.length;
    const events = [
      {
        type: 'message',
        channel: 'C9',
        channel_type: 'channel',
        user: 'U3',
        text: 'mag ik dit posten?',
        ts: '1.1',
      },
      {
        type: 'message',
        channel: 'C9',
        channel_type: 'channel',
        user: 'U3',
        text: 'mag ik dit posten?',
        ts: '1.2',
        thread_ts: '1.0',
      },
      {
        type: 'message',
        channel: 'D1',
        channel_type: 'im',
        bot_id: 'B2',
        user: 'U4',
        text: 'hallo',
        ts: '1.3',
      },
      { type: 'message', channel: 'D1', channel_type: 'im', user: 'UBOT', text: 'hallo', ts: '1.4' },
      { type: 'message', subtype: 'message_changed', channel: 'D1', channel_type: 'im', ts: '1.5' },
    ];
    for (const event of events) {
      const response = await postToSlackEndpoint(base, eventCallback(event), JSON_TYPE);
      expect(response.status).toBe(200);
    }
    // A control message afterwards proves the events above were processed, not merely still queued.
    await postToSlackEndpoint(
      base,
      eventCallback({
        type: 'message',
        channel: 'D7',
        channel_type: 'im',
        user: 'U7',
        text: 'hallo',
        ts: '1.6',
      }),
      JSON_TYPE,
    );
    await running.slack.waitFor('chat.postMessage', (c) => c.body.channel === 'D7');
    const after = running.slack.calls.slice(before).filter((call) => call.method !== 'auth.test');
    expect(after.map((call) => call.body.channel)).toEqual(['D7']);
  });

  it('answers /uitingswijzer privately: an empty ack at once, the answer through response_url', async () => {
    const responseUrl = running.slack.responseUrl('ask-1');
    const before = running.slack.callsTo('chat.postMessage').length;
    const response = await postToSlackEndpoint(
      base,
      slashCommand('/uitingswijzer', 'Mag ik meelopen in een demonstratie tegen klimaatbeleid?', responseUrl),
      FORM,
    );
    expect(response.status).toBe(200);
    // An ack with a message would stay above the answer: response_url cannot replace it.
    expect(await response.text()).toBe('');
    const answer = await running.slack.waitFor('response', (c) => c.body.blocks !== undefined);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text.length).toBeGreaterThan(0);
    expect(blocksText(answer.body.blocks)).toMatch(/Mag/);
    expect(running.slack.callsTo('chat.postMessage').length).toBe(before);
  });

  it('records 👍 feedback and thanks privately; "Bespreek vertrouwelijk" shows the contact only to the user', async () => {
    const responseUrl = running.slack.responseUrl('buttons');
    const payload = (actionId: string, value: string) => ({
      type: 'block_actions',
      user: { id: 'U5', team_id: 'T1' },
      team: { id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: 'trigger-b',
      response_url: responseUrl,
      channel: { id: 'C9' },
      container: { type: 'message', message_ts: '1.1', channel_id: 'C9' },
      actions: [{ type: 'button', action_id: actionId, block_id: 'reply_actions', value, action_ts: '1.2' }],
    });
    const feedback = await postToSlackEndpoint(base, interactive(payload('feedback_up', 'reply-123')), FORM);
    expect(feedback.status).toBe(200);
    const thanks = await running.slack.waitFor('response', (c) => c.body.text?.includes('Dank je'));
    expect(thanks.body.response_type).toBe('ephemeral');
    expect(thanks.body.replace_original).toBe(false);
    expect(await running.server.state.listFeedback()).toEqual([
      expect.objectContaining({ replyId: 'reply-123', rating: 'up', channel: 'slack' }),
    ]);

    await postToSlackEndpoint(
      base,
      interactive(payload('bespreek_vertrouwelijk', 'Neem contact op. Mail integriteit@example.org.')),
      FORM,
    );
    const help = await running.slack.waitFor('response', (c) =>
      c.body.text?.includes('integriteit@example.org'),
    );
    expect(help.body.response_type).toBe('ephemeral');
  });

  it('/uitingswijzer without a question shows help with example questions that answer when pressed', async () => {
    const response = await postToSlackEndpoint(
      base,
      slashCommand('/uitingswijzer', '', running.slack.responseUrl('help')),
      FORM,
    );
    expect(response.status).toBe(200);
    const help = await running.slack.waitFor('response', (c) => c.path === '/response/help' && c.body.blocks);
    const actions = help.body.blocks.find((block: Json) => block.type === 'actions');
    const example = actions.elements[0];
    expect(example.action_id).toBe('voorbeeldvraag_0');
    await postToSlackEndpoint(
      base,
      interactive({
        type: 'block_actions',
        user: { id: 'U1', team_id: 'T1' },
        team: { id: 'T1' },
        response_url: running.slack.responseUrl('example'),
        channel: { id: 'C1' },
        actions: [
          { type: 'button', action_id: example.action_id, block_id: 'reply_actions', value: example.value },
        ],
      }),
      FORM,
    );
    const answer = await running.slack.waitFor('response', (c) => c.path === '/response/example');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(blocksText(answer.body.blocks)).toContain('Ambtenarenwet 2017');
  });

  it('puts the configured confidential contact behind the "Bespreek vertrouwelijk" button', async () => {
    await postToSlackEndpoint(
      base,
      eventCallback({
        type: 'message',
        channel: 'D8',
        channel_type: 'im',
        user: 'U8',
        text: 'Mag ik liken wat mijn wethouder post?',
        ts: '2.1',
      }),
      JSON_TYPE,
    );
    const call = await running.slack.waitFor('chat.postMessage', (c) => c.body.channel === 'D8');
    const actions = call.body.blocks.find((block: Json) => block.type === 'actions');
    const confidential = actions.elements.find(
      (element: Json) => element.action_id === 'bespreek_vertrouwelijk',
    );
    expect(confidential.value).toContain('vertrouwenspersoon integriteit');
    expect(confidential.value).toContain('integriteit@example.org');
  });

  it('publishes the App Home with how to ask and check, the privacy statement and the knowledge version', async () => {
    await postToSlackEndpoint(
      base,
      eventCallback({ type: 'app_home_opened', user: 'U6', channel: 'D6', tab: 'home', ts: '3.1' }),
      JSON_TYPE,
    );
    const publish = await running.slack.waitFor('views.publish', (c) => c.body.user_id === 'U6');
    const text = blocksText(publish.body.view.blocks);
    expect(publish.body.view.type).toBe('home');
    expect(text).toContain('/uitingstoets');
    expect(text).toContain('Privacy');
    const health = await json(await fetch(`${base}/healthz`));
    expect(text).toContain(health.knowledgeVersion);
    expect(text).toMatch(/gecontroleerd tussen \d{4}-\d{2}-\d{2} en \d{4}-\d{2}-\d{2}/);
  });
});
