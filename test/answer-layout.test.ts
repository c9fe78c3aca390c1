// Answers read at a glance (issue 16, items 1–3), checked without screenshots: twenty typical questions and
// drafts go through Slack and Teams over real HTTP (the bot's own server, stand-ins for the platforms) and
// through bot.handle for the text the CLI and the API show. Before the sources a reader gets the verdict, one
// sentence of the situation, at most three conditions and one next step: at most 100 words. The sources are
// short numbered citations with the quotes behind an action; a draft is shown with its risky words in bold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_HEADLINE } from '../src/answer/messages.ts';
import type { Reply } from '../src/core/types.ts';
import { RISK_HEADLINE } from '../src/draft/draft-messages.ts';
import type { RunningServer } from '../src/server/start-server.ts';
import { closeBothChannels, startBothChannels } from './support/both-channels.ts';
import type { Json } from './support/json.ts';
import { realBot, realKnowledge } from './support/real-knowledge.ts';
import {
  eventCallback,
  FORM,
  interactive,
  JSON_TYPE,
  postToSlackEndpoint,
  type SlackStandIn,
} from './support/slack-stand-in.ts';
import { postActivity, type TeamsStandIn, teamsActivity } from './support/teams-stand-in.ts';

/** Typical questions: Rijk, municipality, police, defence, unknown sector; Dutch and English; every verdict. */
const QUESTIONS = [
  'Ik werk bij het ministerie van BZK. Mag ik op LinkedIn iets posten over mijn eigen werk?',
  'Mag ik als ambtenaar lid worden van een politieke partij?',
  'Mag ik vertrouwelijke stukken uit het MT-overleg delen op LinkedIn?',
  'Mag ik als beleidsmedewerker stikstof op Twitter kritiek geven op het stikstofbeleid van mijn minister?',
  'May I join a demonstration against climate policy?',
  'Mag ik een petitie tekenen over een onderwerp waar ik zelf aan werk?',
  'Mag ik in mijn LinkedIn-profiel zetten waar ik werk?',
  'Ik werk bij de gemeente Utrecht. Mag ik raadslid worden van Utrecht?',
  'Ik werk bij een ministerie. Mag ik een bericht van mijn minister liken op LinkedIn?',
  'Ik ben politieagent. Mag ik demonstreren tegen het asielbeleid?',
  'Ik werk bij de gemeente. Mag ik foto’s van mijn vakantie op Instagram zetten?',
  'Ik ben militair. Mag ik op LinkedIn iets zeggen over de NAVO?',
  'Mag ik een misstand bij mijn afdeling melden bij de krant?',
  'Hoeveel vakantiedagen heb ik per jaar?',
];
/** Typical drafts: high, medium and low risk. */
const DRAFTS = [
  'Wat een onzin weer van minister De Jong, dat stikstofplan van ons deugt niet en ik weet dat het besluit volgende week al vastligt.',
  'Ik heb de vertrouwelijke nota over de reorganisatie gelezen: er verdwijnen 200 banen. Dat mag nog niemand weten.',
  'Trots op ons team! Vandaag is de nieuwe website van de gemeente live gegaan.',
  'Die wethouder is een idioot.',
  'Vandaag mevrouw Jansen van de Kerkstraat 12 geholpen met haar schuldhulpaanvraag, wat een verhaal.',
  'Ik werk zelf aan het nieuwe mestbeleid en eerlijk gezegd gaat het de boeren flink pijn doen.',
];
const MAX_WORDS_BEFORE_SOURCES = 100;
/** Every verdict and risk line, in both languages: one of them comes first. */
const HEADLINES = [VERDICT_HEADLINE, RISK_HEADLINE].flatMap((byLanguage) =>
  Object.values(byLanguage).flatMap((lines) => Object.values(lines) as string[]),
);

/** A word: a run of characters with at least one letter or digit (bullets, emoji and dashes are not words). */
function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Slack mrkdwn and Teams Markdown as a person reads it: marks and escapes undone. */
function plain(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\*\*|[*_>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const isSourcesHeading = (text: string) => /^(Bronnen|Sources)\b/.test(plain(text));

/** The text of a Slack message's blocks, in order, up to the block that starts the sources. */
function slackBeforeSources(blocks: Json[]): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    const own =
      block.type === 'section'
        ? [block.text?.text ?? '', ...(block.fields ?? []).map((field: Json) => field.text)]
        : block.type === 'context'
          ? block.elements.map((element: Json) => element.text ?? '')
          : block.type === 'header'
            ? [block.text.text]
            : [];
    if (own.some(isSourcesHeading)) break;
    texts.push(...own.map(plain));
  }
  return texts;
}

/** The visible text of an Adaptive Card's body, in order, up to the element that starts the sources. */
function teamsBeforeSources(body: Json[]): string[] {
  const texts: string[] = [];
  let done = false;
  const walk = (elements: Json[]) => {
    for (const element of elements) {
      if (done || element.isVisible === false) continue;
      if (element.type === 'TextBlock') {
        if (isSourcesHeading(element.text)) {
          done = true;
          return;
        }
        texts.push(plain(element.text));
      } else if (element.type === 'RichTextBlock') {
        const text = element.inlines.map((inline: Json) => inline.text ?? inline).join('');
        if (isSourcesHeading(text)) {
          done = true;
          return;
        }
        texts.push(plain(text));
      }
      if (element.items) walk(element.items);
      if (element.columns) for (const column of element.columns) walk(column.items ?? []);
    }
  };
  walk(body);
  return texts;
}

/** The words a reply adds before its sources: the user's own draft, shown back to them, does not count. */
function wordsAdded(texts: string[], draft?: string): number {
  let all = texts.join(' ');
  if (draft) all = all.replace(plain(draft), ' ');
  return countWords(all);
}

/** Lines that are bullets (conditions, next steps, findings) before the sources. */
function bullets(texts: string[]): number {
  return texts.join('\n').match(/(^|\s)•\s/g)?.length ?? 0;
}

let server: RunningServer;
let slack: SlackStandIn;
let teams: TeamsStandIn;
let sequence = 0;

beforeAll(async () => {
  ({ server, slack, teams } = await startBothChannels('xoxb-layout'));
});
afterAll(() => closeBothChannels({ server, slack, teams }));

/** A direct message to the bot in Slack; resolves with the message it posts back. */
async function askSlack(text: string): Promise<Json> {
  const channel = `DL${++sequence}`;
  await postToSlackEndpoint(
    server.url,
    eventCallback({
      type: 'message',
      channel,
      channel_type: 'im',
      user: `UL${sequence}`,
      text,
      ts: `${sequence}.1`,
    }),
    JSON_TYPE,
  );
  return (await slack.waitFor('chat.postMessage', (call) => call.body.channel === channel, 10_000)).body;
}

/** A 1:1 chat message to the bot in Teams; resolves with the card it sends back. */
async function askTeams(text: string): Promise<Json> {
  const user = `layout-${++sequence}`;
  const response = await postActivity(server.url, teamsActivity(teams.serviceUrl, { text, user }));
  expect(response.status).toBe(200);
  return teams.activities(`a:personal-${user}`)[0]?.attachments?.[0]?.content;
}

const ITEMS: { text: string; draft?: string }[] = [
  ...QUESTIONS.map((text) => ({ text })),
  ...DRAFTS.map((draft) => ({ text: `toets: ${draft}`, draft })),
];

describe('answers read at a glance (issue 16, item 1)', () => {
  it('in Slack: the verdict first, then at most 100 words and four bullets before the sources', async () => {
    expect(ITEMS).toHaveLength(20);
    const counts: number[] = [];
    for (const item of ITEMS) {
      const message = await askSlack(item.text);
      const texts = slackBeforeSources(message.blocks);
      const words = wordsAdded(texts, item.draft);
      counts.push(words);
      expect(words, `${item.text}\n${texts.join('\n')}`).toBeLessThanOrEqual(MAX_WORDS_BEFORE_SOURCES);
      expect(bullets(texts), item.text).toBeLessThanOrEqual(4);
      expect(
        HEADLINES.some((headline) => texts[0]?.includes(headline)),
        `${item.text}: ${texts[0]}`,
      ).toBe(true);
    }
    expect(Math.max(...counts)).toBeLessThanOrEqual(MAX_WORDS_BEFORE_SOURCES);
  });

  it('in Teams: the verdict first, then at most 100 words and four bullets before the sources', async () => {
    for (const item of ITEMS) {
      const card = await askTeams(item.text);
      const texts = teamsBeforeSources(card.body);
      expect(wordsAdded(texts, item.draft), `${item.text}\n${texts.join('\n')}`).toBeLessThanOrEqual(
        MAX_WORDS_BEFORE_SOURCES,
      );
      expect(bullets(texts), item.text).toBeLessThanOrEqual(4);
      expect(
        HEADLINES.some((headline) => texts[0]?.includes(headline)),
        `${item.text}: ${texts[0]}`,
      ).toBe(true);
    }
  });

  it('in the text the CLI prints: at most 100 words before the sources, which keep their names', async () => {
    const bot = await realBot();
    for (const item of ITEMS) {
      const reply = await bot.handle({
        channel: 'cli',
        text: item.text,
        conversationId: `cli-${++sequence}`,
      });
      const [before] = reply.answer.split(/\n(?:Bronnen|Sources)\b/);
      expect(countWords(before ?? ''), `${item.text}\n${before}`).toBeLessThanOrEqual(
        MAX_WORDS_BEFORE_SOURCES,
      );
      // The evaluation reads the answer text: the verdict and the sources' names stay in it.
      expect(reply.answer).toContain(reply.summary);
      for (const citation of reply.citations) expect(reply.answer).toContain(citation.article);
    }
  });

  it('shows each condition at most once: two conditions that both say "this is your own work" become one', async () => {
    const bot = await realBot();
    const reply = await bot.handle({
      channel: 'test',
      text: 'Mag ik een petitie tekenen over een onderwerp waar ik zelf aan werk?',
    });
    const ownWork = reply.conditions.filter((condition) => /gaat over je eigen werk/.test(condition));
    expect(ownWork).toHaveLength(1);
  });
});

describe('sources as short numbered citations, quotes behind an action (issue 16, item 2)', () => {
  const QUESTION = 'Ik werk bij het ministerie van BZK. Mag ik op LinkedIn iets posten over mijn eigen werk?';

  it('Slack: numbered citations name article and title once; the "Bronnen" button opens the quotes in a modal', async () => {
    const message = await askSlack(QUESTION);
    const blocks: Json[] = message.blocks;
    const sources = blocks.find((block) => block.type === 'section' && isSourcesHeading(block.text.text));
    expect(sources).toBeDefined();
    const list = plain(sources.text.text);
    expect(list).toMatch(/\[1\] Ambtenarenwet 2017, art\. 10/);
    // The title is not repeated after the article ("Ambtenarenwet 2017, art. 10 — Ambtenarenwet 2017, artikel 10").
    expect(list).not.toMatch(/Ambtenarenwet 2017, art\. 10 — Ambtenarenwet 2017/);
    // No statute text in the message itself.
    const everything = JSON.stringify(blocks);
    expect(everything).not.toContain('De ambtenaar onthoudt zich');
    const button = sources.accessory;
    expect(button).toMatchObject({ type: 'button', action_id: 'bronnen', text: { text: 'Bronnen' } });
    await postToSlackEndpoint(
      server.url,
      interactive({
        type: 'block_actions',
        user: { id: 'UL-sources', team_id: 'T1' },
        team: { id: 'T1' },
        trigger_id: 'trigger-sources',
        response_url: slack.responseUrl('sources'),
        channel: { id: message.channel },
        actions: [{ type: 'button', action_id: 'bronnen', block_id: 'sources', value: button.value }],
      }),
      FORM,
    );
    const opened = await slack.waitFor('views.open', (call) => call.body.trigger_id === 'trigger-sources');
    const modal = JSON.stringify(opened.body.view);
    expect(opened.body.view.title.text).toBe('Bronnen');
    expect(modal).toContain('De ambtenaar onthoudt zich van het openbaren van gedachten of gevoelens');
    expect(modal).toMatch(/\[1\] Ambtenarenwet 2017, art\. 10/);
    expect(modal).toMatch(/gecontroleerd op \d{4}-\d{2}-\d{2}/);
    // What the glance left out (here the note on the Rijk's own rules) is there too.
    expect(modal).toContain('Meer uitleg');
    expect(modal).toContain('Aanwijzingen externe contacten');
    // Pressed in a modal (a draft check's result), the quotes go on top of it.
    await postToSlackEndpoint(
      server.url,
      interactive({
        type: 'block_actions',
        user: { id: 'UL-sources', team_id: 'T1' },
        team: { id: 'T1' },
        trigger_id: 'trigger-in-modal',
        view: { id: 'V-result', private_metadata: 'nl', blocks: [] },
        actions: [{ type: 'button', action_id: 'bronnen', block_id: 'sources', value: button.value }],
      }),
      FORM,
    );
    const pushed = await slack.waitFor('views.push', (call) => call.body.trigger_id === 'trigger-in-modal');
    expect(JSON.stringify(pushed.body.view)).toContain('De ambtenaar onthoudt zich');
  });

  it('Teams: numbered citations, the quotes in a hidden container shown by Action.ToggleVisibility', async () => {
    const card = await askTeams(QUESTION);
    const body: Json[] = card.body;
    const visible = JSON.stringify(body.filter((element) => element.isVisible !== false));
    expect(visible).toMatch(/\[1\] Ambtenarenwet 2017, art\. 10/);
    expect(visible).not.toMatch(/Ambtenarenwet 2017, art\. 10 — Ambtenarenwet 2017/);
    expect(visible).not.toContain('De ambtenaar onthoudt zich');
    const hidden = body.find((element) => element.isVisible === false);
    expect(hidden?.id).toBeDefined();
    expect(JSON.stringify(hidden)).toContain(
      'De ambtenaar onthoudt zich van het openbaren van gedachten of gevoelens',
    );
    const toggles = JSON.stringify(body).match(/"Action\.ToggleVisibility"/g) ?? [];
    expect(toggles.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).toContain(`"targetElements":["${hidden?.id}"]`);
  });

  it('cites only passages that bear on the question: no FAQ for another sector, no Rob advice unless asked', async () => {
    const bot = await realBot();
    const knowledge = await realKnowledge();
    const ask = (text: string) => bot.handle({ channel: 'test', text, conversationId: `rel-${++sequence}` });
    const cited = (reply: Reply) => reply.citations.map((citation) => citation.fileId);
    const rob = await ask(
      'Ik werk bij het ministerie van Financiën. Mag ik op LinkedIn iets schrijven over hoe de overheid sociale media gebruikt?',
    );
    expect(cited(rob)).not.toContain('guide-rob-advies-2012');
    const teachers = await ask(
      'Ik ben beleidsmedewerker bij VWS. Mag ik op LinkedIn mijn mening geven over het onderwijs aan mijn kinderen?',
    );
    expect(cited(teachers)).not.toContain('faq-b-onderwijs-mening-docent-onderzoeker');
    const police = await ask(
      'Ik werk bij de Belastingdienst. Mag ik op LinkedIn een foto van een verdachte delen?',
    );
    expect(cited(police)).not.toContain('faq-b-politie-foto-aanhouding-verdachte');
    for (const reply of [rob, teachers, police]) {
      const sector = reply.situation?.speaker.sector;
      for (const id of cited(reply)) {
        const meta = knowledge.documentsById.get(id)?.meta;
        if (meta?.kind === 'faq' && meta.sectors.length > 0) expect(meta.sectors, id).toContain(sector);
      }
    }
    // Where the passage does bear on it, it is still cited.
    const asked = await ask('Wat zei het Rob-advies uit 2012 over ambtenaren op sociale media?');
    expect(cited(asked)).toContain('guide-rob-advies-2012');
  });

  it('never drops the statute a basis id rests on', async () => {
    const bot = await realBot();
    const knowledge = await realKnowledge();
    for (const item of ITEMS) {
      const reply = await bot.handle({
        channel: 'test',
        text: item.text,
        conversationId: `basis-${++sequence}`,
      });
      for (const id of reply.basis) {
        const law = knowledge.documentsByBasis.get(id)?.find((document) => document.meta.kind === 'law');
        if (law)
          expect(
            reply.citations.map((citation) => citation.fileId),
            `${item.text}: ${id}`,
          ).toContain(law.meta.id);
      }
    }
  });
});

describe('the draft check shows the draft with its risky words in bold (issue 16, item 3)', () => {
  const DRAFT = DRAFTS[1]!;

  it('Slack: the draft in a quote, risky words in *bold*; from a channel the private assessment names the draft', async () => {
    const direct = await askSlack(`toets: ${DRAFT}`);
    const text = JSON.stringify(direct.blocks);
    expect(text).toContain('*vertrouwelijke nota*');
    expect(text).toContain('er verdwijnen 200 banen');
    const channel = `CL${++sequence}`;
    await postToSlackEndpoint(
      server.url,
      eventCallback({
        type: 'app_mention',
        channel,
        user: 'UL-draft',
        text: `<@UBOT> toets: ${DRAFT}`,
        ts: `${sequence}.2`,
      }),
      JSON_TYPE,
    );
    const ephemeral = await slack.waitFor(
      'chat.postEphemeral',
      (call) => call.body.channel === channel,
      10_000,
    );
    const first = plain(slackBeforeSources(ephemeral.body.blocks).join(' '));
    expect(first).toContain(RISK_HEADLINE.nl.hoog);
    expect(first).toMatch(/Je concept: .*Ik heb de vertrouwelijke nota over/);
  });

  it('Teams: the draft with risky words in **bold**; the 1:1 assessment of a channel draft names the draft', async () => {
    const card = await askTeams(`toets: ${DRAFT}`);
    expect(JSON.stringify(card.body)).toContain('**vertrouwelijke nota**');
    const thread = `19:layout@thread.tacv2;messageid=${++sequence}`;
    await postActivity(
      server.url,
      teamsActivity(teams.serviceUrl, {
        text: `toets: ${DRAFT}`,
        user: 'layout-channel',
        mention: true,
        conversationId: thread,
        conversationType: 'channel',
      }),
    );
    const privateCard = teams.activities('a:personal-29:layout-channel')[0]?.attachments?.[0]?.content;
    const first = teamsBeforeSources(privateCard.body).join(' ');
    expect(first).toContain(RISK_HEADLINE.nl.hoog);
    expect(first).toMatch(/Je concept: .*Ik heb de vertrouwelijke nota over/);
  });

  it('shows one safer version of the draft, built by the rules, where they can build one', async () => {
    const bot = await realBot();
    const leak =
      'Mooie dag op de hei gehad met het team! Morgen maakt de minister bekend dat het windpark niet doorgaat, maar dat weet nog niemand.';
    const reply = await bot.handle({ channel: 'test', text: `toets: ${leak}` });
    expect(reply.risk).toBe('hoog');
    // The sentence that leaks what is not public yet goes; what is left is low risk for the rules.
    expect(reply.rewrite).toBe('Mooie dag op de hei gehad met het team!');
    const check = await bot.handle({ channel: 'test', text: `toets: ${reply.rewrite}` });
    expect(check.risk).toBe('laag');
    const slackMessage = await askSlack(`toets: ${leak}`);
    expect(JSON.stringify(slackMessage.blocks)).toContain('Een veiligere versie');
    const card = await askTeams(`toets: ${leak}`);
    expect(JSON.stringify(card.body)).toContain('Mooie dag op de hei gehad met het team!');
    // Where nothing of the point is left (the leak and "Dat mag nog niemand weten" that refers to it), or an
    // insult has no safer words, the rules build no rewrite: one suggestion instead.
    for (const text of [DRAFT, 'Die wethouder is een idioot.']) {
      const none = await bot.handle({ channel: 'test', text: `toets: ${text}` });
      expect(none.rewrite, text).toBeUndefined();
    }
  });

  it('the verdict headline stays in every answer the channels show', async () => {
    const message = await askSlack(QUESTIONS[1]!);
    expect(JSON.stringify(message.blocks)).toContain(VERDICT_HEADLINE.nl.mag);
  });
});
