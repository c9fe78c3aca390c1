// Reads each sentence of model prose for its stance (how much it permits, from a prohibition to "always,
// without conditions") and for signs that it follows instructions that are not ours. Dutch and English,
// with the analyser's folding; the wording lives in stance-words.ts.
import { foldText } from '../text/fold-text.ts';
import {
  ALWAYS_WORDS,
  CAREFREE,
  CONDITION,
  EVERYTHING_WORDS,
  INSTRUCTION,
  JUST_WORDS,
  MARKUP,
  NEGATORS,
  PERMISSION,
  PERMITTING_WORDS,
  PERSONA,
  POSSIBILITY,
  PROHIBITION,
  REFERRAL,
  UNCONDITIONAL,
} from './stance-words.ts';

/** From strict to lenient. A verdict allows the stances up to its ceiling. */
export const STANCES = [
  'prohibits',
  'neutral',
  'conditional',
  'permits',
  'carefree',
  'unconditional',
] as const;
export type Stance = (typeof STANCES)[number];

export interface SentenceReading {
  /** The sentence as written. */
  text: string;
  stance: Stance;
  /** The words that made the stance carefree or unconditional, or that carry an instruction. */
  evidence: string | undefined;
  /** The sentence follows instructions that are not ours ("ignore previous…", a role switch, chat markup). */
  instruction: string | undefined;
}

/** Lower case, no diacritics, straight apostrophes, single spaces. */
export function normaliseText(text: string): string {
  return foldText(text).replace(/[‘’`]/g, "'").replace(/\s+/g, ' ').trim();
}

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

export function readSentences(text: string): SentenceReading[] {
  return splitSentences(text).map(readSentence);
}

export function readSentence(text: string): SentenceReading {
  const folded = normaliseText(text);
  const tokens = folded.match(TOKEN) ?? [];
  const instruction = firstMatch(INSTRUCTION, folded) ?? (MARKUP.exec(text) ?? PERSONA.exec(text))?.[0];
  const reading = (stance: Stance, evidence?: string): SentenceReading => ({
    text,
    stance,
    evidence,
    instruction,
  });

  const unconditional =
    firstUnnegated(UNCONDITIONAL, folded) ?? nearPermitting(tokens, 'unconditional', folded);
  if (unconditional) return reading('unconditional', unconditional);
  const carefree = firstUnnegated(CAREFREE, folded) ?? nearPermitting(tokens, 'carefree', folded);
  if (carefree) return reading('carefree', carefree);

  // Permission and its negation are read per clause: "je mag reageren, maar niet over je dossier".
  let permits = false;
  let prohibits = false;
  for (const clause of folded.split(/[,;:()]|\s[-–—]\s|\b(?:maar|but)\b/)) {
    const part = clause.trim();
    const permission = PERMISSION.find((pattern) => pattern.test(part));
    if (!permission) continue;
    const modal = /\b(?:kunt|kun|kan|kunnen|can|could|may)\b/.test(part);
    if (modal && POSSIBILITY.test(part)) continue;
    if (PROHIBITION.test(part)) prohibits = true;
    else permits = true;
  }
  const conditioned = CONDITION.test(folded) || REFERRAL.test(folded);
  if (permits) return reading(conditioned ? 'conditional' : 'permits');
  if (prohibits || PROHIBITION.test(folded)) return reading('prohibits');
  return reading(conditioned ? 'conditional' : 'neutral');
}

function firstMatch(patterns: readonly RegExp[], text: string): string | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/** The first match that no negator right before it cancels ("niet zonder voorwaarden"). */
function firstUnnegated(patterns: readonly RegExp[], text: string): string | undefined {
  for (const pattern of patterns) {
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    for (const match of text.matchAll(global)) {
      const before = text.slice(0, match.index).match(TOKEN) ?? [];
      if (!before.slice(-2).some((token) => NEGATORS.has(token))) return match[0];
    }
  }
  return undefined;
}

/**
 * "Always" and "everything" near a permitting word ("je mag altijd alles zeggen") are unconditional;
 * "gewoon" near one ("dat mag gewoon") is carefree. Not when negated ("niet altijd"), and "always" not in
 * a sentence that sends the user to someone ("je kunt altijd bij de vertrouwenspersoon terecht").
 */
function nearPermitting(
  tokens: string[],
  kind: 'unconditional' | 'carefree',
  folded: string,
): string | undefined {
  const window = kind === 'unconditional' ? 3 : 2;
  for (const [index, token] of tokens.entries()) {
    const always = ALWAYS_WORDS.has(token);
    const candidate =
      kind === 'unconditional' ? always || EVERYTHING_WORDS.has(token) : JUST_WORDS.has(token);
    if (!candidate) continue;
    if (tokens.slice(Math.max(0, index - 2), index).some((word) => NEGATORS.has(word))) continue;
    if (kind === 'carefree' && tokens.slice(index + 1, index + 3).some((word) => PROHIBITION.test(word)))
      continue;
    if (always && REFERRAL.test(folded)) continue;
    const around = [
      ...tokens.slice(Math.max(0, index - window), index),
      ...tokens.slice(index + 1, index + 1 + window),
    ];
    if (around.some((word) => PERMITTING_WORDS.has(word))) return token;
  }
  return undefined;
}
