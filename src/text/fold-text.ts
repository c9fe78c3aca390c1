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
/** "UWV'er", "zzp'ers", "ME'er": a short word with the -er suffix of a person, written with an apostrophe. */
const PERSON_SUFFIX = /^([\p{L}\p{N}]{2,6})(['’])(ers?)$/u;

/** A number or an all-capitals abbreviation with an apostrophe-s ("35's", "F35's", "UWV's", "pc's" not). */
const ABBREVIATION_S = /^((?:\p{Lu}|\p{N})[\p{Lu}\p{N}]{0,7})['’]s$/u;

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const surface = match[0];
    const start = match.index;
    // Two words, so the abbreviation is found on its own and "ME'er" does not fold into "meer".
    const person = PERSON_SUFFIX.exec(surface);
    if (person?.[1] && person[3]) {
      const stemEnd = start + person[1].length;
      words.push({ surface: person[1], folded: foldText(person[1]), start, end: stemEnd });
      words.push({
        surface: person[3],
        folded: person[3].toLowerCase(),
        start: stemEnd + 1,
        end: start + surface.length,
      });
      continue;
    }
    // "F-35's", "UWV's": the plural or genitive 's of a number or an abbreviation is not part of the word,
    // so exact rule words (=f35, =uwv) still find it. ("memo's" stays "memos": stems join those plurals.)
    const abbreviation = ABBREVIATION_S.exec(surface);
    words.push({
      surface,
      folded: abbreviation?.[1] ? foldText(abbreviation[1]) : foldText(surface).replace(/['’]/g, ''),
      start,
      end: start + surface.length,
    });
  }
  return words;
}
