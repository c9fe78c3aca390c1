// npm run eval: scores every labelled set the project has (test/fixtures/*-questions.jsonl and
// *-drafts.jsonl) and, when present, the shared sets beside the project (../shared/eval), in process;
// prints the confusion matrices and the errors by class; and measures the learned second opinion by
// cross-validation on knowledge/examples.
//
//   npm run eval                 all sets and the cross-validation
//   npm run eval -- --set wide   one set (by name)
//   npm run eval -- --no-cv      skip the cross-validation
//   npm run eval -- --json       the figures as JSON
//   npm run eval -- --errors     also list the wrong items (ids only)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultKnowledgeDir } from '../src/config/default-knowledge-dir.ts';
import { createBot } from '../src/core/create-bot.ts';
import { crossValidate } from '../src/evaluation/cross-validate.ts';
import {
  type DraftScore,
  labelledDraftSchema,
  labelledQuestionSchema,
  parseLabelled,
  type QuestionScore,
  scoreDrafts,
  scoreQuestions,
} from '../src/evaluation/score-labelled.ts';
import { scoreSituation } from '../src/evaluation/score-situation.ts';
import { buildKnowledgeBase } from '../src/knowledge/build-knowledge-base.ts';
import { staticKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { readKnowledgeDir } from '../src/knowledge/read-knowledge-dir.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string' },
    json: { type: 'boolean', default: false },
    'no-cv': { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
  },
});

interface LabelledSet {
  name: string;
  questions?: string;
  drafts?: string;
}

function findSets(): LabelledSet[] {
  const sets = new Map<string, LabelledSet>();
  const add = (name: string, kind: 'questions' | 'drafts', file: string) => {
    const set = sets.get(name) ?? { name };
    set[kind] = file;
    sets.set(name, set);
  };
  const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures');
  for (const file of readdirSync(fixtures)) {
    const match = /^(.+)-(questions|drafts)\.jsonl$/.exec(file);
    if (match?.[1] && match[2]) add(match[1], match[2] as 'questions' | 'drafts', join(fixtures, file));
  }
  const shared = join(import.meta.dirname, '..', '..', 'shared', 'eval');
  if (existsSync(shared)) {
    for (const [name, questions, drafts] of [
      ['shared-dev', 'questions.jsonl', 'drafts.jsonl'],
      ['shared-wide', 'wide-questions.jsonl', 'wide-drafts.jsonl'],
    ] as const) {
      if (existsSync(join(shared, questions))) add(name, 'questions', join(shared, questions));
      if (existsSync(join(shared, drafts))) add(name, 'drafts', join(shared, drafts));
    }
  }
  return [...sets.values()].filter(
    (set) => !values.set || set.name === values.set || set.name === `shared-${values.set}`,
  );
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function matrix(confusion: Record<string, Record<string, number>>, order: string[]): string {
  const columns = order.filter((label) => Object.values(confusion).some((row) => row[label]));
  const lines = [`${'label \\ answer'.padEnd(16)}${columns.map((column) => column.padStart(15)).join('')}`];
  for (const label of order) {
    const row = confusion[label];
    if (!row) continue;
    lines.push(
      `${label.padEnd(16)}${columns.map((column) => String(row[column] ?? 0).padStart(15)).join('')}`,
    );
  }
  return lines.join('\n');
}

function topClasses(errors: Record<string, number>, limit = 12): string {
  return Object.entries(errors)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

const directory = process.env.KNOWLEDGE_DIR ?? defaultKnowledgeDir();
const files = await readKnowledgeDir(directory);
const started = performance.now();
const knowledge = buildKnowledgeBase(files);
const loadSeconds = (performance.now() - started) / 1000;
const bot = createBot({ knowledge: staticKnowledgeStore(knowledge) });
const report: Record<string, unknown> = {
  knowledgeVersion: knowledge.version,
  loadSeconds,
  examples: knowledge.learned.counts,
};
const results: Record<string, { questions?: QuestionScore; drafts?: DraftScore }> = {};
for (const set of findSets()) {
  const result: { questions?: QuestionScore; drafts?: DraftScore } = {};
  if (set.questions)
    result.questions = await scoreQuestions(
      bot,
      parseLabelled(readFileSync(set.questions, 'utf8'), labelledQuestionSchema, set.questions),
    );
  if (set.drafts)
    result.drafts = await scoreDrafts(
      bot,
      parseLabelled(readFileSync(set.drafts, 'utf8'), labelledDraftSchema, set.drafts),
    );
  results[set.name] = result;
}
report.sets = results;

if (!values['no-cv']) {
  const rulesOnly = buildKnowledgeBase(files, { learn: false });
  report.situation = scoreSituation(rulesOnly);
  report.crossValidation = crossValidate(rulesOnly);
}

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const out: string[] = [
    `knowledge ${knowledge.version}, loaded in ${loadSeconds.toFixed(2)} s, examples: ${JSON.stringify(knowledge.learned.counts)}`,
  ];
  for (const [name, result] of Object.entries(results)) {
    const { questions, drafts } = result;
    if (questions) {
      out.push(
        '',
        `${name} questions: ${questions.items}, verdict ${percent(questions.verdictAccuracy)}, too lenient ${questions.tooLenient}, dangerous ${questions.dangerous}, basis recall ${percent(questions.basisRecall)}, basis precision ${percent(questions.basisPrecision)}, must-mention ${percent(questions.mustMention)}`,
        matrix(questions.confusion, ['mag', 'voorwaardelijk', 'mag-niet', 'buiten-scope']),
        `errors by class: ${topClasses(questions.errorsByClass)}`,
      );
      if (values.errors)
        out.push(
          ...questions.errors.map(
            (error) =>
              `  ${error.id}: ${error.got} (want ${error.want})${error.relation ? `, relation ${error.relation}` : ''}`,
          ),
        );
    }
    if (drafts) {
      out.push(
        '',
        `${name} drafts: ${drafts.items}, risk ${percent(drafts.riskAccuracy)}, too lenient ${drafts.tooLenient}, dangerous ${drafts.dangerous}, category recall ${percent(drafts.categoryRecall)}, category precision ${percent(drafts.categoryPrecision)}, false alarms ${percent(drafts.falseAlarms)}`,
        matrix(drafts.confusion, ['laag', 'middel', 'hoog']),
        `errors by class: ${topClasses(drafts.errorsByClass)}`,
      );
      if (values.errors)
        out.push(
          ...drafts.errors.map(
            (error) =>
              `  ${error.id}: ${error.got} (want ${error.want}) missed [${error.missed.join(',')}] extra [${error.extra.join(',')}]`,
          ),
        );
    }
  }
  const situation = report.situation as ReturnType<typeof scoreSituation> | undefined;
  if (situation) {
    const { relation } = situation;
    out.push(
      '',
      `situation reader vs the examples' tags: relation ${percent(relation.right / Math.max(1, relation.items))} of ${relation.items}`,
      matrix(relation.confusion, [
        'eigen-dossier',
        'eigen-organisatie',
        'eigen-werkgever',
        'los-van-werk',
        'onbekend',
      ]),
      `elements (recall / precision): ${Object.entries(situation.elements)
        .map(
          ([tag, item]) =>
            `${tag} ${percent(item.both / Math.max(1, item.tagged))} / ${percent(item.both / Math.max(1, item.found))}`,
        )
        .join(', ')}`,
    );
  }
  const cv = report.crossValidation as ReturnType<typeof crossValidate> | undefined;
  if (cv) {
    for (const kind of ['questions', 'drafts'] as const) {
      const fold = cv[kind];
      out.push(
        '',
        `cross-validation (${cv.folds} folds) on the ${kind} examples (${fold.items}): rules ${percent(fold.rules / fold.items)}, model ${percent(fold.model / fold.items)}, rules + stricter model ${percent(fold.combined / fold.items)} (too lenient ${fold.combinedTooLenient}); the model changed ${fold.changed} answers, ${fold.changedRight} of them rightly`,
      );
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
