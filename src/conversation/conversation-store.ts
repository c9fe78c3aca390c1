// Short memory per conversation thread, so a follow-up is read in the light of the question before it.
// In memory, bounded in size and age; the text is kept only as long as the context is useful.
import type { Profile } from '../core/types.ts';
import type { KnownFacts } from '../situation/build-situation.ts';

export interface ConversationTurn {
  /** The thread's original question; follow-ups are read against it, so context never grows. */
  question: string;
  profile: Profile | undefined;
  at: number;
  /** The bot asked back: a short next message is read as the answer. */
  pending?: boolean;
  /** What the user answered when asked back; it holds for the rest of the thread. */
  known?: KnownFacts;
}

export interface ConversationStore {
  get(key: string, now: number): ConversationTurn | undefined;
  set(key: string, turn: ConversationTurn): void;
  readonly size: number;
}

export interface ConversationStoreOptions {
  /** How long a thread's context lives (ms). */
  ttlMs: number;
  /** How many threads are remembered; the least recently used is forgotten first. */
  maxThreads: number;
}

export function createConversationStore(options: ConversationStoreOptions): ConversationStore {
  const turns = new Map<string, ConversationTurn>();
  return {
    get(key, now) {
      const turn = turns.get(key);
      if (!turn) return undefined;
      if (now - turn.at > options.ttlMs) {
        turns.delete(key);
        return undefined;
      }
      return turn;
    },
    set(key, turn) {
      turns.delete(key);
      turns.set(key, turn);
      while (turns.size > options.maxThreads) {
        const oldest = turns.keys().next().value;
        if (oldest === undefined) break;
        turns.delete(oldest);
      }
    },
    get size() {
      return turns.size;
    },
  };
}

/** Context belongs to one user in one thread: in a shared channel, another user's follow-up starts fresh. */
export function conversationKey(
  conversationId: string,
  threadId: string | undefined,
  userId: string,
): string {
  return `${conversationId}\u0000${threadId ?? ''}\u0000${userId}`;
}
