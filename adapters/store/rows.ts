// Rows to the core's types, checked with zod (a row that does not fit is a bug or a foreign write).
import { z } from 'zod';
import { type ConversationTurn, conversationTurnSchema } from '../../src/conversation/conversation-store.ts';
import { profileSchema } from '../../src/core/types.ts';
import type { FeedbackEntry, KnowledgeGap } from '../../src/state/state-store.ts';

const feedbackRowSchema = z.object({
  reply_id: z.string(),
  rating: z.enum(['up', 'down']),
  channel: z.string(),
  at: z.coerce.number(),
  organisation: z.string().nullable(),
});
const gapRowSchema = z.object({
  at: z.coerce.number(),
  channel: z.string(),
  reason: z.enum(['no-match', 'feedback-down']),
  question: z.string().nullable(),
  verdict: z.string().nullable(),
  knowledge_version: z.string(),
  organisation: z.string().nullable(),
});

export function toFeedback(row: unknown): FeedbackEntry {
  const parsed = feedbackRowSchema.parse(row);
  return {
    replyId: parsed.reply_id,
    rating: parsed.rating,
    channel: parsed.channel,
    at: new Date(parsed.at),
    ...(parsed.organisation === null ? {} : { organisation: parsed.organisation }),
  };
}

export function toGap(row: unknown): KnowledgeGap {
  const parsed = gapRowSchema.parse(row);
  return {
    at: new Date(parsed.at),
    channel: parsed.channel,
    reason: parsed.reason,
    question: parsed.question ?? undefined,
    verdict: parsed.verdict ?? undefined,
    knowledgeVersion: parsed.knowledge_version,
    ...(parsed.organisation === null ? {} : { organisation: parsed.organisation }),
  };
}

export function toProfile(json: string) {
  return profileSchema.parse(JSON.parse(json));
}

export function toConversationTurn(json: string): ConversationTurn {
  return conversationTurnSchema.parse(JSON.parse(json));
}

/** A rating as a row holds it, or undefined for no row. */
export function toRating(value: unknown): 'up' | 'down' | undefined {
  return value === undefined || value === null ? undefined : feedbackRowSchema.shape.rating.parse(value);
}
