// Masks personal data before text leaves the conversation (to a language model, or stored as a knowledge
// gap): e-mail addresses, IBANs, BSNs and phone numbers however they are written (mask-contact-details.ts),
// then names of private persons (mask-names.ts). Privacy first: a doubtful word is masked; public office
// holders and organisations are kept. The masker in service knows the knowledge base's words
// (create-masker.ts).
import { maskContactDetails } from './mask-contact-details.ts';
import { maskNames } from './mask-names.ts';

export interface MaskOptions {
  /** Folded words the knowledge base knows (so "Tweede Kamer" is not a name). */
  isKnownWord?: (folded: string) => boolean;
  /** Stem keys (text/stem-dutch.ts) of those words, so an inflected form counts as known too. */
  isKnownKey?: (key: string) => boolean;
}

export interface MaskResult {
  text: string;
  /** How many items of each kind were masked (for logs; never the items themselves). */
  counts: Record<string, number>;
}

export function maskPersonalData(input: string, options: MaskOptions = {}): MaskResult {
  const counts: Record<string, number> = {};
  const count = (kind: string) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
  };
  const text = maskNames(
    maskContactDetails(input, count),
    {
      isKnownWord: options.isKnownWord ?? (() => false),
      isKnownKey: options.isKnownKey ?? (() => false),
    },
    () => count('name'),
  );
  return { text, counts };
}
