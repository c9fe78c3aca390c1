// Slack rendering and parsing (and model output in both channels), pure: Slack's limits hold for any reply, user text can never become a
// mention or a link, and Slack's mark-up is read back to plain text.
import { describe, expect, it } from 'vitest';
import { MESSAGE_BLOCK_LIMIT, renderReply, SECTION_TEXT_LIMIT } from '../adapters/slack/render-reply.ts';
import { slackToPlainText } from '../adapters/slack/to-incoming-message.ts';
import { renderReply as renderTeams } from '../adapters/teams/render-reply.ts';
import type { Json } from './support/json.ts';
import { realBot } from './support/real-knowledge.ts';

function sectionTexts(blocks: Json[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'section'
      ? [block.text.text]
      : block.type === 'context'
        ? block.elements.map((e: Json) => e.text)
        : [],
  );
}

describe('Slack rendering', () => {
  it('keeps any reply within 50 blocks and 3,000 characters per text, with the buttons last', async () => {
    const bot = await realBot();
    const reply = await bot.handle({ channel: 'test', text: 'toets: Die wethouder is een idioot.' });
    const finding = reply.findings[0]!;
    const huge = {
      ...reply,
      summary: 'S'.repeat(5000),
      findings: Array.from({ length: 80 }, () => ({ ...finding, message: 'M'.repeat(4000) })),
    };
    const message = renderReply(huge);
    expect(message.blocks.length).toBeLessThanOrEqual(MESSAGE_BLOCK_LIMIT);
    for (const text of sectionTexts(message.blocks))
      expect(text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    expect(message.blocks.at(-1)?.type).toBe('actions');
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });

  it('escapes user text so it cannot ping a channel or smuggle a link', async () => {
    const bot = await realBot();
    const reply = await bot.handle({
      channel: 'test',
      text: 'toets: <!channel> die idioot van een <@U123> & <https://evil.example|klik>',
    });
    const rendered = JSON.stringify(renderReply(reply).blocks);
    expect(reply.findings.length).toBeGreaterThan(0);
    expect(rendered).not.toMatch(/<!channel>|<@U123>|<https:/);
    expect(rendered).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('reads Slack mark-up back to plain text', () => {
    expect(slackToPlainText('<@UBOT> mag ik &lt;dit&gt; &amp; dat?', 'UBOT')).toBe('mag ik <dit> & dat?');
    expect(slackToPlainText('vraag van <@U2|piet> in <#C1|algemeen>: zie <https://x.nl|de site>')).toBe(
      'vraag van @piet in #algemeen: zie de site (https://x.nl)',
    );
    expect(slackToPlainText('<!here> <https://x.nl>')).toBe('@here https://x.nl');
  });
});

describe('model output in both channels', () => {
  it('shows the explanation of an answer and the safer rewrite of a draft, and which engine wrote them', async () => {
    const bot = await realBot();
    const draft = await bot.handle({ channel: 'test', text: 'toets: Die wethouder is een idioot.' });
    const answer = await bot.handle({ channel: 'test', text: 'Mag ik staken?' });
    const fromModel = (reply: typeof draft, extra: object) => ({
      ...reply,
      engine: 'model' as const,
      ...extra,
    });
    const slackDraft = JSON.stringify(
      renderReply(fromModel(draft, { rewrite: 'Ik ben het niet eens met de wethouder.' })),
    );
    const slackAnswer = JSON.stringify(
      renderReply(fromModel(answer, { explanation: 'Staken mag, met regels.' })),
    );
    const teamsDraft = JSON.stringify(
      renderTeams(fromModel(draft, { rewrite: 'Ik ben het niet eens met de wethouder.' })),
    );
    const teamsAnswer = JSON.stringify(
      renderTeams(fromModel(answer, { explanation: 'Staken mag, met regels.' })),
    );
    for (const rendered of [slackDraft, teamsDraft]) {
      expect(rendered).toContain('Een veiligere versie');
      expect(rendered).toContain('Ik ben het niet eens met de wethouder.');
      expect(rendered).toContain('taalmodel');
    }
    for (const rendered of [slackAnswer, teamsAnswer]) expect(rendered).toContain('Staken mag, met regels.');
  });
});
