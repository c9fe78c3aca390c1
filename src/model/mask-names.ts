// Names of private persons, found by a heuristic, privacy first. A name is
// - a capitalised word or initial after an honorific or a relation word ("mevrouw Jansen", "buurman Ahmed");
// - two or more capitalised words or initials in a row, particles between them (Fatima el Amrani, Anne-Marie
//   van ’t Hof, J.P. de Groot), of which one is a given name, an initial, or not a word of the knowledge;
// - one capitalised given name (Sanne, Piet);
// - in lower case: what follows a Dutch honorific ("mevrouw de jong", "meneer jansen"); after a relation
//   word a given name ("buurvrouw fatima el amrani", "mijn collega jan de vries") or a word that is no word
//   followed by a particle and a surname; a given name that is no word ("sanne"); any given name followed
//   by a particle and a surname, or a known surname ("jan de vries", "piet bakker").
// Names are recognised with word lists (person-name-words.ts) and the knowledge's own vocabulary.
// A name runs on through particles and surnames and stops at punctuation, a function word or a verb form.
// Kept: a name after a public office ("minister De Jonge": a public person, often the point of the
// question) and runs that start like an organisation ("Ministerie van …").
import { foldText } from '../text/fold-text.ts';
import { wordKeys } from '../text/stem-dutch.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import {
  COMMON_WORDS,
  DETERMINERS,
  DUTCH_HONORIFICS,
  GIVEN_NAMES,
  HONORIFICS,
  LOWER_CASE_PARTICLES,
  NAME_WORDS,
  PARTICLES,
  PUBLIC_OFFICES,
  RELATIONS,
  SURNAME_WORDS,
} from './person-name-words.ts';

export interface NameOptions {
  /** Folded words the knowledge base knows (so "Tweede Kamer" is not a name). */
  isKnownWord: (folded: string) => boolean;
  /** Their stem keys, so "klaagt" counts as known when "klagen" is. */
  isKnownKey: (key: string) => boolean;
}

interface Token {
  /** Opening punctuation ("(", a quote) before the word. */
  lead: string;
  word: string;
  /** Closing punctuation ("," "." ")") after it; initials keep their dots in `word`. */
  trail: string;
  /** Folded, with a curly apostrophe made straight. */
  folded: string;
}

/** Runs that start like this are organisations or places, not persons. */
const ORGANISATION =
  /^(ministerie|gemeente|provincie|waterschap|rijkswaterstaat|belastingdienst|politie|defensie|tweede|eerste|raad|hoge|nationale|dienst|inspectie|universiteit|hogeschool|staten|europese|openbaar|koninklijke|stichting|vereniging|groenlinks|pvda|vvd|cda|d66|sp|pvv|bbb|nsc|ja21|volt|denk|christenunie|sgp|partij)$/;
/** Honorifics written with a dot ("mevr.", "dhr."): the dot does not end the phrase. */
const ABBREVIATED = new Set(['mevr', 'mw', 'dhr', 'fam', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'ing']);
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;
const ALL_CAPITALS = /^[\p{Lu}\p{N}'’-]+$/u;
/** Capitalised words that are not names: contractions (I'm, DM'd, PIW'er), days and months in English. */
const NOT_A_NAME =
  /^(?:i|\p{Lu}{2,})['’]\p{Ll}+$|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
const INITIALS = /^(?:\p{Lu}\.){1,4}$/u;
const LOWER_CASE = /^\p{Ll}[\p{Ll}'’-]*$/u;
const LEAD = /^[(["“‘'’«]+/;
const TRAIL = /[.,;:!?)\]"”’'»]+$/;
/** Endings of verb forms (werkt, deelde, gedeeld, praten, asked, posting, says): not a name. */
const VERB_FORM = /(?:[^aeiou]t|de|te|den|ten|(?<!s)en|(?<!e)ed|ing)$|^ge\p{L}{3,}(?:d|t|en)$|[^s]s$/u;

function toToken(raw: string): Token {
  // "’t" and "'s" (’t Hof, 's-Hertogenbosch) keep their apostrophe; other quotes open the word.
  const lead = /^['’][ts]\b/u.test(raw) ? '' : (raw.match(LEAD)?.[0] ?? '');
  const rest = raw.slice(lead.length);
  const initials = /^((?:\p{Lu}\.){1,4})([,;:!?)\]"”’»]*)$/u.exec(rest);
  const trail = initials ? (initials[2] ?? '') : (rest.match(TRAIL)?.[0] ?? '');
  const word = rest.slice(0, rest.length - trail.length);
  return { lead, word, trail, folded: foldText(word).replace(/’/g, "'") };
}

export function maskNames(text: string, options: NameOptions, counted: () => void): string {
  const pieces = text.split(/(\s+)/);
  const tokens = pieces.filter((_, index) => index % 2 === 0).map(toToken);
  const spaces = pieces.filter((_, index) => index % 2 === 1);
  const find = createNameFinder(tokens, options);
  const out: string[] = [];
  for (let index = 0; index < tokens.length; ) {
    const { end, name } = find(index);
    if (!name) {
      // A run read as a whole and found no name ("Zwarte Piet") is passed over as a whole.
      for (; index <= end; index++) out.push(pieces[index * 2] ?? '', spaces[index] ?? '');
      continue;
    }
    counted();
    out.push(`${tokens[index]?.lead ?? ''}[naam]${tokens[end]?.trail ?? ''}`, spaces[end] ?? '');
    index = end + 1;
  }
  return out.join('');
}

/** What starts at a token: the last token of the words read together, and whether they are a name. */
interface Found {
  end: number;
  name: boolean;
}

/** Given the tokens, a function from a start index to what starts there. */
function createNameFinder(tokens: readonly Token[], options: NameOptions): (index: number) => Found {
  const isWord = (folded: string) =>
    STOPWORDS.has(folded) ||
    COMMON_WORDS.has(folded) ||
    options.isKnownWord(folded) ||
    wordKeys(folded).some((key) => options.isKnownKey(key));
  const isGiven = (token: Token) =>
    token.folded.split('-').some((part) => GIVEN_NAMES.has(part) || NAME_WORDS.has(part));
  // A name may open with a bracket or quote ("(Thijs)"); the words after its first may not.
  const isLower = (token: Token | undefined, first = false): token is Token =>
    token !== undefined && (first || token.lead === '') && LOWER_CASE.test(token.word);
  const isNamePart = (token: Token | undefined, first = false): boolean =>
    token !== undefined &&
    (first || token.lead === '') &&
    (INITIALS.test(token.word) ||
      (CAPITALISED.test(token.word) &&
        !ALL_CAPITALS.test(token.word) &&
        !NOT_A_NAME.test(token.word) &&
        !(STOPWORDS.has(token.folded) && !PARTICLES.has(token.folded))));
  const isParticle = (token: Token | undefined): boolean =>
    token !== undefined &&
    token.lead === '' &&
    token.trail === '' &&
    ((PARTICLES.has(token.folded) && !LOWER_CASE.test(token.word)) || LOWER_CASE_PARTICLES.has(token.folded));
  /** A surname after a particle: capitalised, a known surname, or no word. */
  const isSurname = (token: Token | undefined) =>
    isNamePart(token) ||
    (isLower(token) && (SURNAME_WORDS.has(token.folded) || isGiven(token) || !isWord(token.folded)));
  /** A second given name or a surname right after a name: as above, but not a verb form. */
  const isNextName = (token: Token | undefined) =>
    isNamePart(token) ||
    (isLower(token) &&
      (SURNAME_WORDS.has(token.folded) ||
        (GIVEN_NAMES.has(token.folded) && !STOPWORDS.has(token.folded)) ||
        (!isWord(token.folded) && !VERB_FORM.test(token.folded))));

  /** From a name part at `index`, the last index of the name: through particles and surnames. */
  function runOn(index: number, isNext: (token: Token | undefined) => boolean): number {
    let end = index;
    while (!tokens[end]?.trail && end - index < 6) {
      let look = end + 1;
      while (isParticle(tokens[look]) && look - end <= 3) look += 1;
      if (look > end + 1) {
        if (!isSurname(tokens[look])) break;
        end = look;
      } else if (isNext(tokens[end + 1])) {
        end += 1;
      } else break;
    }
    return end;
  }

  function context(index: number): 'office' | 'honorific' | 'relation' | undefined {
    const previous = tokens[index - 1];
    if (!previous) return undefined;
    const dotted = previous.trail === '.' && ABBREVIATED.has(previous.folded);
    if (previous.trail && !dotted) return undefined;
    if (PUBLIC_OFFICES.has(previous.folded)) return 'office';
    if (HONORIFICS.has(previous.folded)) {
      if (!LOWER_CASE.test(tokens[index]?.word ?? '')) return 'honorific';
      // In lower case only a Dutch honorific announces a name ("mevrouw de jong"; "miss" is also a verb),
      // and not after a determiner, where it is a noun ("die mevrouw thuiszorg krijgt").
      const determiner = DETERMINERS.has(tokens[index - 2]?.folded ?? '') && previous.folded !== 'heer';
      return DUTCH_HONORIFICS.has(previous.folded) && !determiner ? 'honorific' : undefined;
    }
    if (RELATIONS.has(previous.folded)) return 'relation';
    return undefined;
  }

  function capitalisedName(index: number, before: string | undefined): Found {
    const end = runOn(index, isNamePart);
    const found = (name: boolean): Found => ({ end, name });
    const parts = tokens.slice(index, end + 1).filter((part, offset) => isNamePart(part, offset === 0));
    const words = parts.filter((part) => !INITIALS.test(part.word));
    if (before === 'office' || ORGANISATION.test(words[0]?.folded ?? '')) return found(false);
    if (before === 'honorific' || before === 'relation') return found(true);
    // Two or more: one word the knowledge does not know, or an initial ("Zwarte Piet" stays: both known).
    if (parts.length >= 2) {
      const unknown = words.some((word) => !options.isKnownWord(word.folded));
      return found(unknown || parts.length > words.length);
    }
    return found(words.some(isGiven));
  }

  function lowerCaseName(index: number, before: string | undefined): number {
    const token = tokens[index] as Token;
    if (before === 'honorific') {
      // "mevrouw de jong", "meneer van der linden": the name may start with its particles.
      let surname = index;
      while (isParticle(tokens[surname]) && surname - index < 3) surname += 1;
      return isSurname(tokens[surname]) ? runOn(surname, isNextName) : -1;
    }
    const given = isGiven(token) && !STOPWORDS.has(token.folded) && !COMMON_WORDS.has(token.folded);
    if (before === 'relation') {
      // "mijn buurvrouw fatima": a given name; any other word only with a particle and surname after it
      // ("mijn buurman yusuf van dam"), since a noun follows as often ("mijn moeder dementie").
      if (given) return runOn(index, isNextName);
      const end = runOn(index, () => false);
      return end > index && !isWord(token.folded) ? end : -1;
    }
    if (!given) return -1;
    if (!NAME_WORDS.has(token.folded) && !isWord(token.folded)) return runOn(index, isNextName);
    // "jan" is also a month: a name only with a surname after it ("jan de vries", "piet bakker").
    const end = runOn(index, (next) => isLower(next) && SURNAME_WORDS.has(next.folded));
    return end > index ? end : -1;
  }

  return (index) => {
    const token = tokens[index];
    const none = { end: index, name: false };
    if (!token || token.lead.includes('[')) return none;
    const before = context(index);
    if (isNamePart(token, true)) return capitalisedName(index, before);
    if (before === 'office' || !isLower(token, true)) return none;
    const end = lowerCaseName(index, before);
    return end < 0 ? none : { end, name: true };
  };
}
