// A knowledge reload with problems, as a message for HR's admin channel: what happened and each
// problem as file:line, so the person who pushed can fix it without reading logs.
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import type { KnowledgeStatus, ReloadAttempt } from '../../src/knowledge/knowledge-store.ts';
import { escapeMrkdwn, type SlackMessage, truncate } from './render-reply.ts';

const MAX_PROBLEMS = 20;

/** The notice, or undefined when the reload had nothing to report. */
export function renderAdminNotice(attempt: ReloadAttempt, status: KnowledgeStatus): SlackMessage | undefined {
  const text = CHANNEL_TEXT.nl;
  const errors = attempt.problems.filter((problem) => problem.severity === 'error');
  const warnings = attempt.problems.filter((problem) => problem.severity === 'warning');
  const refusedOverlays = (attempt.organisations ?? []).filter((item) => item.outcome === 'refused');
  if (attempt.ok && refusedOverlays.length > 0) return renderOverlayNotice(refusedOverlays);
  if (attempt.ok && warnings.length === 0) return undefined;
  const headline = attempt.ok
    ? text.adminWarnings(warnings.length, attempt.version)
    : text.adminRefused(errors.length, status.version);
  const shown = (attempt.ok ? warnings : errors).slice(0, MAX_PROBLEMS);
  const list = shown
    .map((problem) => `• \`${escapeMrkdwn(problem.file)}:${problem.line}\` ${escapeMrkdwn(problem.message)}`)
    .join('\n');
  const more = (attempt.ok ? warnings : errors).length - shown.length;
  const body = truncate(`${list}${more > 0 ? `\n… +${more}` : ''}`, 3000);
  return {
    text: escapeMrkdwn(headline),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(headline)}*` } },
      { type: 'section', text: { type: 'mrkdwn', text: body } },
    ],
  };
}

/** Organisation overlays refused while the shared knowledge was taken: each with its errors as file:line. */
function renderOverlayNotice(refused: NonNullable<ReloadAttempt['organisations']>): SlackMessage {
  const text = CHANNEL_TEXT.nl;
  const lines = refused.map((item) => {
    const errors = item.problems.filter((problem) => problem.severity === 'error');
    const list = errors
      .slice(0, MAX_PROBLEMS)
      .map(
        (problem) => `• \`${escapeMrkdwn(problem.file)}:${problem.line}\` ${escapeMrkdwn(problem.message)}`,
      );
    return [`*${escapeMrkdwn(text.adminOrganisationRefused(item.id, errors.length))}*`, ...list].join('\n');
  });
  const body = truncate(lines.join('\n\n'), 3000);
  return {
    text: escapeMrkdwn(text.adminOrganisationRefused(refused[0]?.id ?? '', refused.length)),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: body } }],
  };
}
