// A safer version of a draft, built by the rules where they can: the sentences that carry a finding's words
// (a leak, personal data, an insult, speaking for the employer, a personal attack on a politician) are left out,
// with a sentence that only refers back to them ("Dat mag nog niemand weten."). Shown only when the rules alone
// find what is left low-risk and the learned second opinion does not find it high, as a model's rewrite must.
import type { Language } from '../answer/messages.ts';
import type { Finding, Profile } from '../core/types.ts';
import type { Category } from '../core/vocabulary.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { EMPTY_MODELS } from '../learned/second-opinion.ts';
import { assessDraft } from './assess-draft.ts';

/** Categories a sentence can be left out for; the own work or a wrong to report are not solved by deleting. */
const REMOVABLE = new Set<Category>([
  'geheimhouding',
  'persoonsgegevens',
  'toon',
  'namens-werkgever',
  'politieke-gevoeligheid',
]);

/** A sentence that starts with one of these refers back to the one before it. */
const REFERS_BACK =
  /^(dat|dit|die|deze|daar|daarom|daardoor|het|hij|zij|ze|zo|maar|en|that|this|these|those|it|he|she|they|but|and)\b/i;

interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentences with their offsets; a line break ends a sentence too. */
export function sentencesWithOffsets(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"“‘'(@#])|\n+/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    sentences.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  sentences.push({ start, end: text.length, text: text.slice(start) });
  return sentences.filter((sentence) => sentence.text.trim().length > 0);
}

/**
 * The draft without the sentences that carry risk, or undefined when the rules cannot build one: a finding
 * without words to point at, nothing left of the point, or what is left is still not low-risk.
 */
export function rewriteDraft(
  knowledge: KnowledgeBase,
  draft: string,
  findings: readonly Finding[],
  profile: Profile | undefined,
  language: Language,
): string | undefined {
  if (findings.length === 0) return undefined;
  // Every finding the rules made must be one a sentence can be left out for.
  const ruled = findings.filter((finding) => finding.spans.length > 0);
  if (ruled.length === 0 || ruled.some((finding) => !REMOVABLE.has(finding.category))) return undefined;
  const sentences = sentencesWithOffsets(draft);
  const risky = sentences.map((sentence) =>
    ruled.some((finding) =>
      finding.spans.some((span) => span.start < sentence.end && sentence.start < span.end),
    ),
  );
  const kept: string[] = [];
  for (const [index, sentence] of sentences.entries()) {
    if (risky[index]) continue;
    if (index > 0 && risky[index - 1] && REFERS_BACK.test(sentence.text.trim())) {
      risky[index] = true;
      continue;
    }
    kept.push(sentence.text.trim());
  }
  const rewrite = kept.join(' ').trim();
  if (rewrite === draft.trim() || (rewrite.match(/\p{L}+/gu) ?? []).length < 4) return undefined;
  if (!/\p{L}{5,}/u.test(rewrite)) return undefined;
  // The rules must find it low-risk; the learned second opinion may call it medium, never high.
  const byRules = assessDraft({ ...knowledge, learned: EMPTY_MODELS }, rewrite, profile, language);
  if (byRules.risk !== 'laag') return undefined;
  if (assessDraft(knowledge, rewrite, profile, language).risk === 'hoog') return undefined;
  return rewrite;
}
