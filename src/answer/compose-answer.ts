// Writes the embedded engine's answer from an assessment: the verdict in one line, the conditions,
// the next steps and the sources. Plain text; channels format it themselves.
import type { Citation } from '../core/types.ts';
import {
  ANSWERED,
  CORRECT_HINT,
  FACTOR_CONDITION,
  HAZARD_CONDITION,
  LEARNED_GENERIC,
  LEARNED_STRICTER,
  PUBLISHED_GROUNDS,
  RELATION_CONDITION,
  UNDERSTOOD_LABEL,
} from '../situation/situation-messages.ts';
import type { QuestionAssessment } from './assess-question.ts';
import {
  DEFAULT_NEXT_STEP,
  HARD_STOP_NEXT_STEP,
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

/** At most this many conditions: the ones that decide this case. */
const MAX_CONDITIONS = 4;

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
  const rule = (id: string | undefined) =>
    assessment.fired.find((fired) => fired.signal.meta.id === id)?.signal.meta;
  const relationEvidence =
    situation.relation.reason === 'answered'
      ? ANSWERED[language]
      : situation.relation.evidence
          .map((item) => item.text)
          .filter((text) => text.length > 0 && text.length <= 60)
          .slice(0, 2)
          .join(', ');
  // What the user told when asked back comes first, whatever else decides.
  if (situation.relation.reason === 'answered')
    push(conditions, RELATION_CONDITION[language][situation.relation.kind](relationEvidence));
  // The reasons that decide come first, in the order of the decision model.
  for (const reason of assessment.reasons) {
    switch (reason.kind) {
      case 'hazard': {
        const meta = rule(reason.ruleId);
        push(conditions, meta?.condition?.[language] ?? HAZARD_CONDITION[language][reason.hazard]);
        push(nextSteps, meta?.advice?.[language]);
        break;
      }
      case 'relation':
        push(conditions, RELATION_CONDITION[language][reason.relation](relationEvidence));
        break;
      case 'factor': {
        const meta = rule(reason.ruleId);
        push(conditions, meta?.condition?.[language] ?? FACTOR_CONDITION[language][reason.factor]);
        push(nextSteps, meta?.advice?.[language]);
        break;
      }
      case 'unknown':
        push(conditions, RELATION_CONDITION[language].onbekend(''));
        break;
      case 'protected': {
        const meta = rule(reason.ruleId);
        push(conditions, meta?.condition?.[language]);
        push(nextSteps, meta?.advice?.[language]);
        break;
      }
      case 'grounds':
        push(
          conditions,
          reason.relation === 'los-van-werk'
            ? RELATION_CONDITION[language]['los-van-werk'](relationEvidence)
            : PUBLISHED_GROUNDS[language],
        );
        break;
      case 'learned': {
        push(conditions, LEARNED_STRICTER[language](reason.label, Math.round(reason.confidence * 100)));
        for (const hazard of reason.hazards) push(conditions, HAZARD_CONDITION[language][hazard]);
        if (reason.hazards.length === 0 && assessment.verdict === 'mag-niet')
          push(conditions, LEARNED_GENERIC[language]);
        break;
      }
      case 'out-of-scope':
        break;
    }
  }
  if (assessment.verdict === 'mag')
    for (const condition of MAG_CONDITIONS[language].slice(1)) push(conditions, condition);
  if (assessment.verdict !== 'mag-niet') {
    // Other rules that fired add their point while there is room.
    for (const fired of assessment.fired) {
      const { meta } = fired.signal;
      if (meta.effect === 'out-of-scope') continue;
      if (conditions.length >= MAX_CONDITIONS) break;
      push(conditions, meta.condition?.[language]);
    }
  }
  if (assessment.regime && conditions.length < MAX_CONDITIONS + 1)
    push(conditions, assessment.regime.meta.note[language]);
  push(nextSteps, (assessment.verdict === 'mag-niet' ? HARD_STOP_NEXT_STEP : DEFAULT_NEXT_STEP)[language]);
  return { summary, understood: situation.summary, conditions, nextSteps };
}

/** The full text a user reads. */
export function renderAnswerText(
  composed: ComposedAnswer,
  citations: Citation[],
  options: { language: Language; knowledgeVersion: string; followUp: boolean; inScope: boolean },
): string {
  const labels = LABELS[options.language];
  const lines: string[] = [];
  if (options.followUp) lines.push(labels.followUp, '');
  lines.push(composed.summary);
  if (composed.understood) lines.push('', `${UNDERSTOOD_LABEL[options.language]}: ${composed.understood}`);
  if (composed.explanation) lines.push('', composed.explanation);
  if (composed.conditions.length > 0) {
    lines.push('', `${labels.conditions}:`, ...composed.conditions.map((item) => `• ${item}`));
  }
  if (composed.nextSteps.length > 0) {
    lines.push('', `${labels.nextSteps}:`, ...composed.nextSteps.map((item) => `• ${item}`));
  }
  if (citations.length > 0) {
    // The oldest review date among the sources: how fresh the answer as a whole is.
    const oldest = citations.map((citation) => citation.reviewed).sort()[0];
    lines.push('', `${labels.sources} (${labels.reviewedAll} ${oldest}):`);
    for (const citation of citations) {
      const notes = [`${labels.reviewed} ${citation.reviewed}`];
      if (citation.status === 'historical') notes.unshift(labels.historical);
      if (citation.status === 'summary') notes.unshift(labels.summary);
      if (citation.stale) notes.push(labels.stale);
      lines.push(`• ${citation.article} — ${citation.section}: "${citation.quote}" (${notes.join('; ')})`);
    }
  }
  if (options.inScope) lines.push('', CORRECT_HINT[options.language], NOT_ADVICE[options.language]);
  lines.push('', `${labels.version}: ${options.knowledgeVersion}`);
  return lines.join('\n');
}
