// Teams: activities POSTed to the running server, replies asserted at a stand-in connector (the
// activity's serviceUrl). Authentication is off here (no app id), as with the Bot Framework Emulator;
// a separate server with an app id checks the 401.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAdapter, startTeamsChannel } from '../adapters/teams/index.ts';
import { loadTeamsSettings } from '../adapters/teams/load-teams-settings.ts';
import { escapeMarkdown } from '../adapters/teams/render-reply.ts';
import { activitySchema, withoutBotMention } from '../adapters/teams/to-incoming-message.ts';
import type { Bot } from '../src/core/create-bot.ts';
import { createServer } from '../src/server/create-server.ts';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import { createMemoryStateStore } from '../src/state/memory-state-store.ts';
import { capturedLogger } from './support/captured-logger.ts';
import { type Json, json } from './support/json.ts';
import {
  postActivity,
  startTeamsStandIn,
  type TeamsStandIn,
  teamsActivity,
} from './support/teams-stand-in.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

const DRAFT =
  'Ik heb de vertrouwelijke nota over de reorganisatie gelezen: er verdwijnen 200 banen. Dat mag nog niemand weten.';

function startTeamsServer(env: Record<string, string>): Promise<RunningServer> {
  return startServer({ ...TEST_SERVER_ENV, ...env }, { channels: [startTeamsChannel] });
}

let server: RunningServer;
let teams: TeamsStandIn;
beforeAll(async () => {
  teams = await startTeamsStandIn();
  server = await startTeamsServer({
    TEAMS_ENABLED: 'true',
    CONFIDENTIAL_CONTACT: 'Mail integriteit@example.org.',
  });
});
afterAll(async () => {
  await server.close();
  await teams.close();
});

const text = (value: Json) => JSON.stringify(value);
const cardOf = (activity: Json) => activity.attachments?.[0]?.content;

describe('Teams: conversations', () => {
  it('answers a 1:1 question with an Adaptive Card after a typing indicator', async () => {
    const response = await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        text: 'Mag ik als ambtenaar lid worden van een politieke partij?',
        user: 'u1',
      }),
    );
    expect(response.status).toBe(200);
    const sent = teams.activities('a:personal-u1', true);
    expect(sent[0].type).toBe('typing');
    const answer = sent[1];
    expect(answer.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = cardOf(answer);
    expect(card.version).toBe('1.5');
    expect(text(card)).toContain('✅');
    expect(text(card)).toContain('Ambtenarenwet 2017, art. 10');
    expect(text(card)).toMatch(/gecontroleerd op \d{4}-\d{2}-\d{2}/);
    expect(card.actions.map((action: Json) => action.verb)).toEqual(['feedback', 'feedback', 'confidential']);
  });

  it('strips the mention in a channel and answers in the thread; a follow-up is read in context', async () => {
    const thread = '19:channel@thread.tacv2;messageid=1700000000001';
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        text: 'mag ik een petitie tekenen tegen de sluiting van het zwembad?',
        mention: true,
        conversationId: thread,
        conversationType: 'channel',
        user: 'u2',
      }),
    );
    const first = teams.activities(thread);
    expect(first).toHaveLength(1);
    expect(text(cardOf(first[0]))).not.toContain('Uitingswijzer</at>');
    // No typing indicator in a channel: the Teams client fails on it and then never shows the answer.
    expect(teams.activities(thread, true)).toHaveLength(1);
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        text: 'en als ik zelf bij de gemeente aan dat zwembad werk?',
        mention: true,
        conversationId: thread,
        conversationType: 'channel',
        user: 'u2',
      }),
    );
    const second = teams.activities(thread)[1];
    expect(text(cardOf(second))).toContain('vervolg');
  });

  it('sends the typing indicator in a group chat, where Teams shows it', async () => {
    const chat = '19:groupchat-1@thread.v2';
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        text: 'mag ik een petitie tekenen tegen de sluiting van het zwembad?',
        mention: true,
        conversationId: chat,
        conversationType: 'groupChat',
        user: 'u15',
      }),
    );
    const sent = teams.activities(chat, true);
    expect(sent.map((activity) => activity.type)).toEqual(['typing', 'message']);
  });

  it('greets with a welcome card with example questions on "hallo" and when installed', async () => {
    await postActivity(server.url, teamsActivity(teams.serviceUrl, { text: 'hallo', user: 'u3' }));
    const welcome = cardOf(teams.activities('a:personal-u3')[0]);
    expect(text(welcome)).toContain('Uitingswijzer');
    expect(welcome.actions.length).toBeGreaterThanOrEqual(2);
    expect(welcome.actions[0].data.msteams.type).toBe('imBack');

    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        type: 'conversationUpdate',
        user: 'u4',
        membersAdded: [{ id: '28:bot-id' }],
      }),
    );
    expect(text(cardOf(teams.activities('a:personal-u4')[0]))).toContain('toets');
  });

  it('example buttons have titles short enough that Teams does not clip them; the value is the full question', async () => {
    await postActivity(server.url, teamsActivity(teams.serviceUrl, { text: 'hallo', user: 'u16' }));
    const welcome = cardOf(teams.activities('a:personal-u16')[0]);
    expect(welcome.actions.length).toBeGreaterThanOrEqual(2);
    for (const action of welcome.actions) {
      expect(action.title.length).toBeLessThanOrEqual(30);
      expect(action.title).not.toMatch(/…$/);
      expect(action.data.msteams.value.length).toBeGreaterThan(action.title.length);
      expect(action.data.msteams.value).toMatch(/^Mag ik .+\?$/);
    }
  });

  it('an example button that arrives as imBack in value, without text, is answered as that question', async () => {
    await postActivity(server.url, teamsActivity(teams.serviceUrl, { text: 'hallo', user: 'u17' }));
    const example = cardOf(teams.activities('a:personal-u17')[0]).actions[0];
    // As the Agents Playground sends it: the card's data as the value, no text.
    await postActivity(server.url, teamsActivity(teams.serviceUrl, { user: 'u17', value: example.data }));
    const answer = cardOf(teams.activities('a:personal-u17')[1]);
    expect(answer.actions.map((action: Json) => action.verb)).toEqual([
      'feedback',
      'feedback',
      'confidential',
    ]);
    expect(text(answer)).not.toContain('Ik ben de Uitingswijzer');
  });

  it('counts one vote per person per reply, changeable: the card shows the current vote and keeps both buttons', async () => {
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, { text: 'Mag ik meelopen in een demonstratie?', user: 'u18' }),
    );
    const card = cardOf(teams.activities('a:personal-u18')[0]);
    const feedbackAction = (rating: string) =>
      card.actions.find((action: Json) => action.verb === 'feedback' && action.data.rating === rating);
    const replyId = feedbackAction('up').data.replyId;
    const vote = (user: string, rating: string) =>
      postActivity(
        server.url,
        teamsActivity(teams.serviceUrl, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          user,
          value: { action: { type: 'Action.Execute', ...feedbackAction(rating) }, trigger: 'manual' },
        }),
      );
    const votes = async () =>
      (await server.state.listFeedback())
        .filter((entry) => entry.replyId === replyId)
        .map((entry) => entry.rating);
    const downGaps = async () =>
      (await server.state.listKnowledgeGaps()).filter((gap) => gap.reason === 'feedback-down').length;
    /** The ratings whose button the card marks as the current vote. */
    const marked = (value: Json) =>
      value.actions
        .filter((action: Json) => action.verb === 'feedback' && action.style === 'positive')
        .map((action: Json) => action.data.rating);
    const gapsBefore = await downGaps();

    const first = await json(await vote('u18', 'up'));
    // The card itself is replaced for the voter: the answer stays, with a note and the current vote marked.
    expect(first).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(text(first.value)).toContain('Je stem is geteld: 👍 Nuttig');
    expect(text(first.value)).toContain(text(card.body[0].text));
    // Both vote buttons stay: pressing the other one changes the vote.
    expect(first.value.actions.map((action: Json) => action.verb)).toEqual([
      'feedback',
      'feedback',
      'confidential',
    ]);
    expect(marked(first.value)).toEqual(['up']);
    expect(await votes()).toEqual(['up']);

    const changed = await json(await vote('u18', 'down'));
    expect(text(changed.value)).toContain('Je stem is gewijzigd in: 👎 Niet nuttig');
    expect(marked(changed.value)).toEqual(['down']);
    expect(await votes()).toEqual(['down']);
    expect(await downGaps()).toBe(gapsBefore + 1);
    // The same button again is no second vote, and no second knowledge gap.
    const again = await json(await vote('u18', 'down'));
    expect(text(again.value)).toContain('al geteld');
    expect(await votes()).toEqual(['down']);
    expect(await downGaps()).toBe(gapsBefore + 1);
    // Someone else's vote on the same reply counts on its own.
    await vote('u19', 'up');
    expect(await votes()).toEqual(['up', 'down']);
    // Back to 👍: the 👎's knowledge gap is withdrawn, so every count has the vote once, as its new value.
    await vote('u18', 'up');
    expect(await votes()).toEqual(['up', 'up']);
    expect(await downGaps()).toBe(gapsBefore);
  });

  it('records 👍 feedback and shows "Bespreek vertrouwelijk" privately, as invoke responses', async () => {
    const invoke = (verb: string, data: Json) =>
      postActivity(
        server.url,
        teamsActivity(teams.serviceUrl, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          user: 'u5',
          value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        }),
      );
    const feedback = await invoke('feedback', { replyId: 'reply-9', rating: 'down', language: 'nl' });
    expect(feedback.status).toBe(200);
    expect(await json(feedback)).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringContaining('Dank je'),
    });
    expect((await server.state.listFeedback()).filter((entry) => entry.replyId === 'reply-9')).toEqual([
      expect.objectContaining({ replyId: 'reply-9', rating: 'down', channel: 'teams' }),
    ]);
    const confidential = await invoke('confidential', {
      text: 'Neem contact op. Mail integriteit@example.org.',
    });
    expect((await json(confidential)).value).toContain('integriteit@example.org');
    // Nothing of either reached any conversation.
    expect(teams.activities('a:personal-u5')).toHaveLength(0);
  });
});

describe('Teams: drafts and profile', () => {
  it('"toets:" in a 1:1 chat gets the assessment card there', async () => {
    await postActivity(server.url, teamsActivity(teams.serviceUrl, { text: `toets: ${DRAFT}`, user: 'u6' }));
    const card = cardOf(teams.activities('a:personal-u6')[0]);
    expect(text(card)).toContain('🔴');
    expect(text(card)).toContain('Vertrouwelijke informatie');
    // The draft itself, its risky words in bold (issue 16, item 3).
    expect(text(card)).toContain('**vertrouwelijke nota**');
    // A draft is never kept, so neither is the card that shows it: a vote on it is thanked, not answered with
    // the card again.
    const up = card.actions.find((action: Json) => action.verb === 'feedback' && action.data.rating === 'up');
    const voted = await json(
      await postActivity(
        server.url,
        teamsActivity(teams.serviceUrl, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          user: 'u6',
          value: { action: { type: 'Action.Execute', ...up }, trigger: 'manual' },
        }),
      ),
    );
    expect(voted.statusCode).toBe(200);
    expect(text(voted)).not.toContain('reorganisatie');
  });

  it('a draft in a channel goes to the author’s 1:1 chat; the channel only gets a note without the content', async () => {
    const thread = '19:other@thread.tacv2;messageid=1700000000009';
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        text: `toets: ${DRAFT}`,
        mention: true,
        conversationId: thread,
        conversationType: 'channel',
        user: 'u7',
      }),
    );
    const created = teams.calls.find((call) => call.kind === 'create-conversation');
    expect(created?.body).toMatchObject({
      isGroup: false,
      bot: { id: '28:bot-id' },
      members: [{ id: '29:u7' }],
      tenantId: 'tenant-1',
      channelData: { tenant: { id: 'tenant-1' } },
    });
    const privateCard = cardOf(teams.activities('a:personal-29:u7')[0]);
    expect(text(privateCard)).toContain('Vertrouwelijke informatie');
    const inChannel = teams.activities(thread);
    expect(inChannel).toHaveLength(1);
    expect(text(inChannel[0])).toContain('privéchat');
    expect(text(inChannel[0])).not.toContain('reorganisatie');
  });

  it('when the private chat cannot be reached, the channel gets no "sent" note but a way forward', async () => {
    teams.failConversation('a:personal-29:u13');
    const thread = '19:failing@thread.tacv2;messageid=1700000000013';
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        text: `toets: ${DRAFT}`,
        mention: true,
        conversationId: thread,
        conversationType: 'channel',
        user: 'u13',
      }),
    );
    const inChannel = teams.activities(thread);
    expect(inChannel).toHaveLength(1);
    expect(text(inChannel[0])).toContain('Ik kon je geen privébericht sturen');
    expect(text(inChannel[0])).not.toContain('reorganisatie');
  });

  it('the message extension "Toets dit bericht" answers in a dialog; someone else’s message is refused', async () => {
    const action = (author: string) =>
      postActivity(
        server.url,
        teamsActivity(teams.serviceUrl, {
          type: 'invoke',
          name: 'composeExtension/submitAction',
          user: 'u8',
          conversationId: '19:c@thread.tacv2',
          conversationType: 'channel',
          value: {
            commandId: 'toetsBericht',
            commandContext: 'message',
            messagePayload: {
              body: { contentType: 'html', content: `<p>${DRAFT}</p>` },
              from: { user: { id: author } },
            },
          },
        }),
      );
    const own = await json(await action('aad-u8'));
    expect(own.task.type).toBe('continue');
    expect(text(own.task.value.card)).toContain('Vertrouwelijke informatie');
    // Dialog cards carry no card actions.
    expect(own.task.value.card.content.actions).toBeUndefined();
    const other = await json(await action('aad-someone-else'));
    expect(text(other.task.value.card)).toContain('alleen je eigen berichten');
    expect(teams.activities('19:c@thread.tacv2')).toHaveLength(0);
  });

  it('"profiel" opens a card form; the saved profile is used by the next answer', async () => {
    await postActivity(server.url, teamsActivity(teams.serviceUrl, { text: 'profiel', user: 'u9' }));
    const form = cardOf(teams.activities('a:personal-u9')[0]);
    expect(form.body.map((element: Json) => element.id).filter(Boolean)).toEqual([
      'sector',
      'role',
      'portfolio',
      'organisation',
    ]);
    const saved = await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        user: 'u9',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'profile.save',
            data: {
              language: 'nl',
              sector: 'defensie',
              role: 'beleidsmedewerker',
              portfolio: 'kazernes\nmaterieel',
            },
          },
        },
      }),
    );
    expect(text(await json(saved))).toContain('opgeslagen');
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, { text: 'Mag ik op LinkedIn schrijven over mijn werk?', user: 'u9' }),
    );
    expect(text(cardOf(teams.activities('a:personal-u9')[1]))).toContain('Wet ambtenaren defensie');
  });

  it('saving the profile card with every field empty deletes the profile and says so', async () => {
    const save = (data: Json) =>
      postActivity(
        server.url,
        teamsActivity(teams.serviceUrl, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          user: 'u9b',
          value: { action: { type: 'Action.Execute', verb: 'profile.save', data } },
        }),
      );
    await save({ language: 'nl', sector: 'gemeente', role: 'jurist', portfolio: 'parkeren' });
    // The card always sends its language; with the fields left empty that is no profile to keep.
    const cleared = await save({ language: 'nl', sector: '', role: '', portfolio: '' });
    expect(text(await json(cleared))).toContain('Je profiel is gewist.');
    await postActivity(server.url, teamsActivity(teams.serviceUrl, { text: 'profiel', user: 'u9b' }));
    expect(text(cardOf(teams.activities('a:personal-u9b')[0]))).not.toContain('parkeren');
  });
});

describe('Teams: the edge', () => {
  it('answers a malformed activity with 400 and an unknown invoke with 501', async () => {
    const notJson = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message",',
    });
    expect(notJson.status).toBe(400);
    const missing = await postActivity(server.url, { type: 'message', text: 'hoi' });
    expect(missing.status).toBe(400);
    expect((await json(missing)).error.message).toContain('Not a Bot Framework activity');
    // A NUL byte in an id would become a store key: refused at the boundary.
    const nul = await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, { text: 'hoi', user: 'u\u0000', conversationId: 'a:personal-nul' }),
    );
    expect(nul.status).toBe(400);
    expect((await json(nul)).error.message).toMatch(/control characters/);
    const unknown = await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, { type: 'invoke', name: 'something/else', user: 'u10' }),
    );
    expect(unknown.status).toBe(501);
  });

  it('with an app id configured, refuses a request without a token (401) and sends nothing', async () => {
    const secured = await startTeamsServer({
      MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
    });
    try {
      const before = teams.calls.length;
      const response = await postActivity(
        secured.url,
        teamsActivity(teams.serviceUrl, { text: 'hallo', user: 'u11' }),
      );
      expect(response.status).toBe(401);
      const forged = await postActivity(
        secured.url,
        teamsActivity(teams.serviceUrl, { text: 'hallo', user: 'u11' }),
        {
          authorization: 'Bearer forged.token.value',
        },
      );
      expect(forged.status).toBe(401);
      expect(teams.calls.length).toBe(before);
    } finally {
      await secured.close();
    }
  });

  it('with an app id configured, checks the token before the body: a forged token with a malformed body is 401', async () => {
    const secured = await startTeamsServer({
      MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
    });
    try {
      for (const body of [
        '{"type": "message",',
        JSON.stringify({ type: 'message', text: 'hoi' }),
        'null',
        '',
      ]) {
        const response = await fetch(`${secured.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer forged.token.value' },
          body,
        });
        expect(response.status, body).toBe(401);
        const answer = await json(response);
        expect(answer.error.code).toBe('unauthorized');
        // Nothing about the shape an activity should have.
        expect(JSON.stringify(answer)).not.toMatch(/activity|serviceUrl|JSON/);
      }
    } finally {
      await secured.close();
    }
  });

  it('turns a failure into a polite card for the user and one log line', async () => {
    const failing: Bot = {
      handle: () => Promise.reject(new Error('store down')),
      knowledgeVersion: () => 'test',
    };
    const { logger, lines } = capturedLogger('info');
    const adapter = createTeamsAdapter(failing, {
      settings: { appId: '', appPassword: '', tenantId: '', appType: 'MultiTenant', authentication: false },
      state: createMemoryStateStore(),
      logger,
    });
    const local = createServer({ bot: failing, logger, routes: adapter.routes });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
      const response = await postActivity(
        url,
        teamsActivity(teams.serviceUrl, { text: 'Mag ik staken?', user: 'u12' }),
      );
      expect(response.status).toBe(200);
      const apology = teams.activities('a:personal-u12').find((activity) => activity.attachments);
      expect(text(apology)).toContain('er ging bij mij iets mis');
      expect(lines.join('')).toContain('Teams turn failed');
      expect(lines.join('')).not.toContain('Mag ik staken');
      // An invoke in a channel that fails is answered in its own dialog, never with a channel message.
      const invoke = await postActivity(
        url,
        teamsActivity(teams.serviceUrl, {
          type: 'invoke',
          name: 'composeExtension/submitAction',
          user: 'u12',
          conversationId: '19:fails@thread.tacv2',
          conversationType: 'channel',
          value: {
            commandId: 'toetsBericht',
            messagePayload: { body: { content: 'tekst' }, from: { user: { id: 'aad-u12' } } },
          },
        }),
      );
      expect(invoke.status).toBe(200);
      expect(text(await json(invoke))).toContain('er ging bij mij iets mis');
      expect(teams.activities('19:fails@thread.tacv2')).toHaveLength(0);
    } finally {
      await new Promise<void>((resolve) => local.close(() => resolve()));
    }
  });

  it('without authentication, refuses a serviceUrl that is not on this machine', async () => {
    const response = await postActivity(
      server.url,
      teamsActivity('https://smba.trafficmanager.net/emea/', { text: 'hallo', user: 'u14' }),
    );
    expect(response.status).toBe(400);
    expect((await json(response)).error.message).toContain('serviceUrl');
  });

  it('reads the text without the bot’s mention, and neutralises Markdown in cards without backslashes', () => {
    const activity = activitySchema.parse(
      teamsActivity(teams.serviceUrl, { text: 'mag ik &amp; <b>jij</b> demonstreren?', mention: true }),
    );
    expect(withoutBotMention(activity)).toBe('mag ik & jij demonstreren?');
    expect(escapeMarkdown('**vet** [link](https://x.nl) _schuin_\n- lijst')).toBe(
      '∗∗vet∗∗ ［link］(https://x.nl) ＿schuin＿\n\u200B- lijst',
    );
  });

  it('validates the settings', () => {
    expect(loadTeamsSettings({})).toBeUndefined();
    expect(loadTeamsSettings({ TEAMS_ENABLED: 'true' })).toMatchObject({ authentication: false, appId: '' });
    expect(() => loadTeamsSettings({ MICROSOFT_APP_ID: 'not-a-guid' })).toThrow(/MICROSOFT_APP_ID/);
    expect(() => loadTeamsSettings({ MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001' })).toThrow(
      /MICROSOFT_APP_PASSWORD is missing/,
    );
    expect(() =>
      loadTeamsSettings({
        MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
        MICROSOFT_APP_PASSWORD: 'x',
        MICROSOFT_APP_TYPE: 'SingleTenant',
      }),
    ).toThrow(/MICROSOFT_APP_TENANT_ID/);
    expect(() => loadTeamsSettings({ TEAMS_ENABLED: 'true', MICROSOFT_APP_PASSWORD: 'x' })).toThrow(
      /MICROSOFT_APP_ID is missing/,
    );
  });
});
