// Turns a message (and what is known of its author and situation) into a sparse feature vector for the
// learned second opinion: hashed word and word-pair features, character n-grams (robust to typos and
// compounds), profile fields and the situation the rules read. Deterministic and dependency-free.
import type { Profile } from '../core/types.ts';
import type { Situation } from '../situation/situation-schema.ts';
import { foldText } from '../text/fold-text.ts';

/** Number of hash buckets (2^18): large enough that collisions hardly matter for a few thousand examples. */
export const FEATURE_BUCKETS = 1 << 18;

export interface SparseVector {
  indexes: Uint32Array;
  values: Float32Array;
}

const WORD = /[\p{L}\p{N}]+/gu;
const CHAR_GRAMS = [3, 4, 5];

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** The tokens a message contributes, before hashing (exported for inspection and tests). */
export function featureTokens(text: string, profile?: Profile, situation?: Situation): string[] {
  const tokens: string[] = [];
  const folded = foldText(text).replace(/['’]/g, '');
  const words = folded.match(WORD) ?? [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    tokens.push(`w:${word}`);
    const next = words[index + 1];
    if (next) tokens.push(`b:${word}_${next}`);
    const padded = ` ${word} `;
    for (const size of CHAR_GRAMS) {
      if (padded.length < size) continue;
      for (let start = 0; start + size <= padded.length; start++)
        tokens.push(`c:${padded.slice(start, start + size)}`);
    }
  }
  // Emoji and punctuation carry tone ("😂", "🤫", "🤡", "?!").
  for (const symbol of text.match(/\p{Extended_Pictographic}|[!?]{2,}/gu) ?? []) tokens.push(`s:${symbol}`);
  if (profile?.sector) tokens.push(`p:sector=${profile.sector}`);
  for (const word of foldText(profile?.role ?? '').match(WORD) ?? []) tokens.push(`p:role=${word}`);
  for (const topic of profile?.portfolio ?? [])
    for (const word of foldText(topic).match(WORD) ?? []) tokens.push(`p:pf=${word}`);
  if (situation) tokens.push(...situationTokens(situation));
  return tokens;
}

/** The situation as tokens: relation, hazards, factors, acts, sector, sensitivities. */
export function situationTokens(situation: Situation): string[] {
  const tokens = [`r:${situation.relation.kind}`];
  if (situation.speaker.sector) tokens.push(`r:sector=${situation.speaker.sector}`);
  for (const item of situation.speaker.functions)
    for (const value of item.sensitivity) tokens.push(`r:sens=${value}`);
  if (situation.speaker.former) tokens.push('r:former');
  if (situation.speaker.notCivilServant)
    tokens.push(`r:notcivil=${situation.speaker.notCivilServant.reason}`);
  for (const hazard of situation.hazards) tokens.push(`r:hz=${hazard.kind}`);
  for (const factor of situation.factors) tokens.push(`r:f=${factor.kind}`);
  for (const act of situation.acts) tokens.push(`r:act=${act.kind}`);
  for (const marker of situation.markers) tokens.push(`r:m=${marker.kind}`);
  if (situation.topic.privateLife) tokens.push('r:private');
  if (situation.outOfScope) tokens.push(`r:oos=${situation.outOfScope.reason}`);
  return tokens;
}

/** Tokens → a sparse vector: log-scaled counts per bucket, L2-normalised. */
export function featurize(text: string, profile?: Profile, situation?: Situation): SparseVector {
  const counts = new Map<number, number>();
  for (const token of featureTokens(text, profile, situation)) {
    const bucket = hash(token) % FEATURE_BUCKETS;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  const indexes = new Uint32Array(counts.size);
  const values = new Float32Array(counts.size);
  let norm = 0;
  let position = 0;
  for (const [bucket, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    const value = 1 + Math.log(count);
    indexes[position] = bucket;
    values[position] = value;
    norm += value * value;
    position++;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let index = 0; index < values.length; index++) values[index] = (values[index] as number) * scale;
  return { indexes, values };
}
