// Organisation overlays (issue 17): one deployment, many employers. The same question gives one organisation
// its own contact and its stricter rule, another organisation and a user without one the generic answer; an
// overlay that would make an answer more lenient is refused by `kb check` and at reload, each overlay on its own.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAdminNotice } from '../adapters/slack/render-admin-notice.ts';
import { createBot } from '../src/core/create-bot.ts';
import type { Reply } from '../src/core/types.ts';
import type { KnowledgeSourceFile } from '../src/knowledge/build-knowledge-base.ts';
import { checkOrganisationOverlays } from '../src/knowledge/check-organisation-overlays.ts';
import { loadKnowledgeStore, staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { parseOrganisationOverlays } from '../src/knowledge/parse-organisation-overlay.ts';
import { createSilentLogger } from '../src/logging/create-logger.ts';
import { KNOWLEDGE_DIR, realKnowledge, realKnowledgeFiles, realOverlays } from './support/real-knowledge.ts';
import { tempDir } from './support/temp-dir.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const QUESTION = 'Mag ik op Facebook iets zeggen over een lopende handhavingszaak in mijn wijk?';
const VOORBEELD_TENANT = '00000000-0000-4000-8000-00000000b0e1';

/** A second, plain organisation: contacts of its own, no rules of its own. */
const PROEF = (extra = ''): KnowledgeSourceFile => ({
  path: 'organisaties/waterschap-proef/organisatie.md',
  content: `---
id: waterschap-proef
kind: organisation
title: "Waterschap Proef (testorganisatie)"
name: "waterschap Proef"
owner: "HR waterschap Proef"
reviewed: 2026-11-01
sector: waterschap
situationOrganisation: gemeente
domains: [water]
contacts:
  vertrouwenspersoon:
    role: { nl: "de vertrouwenspersoon", en: "the confidential adviser" }
    reach: "proef-vertrouwen@proef.example"
recognise:
  slackTeams: [T0PROEF]${extra}
---
Testorganisatie.
`,
});

async function storeWith(extraFiles: KnowledgeSourceFile[] = [PROEF()]) {
  const knowledge = await realKnowledge();
  const overlays = [
    ...(await realOverlays()),
    ...parseOrganisationOverlays(extraFiles, knowledge.documents, { now: NOW, staleAfterDays: 365 }),
  ];
  return { knowledge, overlays, store: staticKnowledgeStore(knowledge, '(test)', overlays) };
}

const ask = async (bot: ReturnType<typeof createBot>, fields: Record<string, unknown>, text = QUESTION) =>
  bot.handle({ channel: 'test', text, conversationId: `c-${Math.random()}`, ...fields });

/** What a reply says, without what differs between two calls (its id). */
const content = (reply: Reply) => ({ ...reply, id: undefined });

describe('organisation overlays through bot.handle', () => {
  it('gives gemeente Voorbeeld its stricter rule, contact and own source; another organisation and no organisation the generic answer', async () => {
    const { store, knowledge } = await storeWith();
    const bot = createBot({ knowledge: store, now: () => NOW });
    const generic = await ask(bot, {});
    const voorbeeld = await ask(bot, { organisation: 'gemeente-voorbeeld' });
    const proef = await ask(bot, { organisation: 'waterschap-proef' });

    expect(voorbeeld.organisation).toEqual({ id: 'gemeente-voorbeeld', name: 'gemeente Voorbeeld' });
    expect(voorbeeld.verdict).toBe('mag-niet');
    expect(voorbeeld.conditions.join(' ')).toMatch(/gedragscode van gemeente Voorbeeld \(§ 3\)/i);
    expect(voorbeeld.nextSteps[0]).toMatch(
      /vertrouwenspersoon integriteit van gemeente Voorbeeld \(intranet/,
    );
    const own = voorbeeld.citations.filter((citation) => citation.organisation?.id === 'gemeente-voorbeeld');
    expect(own.length).toBeGreaterThan(0);
    expect(own[0]?.article).toMatch(/^Gedragscode gemeente Voorbeeld, § 3/);
    expect(voorbeeld.answer).toMatch(/Gedragscode gemeente Voorbeeld, § 3/);
    expect(voorbeeld.knowledgeVersion).toMatch(new RegExp(`^${knowledge.version}\\+gemeente-voorbeeld@`));

    // No organisation: the rule, contact and sources of gemeente Voorbeeld are nowhere.
    expect(generic.organisation).toBeUndefined();
    expect(generic.verdict).not.toBe('mag-niet');
    expect(JSON.stringify(generic)).not.toMatch(/Voorbeeld/);
    expect(generic.knowledgeVersion).toBe(knowledge.version);
    // Another organisation: its own contact, none of gemeente Voorbeeld's content, the generic verdict.
    expect(proef.organisation).toEqual({ id: 'waterschap-proef', name: 'waterschap Proef' });
    expect(proef.verdict).toBe(generic.verdict);
    expect(JSON.stringify(proef)).not.toMatch(/Voorbeeld|handhavingszaken/);
    expect(proef.nextSteps[0]).toMatch(
      /de vertrouwenspersoon van waterschap Proef \(proef-vertrouwen@proef\.example\)/,
    );
  });

  it('never answers an organisation more leniently than the shared knowledge alone (the floor)', async () => {
    const { store } = await storeWith();
    // waterschap Proef works only on water: read with its domains, a municipal enforcement case is far from
    // the work ("mag"); the shared knowledge asks back ("voorwaardelijk"), and that is the floor.
    const unguarded = createBot({ knowledge: store, now: () => NOW, organisationFloor: false });
    const guarded = createBot({ knowledge: store, now: () => NOW });
    expect((await ask(unguarded, { organisation: 'waterschap-proef' })).verdict).toBe('mag');
    const floored = await ask(guarded, { organisation: 'waterschap-proef' });
    expect(floored.verdict).toBe('voorwaardelijk');
    expect(floored.organisation?.id).toBe('waterschap-proef');
    expect(floored.nextSteps[0]).toMatch(/waterschap Proef/);
    // The same with the user's own sector: far only because of the employer's domains, so floored too.
    const withSector = { organisation: 'waterschap-proef', profile: { sector: 'waterschap' } };
    const unguardedWithSector = await ask(unguarded, withSector);
    const guardedWithSector = await ask(guarded, withSector);
    const generic = await ask(guarded, { profile: { sector: 'waterschap' } });
    if (unguardedWithSector.verdict !== generic.verdict)
      expect(unguardedWithSector.situation?.relation.reason).toBe('other-domain');
    expect(guardedWithSector.verdict).toBe(generic.verdict);
  });

  it('answers a user without an organisation exactly as the shared knowledge alone does', async () => {
    const { store, knowledge } = await storeWith();
    const withOverlays = createBot({ knowledge: store, now: () => NOW });
    const sharedOnly = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    for (const text of [
      QUESTION,
      'Mag ik lid worden van een politieke partij?',
      'toets: Vandaag weer een dwangsom opgelegd aan de snackbar op de hoek, eindelijk!',
    ]) {
      const conversationId = `same-${text.length}`;
      const a = await withOverlays.handle({ channel: 'test', text, conversationId });
      const b = await sharedOnly.handle({ channel: 'test', text, conversationId });
      expect(content(a)).toEqual(content(b));
    }
  });

  it('recognises the organisation from Slack team, Teams tenant or e-mail domain, and from the profile only when the channel tells none', async () => {
    const { store } = await storeWith();
    const bot = createBot({ knowledge: store, now: () => NOW });
    for (const workspace of [
      { slackTeam: 'T0VOORBLD' },
      { slackEnterprise: 'E0VOORBLD' },
      { teamsTenant: VOORBEELD_TENANT.toUpperCase() },
      { emailDomain: 'voorbeeld.example' },
    ]) {
      expect((await ask(bot, { workspace })).organisation?.id).toBe('gemeente-voorbeeld');
    }
    expect((await ask(bot, { profile: { organisation: 'gemeente-voorbeeld' } })).verdict).toBe('mag-niet');
    // A workspace of another organisation wins over what a profile says.
    const fromProef = await ask(bot, {
      workspace: { slackTeam: 'T0PROEF' },
      profile: { organisation: 'gemeente-voorbeeld' },
    });
    expect(fromProef.organisation?.id).toBe('waterschap-proef');
    expect(JSON.stringify(fromProef)).not.toMatch(/Voorbeeld/);
    // Unknown ids: the generic answer.
    const unknown = await ask(bot, {
      organisation: 'gemeente-onbekend',
      workspace: { slackTeam: 'T0NIEMAND' },
    });
    expect(unknown.organisation).toBeUndefined();
    expect(unknown.verdict).not.toBe('mag-niet');
  });

  it('checks a draft with the organisation’s rule and names its contact first', async () => {
    const { store } = await storeWith();
    const bot = createBot({ knowledge: store, now: () => NOW });
    const draft = 'toets: Vandaag weer een dwangsom opgelegd aan de snackbar op de hoek, eindelijk!';
    const theirs = await ask(bot, { workspace: { teamsTenant: VOORBEELD_TENANT } }, draft);
    const generic = await ask(bot, {}, draft);
    expect(theirs.findings.map((finding) => finding.ruleId)).toContain('voorbeeld-lopende-handhavingszaken');
    expect(theirs.risk).toBe('hoog');
    expect(theirs.nextSteps[0]).toMatch(/gemeente Voorbeeld/);
    expect(generic.findings.map((finding) => finding.ruleId)).not.toContain(
      'voorbeeld-lopende-handhavingszaken',
    );
  });

  it('exposes each overlay’s status for the console', async () => {
    const { store } = await storeWith();
    const statuses = store.organisationStatuses();
    expect(statuses.map((status) => status.id).sort()).toEqual(['gemeente-voorbeeld', 'waterschap-proef']);
    const voorbeeld = statuses.find((status) => status.id === 'gemeente-voorbeeld');
    expect(voorbeeld).toMatchObject({ name: 'gemeente Voorbeeld', serving: true, problems: [] });
    expect(voorbeeld?.files).toBe(4);
    expect(voorbeeld?.version).toMatch(/^[0-9a-f]{12}$/);
  });
});

/** An overlay rule as HR might write it, with one field to vary. */
const RULE = (fields: string) => ({
  path: 'organisaties/waterschap-proef/regel.md',
  content: `---
id: proef-regel
kind: signal
title: "Eigen regel waterschap Proef"
owner: "HR waterschap Proef"
reviewed: 2026-11-01
${fields}
patterns: ["lid =van =een vakbond"]
---
Regel.
`,
});

describe('an overlay may not make an answer more lenient', () => {
  const problemsOf = async (files: KnowledgeSourceFile[]) => {
    const knowledge = await realKnowledge();
    const overlays = parseOrganisationOverlays(files, knowledge.documents, { now: NOW, staleAfterDays: 365 });
    const checked = await checkOrganisationOverlays(knowledge, overlays, NOW);
    return checked.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
  };

  it('refuses lenient effects, grounds, cancelling shared rules, law and lexicon files, and a shared id', async () => {
    const cases: [KnowledgeSourceFile, RegExp][] = [
      [RULE('effect: protected'), /regel\.md:7: effect "protected" could make an answer more lenient/],
      [RULE('effect: out-of-scope'), /effect "out-of-scope"/],
      [RULE('effect: context\ngrounds: true'), /regel\.md:8: grounds: true would give grounds for "mag"/],
      [
        RULE('effect: weighing\ncancels: [demonstratie]'),
        /cancels: "demonstratie" is not a rule of this organisation/,
      ],
      [
        {
          path: 'organisaties/waterschap-proef/wet.md',
          content: (await readFile(join(KNOWLEDGE_DIR, 'law/aw2017-art4.md'), 'utf8')).replace(
            /^id: .*$/m,
            'id: proef-wet',
          ),
        },
        /wet\.md:\d+: an organisation overlay may not hold kind "law" \(statute is shared/,
      ],
      [
        {
          path: 'organisaties/waterschap-proef/faq.md',
          content: await readFile(
            join(
              KNOWLEDGE_DIR,
              'faq/a',
              (await realKnowledge()).documents
                .find((d) => d.meta.kind === 'faq')
                ?.path.split('/')
                .pop() ?? '',
            ),
            'utf8',
          ),
        },
        /is a shared knowledge file: an overlay cannot replace it/,
      ],
    ];
    for (const [file, expected] of cases) {
      const problems = await problemsOf([PROEF(), file]);
      expect(problems.join('\n')).toMatch(expected);
    }
    expect(await problemsOf([PROEF(), RULE('effect: weighing')])).toEqual([]);
  });

  it('finds an organisation FAQ that promises more than the answer allows', async () => {
    const faq: KnowledgeSourceFile = {
      path: 'organisaties/waterschap-proef/faq-interne-nota.md',
      content: `---
id: proef-faq-interne-nota
kind: faq
title: "Interne nota delen?"
question: "Mag ik een interne nota over de reorganisatie op LinkedIn zetten?"
verdict: mag
basis: [aw2017-art10]
nextStep: "Doe maar."
owner: "HR waterschap Proef"
reviewed: 2026-11-01
---
## Antwoord

Ja.
`,
    };
    expect((await problemsOf([PROEF(), faq])).join('\n')).toMatch(
      /faq-interne-nota\.md:\d+: verdict mag is more lenient than the answer the bot gives to "Mag ik een interne nota/,
    );
  });

  it('refuses a Slack team id two organisations claim', async () => {
    const clash = PROEF().content.replace('slackTeams: [T0PROEF]', 'slackTeams: [T0PROEF, T0VOORBLD]');
    const problems = await problemsOf([
      ...(await realKnowledgeFiles()).filter((file) => file.path.startsWith('organisaties/')),
      { path: PROEF().path, content: clash },
    ]);
    expect(problems.join('\n')).toMatch(
      /waterschap-proef\/organisatie\.md:\d+: recognise: slack-team:T0VOORBLD is already claimed by organisation "gemeente-voorbeeld"/,
    );
  });
});

describe('reloading overlays, each on its own', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('keeps a broken overlay’s last good version, takes the other overlay’s edit, and reports the refusal', async () => {
    const dir = await tempDir('uw-organisations-');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    await mkdir(join(dir, 'organisaties/waterschap-proef'), { recursive: true });
    await writeFile(join(dir, PROEF().path), PROEF().content);
    const store = await loadKnowledgeStore(dir, createSilentLogger(), { now: () => NOW });
    cleanups.push(() => store.close());
    const bot = createBot({ knowledge: store, now: () => NOW });
    const before = store.organisationStatuses().find((status) => status.id === 'gemeente-voorbeeld');
    expect(before?.serving).toBe(true);

    // gemeente Voorbeeld tries to loosen: its rule becomes "protected"; waterschap Proef changes its contact.
    const rulePath = join(dir, 'organisaties/gemeente-voorbeeld/gedragscode-handhavingszaken.md');
    await writeFile(
      rulePath,
      (await readFile(rulePath, 'utf8')).replace('effect: hard-stop', 'effect: protected'),
    );
    await writeFile(
      join(dir, PROEF().path),
      PROEF().content.replace('proef-vertrouwen@', 'nieuw-vertrouwen@'),
    );
    const attempt = await store.reload();
    expect(attempt.ok).toBe(true);
    expect(attempt.organisations?.map((item) => [item.id, item.outcome]).sort()).toEqual([
      ['gemeente-voorbeeld', 'refused'],
      ['waterschap-proef', 'taken'],
    ]);
    // HR's Slack admin channel hears of it, with the file and line.
    expect(JSON.stringify(renderAdminNotice(attempt, store.status()))).toMatch(
      /organisatie gemeente-voorbeeld is geweigerd.*gedragscode-handhavingszaken\.md:\d+/,
    );
    const refused = store.organisationStatuses().find((status) => status.id === 'gemeente-voorbeeld');
    expect(refused?.version).toBe(before?.version);
    expect(refused?.refusedVersion).toBeDefined();
    expect(refused?.problems.join('\n')).toMatch(
      /organisaties\/gemeente-voorbeeld\/gedragscode-handhavingszaken\.md:\d+: effect "protected" could make an answer more lenient/,
    );
    // The last good version still answers gemeente Voorbeeld; waterschap Proef has its new contact.
    expect((await ask(bot, { organisation: 'gemeente-voorbeeld' })).verdict).toBe('mag-niet');
    expect((await ask(bot, { organisation: 'waterschap-proef' })).nextSteps[0]).toMatch(/nieuw-vertrouwen@/);

    // Fixed: taken, the problems are gone. Removed folder: no longer served.
    await writeFile(
      rulePath,
      (await readFile(rulePath, 'utf8')).replace('effect: protected', 'effect: hard-stop'),
    );
    await rm(join(dir, 'organisaties/waterschap-proef'), { recursive: true });
    await store.reload();
    expect(store.organisationStatuses().map((status) => [status.id, status.problems])).toEqual([
      ['gemeente-voorbeeld', []],
    ]);
    expect((await ask(bot, { organisation: 'waterschap-proef' })).organisation).toBeUndefined();
  }, 120_000);
});
