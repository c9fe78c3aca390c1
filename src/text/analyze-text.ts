// The analyser shared by retrieval and rule matching: words with offsets, their stem keys, the parts of
// compounds and the domain concepts they stand for (tweet / X / LinkedIn → @sociale-media).
import { splitWords, type Word } from './fold-text.ts';
import { englishKey, primaryKey, wordKeys } from './stem-dutch.ts';
import { STOPWORDS } from './stopwords.ts';

/** An emoji in the gap between two words. */
const EMOJI = /\p{Extended_Pictographic}/u;
/** Words that open a sentence in chat after an emoji. */
const SENTENCE_OPENERS = new Set(
  'ik we wij het de dit dat mijn onze ons maar en nu i my our the this it but and now'.split(' '),
);

/** A group of words that mean the same thing for our purposes. */
export interface SynonymGroup {
  /** Concept name; rules refer to it as "@name". */
  concept: string;
  /**
   * Words or short phrases ("sociale media") that stand for the concept. "=press" is that word only (and its
   * plural), not a word it begins ("pressure") or shares a stem with.
   */
  terms: string[];
}

export interface AnalyzerOptions {
  /** Known words (folded), used to split compounds into their parts. */
  lexicon: Iterable<string>;
  synonyms: SynonymGroup[];
}

/** A word with everything a rule or the index may match on. */
export interface AnalyzedWord extends Word {
  /** Stem keys of the word and of its compound parts. */
  keys: string[];
  /** Keys of the compound parts only (ministerraadsagenda → ministerraad, agenda). */
  partKeys: string[];
  /** Concepts ("@sociale-media") the word belongs to, alone or as part of a phrase. */
  concepts: string[];
  /** True for function words. */
  stopword: boolean;
  /** Starts with a capital letter as written. */
  capitalized: boolean;
  /** First word of a sentence (a capital there says nothing). */
  sentenceStart: boolean;
  /** Part of an organisation's name the situation lexicon knows ("UWV", "Belastingdienst"); set by readText. */
  organisationName?: boolean;
}

/** How a text is analysed. */
export interface AnalyzeOptions {
  /**
   * Add English stems: true for what users write (the default), false for the Dutch knowledge text,
   * which makes indexing much faster.
   */
  english?: boolean;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalyzedWord[];
  /** Terms for the search index: keys and concepts of the content words. */
  indexTerms(text: string, options?: AnalyzeOptions): string[];
  /** The key a rule word is matched on. */
  keyOf(word: string): string;
}

const MIN_PART = 3;
const MAX_COMPOUND_LENGTH = 40;
/** Synonym terms shorter than this match only as written. */
const MIN_CONCEPT_STEM = 5;
// Linking sounds between compound parts (beleid-s-terrein, dier-en-welzijn).
const LINKS = ['s', 'en', 'e', ''];

export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  const lexicon = new Set<string>();
  for (const word of options.lexicon) if (word.length >= 4) lexicon.add(word);
  const compoundCache = new Map<string, string[]>();

  /** Splits a compound into known parts (beleidsterrein → beleid, terrein); [] when it is not one. */
  function splitCompound(word: string): string[] {
    const cached = compoundCache.get(word);
    if (cached) return cached;
    let parts: string[] = [];
    // Real compounds are short enough; a very long 'word' is noise and would cost cubic time here.
    if (word.length >= 8 && word.length <= MAX_COMPOUND_LENGTH) {
      // Prefer the longest known tail: Dutch compounds put the head last.
      for (let cut = MIN_PART; cut <= word.length - 4 && parts.length === 0; cut++) {
        const tail = word.slice(cut);
        if (!lexicon.has(tail)) continue;
        const head = word.slice(0, cut);
        for (const link of LINKS) {
          if (!head.endsWith(link)) continue;
          const stem = head.slice(0, head.length - link.length);
          if (
            stem.length >= MIN_PART &&
            (lexicon.has(stem) || (stem.length >= 4 && splitCompound(stem).length))
          ) {
            parts = [stem, tail];
            break;
          }
        }
      }
    }
    compoundCache.set(word, parts);
    return parts;
  }

  // Synonym lookup. Long single words match by stem key and as the first part of a compound
  // ("facebookgroep" is about Facebook); short ones ("pers", "x") only as written, since their stems
  // collide with other words ("pers" and "per"). Phrases match by the keys of their words.
  const conceptByKey = new Map<string, Set<string>>();
  const conceptBySurface = new Map<string, Set<string>>();
  const conceptPrefixes: { prefix: string; concept: string }[] = [];
  const phrases: { keys: string[]; concept: string }[] = [];
  const addTo = (map: Map<string, Set<string>>, key: string, concept: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(concept);
    map.set(key, set);
  };
  for (const group of options.synonyms) {
    const concept = `@${group.concept}`;
    for (const term of group.terms) {
      const termWords = splitWords(term);
      const [single] = termWords;
      // "=press": the word as written and its plural only, not "pressure" by prefix or stem.
      if (term.startsWith('=') && termWords.length === 1 && single) {
        addTo(conceptBySurface, single.folded, concept);
        addTo(conceptBySurface, `${single.folded}es`, concept);
      } else if (termWords.length === 1 && single) {
        addTo(conceptBySurface, single.folded, concept);
        if (single.folded.length >= MIN_CONCEPT_STEM) {
          addTo(conceptByKey, primaryKey(single.folded), concept);
          conceptPrefixes.push({ prefix: single.folded, concept });
        } else {
          // Short words still match their plural ("posts", "fotos").
          addTo(conceptBySurface, `${single.folded}s`, concept);
        }
      } else if (termWords.length > 1) {
        phrases.push({ keys: termWords.map((word) => primaryKey(word.folded)), concept });
      }
    }
  }

  const phrasesByFirstKey = new Map<string, { keys: string[]; concept: string }[]>();
  for (const phrase of phrases) {
    const first = phrase.keys[0];
    if (first === undefined) continue;
    phrasesByFirstKey.set(first, [...(phrasesByFirstKey.get(first) ?? []), phrase]);
  }

  // Everything but the position depends on the folded word alone, so it is computed once per word.
  type WordInfo = Pick<AnalyzedWord, 'keys' | 'partKeys' | 'concepts' | 'stopword'>;
  const infoCache = new Map<string, WordInfo>();
  const MAX_CACHED = 100_000;

  function wordInfo(folded: string, english: boolean): WordInfo {
    const cacheKey = english ? `${folded}\u0001` : folded;
    const cached = infoCache.get(cacheKey);
    if (cached) return cached;
    const keys = new Set(wordKeys(folded));
    const englishStem = english ? englishKey(folded) : undefined;
    if (englishStem) keys.add(englishStem);
    const partKeys = new Set<string>();
    for (const part of splitCompound(folded)) {
      for (const key of wordKeys(part)) {
        keys.add(key);
        partKeys.add(key);
      }
    }
    const concepts = new Set<string>(conceptBySurface.get(folded) ?? []);
    for (const key of keys) for (const concept of conceptByKey.get(key) ?? []) concepts.add(concept);
    if (folded.length > MIN_CONCEPT_STEM + 2) {
      for (const { prefix, concept } of conceptPrefixes) if (folded.startsWith(prefix)) concepts.add(concept);
    }
    const info: WordInfo = {
      keys: [...keys],
      partKeys: [...partKeys],
      concepts: [...concepts],
      stopword: STOPWORDS.has(folded),
    };
    if (infoCache.size >= MAX_CACHED) infoCache.clear();
    infoCache.set(cacheKey, info);
    return info;
  }

  function analyze(text: string, analyzeOptions: AnalyzeOptions = {}): AnalyzedWord[] {
    const english = analyzeOptions.english ?? true;
    let previousEnd = 0;
    let previousFolded = '';
    const words = splitWords(text).map<AnalyzedWord>((word, index) => {
      const info = wordInfo(word.folded, english);
      // A medium prefix ("[LinkedIn] Persoonlijke noot …") ends where the post begins. A time or a number
      // ("om 06.00", "14:30", "1.000 euro") is no sentence end.
      const gap = text.slice(previousEnd, word.start);
      const inNumber = /^[.:]$/.test(gap) && /^\d+$/.test(previousFolded) && /^\d/.test(word.folded);
      // In chat an emoji often ends the sentence: "… mijn bijenvolken 🐝 Ik werk bij …" (only before a
      // capitalised opener, so a name after an emoji, "welkom 🎉 Sanne", stays a name mid-sentence).
      const emojiEnd = EMOJI.test(gap) && SENTENCE_OPENERS.has(word.folded) && /^\p{Lu}/u.test(word.surface);
      const sentenceStart = index === 0 || (/[.!?:\]\n]/.test(gap) && !inNumber) || emojiEnd;
      previousEnd = word.end;
      previousFolded = word.folded;
      // Written out: an object spread here is several times slower on V8 and this is the hot path.
      return {
        surface: word.surface,
        folded: word.folded,
        start: word.start,
        end: word.end,
        keys: info.keys,
        partKeys: info.partKeys,
        concepts: info.concepts,
        stopword: info.stopword,
        capitalized: /^\p{Lu}/u.test(word.surface),
        sentenceStart,
      };
    });
    // Phrases ("sociale media") are looked up by the key of their first word.
    words.forEach((first, index) => {
      for (const key of first.keys) {
        for (const phrase of phrasesByFirstKey.get(key) ?? []) {
          const matches = phrase.keys.every((phraseKey, offset) =>
            words[index + offset]?.keys.includes(phraseKey),
          );
          if (!matches) continue;
          for (let offset = 0; offset < phrase.keys.length; offset++) {
            const word = words[index + offset];
            // Copy before adding: the concept list is shared by every occurrence of the word.
            if (word && !word.concepts.includes(phrase.concept))
              word.concepts = [...word.concepts, phrase.concept];
          }
        }
      }
    });
    return words;
  }

  function indexTerms(text: string, analyzeOptions: AnalyzeOptions = {}): string[] {
    const terms: string[] = [];
    for (const word of analyze(text, analyzeOptions)) {
      if (word.stopword) continue;
      terms.push(...word.keys, ...word.concepts);
    }
    return terms;
  }

  return { analyze, indexTerms, keyOf: (word) => primaryKey(word) };
}
