// A thread's context, so a follow-up is read in the light of the question before it. It lives in the state
// store (StateStore.getConversation / setConversation), per user per thread and with a time-out, so every
// instance reads the same context, also after a restart; the text is kept only as long as it is useful.
import { z } from 'zod';
import { profileSchema } from '../core/profile.ts';
import { relationSchema } from '../situation/situation-schema.ts';

/** What a thread remembers; checked with zod whenever a store hands it back. */
export const conversationTurnSchema = z.object({
  /** The thread's original question; follow-ups are read against it, so context never grows. */
  question: z.string(),
  profile: profileSchema.optional(),
  /** The bot asked back: a short next message is read as the answer. */
  pending: z.boolean().optional(),
  /** What the user answered when asked back; it holds for that question and its follow-ups, not for a new one. */
  known: z.object({ relation: relationSchema.optional() }).optional(),
  /** The language of the thread's last question: "help" and other words that do not tell follow it. */
  language: z.enum(['nl', 'en']).optional(),
});
export type ConversationTurn = z.infer<typeof conversationTurnSchema>;

/** Context belongs to one user in one thread: in a shared channel, another user's follow-up starts fresh. */
export function conversationKey(
  conversationId: string,
  threadId: string | undefined,
  userId: string,
): string {
  return `${conversationId}\u0000${threadId ?? ''}\u0000${userId}`;
}
