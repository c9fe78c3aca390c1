// What a quick-reply button carries when the bot asks back: the answer, the question it is about (when it
// fits on the button), the reply it belongs to and the language. One shape for Slack and Teams, checked
// with zod when it comes back, so a tampered or outdated button is refused, not obeyed.
import { z } from 'zod';
import type { IncomingMessage, Reply } from '../core/types.ts';

/** Slack allows 2,000 characters in a button value; the question is left off when it does not fit. */
const MAX_PAYLOAD = 1900;

export const clarificationPayloadSchema = z.object({
  v: z.enum(['eigen-dossier', 'eigen-organisatie', 'eigen-werkgever', 'los-van-werk']),
  q: z.string().max(4000).optional(),
  r: z.string().max(200),
  l: z.enum(['nl', 'en']),
});
export type ClarificationPayload = z.infer<typeof clarificationPayloadSchema>;

/** The payload of one quick reply of a reply that asks back. */
export function encodeClarification(reply: Reply, value: string): string {
  const base = { v: value, r: reply.id, l: reply.language };
  const withQuestion = JSON.stringify({ ...base, q: reply.clarification?.about });
  return withQuestion.length <= MAX_PAYLOAD ? withQuestion : JSON.stringify(base);
}

/** The payload back as the core's clarification, or undefined when it is not one of ours. */
export function decodeClarification(raw: unknown): ClarificationPayload | undefined {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  const parsed = clarificationPayloadSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export function toClarification(
  payload: ClarificationPayload,
): NonNullable<IncomingMessage['clarification']> {
  return {
    fact: 'relatie-werk',
    value: payload.v,
    replyId: payload.r,
    ...(payload.q ? { question: payload.q } : {}),
  };
}
