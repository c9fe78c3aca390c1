// Word patterns of the rule files, compiled once per knowledge version.
//
// Syntax (documented for HR in knowledge/README.md):
//   word      any inflection of the word (reageren matches reageert, reageerde, gereageerd); words
//             whose length differs by more than MAX_INFLECTION characters do not match, since stems can
//             collide ("overheid" and "over" share the stem "over")
//   word*     words that start with "word" as written (vertrouwelijk* does not match "vertrouw")
//   *word     words that end in "word" as written, the word itself included (*straat: Kerkstraat, straat)
//   =word     exactly this word
//   @concept  any word of a synonym group (@sociale-media matches tweet, LinkedIn, X …)
//   #name     a word written with a capital inside a sentence (a name: "Sandra", "Jansen"); never a word of an
//             organisation the situation lexicon knows ("UWV", "Belastingdienst"), a known place ("Rotterdam")
//             or a street or square ("Coolsingel")
//   #proper   a word written with a capital inside a sentence: a person, a street or a place ("in de
//             Prinsenstraat", "uit Zwolle"); never an organisation
//   #number   a number ("41", "3")
//   #bsn      a nine-digit number that passes the elfproef (a Dutch citizen service number)
//   a|b|c     any of the alternatives
// Words of a pattern must occur in this order, with at most `window` other words between them.
import { foldText } from '../text/fold-text.ts';

export type PatternAlternative =
  | { type: 'key'; key: string; length: number }
  | { type: 'prefix'; prefix: string }
  | { type: 'suffix'; suffix: string }
  | { type: 'exact'; word: string }
  | { type: 'concept'; concept: string }
  | { type: 'name'; places: boolean }
  | { type: 'number' }
  | { type: 'bsn' };

export interface CompiledPattern {
  source: string;
  steps: PatternAlternative[][];
}

export class PatternError extends Error {}

export function compilePattern(source: string, keyOf: (word: string) => string): CompiledPattern {
  // A hyphenated word is written as separate words in text ("sit-in" → sit, in), so it becomes steps.
  const tokens = source
    .trim()
    .split(/\s+/)
    .flatMap((token) => (token.includes('|') || /^[@#]/.test(token) ? [token] : token.split('-')))
    .filter(Boolean);
  if (tokens.length === 0) throw new PatternError('empty pattern');
  const steps = tokens.map((token) =>
    token.split('|').map<PatternAlternative>((raw) => {
      const alternative = foldText(raw).replace(/['’]/g, '');
      if (!alternative) throw new PatternError(`empty alternative in "${token}"`);
      if (alternative === '#name') return { type: 'name', places: false };
      if (alternative === '#proper') return { type: 'name', places: true };
      if (alternative === '#number') return { type: 'number' };
      if (alternative === '#bsn') return { type: 'bsn' };
      if (alternative.startsWith('@')) {
        if (!/^@[a-z0-9-]+$/.test(alternative)) throw new PatternError(`bad concept "${raw}"`);
        return { type: 'concept', concept: alternative };
      }
      if (alternative.startsWith('=')) return { type: 'exact', word: checkWord(alternative.slice(1), raw) };
      if (alternative.endsWith('*'))
        return { type: 'prefix', prefix: checkWord(alternative.slice(0, -1), raw) };
      // A suffix of at least three letters: shorter ones ("*en") would match half the language.
      if (alternative.startsWith('*')) {
        const suffix = checkWord(alternative.slice(1), raw);
        if (suffix.length < 3) throw new PatternError(`"${raw}": a word ending needs at least three letters`);
        return { type: 'suffix', suffix };
      }
      const word = checkWord(alternative, raw);
      return { type: 'key', key: keyOf(word), length: word.length };
    }),
  );
  return { source, steps };
}

function checkWord(word: string, raw: string): string {
  if (!/^[\p{L}\p{N}]+$/u.test(word)) {
    throw new PatternError(`"${raw}": a pattern word may contain only letters and digits`);
  }
  return word;
}
