// Dutch stemming for retrieval and rule matching. Snowball's Dutch stemmer joins plurals but not verb
// forms, so a light verb normaliser runs first and both stems are kept as keys of the word:
// reageren / reageert / reageerde / gereageerd all share the key "reager".
import snowball from 'snowball-stemmers';

const dutch = snowball.newStemmer('dutch');
const english = snowball.newStemmer('english');

// Nouns and adjectives that end like a verb form; stripping them would join unrelated words
// (gemeente → gemeen). Only the verb variant is suppressed: the plain stem stays.
const NOT_VERB_FORMS = new Set(
  `gemeente gemeenten ruimte hoogte lengte breedte diepte warmte gedachte gedachten beste laatste eerste grootste meeste vreugde rechte korte grote aarde plaats gezondheid geheim geheime gebied gebieden gesprek gericht gerecht gevaar geld gelijk gemeentelijk geschiedenis gewest getal gedrag gedeputeerde gedeputeerden post kwestie debat recht dienst bericht staat raad tekst kost feit wet net test chat tweet nacht macht kracht landmacht krijgsmacht start punt afdeling weet eet uitkering respect effect project contact cabinet budget`.split(
    /\s+/,
  ),
);

/** Strips Dutch verb inflection: gereageerd → reageer, reageerde → reageer, reageert → reageer. */
export function normaliseVerb(word: string): string {
  if (word.length < 5 || NOT_VERB_FORMS.has(word) || /(heid|heden|ing|ingen)$/.test(word)) return word;
  // Past participle: ge…d / ge…t (gedeeld, gereageerd, getekend).
  const participle = /^ge([a-z]{3,})[dt]$/.exec(word);
  if (participle?.[1]) return participle[1];
  // Past tense: …de(n) / …te(n) after a consonant (reageerde, deelden, plaatste).
  const pastTense = /^([a-z]{3,}[^aeiou])(?:de|te|den|ten)$/.exec(word);
  if (pastTense?.[1]) return pastTense[1];
  // Present tense, second or third person: …t (reageert, werkt, deelt).
  if (word.endsWith('t') && !word.endsWith('tt') && word.length >= 5) return word.slice(0, -1);
  return word;
}

/** Rebuilds the infinitive from a verb stem: reageer → reageren, deel → delen, werk → werken. */
function infinitive(stem: string): string {
  const open = /^(.*[^aeiou])([aeiou])\2([^aeiou])$/.exec(stem);
  if (open) return `${open[1]}${open[2]}${open[3]}en`;
  return `${stem}en`;
}

// Stemming dominates indexing time; words repeat a lot, so their keys are memoised (bounded).
const MAX_CACHED_WORDS = 200_000;
const keyCache = new Map<string, string[]>();
const englishCache = new Map<string, string>();

/** The primary retrieval key of a folded word: its Snowball stem (the first of its keys, memoised with them). */
export function primaryKey(word: string): string {
  return wordKeys(word)[0] as string;
}

/** All keys of a folded word: the Snowball stem and the stem of the verb-normalised form. */
export function wordKeys(word: string): string[] {
  const cached = keyCache.get(word);
  if (cached) return cached;
  const keys = new Set<string>([dutch.stem(word)]);
  const verb = normaliseVerb(word);
  if (verb !== word) keys.add(dutch.stem(infinitive(verb)));
  const result = [...keys];
  if (keyCache.size >= MAX_CACHED_WORDS) keyCache.clear();
  keyCache.set(word, result);
  return result;
}

/**
 * The English stem of a word when it differs ("posting" → "post"), so English questions meet the
 * Dutch knowledge. Only applied to what users write: the knowledge itself is Dutch.
 */
export function englishKey(word: string): string | undefined {
  const cached = englishCache.get(word);
  if (cached !== undefined) return cached || undefined;
  const stem = english.stem(word);
  const key = stem !== word && stem.length >= 3 ? stem : '';
  if (englishCache.size >= MAX_CACHED_WORDS) englishCache.clear();
  englishCache.set(word, key);
  return key || undefined;
}
