// The masker in service: maskPersonalData knowing the words of the knowledge base in service, so "Tweede
// Kamer" stays while "Kees Vogelzang" goes. One per knowledge version, built on first use. Both ways
// text leaves the conversation use it: the request to the language model and the knowledge gaps stored
// for the HR console.
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { foldText } from '../text/fold-text.ts';
import { wordKeys } from '../text/stem-dutch.ts';
import { maskPersonalData } from './mask-personal-data.ts';

/** Text in, the same text with personal data replaced by placeholders ("[naam]", "[bsn]" …) out. */
export type Masker = (text: string) => string;

const maskers = new WeakMap<KnowledgeBase, Masker>();

export function createMasker(knowledge: KnowledgeBase): Masker {
  const cached = maskers.get(knowledge);
  if (cached) return cached;
  let words: Set<string> | undefined;
  let keys: Set<string> | undefined;
  const vocabulary = () => {
    if (!words || !keys) {
      words = new Set<string>();
      for (const passage of knowledge.passages) {
        for (const word of `${passage.title} ${passage.text}`.split(/[^\p{L}]+/u)) {
          if (word) words.add(foldText(word));
        }
      }
      keys = new Set([...words].flatMap((word) => wordKeys(word)));
    }
    return { words, keys };
  };
  const masker: Masker = (text) =>
    maskPersonalData(text, {
      isKnownWord: (word) => vocabulary().words.has(word),
      isKnownKey: (key) => vocabulary().keys.has(key),
    }).text;
  maskers.set(knowledge, masker);
  return masker;
}
