// What a draft check shows first, the same in every channel: the risk line, the draft itself with the risky
// words marked, at most three findings (each said once), one safer version (the rules' or the model's
// rewrite, else the main finding's suggestion) and one next step. The rest waits behind the sources. Pure.
import {
  countWords,
  firstSentence,
  GLANCE_LIMIT,
  GLANCE_WORDS,
  sayTheSame,
  shortenToWords,
} from '../answer/at-a-glance.ts';
import type { Finding, Reply } from '../core/types.ts';
import { type Category, RISKS, type Risk } from '../core/vocabulary.ts';
import { CATEGORY_LABEL, DRAFT_LABELS } from './draft-messages.ts';
import { sentencesWithOffsets } from './rewrite-draft.ts';

/** One line about the draft: findings that say the same are one line with their categories. */
export interface FindingLine {
  categories: Category[];
  severity: Risk;
  message: string;
  /** A rule saw words in the draft (marked there); a learned finding has none. */
  pointsAtWords: boolean;
}

export interface DraftGlance {
  headline: string;
  findings: FindingLine[];
  /** A whole safer version of the draft. */
  rewrite?: string;
  /** Without a rewrite: the main finding's way to say it more safely. */
  suggestion?: string;
  nextStep?: string;
  /** In full, what waits behind the sources: every finding with its words, suggestion and rule. */
  more: string[];
}

type DraftReply = Pick<Reply, 'language' | 'summary' | 'findings' | 'nextSteps'> & {
  rewrite?: string | undefined;
};

/**
 * Findings by weight: the most severe first, and among them those that point at words in the draft (a rule saw
 * them; the learned second opinion's findings have no words and explain less).
 */
function byWeight(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => RISKS.indexOf(finding.severity);
  return [...findings].sort(
    (a, b) => rank(b) - rank(a) || Number(b.spans.length > 0) - Number(a.spans.length > 0),
  );
}

/** Findings that say the same (two learned findings with one explanation) become one line. */
export function findingLines(findings: readonly Finding[], language: Reply['language']): FindingLine[] {
  const lines: FindingLine[] = [];
  for (const finding of byWeight(findings)) {
    const same = lines.find(
      (line) => line.message === finding.message || sayTheSame(line.message, finding.message, 0.8),
    );
    if (same) {
      if (!same.categories.includes(finding.category)) same.categories.push(finding.category);
      continue;
    }
    lines.push({
      categories: [finding.category],
      severity: finding.severity,
      message: finding.message,
      pointsAtWords: finding.spans.length > 0,
    });
  }
  // The category is said by its label; a learned finding's message ends by naming it again.
  return lines.map((line) => ({ ...line, message: withoutTrailingLabels(line, language) }));
}

function withoutTrailingLabels(line: FindingLine, language: Reply['language']): string {
  let message = line.message;
  for (const category of line.categories) {
    const label = ` ${CATEGORY_LABEL[language][category]}.`;
    if (message.endsWith(label)) message = message.slice(0, -label.length).trimEnd();
  }
  return message;
}

export function glanceDraft(reply: DraftReply, budget = GLANCE_WORDS, limit = GLANCE_LIMIT): DraftGlance {
  const labels = DRAFT_LABELS[reply.language];
  const lines = findingLines(reply.findings, reply.language);
  // The suggestion of a finding that points at words says what to change; a learned one only says "look again".
  const weighed = byWeight(reply.findings);
  const main =
    weighed.find((finding) => finding.suggestion && finding.spans.length > 0) ??
    weighed.find((finding) => finding.suggestion);
  const suggestion = reply.rewrite ? undefined : main?.suggestion;
  const nextStep = reply.nextSteps[0];
  let total =
    countWords(reply.summary) +
    countWords(labels.draft) +
    (lines.length > 0 ? countWords(labels.findings) : 0) +
    (reply.rewrite ? countWords(`${labels.rewrite}: ${reply.rewrite}`) : 0) +
    (suggestion ? countWords(`${labels.suggestion}: ${suggestion}`) : 0) +
    (nextStep ? countWords(nextStep) : 0);
  const shown: FindingLine[] = [];
  for (const full of lines.slice(0, 3)) {
    // A learned finding explains less ("a second reading finds this stricter"): its first sentence is enough.
    const line = full.pointsAtWords ? full : { ...full, message: firstSentence(full.message) };
    const words = countWords(lineText(line, reply.language));
    // The first line may take the glance up to the limit; so may the second after a learned one, so the words
    // a rule saw are shown too.
    const mayStretch = shown.length === 0 || (shown.length === 1 && !shown[0]?.pointsAtWords);
    if (total + words <= budget || (mayStretch && total + words <= limit)) {
      shown.push(line);
      total += words;
    } else {
      if (shown.length === 0) {
        const room = Math.max(
          limit - total - countWords(lineText({ ...line, message: '' }, reply.language)),
          0,
        );
        shown.push({ ...line, message: shortenToWords(line.message, room) });
      }
      break;
    }
  }
  const more = reply.findings.map((finding) => {
    const words = finding.spans.map((span) => `"${span.text}"`).join(', ');
    const parts = [
      `${CATEGORY_LABEL[reply.language][finding.category]}${words ? ` (${words})` : ''}: ${finding.message}`,
    ];
    if (finding.suggestion) parts.push(`${labels.suggestion}: ${finding.suggestion}`);
    return parts.join(' ');
  });
  return {
    headline: reply.summary,
    findings: shown,
    ...(reply.rewrite ? { rewrite: reply.rewrite } : {}),
    ...(suggestion ? { suggestion } : {}),
    ...(nextStep ? { nextStep } : {}),
    more: [...more, ...reply.nextSteps.slice(1)],
  };
}

/** A finding line as text: "Vertrouwelijke informatie: …". */
export function lineText(line: FindingLine, language: Reply['language']): string {
  const names = line.categories.map((category) => CATEGORY_LABEL[language][category]).join(', ');
  return line.message ? `${names}: ${line.message}` : names;
}

/** A piece of the draft: marked (a finding's words) or not; `gap` stands for sentences left out. */
export type DraftPiece = { text: string; marked: boolean } | { gap: true };

/** A draft longer than this many words shows its first sentence and the sentences with marks. */
const WHOLE_DRAFT_WORDS = 120;

/**
 * The draft in pieces, the findings' words marked: spans merged and widened to whole words (a mark inside a
 * word reads badly and Slack cannot bold it). A long draft shows its first sentence and the sentences with
 * marks, with gaps between.
 */
export function markDraft(reply: Pick<Reply, 'draft' | 'findings'>): DraftPiece[] {
  const draft = reply.draft;
  if (!draft) return [];
  const { text, offset } = draft;
  const isWord = (at: number) => /[\p{L}\p{N}]/u.test(text[at] ?? '');
  const spans = reply.findings
    .flatMap((finding) => finding.spans)
    .map((span) => {
      let start = Math.max(0, span.start - offset);
      let end = Math.min(text.length, span.end - offset);
      while (start > 0 && isWord(start - 1)) start -= 1;
      while (end < text.length && isWord(end)) end += 1;
      while (start < end && /\s/.test(text[start] ?? '')) start += 1;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
      return { start, end };
    })
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const piecesOf = (from: number, to: number): DraftPiece[] => {
    const pieces: DraftPiece[] = [];
    let at = from;
    for (const span of merged) {
      if (span.end <= from || span.start >= to) continue;
      const start = Math.max(span.start, from);
      const end = Math.min(span.end, to);
      if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
      pieces.push({ text: text.slice(start, end), marked: true });
      at = end;
    }
    if (to > at) pieces.push({ text: text.slice(at, to), marked: false });
    return pieces;
  };
  if (countWords(text) <= WHOLE_DRAFT_WORDS) return piecesOf(0, text.length);
  const pieces: DraftPiece[] = [];
  let previous = -1;
  for (const [index, sentence] of sentencesWithOffsets(text).entries()) {
    const marked = merged.some((span) => span.start < sentence.end && sentence.start < span.end);
    if (index > 0 && !marked) continue;
    if (pieces.length > 0 && index !== previous + 1) pieces.push({ gap: true });
    else if (pieces.length > 0) pieces.push({ text: ' ', marked: false });
    pieces.push(...piecesOf(sentence.start, sentence.end));
    previous = index;
  }
  if (previous < sentencesWithOffsets(text).length - 1) pieces.push({ gap: true });
  return pieces;
}
