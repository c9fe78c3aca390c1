// One contract, every channel adapter: the same conversations give the same verdicts and sources on
// Slack and on Teams, a draft never reaches a shared channel, and follow-ups are read in context. Both
// channels run on one server, as `npm start` runs them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_HEADLINE } from '../src/answer/messages.ts';
import type { Reply } from '../src/core/types.ts';
import { RISK_HEADLINE } from '../src/draft/draft-messages.ts';
import type { RunningServer } from '../src/server/start-server.ts';
import { closeBothChannels, startBothChannels } from './support/both-channels.ts';
import { realBot } from './support/real-knowledge.ts';
import {
  eventCallback,
  JSON_TYPE,
  postToSlackEndpoint,
  type SlackStandIn,
} from './support/slack-stand-in.ts';
import { postActivity, type TeamsStandIn, teamsActivity } from './support/teams-stand-in.ts';

/** What a person sees, as plain text: escapes of either platform undone. */
function visible(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\\\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

interface Delivered {
  /** Everything delivered only to the asker (DM, 1:1 chat, ephemeral message). */
  privately: string;
  /** Everything posted where others can read it. */
  publicly: string;
}

interface ChannelDriver {
  name: string;
  /** A question in a 1:1 conversation; resolves with what the user sees. */
  askPrivately(user: string, text: string): Promise<string>;
  /** A message mentioning the bot in a shared channel thread. */
  sayInChannel(user: string, thread: string, text: string): Promise<Delivered>;
}

let server: RunningServer;
let slack: SlackStandIn;
let teams: TeamsStandIn;
let counter = 0;

beforeAll(async () => {
  ({ server, slack, teams } = await startBothChannels('xoxb-contract'));
});
afterAll(() => closeBothChannels({ server, slack, teams }));

const slackDriver: ChannelDriver = {
  name: 'slack',
  async askPrivately(user, text) {
    const channel = `D${user}`;
    const before = slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).length;
    await postToSlackEndpoint(
      server.url,
      eventCallback({ type: 'message', channel, channel_type: 'im', user, text, ts: `${++counter}.1` }),
      JSON_TYPE,
    );
    const call = await slack.waitFor(
      'chat.postMessage',
      (c) =>
        c.body.channel === channel &&
        slack
          .callsTo('chat.postMessage')
          .filter((x) => x.body.channel === channel)
          .indexOf(c) === before,
    );
    return visible(call.body.blocks);
  },
  async sayInChannel(user, thread, text) {
    const channel = `C${thread}`;
    const mark = slack.calls.length;
    await postToSlackEndpoint(
      server.url,
      eventCallback({ type: 'app_mention', channel, user, text: `<@UBOT> ${text}`, ts: `${++counter}.2` }),
      JSON_TYPE,
    );
    // The answer arrives as a thread message or, for a draft, as an ephemeral message.
    for (let attempt = 0; attempt < 500; attempt++) {
      const arrived = slack.calls
        .slice(mark)
        .some(
          (c) => ['chat.postMessage', 'chat.postEphemeral'].includes(c.method) && c.body.channel === channel,
        );
      if (arrived) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const after = slack.calls.slice(mark);
    return {
      privately: visible(
        after
          .filter((c) => c.method === 'chat.postEphemeral' && c.body.user === user)
          .map((c) => c.body.blocks),
      ),
      publicly: visible(after.filter((c) => c.method === 'chat.postMessage').map((c) => c.body.blocks)),
    };
  },
};

const teamsDriver: ChannelDriver = {
  name: 'teams',
  async askPrivately(user, text) {
    const conversation = `a:personal-${user}`;
    const before = teams.activities(conversation).length;
    const response = await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, { text, user, conversationId: conversation }),
    );
    expect(response.status).toBe(200);
    return visible(teams.activities(conversation)[before]);
  },
  async sayInChannel(user, thread, text) {
    const conversation = `19:${thread}@thread.tacv2;messageid=${++counter}`;
    const mark = teams.calls.length;
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        text,
        user,
        mention: true,
        conversationId: conversation,
        conversationType: 'channel',
      }),
    );
    const after = teams.calls
      .slice(mark)
      .filter((call) => call.kind === 'activity' && call.body.type !== 'typing');
    return {
      privately: visible(
        after.filter((call) => call.conversationId === `a:personal-29:${user}`).map((c) => c.body),
      ),
      publicly: visible(after.filter((call) => call.conversationId === conversation).map((c) => c.body)),
    };
  },
};

const QUESTIONS = [
  'Mag ik als ambtenaar lid worden van een politieke partij?',
  'Mag ik vertrouwelijke stukken uit het MT-overleg delen op LinkedIn?',
  'Mag ik als beleidsmedewerker stikstof op Twitter kritiek geven op het stikstofbeleid van mijn minister?',
  'Hoeveel vakantiedagen heb ik per jaar?',
  'May I join a demonstration against climate policy?',
];
const DRAFT =
  'Ik heb de vertrouwelijke nota over de reorganisatie gelezen: er verdwijnen 200 banen. Dat mag nog niemand weten.';

let expected: Reply[];
beforeAll(async () => {
  const bot = await realBot();
  expected = [];
  for (const [index, question] of QUESTIONS.entries()) {
    expected.push(await bot.handle({ channel: 'test', text: question, conversationId: `expected-${index}` }));
  }
});

describe.each([slackDriver, teamsDriver])('channel contract: $name', (driver) => {
  it('shows the core’s verdict and every source it cites, for each question', async () => {
    for (const [index, question] of QUESTIONS.entries()) {
      const reply = expected[index]!;
      const seen = await driver.askPrivately(`${driver.name}q${index}`, question);
      expect(seen, question).toContain(VERDICT_HEADLINE[reply.language][reply.verdict!]);
      for (const citation of reply.citations) expect(seen, question).toContain(citation.article);
    }
  });

  it('never shows a draft assessment in a shared channel: only the author gets it', async () => {
    const user = `${driver.name}draft`;
    const delivered = await driver.sayInChannel(user, 'thread-draft', `toets: ${DRAFT}`);
    expect(delivered.privately).toContain(RISK_HEADLINE.nl.hoog);
    expect(delivered.publicly).not.toContain('reorganisatie');
    expect(delivered.publicly).not.toContain(RISK_HEADLINE.nl.hoog);
  });

  it('reads a follow-up in the same channel thread in context', async () => {
    const user = `${driver.name}follow`;
    const thread = `thread-follow-${driver.name}`;
    if (driver.name === 'slack') {
      const first = await driver.sayInChannel(
        user,
        thread,
        'mag ik een petitie tekenen tegen de sluiting van het zwembad?',
      );
      expect(first.publicly).toContain('Mag');
      // Slack: a reply in the thread without a new mention.
      const channel = `C${thread}`;
      const root = slack.callsTo('chat.postMessage').findLast((c) => c.body.channel === channel)
        ?.body.thread_ts;
      await postToSlackEndpoint(
        server.url,
        eventCallback({
          type: 'message',
          channel,
          channel_type: 'channel',
          user,
          text: 'en als ik er zelf aan werk?',
          ts: `${++counter}.3`,
          thread_ts: root,
        }),
        JSON_TYPE,
      );
      const followUp = await slack.waitFor(
        'chat.postMessage',
        (c) =>
          c.body.channel === channel &&
          c.body.thread_ts === root &&
          visible(c.body.blocks).includes('vervolg'),
      );
      expect(followUp).toBeDefined();
    } else {
      // Teams: a channel thread is its own conversation id; the bot only hears mentions there.
      const conversation = '19:thread-follow@thread.tacv2;messageid=42';
      for (const text of [
        'mag ik een petitie tekenen tegen de sluiting van het zwembad?',
        'en als ik er zelf aan werk?',
      ]) {
        await postActivity(
          server.url,
          teamsActivity(teams.serviceUrl, {
            text,
            user,
            mention: true,
            conversationId: conversation,
            conversationType: 'channel',
          }),
        );
      }
      expect(visible(teams.activities(conversation)[1])).toContain('vervolg');
    }
  });
});
