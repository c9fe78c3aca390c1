// Measures the learned second opinion by k-fold cross-validation on the labelled examples: the rules alone,
// the model alone, and the rules with the model allowed only to make answers stricter, each on examples the
// model did not train on.
import { assessQuestion } from '../answer/assess-question.ts';
import { detectLanguage } from '../answer/detect-language.ts';
import { RISKS, type Risk, type Verdict } from '../core/vocabulary.ts';
import { assessDraft } from '../draft/assess-draft.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import {
  DEFAULT_THRESHOLDS,
  draftOpinion,
  type LabelledItem,
  questionOpinion,
  type Thresholds,
  trainLearnedModels,
} from '../learned/second-opinion.ts';
import { isMilder } from './score-labelled.ts';

export interface FoldResult {
  items: number;
  rules: number;
  model: number;
  combined: number;
  /** Combined answers milder than the label. */
  combinedTooLenient: number;
  /** How often the model changed the rules' answer, and how often that change was right. */
  changed: number;
  changedRight: number;
}

export interface CrossValidation {
  questions: FoldResult;
  drafts: FoldResult;
  folds: number;
}

const VERDICT_ORDER = ['mag', 'voorwaardelijk', 'mag-niet'];

/** `knowledge` must be built without learning (`learn: false`), so the rules answer alone. */
export function crossValidate(
  knowledge: KnowledgeBase,
  folds = 5,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): CrossValidation {
  const questions: (LabelledItem & { rules: Verdict })[] = [];
  const drafts: (LabelledItem & { rules: Risk; categories: string[] })[] = [];
  for (const document of knowledge.documents) {
    const { meta } = document;
    if (meta.kind !== 'examples') continue;
    for (const example of meta.examples) {
      const language = detectLanguage(example.text);
      if (meta.appliesTo === 'question') {
        const assessment = assessQuestion(knowledge, example.text, example.profile, language);
        questions.push({ example, situation: assessment.situation, rules: assessment.verdict });
      } else {
        const assessment = assessDraft(knowledge, example.text, example.profile, language);
        drafts.push({
          example,
          situation: assessment.situation,
          rules: assessment.risk,
          categories: assessment.categories,
        });
      }
    }
  }
  const empty = (): FoldResult => ({
    items: 0,
    rules: 0,
    model: 0,
    combined: 0,
    combinedTooLenient: 0,
    changed: 0,
    changedRight: 0,
  });
  const result: CrossValidation = { questions: empty(), drafts: empty(), folds };
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (index: number) => index % folds === fold;
    const steps = trainLearnedModels(
      questions.filter((_, index) => !inFold(index)),
      drafts.filter((_, index) => !inFold(index)),
      thresholds,
    );
    let step = steps.next();
    while (!step.done) step = steps.next();
    const models = step.value;
    questions.forEach((item, index) => {
      if (!inFold(index)) return;
      const want = item.example.verdict as Verdict;
      const opinion = questionOpinion(
        models,
        item.example.text,
        item.example.profile,
        item.situation,
        item.rules,
      );
      tally(
        result.questions,
        want,
        item.rules,
        opinion.opinion?.label ?? item.rules,
        opinion.verdict,
        VERDICT_ORDER,
      );
    });
    drafts.forEach((item, index) => {
      if (!inFold(index)) return;
      const want = item.example.risk as Risk;
      const opinion = draftOpinion(
        models,
        item.example.text,
        item.example.profile,
        item.situation,
        item.rules,
        [],
      );
      tally(result.drafts, want, item.rules, opinion.opinion?.label ?? item.rules, opinion.risk, [...RISKS]);
    });
  }
  return result;
}

function tally(
  result: FoldResult,
  want: string,
  rules: string,
  model: string,
  combined: string,
  order: string[],
): void {
  result.items++;
  if (rules === want) result.rules++;
  if (model === want) result.model++;
  if (combined === want) result.combined++;
  if (isMilder(order, combined, want)) result.combinedTooLenient++;
  if (combined !== rules) {
    result.changed++;
    if (combined === want) result.changedRight++;
  }
}
