// Writes the embedded engine's answer from an assessment: the verdict in one line, the conditions,
// the next steps and the sources. Plain text; channels format it themselves.
import type { Citation } from '../core/types.ts';
import type { QuestionAssessment } from './assess-question.ts';
import {
  DEFAULT_NEXT_STEP,
  HARD_STOP_NEXT_STEP,
  LABELS,
  type Language,
  MAG_CONDITIONS,
  NOT_ADVICE,
  OUT_OF_SCOPE_TEXT,
  OWN_AREA_NOTE,
  VERDICT_HEADLINE,
} from './messages.ts';

export interface ComposedAnswer {
  summary: string;
  /** Sentences that explain the verdict, shown under the summary (from the language model). */
  explanation?: string;
  conditions: string[];
  nextSteps: string[];
}

export function composeAnswer(assessment: QuestionAssessment, language: Language): ComposedAnswer {
  const summary = VERDICT_HEADLINE[language][assessment.verdict];
  if (assessment.verdict === 'buiten-scope') {
    return { summary, conditions: [], nextSteps: [OUT_OF_SCOPE_TEXT[language]] };
  }
  const conditions: string[] = [];
  const nextSteps: string[] = [];
  const push = (list: string[], text: string | undefined) => {
    if (text && !list.includes(text)) list.push(text);
  };
  for (const fired of assessment.fired) {
    const { meta } = fired.signal;
    if (meta.effect === 'out-of-scope') continue;
    push(conditions, meta.condition?.[language]);
    push(nextSteps, meta.advice?.[language]);
  }
  if (assessment.ownArea.ownArea && assessment.ownArea.topics.length > 0) {
    const fromProfile = assessment.ownArea.topics.filter(
      (topic) => !topic.includes(' ') && !topic.includes('|'),
    );
    if (fromProfile.length > 0) push(conditions, OWN_AREA_NOTE[language](fromProfile.join(', ')));
  }
  if (assessment.verdict === 'mag')
    for (const condition of MAG_CONDITIONS[language]) push(conditions, condition);
  if (assessment.regime) push(conditions, assessment.regime.meta.note[language]);
  push(nextSteps, (assessment.verdict === 'mag-niet' ? HARD_STOP_NEXT_STEP : DEFAULT_NEXT_STEP)[language]);
  return { summary, conditions, nextSteps };
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
  if (options.inScope) lines.push('', NOT_ADVICE[options.language]);
  lines.push('', `${labels.version}: ${options.knowledgeVersion}`);
  return lines.join('\n');
}
