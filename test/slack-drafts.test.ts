// Slack, checking drafts and the profile: /uitingstoets through response_url, the modal, the message
// shortcut, drafts in a channel answered only to the author; the profile modal stored and used.
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

const DRAFT =
  'Ik heb de vertrouwelijke nota over de reorganisatie gelezen: er verdwijnen 200 banen. Dat mag nog niemand weten.';

let running: SlackServer;
let base: string;

beforeAll(async () => {
  running = await startSlackServer();
  base = running.server.url;
});
afterAll(() => running.close());

const text = (value: Json): string => JSON.stringify(value);
/** Channels the bot posted in publicly. */
const publicPosts = () => running.slack.callsTo('chat.postMessage').map((call) => call.body.channel);

describe('Slack: checking a draft', () => {
  it('/uitingstoets acknowledges with an empty body at once and sends the assessment only through response_url', async () => {
    const before = publicPosts().length;
    const response = await postToSlackEndpoint(
      base,
      slashCommand('/uitingstoets', DRAFT, running.slack.responseUrl('check-1')),
      FORM,
    );
    expect(response.status).toBe(200);
    // An ack with a message would stay above the assessment: response_url cannot replace it.
    expect(await response.text()).toBe('');
    const result = await running.slack.waitFor('response', (c) => c.body.blocks !== undefined);
    expect(result.body.response_type).toBe('ephemeral');
    const blocks = text(result.body.blocks);
    expect(blocks).toContain('🔴');
    expect(blocks).toContain('Vertrouwelijke informatie');
    // The draft itself, its risky words in bold (issue 16, item 3).
    expect(blocks).toContain('*vertrouwelijke nota*');
    expect(blocks).toContain('Zo kan het veiliger');
    expect(blocks).toContain('Ambtenarenwet 2017, art. 9');
    expect(publicPosts().length).toBe(before);
  });

  it('/uitingstoets without text opens the modal; submitting it shows the assessment in the modal', async () => {
    const response = await postToSlackEndpoint(
      base,
      slashCommand('/uitingstoets', '', running.slack.responseUrl('check-2'), 'U3'),
      FORM,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    const open = await running.slack.waitFor(
      'views.open',
      (c) => c.body.view.callback_id === 'uitingstoets_modal',
    );
    expect(open.body.view.blocks[0].element.max_length).toBe(3000);

    const submission = (draft: string) =>
      interactive({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'U3', team_id: 'T1' },
        api_app_id: 'A1',
        token: 'legacy',
        trigger_id: 'trigger-v',
        view: {
          id: 'VDRAFT1',
          type: 'modal',
          callback_id: 'uitingstoets_modal',
          private_metadata: 'nl',
          hash: 'h1',
          state: { values: { draft: { text: { type: 'plain_text_input', value: draft } } } },
        },
      });
    const empty = await postToSlackEndpoint(base, submission('   '), FORM);
    expect(await json(empty)).toMatchObject({
      response_action: 'errors',
      errors: { draft: expect.any(String) },
    });

    const submitted = await postToSlackEndpoint(base, submission(DRAFT), FORM);
    const ack = await json(submitted);
    expect(ack.response_action).toBe('update');
    expect(text(ack.view)).toContain('Bezig met toetsen');
    const update = await running.slack.waitFor('views.update', (c) => c.body.view_id === 'VDRAFT1');
    expect(text(update.body.view.blocks)).toContain('Vertrouwelijke informatie');
  });

  it('a button in the result modal shows its note once, however often it is pressed', async () => {
    const updates = () => running.slack.callsTo('views.update').filter((c) => c.body.view_id === 'VDRAFT2');
    const waitForUpdates = async (count: number) => {
      for (let waited = 0; updates().length < count && waited < 5000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(updates()).toHaveLength(count);
      return updates()[count - 1]!;
    };
    await postToSlackEndpoint(
      base,
      interactive({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'U13', team_id: 'T1' },
        view: {
          id: 'VDRAFT2',
          type: 'modal',
          callback_id: 'uitingstoets_modal',
          private_metadata: 'nl',
          state: { values: { draft: { text: { type: 'plain_text_input', value: DRAFT } } } },
        },
      }),
      FORM,
    );
    const result = await waitForUpdates(1);
    // Slack sends the modal as it is now with every press: first the result, then the result with the note.
    const press = (blocks: Json[], actionId: string) =>
      postToSlackEndpoint(
        base,
        interactive({
          type: 'block_actions',
          team: { id: 'T1' },
          user: { id: 'U13', team_id: 'T1' },
          container: { type: 'view', view_id: 'VDRAFT2' },
          view: { id: 'VDRAFT2', type: 'modal', private_metadata: 'nl', blocks },
          actions: [
            { type: 'button', action_id: actionId, block_id: 'reply_actions', value: 'nl:reply-modal' },
          ],
        }),
        FORM,
      );
    const notes = (blocks: Json[]) => blocks.filter((block) => text(block).includes('Dank je'));
    await press(result.body.view.blocks, 'feedback_up');
    const first = await waitForUpdates(2);
    expect(notes(first.body.view.blocks)).toHaveLength(1);
    expect(first.body.view.blocks).toHaveLength(result.body.view.blocks.length + 1);
    await press(first.body.view.blocks, 'feedback_down');
    const second = await waitForUpdates(3);
    expect(notes(second.body.view.blocks)).toHaveLength(1);
    expect(second.body.view.blocks).toHaveLength(first.body.view.blocks.length);
  });

  it('the message shortcut checks the user’s own message in a modal and refuses someone else’s', async () => {
    const shortcut = (author: string, triggerId: string) =>
      interactive({
        type: 'message_action',
        callback_id: 'toets_bericht',
        trigger_id: triggerId,
        team: { id: 'T1' },
        user: { id: 'U4', team_id: 'T1' },
        channel: { id: 'C2', name: 'algemeen' },
        message: { type: 'message', user: author, text: DRAFT, ts: '5.1' },
        message_ts: '5.1',
        response_url: running.slack.responseUrl('shortcut'),
        token: 'legacy',
      });
    await postToSlackEndpoint(base, shortcut('U4', 'trigger-own'), FORM);
    const opened = await running.slack.waitFor('views.open', (c) => c.body.trigger_id === 'trigger-own');
    expect(text(opened.body.view)).toContain('Bezig met toetsen');
    const update = await running.slack.waitFor('views.update', (c) =>
      text(c.body.view).includes('*vertrouwelijke nota*'),
    );
    expect(update.body.view_id).toBeTruthy();

    await postToSlackEndpoint(base, shortcut('U99', 'trigger-other'), FORM);
    const refused = await running.slack.waitFor('views.open', (c) => c.body.trigger_id === 'trigger-other');
    expect(text(refused.body.view)).toContain('alleen je eigen berichten');
    expect(publicPosts()).not.toContain('C2');
  });

  it('a draft sent with a mention in a channel is answered ephemerally to the author, never in the channel', async () => {
    await postToSlackEndpoint(
      base,
      eventCallback({
        type: 'app_mention',
        channel: 'C5',
        user: 'U5',
        text: `<@UBOT> toets: ${DRAFT}`,
        ts: '6.1',
      }),
      JSON_TYPE,
    );
    const ephemeral = await running.slack.waitFor('chat.postEphemeral', (c) => c.body.channel === 'C5');
    expect(ephemeral.body.user).toBe('U5');
    expect(text(ephemeral.body.blocks)).toContain('Vertrouwelijke informatie');
    expect(publicPosts()).not.toContain('C5');
  });

  it('a draft in a top-level mention is sent ephemerally without thread_ts; a draft in a thread stays in it', async () => {
    // Slack shows an ephemeral message with a thread_ts only when that thread already exists: for a top-level
    // mention it must go to the channel itself, or the author never sees it.
    await postToSlackEndpoint(
      base,
      eventCallback({
        type: 'app_mention',
        channel: 'C15',
        user: 'U15',
        text: `<@UBOT> toets: ${DRAFT}`,
        ts: '15.1',
      }),
      JSON_TYPE,
    );
    const topLevel = await running.slack.waitFor('chat.postEphemeral', (c) => c.body.channel === 'C15');
    expect(text(topLevel.body.blocks)).toContain('Vertrouwelijke informatie');
    expect(topLevel.body).not.toHaveProperty('thread_ts');

    await postToSlackEndpoint(
      base,
      eventCallback({
        type: 'app_mention',
        channel: 'C16',
        user: 'U16',
        text: `<@UBOT> toets: ${DRAFT}`,
        ts: '16.2',
        thread_ts: '16.1',
      }),
      JSON_TYPE,
    );
    const inThread = await running.slack.waitFor('chat.postEphemeral', (c) => c.body.channel === 'C16');
    expect(inThread.body.thread_ts).toBe('16.1');
    expect(publicPosts()).not.toContain('C15');
    expect(publicPosts()).not.toContain('C16');
  });

  it('an oversized draft gets a clear message through response_url', async () => {
    await postToSlackEndpoint(
      base,
      slashCommand('/uitingstoets', 'woord '.repeat(900), running.slack.responseUrl('too-long')),
      FORM,
    );
    const reply = await running.slack.waitFor('response', (c) => text(c.body).includes('te lang'));
    expect(reply.body.response_type).toBe('ephemeral');
  });
});

describe('Slack: profile', () => {
  it('/uitingswijzer profiel opens the form; the saved profile is used by the next answer', async () => {
    await postToSlackEndpoint(
      base,
      slashCommand('/uitingswijzer', 'profiel', running.slack.responseUrl('p1'), 'U6'),
      FORM,
    );
    const open = await running.slack.waitFor(
      'views.open',
      (c) => c.body.view.callback_id === 'profiel_modal',
    );
    expect(open.body.view.blocks.map((block: Json) => block.block_id)).toEqual(
      expect.arrayContaining(['sector', 'role', 'portfolio']),
    );

    const saved = await postToSlackEndpoint(
      base,
      interactive({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'U6', team_id: 'T1' },
        view: {
          id: 'VPROFILE',
          callback_id: 'profiel_modal',
          private_metadata: 'nl',
          state: {
            values: {
              sector: { value: { type: 'static_select', selected_option: { value: 'defensie' } } },
              role: { value: { type: 'plain_text_input', value: 'beleidsmedewerker' } },
              portfolio: { value: { type: 'plain_text_input', value: 'kazernes, materieel' } },
            },
          },
        },
      }),
      FORM,
    );
    const ack = await json(saved);
    expect(ack.response_action).toBe('update');
    expect(text(ack.view)).toContain('opgeslagen');
    // The confirmation keeps the profile modal's own title.
    expect(ack.view.title.text).toBe(open.body.view.title.text);
    expect(ack.view.title.text).toBe('Mijn profiel');

    await postToSlackEndpoint(
      base,
      slashCommand(
        '/uitingswijzer',
        'Mag ik op LinkedIn schrijven over mijn werk?',
        running.slack.responseUrl('p2'),
        'U6',
      ),
      FORM,
    );
    const answer = await running.slack.waitFor(
      'response',
      (c) => c.body.blocks !== undefined && text(c.body).includes('defensie'),
    );
    expect(text(answer.body.blocks)).toContain('Wet ambtenaren defensie');

    // Reopening shows what was saved.
    await postToSlackEndpoint(
      base,
      slashCommand('/uitingswijzer', 'profiel', running.slack.responseUrl('p3'), 'U6'),
      FORM,
    );
    const reopened = await running.slack.waitFor(
      'views.open',
      (c) => c.body.view.callback_id === 'profiel_modal' && text(c.body.view).includes('kazernes'),
    );
    expect(text(reopened.body.view)).toContain('"initial_option"');
  });

  it('saving the profile form with every field empty deletes the profile and says so', async () => {
    const submit = (values: Json) =>
      postToSlackEndpoint(
        base,
        interactive({
          type: 'view_submission',
          team: { id: 'T1' },
          user: { id: 'U6b', team_id: 'T1' },
          view: { id: 'VPROFILE3', callback_id: 'profiel_modal', private_metadata: 'nl', state: { values } },
        }),
        FORM,
      );
    await submit({
      sector: { value: { type: 'static_select', selected_option: { value: 'gemeente' } } },
      role: { value: { type: 'plain_text_input', value: 'jurist' } },
      portfolio: { value: { type: 'plain_text_input', value: 'parkeren' } },
    });
    // The form always carries its language; with the fields left empty that is no profile to keep.
    const cleared = await json(
      await submit({
        sector: { value: { type: 'static_select', selected_option: null } },
        role: { value: { type: 'plain_text_input', value: '' } },
        portfolio: { value: { type: 'plain_text_input', value: '' } },
      }),
    );
    expect(text(cleared.view)).toContain('Je profiel is gewist.');
    const reopen = slashCommand('/uitingswijzer', 'profiel', running.slack.responseUrl('p4'), 'U6b');
    await postToSlackEndpoint(base, reopen, FORM);
    const trigger = new URLSearchParams(reopen).get('trigger_id');
    const reopened = await running.slack.waitFor('views.open', (c) => c.body.trigger_id === trigger);
    expect(text(reopened.body.view)).not.toContain('parkeren');
  });

  it('a profile field that is too long is refused in the form, not stored', async () => {
    const response = await postToSlackEndpoint(
      base,
      interactive({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'U7', team_id: 'T1' },
        view: {
          id: 'VPROFILE2',
          callback_id: 'profiel_modal',
          private_metadata: 'nl',
          state: { values: { role: { value: { type: 'plain_text_input', value: 'x'.repeat(300) } } } },
        },
      }),
      FORM,
    );
    expect(await json(response)).toMatchObject({
      response_action: 'errors',
      errors: { role: expect.any(String) },
    });
  });
});
