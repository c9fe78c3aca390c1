// Asking back: when the relation to the user's work is unknown, the bot asks one short question with
// quick replies, then answers with that fact; the fact holds for that question and its follow-ups (not for a
// new question in the same chat) and can be kept in the profile.
// Through bot.handle, and over real HTTP through Slack and Teams against their stand-ins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeamsChannel } from '../adapters/teams/index.ts';
import type { Reply } from '../src/core/types.ts';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import { type Json, json } from './support/json.ts';
import { realBot } from './support/real-knowledge.ts';
import { type SlackServer, startSlackServer } from './support/slack-server.ts';
import {
  eventCallback,
  FORM,
  interactive,
  JSON_TYPE,
  postToSlackEndpoint,
  slashCommand,
} from './support/slack-stand-in.ts';
import {
  postActivity,
  startTeamsStandIn,
  type TeamsStandIn,
  teamsActivity,
} from './support/teams-stand-in.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

const HEADLINE = 'Mag ik reageren op dit debat?';
/** A new question with its own subject, asked in the same chat after "it is my own work" (the playground's). */
const UNRELATED = 'Mag ik iets posten over de sluiting van het zwembad in mijn dorp?';

describe('asking back through bot.handle', () => {
  it('the headline question gives voorwaardelijk, missing the relation, and one question with quick replies', async () => {
    const bot = await realBot();
    const reply = await bot.handle({ channel: 'test', text: HEADLINE, userId: 'u1', conversationId: 'c1' });
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.missing).toEqual(['relatie-werk']);
    expect(reply.clarification?.question).toMatch(/werk je zelf aan dit onderwerp/i);
    expect(reply.clarification?.options.map((option) => option.value)).toEqual([
      'eigen-dossier',
      'eigen-organisatie',
      'los-van-werk',
    ]);
    // It does not pretend to know: no "far from your work" condition.
    expect(reply.answer).not.toMatch(/ligt ver van je (eigen )?werk/);
    expect(reply.answer).toMatch(/Het hangt vooral af van/);
    expect(reply.situation?.relation.kind).toBe('onbekend');
  });

  it('a quick reply answers the original question with that fact, and the thread keeps it', async () => {
    const bot = await realBot();
    const first = await bot.handle({ channel: 'test', text: HEADLINE, userId: 'u2', conversationId: 'c2' });
    const answered = await bot.handle({
      channel: 'test',
      text: 'Nee, het staat los van mijn werk',
      command: 'ask',
      userId: 'u2',
      conversationId: 'c2',
      clarification: { fact: 'relatie-werk', value: 'los-van-werk', replyId: first.id },
    });
    expect(answered.followUp).toBe(true);
    expect(answered.situation?.relation).toMatchObject({ kind: 'los-van-werk', reason: 'answered' });
    expect(answered.missing).toBeUndefined();
    expect(answered.clarification).toBeUndefined();
    expect(answered.answer).toContain('zoals je aangaf');

    const own = await bot.handle({
      channel: 'test',
      text: 'Ja, het is mijn eigen werk',
      command: 'ask',
      userId: 'u3',
      conversationId: 'c3',
      clarification: {
        fact: 'relatie-werk',
        value: 'eigen-dossier',
        question: 'Mag ik op X reageren op het debat over stikstof?',
      },
    });
    expect(own.verdict).toBe('voorwaardelijk');
    expect(own.situation?.relation.kind).toBe('eigen-dossier');
    // Offered: remember the topic in the profile.
    expect(own.suggestedActions[0]).toMatchObject({ kind: 'remember-portfolio' });
    // A later follow-up in the same thread keeps the answer.
    const later = await bot.handle({
      channel: 'test',
      text: 'en als ik het op LinkedIn doe?',
      userId: 'u3',
      conversationId: 'c3',
    });
    expect(later.followUp).toBe(true);
    expect(later.situation?.relation.kind).toBe('eigen-dossier');
  });

  it('a short typed answer after the question is read as the answer', async () => {
    const bot = await realBot();
    await bot.handle({ channel: 'test', text: HEADLINE, userId: 'u4', conversationId: 'c4' });
    const reply = await bot.handle({
      channel: 'test',
      text: 'ik werk er zelf aan',
      userId: 'u4',
      conversationId: 'c4',
    });
    expect(reply.followUp).toBe(true);
    expect(reply.situation?.relation.kind).toBe('eigen-dossier');
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.missing).toBeUndefined();
  });

  it('after the question, a short message is the answer only when it answers; a new short question is new', async () => {
    const bot = await realBot();
    let turn = 0;
    /** Asks the headline question afresh, then sends `text` as the next message in the same chat. */
    const afterAsking = async (text: string): Promise<Reply> => {
      const chat = { channel: 'test', userId: `u10-${++turn}`, conversationId: `c10-${turn}` } as const;
      const asked = await bot.handle({ ...chat, text: HEADLINE });
      expect(asked.clarification?.fact).toBe('relatie-werk');
      return bot.handle({ ...chat, text });
    };
    // New questions: answered on their own, not merged with the debate.
    for (const text of [
      'mag ik een petitie tekenen?',
      'Mag ik een petitie tekenen',
      'Can I sign a petition?',
      'Mag ik demonstreren tegen het kabinet?',
    ]) {
      const reply = await afterAsking(text);
      expect(reply.followUp, text).toBe(false);
      expect(reply.answer, text).not.toContain('zoals je aangaf');
      expect(reply.situation?.acts.map((act) => act.kind).join(' '), text).not.toMatch(/reactie/);
    }
    const petition = await afterAsking('mag ik een petitie tekenen?');
    expect(petition.situation?.acts.map((act) => act.kind)).toContain('petitie');
    // Answers: a quick reply typed out, yes / no, or words about the relation to the own work.
    const answers: [string, string][] = [
      ['Ja, het is mijn eigen werk', 'eigen-dossier'],
      ['Mijn organisatie doet het, ik niet', 'eigen-organisatie'],
      ['nee, het heeft niks met mijn werk te maken', 'los-van-werk'],
      ['ik werk er zelf aan', 'eigen-dossier'],
      ['los van mijn werk', 'los-van-werk'],
      ['It is my own work', 'eigen-dossier'],
    ];
    for (const [text, relation] of answers) {
      const reply = await afterAsking(text);
      expect(reply.followUp, text).toBe(true);
      expect(reply.situation?.relation.kind, text).toBe(relation);
    }
    for (const text of ['ja', 'nee hoor', 'klopt', 'deels', 'weet ik niet', 'yes', 'not really']) {
      expect((await afterAsking(text)).followUp, text).toBe(true);
    }
    // A follow-up opener still reads as a follow-up.
    expect((await afterAsking('en als ik het anoniem doe?')).followUp).toBe(true);
  });

  it('a told fact holds for its question and real follow-ups, not for a new question in the same chat', async () => {
    // A Teams 1:1 chat or a Slack DM: no thread id, so every message shares one context.
    const bot = await realBot();
    const chat = { channel: 'test', userId: 'u6', conversationId: 'c6' } as const;
    const first = await bot.handle({ ...chat, text: 'Mag ik op X reageren op het debat over stikstof?' });
    expect(first.clarification?.fact).toBe('relatie-werk');
    const own = await bot.handle({
      ...chat,
      text: 'Ja, het is mijn eigen werk',
      command: 'ask',
      clarification: { fact: 'relatie-werk', value: 'eigen-dossier', replyId: first.id },
    });
    expect(own.situation?.relation).toMatchObject({ kind: 'eigen-dossier', reason: 'answered' });

    for (const text of ['en als ik het anoniem doe?', 'ook in een besloten groep?']) {
      const followUp = await bot.handle({ ...chat, text });
      expect(followUp.followUp).toBe(true);
      expect(followUp.situation?.relation).toMatchObject({ kind: 'eigen-dossier', reason: 'answered' });
      expect(followUp.answer).toContain('zoals je aangaf');
    }

    const unrelated = await bot.handle({ ...chat, text: UNRELATED });
    expect(unrelated.followUp).toBe(false);
    expect(unrelated.situation?.relation.reason).not.toBe('answered');
    expect(unrelated.situation?.relation.kind).not.toBe('eigen-dossier');
    expect(unrelated.answer).not.toContain('zoals je aangaf');
    expect(unrelated.answer).not.toMatch(/je eigen werk/);
    // Nor does a follow-up of the new question get the old fact back.
    const later = await bot.handle({ ...chat, text: 'en als ik het anoniem doe?' });
    expect(later.followUp).toBe(true);
    expect(later.situation?.relation.reason).not.toBe('answered');
    expect(later.answer).not.toContain('zoals je aangaf');
  });

  it('asks in English when asked in English', async () => {
    const bot = await realBot();
    const reply = await bot.handle({
      channel: 'test',
      text: 'Can I comment on this debate?',
      userId: 'u5',
      conversationId: 'c5',
    });
    expect(reply.intent).toBe('question');
    expect(reply.language).toBe('en');
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.clarification?.question).toMatch(/do you work on this topic/i);
  });
});

describe('asking back in Slack', () => {
  let running: SlackServer;
  beforeAll(async () => {
    running = await startSlackServer({});
  });
  afterAll(() => running.close());

  it('asks with buttons in a DM; a button posts the answer; "remember" saves the topic in the profile', async () => {
    const base = running.server.url;
    await postToSlackEndpoint(
      base,
      eventCallback({
        type: 'message',
        channel: 'D7',
        channel_type: 'im',
        user: 'U7',
        text: HEADLINE,
        ts: '1700000700.000100',
      }),
      JSON_TYPE,
    );
    const asked = await running.slack.waitFor('chat.postMessage', (call) => call.body.channel === 'D7');
    const text = JSON.stringify(asked.body.blocks);
    expect(text).toMatch(/Werk je zelf aan dit onderwerp/);
    expect(text).toContain('Voorlopig');
    const clarify = asked.body.blocks.find((block: Json) => block.block_id === 'clarify');
    expect(clarify.elements.map((element: Json) => element.action_id)).toEqual([
      'verduidelijk_0',
      'verduidelijk_1',
      'verduidelijk_2',
    ]);
    // The answer so far follows below the question, with its sources.
    expect(text).toContain('Ambtenarenwet 2017, art. 10');

    const own = clarify.elements[0];
    await postToSlackEndpoint(
      base,
      interactive({
        type: 'block_actions',
        user: { id: 'U7', team_id: 'T1' },
        team: { id: 'T1' },
        channel: { id: 'D7' },
        container: {
          type: 'message',
          channel_id: 'D7',
          message_ts: '1700000700.000200',
          is_ephemeral: false,
        },
        message: { ts: '1700000700.000200' },
        response_url: running.slack.responseUrl('clarify'),
        actions: [
          { type: 'button', action_id: own.action_id, block_id: 'clarify', value: own.value, text: own.text },
        ],
      }),
      FORM,
    );
    const answer = await running.slack.waitFor(
      'chat.postMessage',
      (call) => call.body.channel === 'D7' && JSON.stringify(call.body.blocks).includes('zoals je aangaf'),
    );
    const answerText = JSON.stringify(answer.body.blocks);
    expect(answerText).toContain('zoals je aangaf');
    expect(answerText).not.toContain('verduidelijk_');
  });

  it('in a DM, the quick reply holds for a follow-up but not for a new question', async () => {
    const base = running.server.url;
    const seen = new Set<unknown>();
    /** A top-level DM (no thread_ts), and the bot's next post in that DM. */
    const ask = async (text: string, ts: string): Promise<string> => {
      await postToSlackEndpoint(
        base,
        eventCallback({ type: 'message', channel: 'D9', channel_type: 'im', user: 'U9', text, ts }),
        JSON_TYPE,
      );
      const posted = await running.slack.waitFor(
        'chat.postMessage',
        (call) => call.body.channel === 'D9' && !seen.has(call),
      );
      seen.add(posted);
      return JSON.stringify(posted.body.blocks);
    };
    const asked = JSON.parse(
      await ask('Mag ik op X reageren op het debat over stikstof?', '1700000900.000100'),
    );
    const own = asked.find((block: Json) => block.block_id === 'clarify').elements[0];
    await postToSlackEndpoint(
      base,
      interactive({
        type: 'block_actions',
        user: { id: 'U9', team_id: 'T1' },
        team: { id: 'T1' },
        channel: { id: 'D9' },
        container: {
          type: 'message',
          channel_id: 'D9',
          message_ts: '1700000900.000200',
          is_ephemeral: false,
        },
        message: { ts: '1700000900.000200' },
        response_url: running.slack.responseUrl('dm-own'),
        actions: [
          { type: 'button', action_id: own.action_id, block_id: 'clarify', value: own.value, text: own.text },
        ],
      }),
      FORM,
    );
    const answer = await running.slack.waitFor(
      'chat.postMessage',
      (call) => call.body.channel === 'D9' && !seen.has(call),
    );
    seen.add(answer);
    expect(JSON.stringify(answer.body.blocks)).toContain('zoals je aangaf');

    expect(await ask('en als ik het anoniem doe?', '1700000900.000300')).toContain('zoals je aangaf');
    const unrelated = await ask(UNRELATED, '1700000900.000400');
    expect(unrelated).not.toContain('zoals je aangaf');
    expect(unrelated).toMatch(/Werk je zelf aan dit onderwerp/);
  });

  it('in a DM, a new short question after the question asked back is answered as a new question', async () => {
    const base = running.server.url;
    const seen = new Set<unknown>();
    const ask = async (channel: string, text: string, ts: string): Promise<string> => {
      await postToSlackEndpoint(
        base,
        eventCallback({ type: 'message', channel, channel_type: 'im', user: `U-${channel}`, text, ts }),
        JSON_TYPE,
      );
      const posted = await running.slack.waitFor(
        'chat.postMessage',
        (call) => call.body.channel === channel && !seen.has(call),
      );
      seen.add(posted);
      return JSON.stringify(posted.body.blocks);
    };
    expect(await ask('D10', HEADLINE, '1700001000.000100')).toMatch(/Werk je zelf aan dit onderwerp/);
    const petition = await ask('D10', 'mag ik een petitie tekenen?', '1700001000.000200');
    expect(petition).toContain('wilt een petitie of open brief steunen');
    expect(petition).not.toContain('zoals je aangaf');
    // A typed answer is still the answer, and a typed-out quick reply counts as the quick reply.
    expect(await ask('D11', HEADLINE, '1700001100.000100')).toMatch(/Werk je zelf aan dit onderwerp/);
    const answered = await ask('D11', 'Nee, het staat los van mijn werk', '1700001100.000200');
    expect(answered).toContain('zoals je aangaf');
    expect(answered).not.toMatch(/Werk je zelf aan dit onderwerp/);
  });

  it('a slash command asks privately; the quick reply replaces the question with the answer', async () => {
    const base = running.server.url;
    await postToSlackEndpoint(
      base,
      slashCommand('/uitingswijzer', HEADLINE, running.slack.responseUrl('ask')),
      FORM,
    );
    const asked = await running.slack.waitFor(
      'response',
      (call) => call.path === '/response/ask' && call.body.blocks,
    );
    expect(asked.body.response_type).toBe('ephemeral');
    const clarify = asked.body.blocks.find((block: Json) => block.block_id === 'clarify');
    const unrelated = clarify.elements[2];
    await postToSlackEndpoint(
      base,
      interactive({
        type: 'block_actions',
        user: { id: 'U1', team_id: 'T1' },
        team: { id: 'T1' },
        channel: { id: 'C1' },
        container: { type: 'message', channel_id: 'C1', is_ephemeral: true },
        response_url: running.slack.responseUrl('clarified'),
        actions: [
          { type: 'button', action_id: unrelated.action_id, block_id: 'clarify', value: unrelated.value },
        ],
      }),
      FORM,
    );
    const answer = await running.slack.waitFor('response', (call) => call.path === '/response/clarified');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.replace_original).toBe(true);
    expect(JSON.stringify(answer.body.blocks)).toContain('zoals je aangaf');
  });

  it('a tampered quick reply is refused politely', async () => {
    await postToSlackEndpoint(
      running.server.url,
      interactive({
        type: 'block_actions',
        user: { id: 'U1', team_id: 'T1' },
        team: { id: 'T1' },
        channel: { id: 'C1' },
        response_url: running.slack.responseUrl('tampered'),
        actions: [
          { type: 'button', action_id: 'verduidelijk_0', block_id: 'clarify', value: '{"v":"alles-mag"}' },
        ],
      }),
      FORM,
    );
    const refused = await running.slack.waitFor('response', (call) => call.path === '/response/tampered');
    expect(refused.body.text).toMatch(/werkt niet meer/);
  });

  it('"Onthoud" adds the topic to the saved profile', async () => {
    await postToSlackEndpoint(
      running.server.url,
      interactive({
        type: 'block_actions',
        user: { id: 'U8', team_id: 'T1' },
        team: { id: 'T1' },
        channel: { id: 'D8' },
        response_url: running.slack.responseUrl('remember'),
        actions: [
          {
            type: 'button',
            action_id: 'onthoud_portefeuille',
            block_id: 'reply_actions',
            value: 'nl:landbouw en natuur',
          },
        ],
      }),
      FORM,
    );
    const saved = await running.slack.waitFor('response', (call) => call.path === '/response/remember');
    expect(saved.body.text).toContain('landbouw en natuur');
    expect(await running.server.state.getProfile('slack:T1:U8')).toEqual({
      portfolio: ['landbouw en natuur'],
    });
  });
});

describe('asking back in Teams', () => {
  let server: RunningServer;
  let teams: TeamsStandIn;
  beforeAll(async () => {
    teams = await startTeamsStandIn();
    server = await startServer(
      { ...TEST_SERVER_ENV, TEAMS_ENABLED: 'true' },
      { channels: [startTeamsChannel] },
    );
  });
  afterAll(async () => {
    await server.close();
    await teams.close();
  });

  it('asks with card actions; the quick reply returns the answer card in place of the question', async () => {
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, { text: 'Mag ik reageren op het debat over stikstof?', user: 'ask1' }),
    );
    const card = teams.activities('a:personal-ask1')[0].attachments[0].content;
    expect(JSON.stringify(card)).toMatch(/Werk je zelf aan dit onderwerp/);
    const quickReplies = card.body.find((element: Json) => element.type === 'ActionSet').actions;
    expect(quickReplies.map((action: Json) => action.verb)).toEqual(['clarify', 'clarify', 'clarify']);
    const own = quickReplies[0];
    const response = await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        user: 'ask1',
        value: { action: { type: 'Action.Execute', verb: own.verb, data: own.data }, trigger: 'manual' },
      }),
    );
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const answer = JSON.stringify(body.value);
    expect(answer).toContain('zoals je aangaf');
    expect(answer).toContain('profile.remember');

    const remember = body.value.actions.find((action: Json) => action.verb === 'profile.remember');
    const saved = await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        user: 'ask1',
        value: {
          action: { type: 'Action.Execute', verb: remember.verb, data: remember.data },
          trigger: 'manual',
        },
      }),
    );
    expect((await json(saved)).value).toContain('Opgeslagen');
  });

  it('in a 1:1 chat, the quick reply holds for a follow-up but not for a new question', async () => {
    const user = 'ask2';
    const chat = `a:personal-${user}`;
    /** A message in the 1:1 chat (Teams has no threads there), and the card the bot sends back. */
    const ask = async (text: string): Promise<string> => {
      const before = teams.activities(chat).length;
      await postActivity(server.url, teamsActivity(teams.serviceUrl, { text, user }));
      const sent = teams.activities(chat);
      expect(sent.length).toBe(before + 1);
      return JSON.stringify(sent[before].attachments[0].content);
    };
    const card = JSON.parse(await ask('Mag ik op X reageren op het debat over stikstof?'));
    const own = card.body.find((element: Json) => element.type === 'ActionSet').actions[0];
    const response = await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        user,
        value: { action: { type: 'Action.Execute', verb: own.verb, data: own.data }, trigger: 'manual' },
      }),
    );
    expect(JSON.stringify((await json(response)).value)).toContain('zoals je aangaf');

    expect(await ask('ook in een besloten groep?')).toContain('zoals je aangaf');
    const unrelated = await ask(UNRELATED);
    expect(unrelated).not.toContain('zoals je aangaf');
    expect(unrelated).toMatch(/Werk je zelf aan dit onderwerp/);
  });
});
