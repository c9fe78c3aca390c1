// The learned second opinion: trained from HR's labelled examples when the knowledge loads, it may only make
// an answer stricter, and the reply says when it did. Through bot.handle on knowledge built from files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBot } from '../src/core/create-bot.ts';
import type { Profile } from '../src/core/types.ts';
import { RISKS, VERDICTS } from '../src/core/vocabulary.ts';
import { crossValidate } from '../src/evaluation/cross-validate.ts';
import { buildKnowledgeBase, type KnowledgeSourceFile } from '../src/knowledge/build-knowledge-base.ts';
import { staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { FEATURE_BUCKETS } from '../src/learned/featurize.ts';
import { draftOpinion, type LearnedModels, questionOpinion } from '../src/learned/second-opinion.ts';
import type { MultiLabelModel, SoftmaxModel } from '../src/learned/softmax-regression.ts';
import { realKnowledge, realKnowledgeFiles } from './support/real-knowledge.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const VERDICT_ORDER = ['mag', 'voorwaardelijk', 'mag-niet'];

/**
 * A made-up word teaches the model a rule the signal rules do not know: messages about "blorp" are not
 * allowed. Enough varied examples of it and of harmless messages to train on.
 */
function examplesFile(): KnowledgeSourceFile {
  const topics = [
    'de fietsbrug',
    'het zwembad',
    'de bibliotheek',
    'de markt',
    'het park',
    'de kermis',
    'de haven',
    'het station',
  ];
  const acts = [
    'een foto posten over',
    'iets zeggen over',
    'een bericht delen over',
    'reageren op nieuws over',
    'een filmpje maken over',
  ];
  const lines: string[] = [];
  for (const topic of topics) {
    for (const act of acts) {
      lines.push(
        `  - text: "Mag ik ${act} ${topic} met blorp erin?"\n    verdict: mag-niet\n    tags: [niet-openbaar]`,
      );
      lines.push(`  - text: "Mag ik ${act} ${topic} in mijn vrije tijd?"\n    verdict: mag`);
    }
  }
  return {
    path: 'examples/test-voorbeelden.md',
    content: `---\nid: test-voorbeelden\nkind: examples\ntitle: "Testvoorbeelden"\nappliesTo: question\nowner: "HR"\nreviewed: 2026-11-01\nexamples:\n${lines.join('\n')}\n---\n\nVoorbeelden voor de test.\n`,
  };
}

/** The learned models with one of them replaced by a fixed prediction (class probabilities, mildest first). */
function predicting(
  learned: LearnedModels,
  which: 'question' | 'draft',
  probabilities: number[],
): LearnedModels {
  const model = learned[which] as SoftmaxModel;
  return { ...learned, [which]: answering(model.classes, probabilities) };
}

/** A model (plain weights, as trained) that gives these probabilities whatever it reads: zero rows, the bias. */
function answering(classes: readonly string[], probabilities: number[]): SoftmaxModel {
  return {
    classes,
    rows: classes.map(() => new Float32Array(FEATURE_BUCKETS)),
    bias: Float64Array.from(probabilities, (p) => Math.log(Math.max(p, 1e-12))),
  };
}

/** A yes/no model per tag that gives these probabilities whatever it reads. */
function scoring(tags: readonly string[], scores: (tag: string) => number): MultiLabelModel {
  return {
    tags,
    rows: tags.map(() => new Float32Array(FEATURE_BUCKETS)),
    bias: Float64Array.from(tags, (tag) => Math.log(scores(tag) / (1 - scores(tag)))),
  };
}

async function knowledgeWithExamples() {
  const files = (await realKnowledgeFiles()).filter((file) => !file.path.startsWith('examples/'));
  return buildKnowledgeBase([...files, examplesFile()], { now: NOW });
}

describe('the learned second opinion', () => {
  it('trains on the examples when the knowledge loads', async () => {
    const knowledge = await knowledgeWithExamples();
    expect(knowledge.learned.counts.questions).toBe(80);
    expect(knowledge.learned.question).toBeDefined();
    expect(
      knowledge.problems.filter(
        (problem) => problem.severity === 'error' && problem.file.startsWith('examples'),
      ),
    ).toEqual([]);
  });

  it('makes an answer stricter when it is sure, and the reply says so', async () => {
    const knowledge = await knowledgeWithExamples();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const reply = await bot.handle({
      channel: 'test',
      text: 'Mag ik een verhaal vertellen over de fietsbrug met blorp erin?',
      command: 'ask',
    });
    expect(reply.verdict).toBe('mag-niet');
    expect(reply.secondOpinion).toMatchObject({ label: 'mag-niet', applied: true });
    expect(reply.answer).toMatch(/Een tweede lezing, geleerd van voorbeelden die HR heeft beoordeeld/);
    // The same message without the word it learned: the rules decide, nothing applied.
    const harmless = await bot.handle({
      channel: 'test',
      text: 'Mag ik een foto posten over de kermis in mijn vrije tijd?',
      command: 'ask',
    });
    expect(harmless.secondOpinion?.applied ?? false).toBe(false);
  });

  it('never makes a verdict or a risk milder than the rules, whatever the text', async () => {
    const knowledge = await realKnowledge();
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom(...VERDICTS),
        fc.constantFrom(...RISKS),
        (text, verdict, risk) => {
          const question = questionOpinion(knowledge.learned, text, undefined, undefined, verdict);
          if (verdict === 'buiten-scope') {
            expect(['buiten-scope', 'voorwaardelijk', 'mag-niet']).toContain(question.verdict);
          } else {
            expect(VERDICT_ORDER.indexOf(question.verdict)).toBeGreaterThanOrEqual(
              VERDICT_ORDER.indexOf(verdict),
            );
          }
          // Only where the rules found nothing at stake may it say "out of scope" (which grants nothing).
          const open = questionOpinion(knowledge.learned, text, undefined, undefined, verdict, true);
          if (open.verdict !== 'buiten-scope' && verdict !== 'buiten-scope')
            expect(VERDICT_ORDER.indexOf(open.verdict)).toBeGreaterThanOrEqual(
              VERDICT_ORDER.indexOf(verdict),
            );
          const draft = draftOpinion(knowledge.learned, text, undefined, undefined, risk, []);
          expect(RISKS.indexOf(draft.risk)).toBeGreaterThanOrEqual(RISKS.indexOf(risk));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never pulls someone who is no civil servant into scope', async () => {
    const bot = createBot({ knowledge: staticKnowledgeStore(await realKnowledge()), now: () => NOW });
    const reply = await bot.handle({
      channel: 'test',
      text: 'Ik ben wethouder. Mag ik in de krant reageren op de oppositie?',
      command: 'ask',
    });
    expect(reply.verdict).toBe('buiten-scope');
  });

  it('guards its own weak spots: no jump from laag to hoog over a celebration, demonstrating never out of scope, a named task stays out of scope', async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const thanks = await bot.handle({
      channel: 'test',
      command: 'check',
      conversationId: 'thanks',
      text: 'Tien jaar in dienst vandaag! Dank aan mijn fijne team voor alle lol en steun 🎉',
    });
    expect(thanks.risk).not.toBe('hoog');
    const march = await bot.handle({
      channel: 'test',
      command: 'ask',
      text: 'Mag ik demonstreren?',
      conversationId: 'march',
    });
    expect(march.verdict).not.toBe('buiten-scope');
    const task = await bot.handle({
      channel: 'test',
      command: 'ask',
      text: 'Could you turn the first paragraph of our team update into English for me?',
      conversationId: 'task',
    });
    expect(task.verdict).toBe('buiten-scope');
    // The laag→hoog threshold is stricter than the middel→hoog one.
    expect(knowledge.learned.thresholds.jump).toBeGreaterThan(knowledge.learned.thresholds.top);
  });

  it('needs more certainty to raise a quiet draft (no hazard, no opinion, no factor) than one with an opinion', async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const fairly = predicting(knowledge.learned, 'draft', [0.3, 0.7, 0]);
    const quietText = 'Gezellige kerstborrel met het team vandaag 🎄';
    const quiet = await bot.handle({ channel: 'test', command: 'check', text: quietText });
    expect(draftOpinion(fairly, quietText, undefined, quiet.situation, 'laag', []).risk).toBe('laag');
    const opinionText = 'Ik vind het nieuwe parkeerbeleid echt slecht uitgewerkt.';
    const opinion = await bot.handle({ channel: 'test', command: 'check', text: opinionText });
    expect(opinion.situation?.markers.map((marker) => marker.kind)).toContain('mening');
    expect(draftOpinion(fairly, opinionText, undefined, opinion.situation, 'laag', []).risk).toBe('middel');
  });

  it('needs near-certainty to raise a draft when nothing of the author is known and the rules found nothing', async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const sure = predicting(knowledge.learned, 'draft', [0.15, 0.05, 0.8]);
    const text = 'Explosieve groei van de verkoop van zonnepanelen dit jaar 📈';
    const blank = await bot.handle({ channel: 'test', command: 'check', text });
    expect(blank.situation?.relation.reason).toBe('no-work');
    expect(draftOpinion(sure, text, undefined, blank.situation, 'laag', []).risk).toBe('laag');
    // The same certainty with the author's work known still raises it.
    const profile = { sector: 'gemeente' as const, role: 'medewerker vergunningen' };
    const known = await bot.handle({ channel: 'test', command: 'check', text, profile });
    expect(draftOpinion(sure, text, profile, known.situation, 'laag', []).risk).toBe('hoog');
    // And near-certainty raises the blank one too.
    const certain = predicting(knowledge.learned, 'draft', [0.01, 0.01, 0.98]);
    expect(draftOpinion(certain, text, undefined, blank.situation, 'laag', []).risk).toBe('hoog');
  });

  it('does not raise a draft about a protected right (union membership or action) the rules found calm', async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const fairly = predicting(knowledge.learned, 'draft', [0.1, 0.85, 0.05]);
    const unionText = 'Trots lid van de FNV sinds vandaag. Samen staan we sterker voor een goede cao!';
    const union = await bot.handle({ channel: 'test', command: 'check', text: unionText });
    expect(union.situation?.factors.map((factor) => factor.kind)).toContain('beschermd-recht');
    expect(draftOpinion(fairly, unionText, undefined, union.situation, 'laag', []).risk).toBe('laag');
    // A model sure of a hard stop still raises it.
    const sure = predicting(knowledge.learned, 'draft', [0, 0.01, 0.99]);
    expect(draftOpinion(sure, unionText, undefined, union.situation, 'laag', []).risk).toBe('hoog');
    // Without the protected right, the same doubt raises an opinion to middel.
    const opinionText = 'Ik vind het nieuwe parkeerbeleid echt slecht uitgewerkt.';
    const opinion = await bot.handle({ channel: 'test', command: 'check', text: opinionText });
    expect(draftOpinion(fairly, opinionText, undefined, opinion.situation, 'laag', []).risk).toBe('middel');
  });

  it('does not make a question about a protected right "it depends", nor an own-dossier opinion beside a union', async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const doubting = predicting(knowledge.learned, 'question', [0.2, 0.75, 0.04, 0.01]);
    const partyText = 'Ik ben sinds kort lid van een politieke partij. Moet ik dat ergens melden?';
    const party = await bot.handle({ channel: 'test', text: partyText });
    expect(party.verdict).toBe('mag');
    expect(party.situation?.factors.map((factor) => factor.kind)).toContain('beschermd-recht');
    expect(questionOpinion(doubting, partyText, undefined, party.situation, 'mag').verdict).toBe('mag');
    // A model sure of a hard stop still raises it.
    const sure = predicting(knowledge.learned, 'question', [0, 0.05, 0.95, 0]);
    expect(questionOpinion(sure, partyText, undefined, party.situation, 'mag').verdict).toBe('mag-niet');
    // One that only leans to a hard stop (above top, below topWithoutGrounds) does not: the membership is exempt.
    const leaning = predicting(knowledge.learned, 'question', [0.1, 0.15, 0.75, 0]);
    expect(questionOpinion(leaning, partyText, undefined, party.situation, 'mag').verdict).toBe('mag');
    // An opinion on the own dossier at a union protest is no calm protected right: the model may raise it.
    const fairly = predicting(knowledge.learned, 'draft', [0.1, 0.85, 0.05]);
    const profile = { sector: 'provincie' as const, role: 'OV-adviseur', portfolio: ['openbaar vervoer'] };
    const protestText =
      'Zaterdag loop ik met de FNV mee tegen het schrappen van de buslijnen. Dit is echt een slecht plan.';
    const protest = await bot.handle({ channel: 'test', command: 'check', text: protestText, profile });
    expect(protest.situation?.relation.kind).toBe('eigen-dossier');
    expect(protest.situation?.factors.map((factor) => factor.kind)).toContain('beschermd-recht');
    expect(draftOpinion(fairly, protestText, profile, protest.situation, 'laag', []).risk).toBe('middel');
    // The membership asked about alone, of a party critical of the own service, voices nothing: still exempt.
    const criticalText =
      'Ik ben rechercheur. Mag ik lid worden van een partij die heel kritisch is over de politie?';
    const police = { sector: 'politie' as const };
    const critical = await bot.handle({ channel: 'test', text: criticalText, profile: police });
    expect(critical.situation?.relation.kind).toBe('eigen-dossier');
    expect(critical.situation?.markers.map((marker) => marker.kind)).toContain('mening');
    expect(questionOpinion(doubting, criticalText, police, critical.situation, 'mag').verdict).toBe('mag');
  });

  it('turns "it depends" into "no" only with grounds: a hazard read by the rules or named by its hazard model, or great certainty', async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const text = 'Mag ik op LinkedIn iets zeggen over de nieuwe regels voor de kinderopvang?';
    const profile = { sector: 'rijk' as const, role: 'beleidsmedewerker', portfolio: ['kinderopvang'] };
    const reply = await bot.handle({ channel: 'test', text, profile });
    expect(reply.verdict).toBe('voorwaardelijk');
    expect(reply.situation?.hazards).toEqual([]);
    const hazardModel = knowledge.learned.hazards;
    expect(hazardModel).toBeDefined();
    const seeing = (score: number) => scoring(hazardModel!.tags, () => score);
    const fairly = predicting(knowledge.learned, 'question', [0.05, 0.3, 0.65, 0]);
    // No hazard anywhere: fairly sure is not enough.
    const blind = { ...fairly, hazards: seeing(0.1) };
    expect(questionOpinion(blind, text, profile, reply.situation, 'voorwaardelijk').verdict).toBe(
      'voorwaardelijk',
    );
    // The hazard model names one: the same certainty raises.
    const grounded = { ...fairly, hazards: seeing(0.9) };
    expect(questionOpinion(grounded, text, profile, reply.situation, 'voorwaardelijk').verdict).toBe(
      'mag-niet',
    );
    // Great certainty raises without grounds.
    const sure = { ...predicting(knowledge.learned, 'question', [0, 0.08, 0.92, 0]), hazards: seeing(0.1) };
    expect(questionOpinion(sure, text, profile, reply.situation, 'voorwaardelijk').verdict).toBe('mag-niet');
  });

  it('raises a draft from middel to hoog only with grounds: a hazard, a hint of secrecy or personal data, or great certainty', async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const text =
      '[LinkedIn] Ik vind het nieuwe beleid voor de kinderopvang te krap bemeten, dat had ruimer gemoeten.';
    const profile = { sector: 'rijk' as const, role: 'beleidsmedewerker', portfolio: ['kinderopvang'] };
    const reply = await bot.handle({ channel: 'test', command: 'check', text, profile });
    const rulesCategories = reply.findings.map((finding) => finding.category);
    expect(reply.situation?.hazards).toEqual([]);
    const categoryModel = knowledge.learned.categories;
    expect(categoryModel).toBeDefined();
    const hinting = (secrecy: number) =>
      scoring(categoryModel!.tags, (tag) => (tag === 'geheimhouding' ? secrecy : 0.05));
    const fairly = predicting(knowledge.learned, 'draft', [0.05, 0.25, 0.7]);
    const opinion = (models: LearnedModels) =>
      draftOpinion(models, text, profile, reply.situation, 'middel', rulesCategories).risk;
    expect(opinion({ ...fairly, categories: hinting(0.1) })).toBe('middel');
    expect(opinion({ ...fairly, categories: hinting(0.6) })).toBe('hoog');
    const sure = predicting(knowledge.learned, 'draft', [0, 0.08, 0.92]);
    expect(opinion({ ...sure, categories: hinting(0.1) })).toBe('hoog');
  });

  it('raises an opinion far from the work, with nothing else at stake, only when very sure', async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const text = '[LinkedIn] Ik vind dat er in onze stad veel meer fietspaden moeten komen.';
    const profile = { sector: 'rijk' as const, role: 'jurist', portfolio: ['pensioenen'] };
    const reply = await bot.handle({ channel: 'test', command: 'check', text, profile });
    expect(reply.situation?.relation.kind).toBe('los-van-werk');
    expect(reply.situation?.markers.map((marker) => marker.kind)).toContain('mening');
    expect(reply.situation?.hazards).toEqual([]);
    // The model names something besides politics (politics alone on another field is left to the rules).
    const tags = knowledge.learned.categories?.tags ?? [];
    const notPolitics = scoring(tags, (tag) => (tag === 'toon' ? 0.9 : 0.05));
    const opinion = (probabilities: number[]) =>
      draftOpinion(
        { ...predicting(knowledge.learned, 'draft', probabilities), categories: notPolitics },
        text,
        profile,
        reply.situation,
        'laag',
        [],
      ).risk;
    // Sure enough over grounds elsewhere (0.8), not for an opinion with nothing at stake (0.85).
    expect(opinion([0.18, 0.82, 0])).toBe('laag');
    expect(opinion([0.1, 0.9, 0])).toBe('middel');
  });

  it('leaves a calm opinion far from the work to the rules when politics is all the model sees, and a private milestone too', async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const categoryModel = knowledge.learned.categories;
    expect(categoryModel).toBeDefined();
    const naming = (top: string) => scoring(categoryModel!.tags, (tag) => (tag === top ? 0.9 : 0.05));
    const text = '[Facebook] Ik vind dat het minimumloon omhoog moet, met deze huren red je het niet.';
    const profile = {
      sector: 'waterschap' as const,
      role: 'medewerker vergunningen',
      portfolio: ['watervergunningen'],
    };
    const reply = await bot.handle({ channel: 'test', command: 'check', text, profile });
    expect(reply.situation?.relation.kind).toBe('los-van-werk');
    expect(reply.situation?.factors.filter((item) => item.kind === 'timing' || item.weighs)).toEqual([]);
    const sure = predicting(knowledge.learned, 'draft', [0.02, 0.96, 0.02]);
    const risk = (categories: string) =>
      draftOpinion({ ...sure, categories: naming(categories) }, text, profile, reply.situation, 'laag', [])
        .risk;
    // Politics alone on another field: the citizen's room (decision model §8, green).
    expect(risk('politieke-gevoeligheid')).toBe('laag');
    // Anything else the model sees still raises it.
    expect(risk('toon')).toBe('middel');
    // A race run with colleagues: a milestone of private life, nothing near the work.
    const milestone = '[LinkedIn] Vanochtend de halve marathon gelopen, nieuw PR! 🏃';
    const run = await bot.handle({ channel: 'test', command: 'check', text: milestone, profile });
    expect(run.situation?.topic.privateLife).toBe(true);
    expect(
      draftOpinion(
        { ...sure, categories: naming('geheimhouding') },
        milestone,
        profile,
        run.situation,
        'laag',
        [],
      ).risk,
    ).toBe('laag');
  });

  it('leaves tone to the rules: a model sure of hoog does not raise a draft the rules found only sharp', async () => {
    const knowledge = await realKnowledge();
    const sure = predicting(knowledge.learned, 'draft', [0, 0, 1]);
    const text = 'Die presentator is echt een kwal.';
    expect(draftOpinion(sure, text, undefined, undefined, 'middel', ['toon']).risk).toBe('middel');
    expect(
      draftOpinion(sure, text, undefined, undefined, 'middel', ['toon', 'eigen-beleidsterrein']).risk,
    ).toBe('middel');
    // Anything else the rules found at middel, the same model raises.
    expect(draftOpinion(sure, text, undefined, undefined, 'middel', ['geheimhouding']).risk).toBe('hoog');
    expect(draftOpinion(sure, text, undefined, undefined, 'middel', ['toon', 'persoonsgegevens']).risk).toBe(
      'hoog',
    );
  });

  it("keeps a jab in a colleagues' app, or mockery of what is not the own dossier, at middel unless sure of a secret", async () => {
    const knowledge = await realKnowledge();
    const bot = createBot({ knowledge: staticKnowledgeStore(knowledge), now: () => NOW });
    const categoryModel = knowledge.learned.categories;
    expect(categoryModel).toBeDefined();
    const secrecy = (score: number) =>
      scoring(categoryModel!.tags, (tag) => (tag === 'geheimhouding' ? score : 0.05));
    const sure = predicting(knowledge.learned, 'draft', [0, 0.02, 0.98]);
    const raise = async (text: string, profile: Profile, hint: number) => {
      const reply = await bot.handle({ channel: 'test', command: 'check', text, profile });
      return draftOpinion(
        { ...sure, categories: secrecy(hint) },
        text,
        profile,
        reply.situation,
        'middel',
        // Political sensitivity found by the rules (tone alone is left to the rules anyway).
        ['politieke-gevoeligheid'],
      ).risk;
    };
    const office = { sector: 'gemeente' as const, role: 'beleidsmedewerker' };
    const team =
      '[teamapp] Weer een nieuw registratieformulier van de directie, dat wordt vast een daverend succes 🙄';
    expect(await raise(team, office, 0.6)).toBe('middel');
    // All but sure of a secret, it still raises.
    expect(await raise(team, office, 0.95)).toBe('hoog');
    // A neighbourhood app reaches the public: no closed circle (here no mockery either).
    const group =
      '[teamapp] Die nieuwe parkeerregels van de gemeente deugen niet, ik ga er bezwaar tegen maken.';
    expect(await raise(group, office, 0.6)).toBe('middel');
    const street =
      '[buurtapp] Die nieuwe parkeerregels van de gemeente deugen niet, ik ga er bezwaar tegen maken.';
    expect(await raise(street, office, 0.6)).toBe('hoog');
    // Mockery of a minister far from the work, by someone whose politics is not visible in the function.
    const parking = { sector: 'gemeente' as const, role: 'medewerker parkeren' };
    const minister = 'Weer een briljant plan van de minister van Onderwijs. Daar moet je maar op komen 🙄';
    expect(await raise(minister, parking, 0.6)).toBe('middel');
    // The same words from a police officer keep the raise (decision model F8).
    expect(await raise(minister, { sector: 'politie', role: 'agent' }, 0.6)).toBe('hoog');
  });

  it('is measured by cross-validation: the rules with the model are never milder than the rules alone', async () => {
    const files = (await realKnowledgeFiles()).filter((file) => !file.path.startsWith('examples/'));
    const rulesOnly = buildKnowledgeBase([...files, examplesFile()], { now: NOW, learn: false });
    const result = crossValidate(rulesOnly, 4);
    expect(result.questions.items).toBe(80);
    // The held-out "blorp" questions are learned from the other folds.
    expect(result.questions.combined).toBeGreaterThan(result.questions.rules);
    expect(result.questions.changedRight).toBeGreaterThan(0);
  });
});
