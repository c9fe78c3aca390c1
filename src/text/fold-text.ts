// Folding and word splitting that keep character offsets into the original text.

/** Lower-case and strip diacritics ("coördinatie" → "coordinatie"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A word of the original text with its position. */
export interface Word {
  /** The word as written. */
  surface: string;
  /** Folded form, apostrophes removed ("memo's" → "memos"). */
  folded: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

// Letters and digits, with an inner apostrophe ("memo's", "foto’s") kept inside the word.
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits text into words; hyphenated compounds give their parts ("ICT-beheerder" → ict, beheerder). */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const surface = match[0];
    const start = match.index;
    words.push({
      surface,
      folded: foldText(surface).replace(/['’]/g, ''),
      start,
      end: start + surface.length,
    });
  }
  return words;
}
