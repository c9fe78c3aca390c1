// The answer cards this instance sent, by reply id, so a vote can be answered with the same card marked as
// counted: Teams' invoke for a card action carries the action's data, never the card. Bounded and expiring;
// a card not found here (another instance, a restart) gets a short thank-you message instead.
import type { CardElement } from './render-reply.ts';

export interface SentCardMemory {
  remember(replyId: string, content: CardElement): void;
  /** A copy of the card sent with this reply id, while it is kept. */
  recall(replyId: string): CardElement | undefined;
}

export function createSentCardMemory(
  options: { max?: number; ttlMs?: number; now?: () => number } = {},
): SentCardMemory {
  const max = options.max ?? 500;
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  // Insertion-ordered: the oldest card is dropped first when full.
  const cards = new Map<string, { content: CardElement; until: number }>();
  return {
    remember(replyId, content) {
      cards.delete(replyId);
      cards.set(replyId, { content: structuredClone(content), until: now() + ttlMs });
      while (cards.size > max) cards.delete(cards.keys().next().value as string);
    },
    recall(replyId) {
      const kept = cards.get(replyId);
      if (!kept) return undefined;
      if (kept.until <= now()) {
        cards.delete(replyId);
        return undefined;
      }
      return structuredClone(kept.content);
    },
  };
}
