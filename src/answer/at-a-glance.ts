// What a reply shows first, the same in every channel: the verdict line, one sentence of the situation as
// understood, at most three conditions and one next step, in about 80 words. What does not fit (the rest of a
// shortened condition, further points, further steps, the model's explanation) goes behind the sources.
// Pure; the CLI text, Slack and Teams format what it picks.
import { UNDERSTOOD_LABEL } from '../situation/situation-messages.ts';
import { LABELS, type Language } from './messages.ts';

/** About this many words before the sources. */
export const GLANCE_WORDS = 80;
/** At most this many conditions show first. */
export const GLANCE_CONDITIONS = 3;

/** A word: a run of characters with a letter or digit in it (bullets, emoji and dashes are not words). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}

/**
 * Sentences of a text, each with its closing mark. A sentence ends at . ! or ? followed by a space and a
 * capital, a digit list or a quote, so "art. 10" and "bijv. de" stay within their sentence.
 */
export function splitSentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[\p{Lu}"“‘'(])/u)
    .filter((sentence) => sentence.length > 0);
}

/** The first sentence of a text. */
export function firstSentence(text: string): string {
  return splitSentences(text)[0] ?? text;
}

/**
 * The first sentences of a text that fit in `words` words (at least the first), with " …" when some are left
 * out: a long condition shortened where it must be, its full text shown behind the sources.
 */
export function shortenToWords(text: string, words: number): string {
  const sentences = splitSentences(text);
  let kept = sentences[0] ?? text;
  for (const sentence of sentences.slice(1)) {
    if (countWords(`${kept} ${sentence}`) > words) break;
    kept = `${kept} ${sentence}`;
  }
  return kept === text.trim() ? kept : `${kept} …`;
}

/** Content words of a text, folded and cut to a rough stem, for comparing what two texts say. */
function contentStems(text: string): Set<string> {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/\p{L}{4,}/gu);
  return new Set((words ?? []).map((word) => word.slice(0, 6)));
}

/**
 * True when two texts say much the same: most content words of the shorter one are in the longer one
 * ("Dit gaat over je eigen werk … blijf feitelijk …" and "Het gaat over je eigen werk … blijf feitelijk …").
 */
export function sayTheSame(a: string, b: string, threshold = 0.6): boolean {
  const left = contentStems(a);
  const right = contentStems(b);
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  if (small.size < 3) return false;
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared += 1;
  return shared / small.size >= threshold;
}

/** What the glance is built from: a reply's own fields. */
export interface AnswerParts {
  language: Language;
  /** The verdict in one line. */
  summary: string;
  /** The situation as understood (one or two sentences); the glance shows its first. */
  understood?: string;
  /** The model's explanation, when there is one. */
  explanation?: string;
  /** The conditions, most decisive first. */
  conditions: string[];
  nextSteps: string[];
  /** The question asked back, shown with quick replies. */
  clarification?: string;
  followUp?: boolean;
}

/** What shows first, and what waits behind the sources. */
export interface AnswerGlance {
  headline: string;
  understood?: string;
  explanation?: string;
  /** At most three, whole or as their lead. */
  conditions: string[];
  nextStep?: string;
  /** In full, what the glance shortened or left out: conditions, the explanation, further next steps. */
  more: string[];
}

/**
 * Picks what shows first. Conditions keep their order (most decisive first) and are shown whole, never cut
 * into a lead that could drop a qualifier ("… is alleen beschermd onder de voorwaarden van …"): as many as fit
 * in `budget` words, at most three, stopping at the first that does not fit, so a less decisive point never
 * shows while a more decisive one waits. The first always shows, whole within `limit` words, else its first
 * sentences and " …". The model's explanation shows only when it fits too. The rest waits behind the sources.
 */
export function glanceAnswer(parts: AnswerParts, budget = GLANCE_WORDS, limit = GLANCE_LIMIT): AnswerGlance {
  const labels = LABELS[parts.language];
  const understood = parts.understood ? firstSentence(parts.understood) : undefined;
  const nextStep = parts.nextSteps[0];
  // The question asked back says what the "it depends on one question" condition says.
  const clarification = parts.clarification;
  const candidates = parts.conditions
    .filter((condition) => !clarification || !sayTheSame(clarification, condition))
    .slice(0, GLANCE_CONDITIONS);
  let total =
    countWords(parts.summary) +
    (parts.followUp ? countWords(labels.followUp) : 0) +
    (understood ? countWords(`${UNDERSTOOD_LABEL[parts.language]}: ${understood}`) : 0) +
    (clarification ? countWords(clarification) : 0) +
    (nextStep ? countWords(`${labels.nextSteps}: ${nextStep}`) : 0) +
    (candidates.length > 0 ? countWords(labels.conditions) : 0);
  const conditions: string[] = [];
  for (const condition of candidates) {
    const words = countWords(condition);
    if (total + words <= budget || (conditions.length === 0 && total + words <= limit)) {
      conditions.push(condition);
      total += words;
    } else {
      if (conditions.length === 0) {
        const shortened = shortenToWords(condition, Math.max(limit - total, 0));
        conditions.push(shortened);
        total += countWords(shortened);
      }
      break;
    }
  }
  const explanation =
    parts.explanation && total + countWords(parts.explanation) <= budget ? parts.explanation : undefined;
  const more = [
    ...(parts.explanation && !explanation ? [parts.explanation] : []),
    ...parts.conditions.filter((condition) => !conditions.includes(condition)),
    ...parts.nextSteps.slice(1),
  ];
  return {
    headline: parts.summary,
    ...(understood ? { understood } : {}),
    ...(explanation ? { explanation } : {}),
    conditions,
    ...(nextStep ? { nextStep } : {}),
    more,
  };
}

/** A glance may take this many words when its first condition needs them. */
export const GLANCE_LIMIT = 100;
