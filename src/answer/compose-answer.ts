// Writes the embedded engine's answer from an assessment: the verdict in one line, the conditions (each
// said once, most decisive first), the next steps and the sources. Plain text; channels format it themselves.
import type { Citation } from '../core/types.ts';
import {
  ANSWERED,
  CORRECT_HINT,
  FACTOR_CONDITION,
  FORMER_GROUNDS,
  HAZARD_CONDITION,
  LEARNED_GENERIC,
  LEARNED_STRICTER,
  PUBLISHED_GROUNDS,
  RELATION_CONDITION,
  UNDERSTOOD_LABEL,
} from '../situation/situation-messages.ts';
import { CLOSE_RELATIONS, hasLeftTheService } from '../situation/situation-schema.ts';
import type { QuestionAssessment } from './assess-question.ts';
import { glanceAnswer, sayTheSame } from './at-a-glance.ts';
import { numberedCitation, oldestReview } from './format-citations.ts';
import {
  DEFAULT_NEXT_STEP,
  HARD_STOP_NEXT_STEP,
  JUDICIAL_SECRET_TEXT,
  LABELS,
  type Language,
  MAG_CONDITIONS,
  NOT_ADVICE,
  NOT_CIVIL_SERVANT_TEXT,
  OUT_OF_SCOPE_TEXT,
  VERDICT_HEADLINE,
} from './messages.ts';

export interface ComposedAnswer {
  summary: string;
  /** The situation as understood, in one or two sentences. */
  understood?: string;
  /** Sentences that explain the verdict, shown under the summary (from the language model). */
  explanation?: string;
  conditions: string[];
  nextSteps: string[];
}

/** What applies to a judge, prosecutor or office-holder instead of the Ambtenarenwet, as far as we know. */
function notCivilServantText(situation: QuestionAssessment['situation'], language: Language) {
  const reason = situation.speaker.notCivilServant?.reason;
  return reason === 'rechterlijk' || reason === 'politiek-ambtsdrager'
    ? NOT_CIVIL_SERVANT_TEXT[reason][language]
    : undefined;
}

/** At most this many conditions (the regime's note may add one): the ones that decide this case come first. */
const MAX_CONDITIONS = 4;

/** Relations that make the own work weigh: a condition about them is the relation's. */

const ruleKey = (id: string | undefined) => (id ? `rule:${id}` : undefined);

export function composeAnswer(assessment: QuestionAssessment, language: Language): ComposedAnswer {
  const summary = VERDICT_HEADLINE[language][assessment.verdict];
  const { situation } = assessment;
  if (assessment.verdict === 'buiten-scope') {
    return {
      summary,
      understood: situation.summary,
      conditions: [],
      nextSteps: [notCivilServantText(situation, language) ?? OUT_OF_SCOPE_TEXT[language]],
    };
  }
  const conditions: string[] = [];
  const nextSteps: string[] = [];
  const push = (list: string[], text: string | undefined) => {
    if (text && !list.includes(text)) list.push(text);
  };
  // A condition is said once: by what it is about (the relation to the work, a rule), and by what it says
  // (two rules that both explain "this is your own work" become one).
  const said = new Set<string>();
  const condition = (text: string | undefined, about?: string) => {
    if (!text || (about && said.has(about))) return;
    if (conditions.some((known) => known === text || sayTheSame(known, text))) return;
    if (about) said.add(about);
    conditions.push(text);
  };
  const close = CLOSE_RELATIONS.has(situation.relation.kind);
  const rule = (id: string | undefined) =>
    assessment.fired.find((fired) => fired.signal.meta.id === id)?.signal.meta;
  const relationEvidence =
    situation.relation.reason === 'answered'
      ? ANSWERED[language]
      : situation.relation.evidence
          .map((item) => item.text)
          .filter((text, index, all) => text.length > 0 && text.length <= 60 && all.indexOf(text) === index)
          .slice(0, 2)
          .join(', ');
  // What the user told when asked back comes first, whatever else decides.
  if (situation.relation.reason === 'answered')
    condition(RELATION_CONDITION[language][situation.relation.kind](relationEvidence), 'relation');
  // The reasons that decide come first, in the order of the decision model.
  for (const reason of assessment.reasons) {
    switch (reason.kind) {
      case 'hazard': {
        const meta = rule(reason.ruleId);
        condition(
          meta?.condition?.[language] ?? HAZARD_CONDITION[language][reason.hazard],
          ruleKey(reason.ruleId),
        );
        push(nextSteps, meta?.advice?.[language]);
        break;
      }
      case 'relation':
        condition(RELATION_CONDITION[language][reason.relation](relationEvidence), 'relation');
        break;
      case 'factor': {
        const meta = rule(reason.ruleId);
        condition(
          meta?.condition?.[language] ?? FACTOR_CONDITION[language][reason.factor],
          ruleKey(reason.ruleId),
        );
        push(nextSteps, meta?.advice?.[language]);
        break;
      }
      case 'unknown':
        condition(RELATION_CONDITION[language].onbekend(''), 'relation');
        break;
      case 'protected': {
        const meta = rule(reason.ruleId);
        condition(meta?.condition?.[language], ruleKey(reason.ruleId));
        push(nextSteps, meta?.advice?.[language]);
        break;
      }
      case 'grounds':
        if (hasLeftTheService(assessment.situation)) condition(FORMER_GROUNDS[language]);
        else if (reason.relation === 'los-van-werk')
          condition(RELATION_CONDITION[language]['los-van-werk'](relationEvidence), 'relation');
        else condition(PUBLISHED_GROUNDS[language]);
        break;
      case 'learned': {
        condition(LEARNED_STRICTER[language](reason.label, Math.round(reason.confidence * 100)));
        for (const hazard of reason.hazards) condition(HAZARD_CONDITION[language][hazard]);
        if (reason.hazards.length === 0 && assessment.verdict === 'mag-niet')
          condition(LEARNED_GENERIC[language]);
        break;
      }
      case 'out-of-scope':
        break;
    }
  }
  if (assessment.verdict === 'mag') for (const text of MAG_CONDITIONS[language].slice(1)) condition(text);
  if (assessment.verdict !== 'mag-niet') {
    // Other rules that fired add their point while there is room; a rule that only says "this is your own
    // work" adds nothing to a close relation already said.
    for (const fired of assessment.fired) {
      const { meta } = fired.signal;
      if (meta.effect === 'out-of-scope') continue;
      if (conditions.length >= MAX_CONDITIONS) break;
      const ownWorkOnly =
        meta.triggers.ownArea ||
        (meta.categories.length === 1 && meta.categories[0] === 'eigen-beleidsterrein');
      condition(meta.condition?.[language], ownWorkOnly && close ? 'relation' : ruleKey(meta.id));
    }
  }
  // A judge or prosecutor is bound by art. 272 Sr, not by the Ambtenarenwet or the regime's codes.
  if (situation.speaker.notCivilServant?.reason === 'rechterlijk') condition(JUDICIAL_SECRET_TEXT[language]);
  else if (assessment.regime && conditions.length < MAX_CONDITIONS + 1)
    condition(assessment.regime.meta.note[language]);
  push(nextSteps, (assessment.verdict === 'mag-niet' ? HARD_STOP_NEXT_STEP : DEFAULT_NEXT_STEP)[language]);
  return { summary, understood: situation.summary, conditions, nextSteps };
}

/**
 * The full text a user reads (the CLI prints it, the API returns it): first what the glance picks (the verdict,
 * one sentence of the situation, at most three conditions, one next step), then the sources as short numbered
 * citations; after them what the glance left out and the quotes.
 */
export function renderAnswerText(
  composed: ComposedAnswer,
  citations: Citation[],
  options: { language: Language; knowledgeVersion: string; followUp: boolean; inScope: boolean },
): string {
  const { language } = options;
  const labels = LABELS[language];
  const glance = glanceAnswer({
    language,
    summary: composed.summary,
    ...(composed.understood ? { understood: composed.understood } : {}),
    ...(composed.explanation ? { explanation: composed.explanation } : {}),
    conditions: composed.conditions,
    nextSteps: composed.nextSteps,
    followUp: options.followUp,
  });
  const lines: string[] = [];
  if (options.followUp) lines.push(labels.followUp, '');
  lines.push(glance.headline);
  if (glance.understood) lines.push('', `${UNDERSTOOD_LABEL[language]}: ${glance.understood}`);
  if (glance.explanation) lines.push('', glance.explanation);
  if (glance.conditions.length > 0)
    lines.push('', `${labels.conditions}:`, ...glance.conditions.map((item) => `• ${item}`));
  if (glance.nextStep) lines.push('', `${labels.nextSteps}: ${glance.nextStep}`);
  if (citations.length > 0) {
    lines.push('', `${labels.sources} (${labels.reviewedAll} ${oldestReview(citations)}):`);
    lines.push(...citations.map((citation, index) => numberedCitation(citation, index, language)));
  }
  if (glance.more.length > 0) lines.push('', `${labels.more}:`, ...glance.more.map((item) => `• ${item}`));
  if (citations.length > 0) {
    lines.push('', `${labels.quotes}:`);
    for (const [index, citation] of citations.entries())
      lines.push(
        `[${index + 1}] ${citation.section}: "${citation.quote}" (${labels.reviewed} ${citation.reviewed})`,
      );
  }
  if (options.inScope) lines.push('', CORRECT_HINT[language], NOT_ADVICE[language]);
  lines.push('', `${labels.version}: ${options.knowledgeVersion}`);
  return lines.join('\n');
}
