// Finds many lexicon terms (organisation names, topic words, function titles, cue phrases) in one pass over
// a text. Each term is a compiled rule pattern; the index keys every term by what its first word can match,
// so a message visits only the terms that can start at one of its words, whatever the size of the lexicon.
//
// Lexicon matching is compound-aware, unlike the signal rules: a topic word also counts as the first part
// of a compound ("stikstofdebat" is about "stikstof"), and as a part found by the analyser's splitter.
import type { CompiledPattern, PatternAlternative } from '../rules/compile-pattern.ts';
import { MAX_INFLECTION, passesElfproef } from '../rules/match-pattern.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';

export interface TermEntry<T> {
  pattern: CompiledPattern;
  value: T;
}

export interface TermHit<T> {
  value: T;
  /** Matched only as a part of a compound (weaker than a whole-word match on the same word). */
  part?: boolean;
  /** The pattern as written in the knowledge. */
  pattern: string;
  /** Indexes of the words that carry the match (first to last step). */
  wordIndexes: number[];
}

export interface TermIndex<T> {
  find(words: AnalyzedWord[]): TermHit<T>[];
  readonly size: number;
}

/** A topic word at least this long also matches as the first part of a compound. */
const MIN_COMPOUND_MODIFIER = 6;
/** …and the rest of the compound must be a word of its own. */
const MIN_COMPOUND_REST = 3;
const PREFIX_BUCKET = 3;
/** Words of a phrase may have this many other words between them, unless the index says otherwise. */
const DEFAULT_WINDOW = 1;

export function matchesTermWord(
  alternative: PatternAlternative,
  word: AnalyzedWord,
  compound = true,
): boolean {
  switch (alternative.type) {
    case 'key':
      if (
        Math.abs(word.folded.length - alternative.length) <= MAX_INFLECTION &&
        word.keys.includes(alternative.key)
      )
        return true;
      if (compound && alternative.length >= 4 && word.partKeys.includes(alternative.key)) return true;
      return false;
    case 'prefix':
      return word.folded.startsWith(alternative.prefix);
    case 'suffix':
      return word.folded.endsWith(alternative.suffix);
    case 'exact':
      return word.folded === alternative.word;
    case 'concept':
      return word.concepts.includes(alternative.concept);
    case 'name':
      return word.capitalized && !word.sentenceStart && !word.stopword && word.folded.length > 1;
    case 'number':
      return /^\d+[a-z]?$/.test(word.folded);
    case 'bsn':
      return passesElfproef(word.folded);
  }
}

/** The surface form of a key alternative, kept for the compound-modifier match. */
interface KeyedEntry<T> {
  entry: TermEntry<T>;
  /** Folded single word of the first step, when it is one plain word (for compound modifiers). */
  modifier?: string;
}

export interface TermIndexOptions {
  /** Words of a phrase may have this many other words between them. */
  window?: number;
  /** Match topic words inside compounds (topics: yes; names of organisations and jobs: no). */
  compound?: boolean;
  /** Drop a hit whose words all lie inside a longer hit ("directeur-generaal" over "directeur"). */
  longest?: boolean;
}

function longestOnly<T>(hits: TermHit<T>[]): TermHit<T>[] {
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          other.wordIndexes.length > hit.wordIndexes.length &&
          hit.wordIndexes.every((index) => other.wordIndexes.includes(index)),
      ),
  );
}

export function createTermIndex<T>(entries: TermEntry<T>[], options: TermIndexOptions = {}): TermIndex<T> {
  const window = options.window ?? DEFAULT_WINDOW;
  const compound = options.compound ?? true;
  const byKey = new Map<string, KeyedEntry<T>[]>();
  const byExact = new Map<string, KeyedEntry<T>[]>();
  const byConcept = new Map<string, KeyedEntry<T>[]>();
  const byPrefixBucket = new Map<string, KeyedEntry<T>[]>();
  /** Compound modifiers by their first letters. */
  const byModifierBucket = new Map<string, KeyedEntry<T>[]>();
  const anyWord: KeyedEntry<T>[] = [];
  const add = (map: Map<string, KeyedEntry<T>[]>, key: string, item: KeyedEntry<T>) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const entry of entries) {
    const first = entry.pattern.steps[0];
    if (!first) continue;
    for (const alternative of first) {
      switch (alternative.type) {
        case 'key': {
          const modifier = modifierOf(entry.pattern, alternative);
          const item = { entry, modifier };
          add(byKey, alternative.key, item);
          if (modifier) add(byModifierBucket, modifier.slice(0, PREFIX_BUCKET), item);
          break;
        }
        case 'exact':
          add(byExact, alternative.word, { entry });
          break;
        case 'concept':
          add(byConcept, alternative.concept, { entry });
          break;
        case 'prefix':
          if (alternative.prefix.length >= PREFIX_BUCKET)
            add(byPrefixBucket, alternative.prefix.slice(0, PREFIX_BUCKET), { entry });
          else anyWord.push({ entry });
          break;
        default:
          anyWord.push({ entry });
      }
    }
  }

  // One set of candidates, emptied for each word: a message has many words and most start no term.
  const candidates = new Set<TermEntry<T>>();
  const compoundStarts: TermEntry<T>[] = [];

  function find(words: AnalyzedWord[]): TermHit<T>[] {
    const found: Found<T> = { hits: [], seen: new Set<string>() };
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as AnalyzedWord;
      candidates.clear();
      compoundStarts.length = 0;
      for (const key of word.keys) addEntries(candidates, byKey.get(key));
      addEntries(candidates, byExact.get(word.folded));
      for (const concept of word.concepts) addEntries(candidates, byConcept.get(concept));
      const bucket = word.folded.slice(0, PREFIX_BUCKET);
      addEntries(candidates, byPrefixBucket.get(bucket));
      addEntries(candidates, anyWord);
      // A topic word as the first part of a compound: "stikstofdebat", "asielzoekerscentrum".
      if (compound) {
        for (const item of byModifierBucket.get(bucket) ?? []) {
          const modifier = item.modifier as string;
          if (
            word.folded.length - modifier.length >= MIN_COMPOUND_REST &&
            word.folded.startsWith(modifier) &&
            !candidates.has(item.entry)
          )
            compoundStarts.push(item.entry);
        }
      }
      for (const entry of candidates) checkEntry(entry, false, words, index, window, compound, found);
      for (const entry of compoundStarts) checkEntry(entry, true, words, index, window, compound, found);
    }
    const { hits } = found;
    // A word matched whole by one term is not also read through a part ("lijsttrekker" is no tractor).
    const wholeWords = new Set(hits.filter((hit) => !hit.part).flatMap((hit) => hit.wordIndexes));
    const kept = hits.filter((hit) => !hit.part || !hit.wordIndexes.some((index) => wholeWords.has(index)));
    return options.longest ? longestOnly(kept) : kept;
  }

  return { find, size: entries.length };
}

interface Found<T> {
  hits: TermHit<T>[];
  /** Pattern and word indexes of each hit, so a term found twice at the same words counts once. */
  seen: Set<string>;
}

function addEntries<T>(into: Set<TermEntry<T>>, items: KeyedEntry<T>[] | undefined): void {
  if (items) for (const item of items) into.add(item.entry);
}

/** Records the term when it starts at word `index` (as a whole word, or as a compound's first part). */
function checkEntry<T>(
  entry: TermEntry<T>,
  compoundStart: boolean,
  words: AnalyzedWord[],
  index: number,
  window: number,
  compound: boolean,
  found: Found<T>,
): void {
  const word = words[index];
  const first = entry.pattern.steps[0] ?? [];
  const whole = !compoundStart && matchesStep(first, word, false);
  if (!compoundStart && !whole && !matchesStep(first, word, compound)) return;
  const tail = matchRest(entry.pattern.steps, 1, words, index, window, compound);
  if (!tail) return;
  const wordIndexes = [index, ...tail];
  const id = `${entry.pattern.source}\u0000${wordIndexes.join(',')}`;
  if (found.seen.has(id)) return;
  found.seen.add(id);
  found.hits.push({
    value: entry.value,
    pattern: entry.pattern.source,
    wordIndexes,
    ...(whole ? {} : { part: true }),
  });
}

function modifierOf(pattern: CompiledPattern, alternative: PatternAlternative): string | undefined {
  if (alternative.type !== 'key' || pattern.steps.length !== 1) return undefined;
  const surface = pattern.source.trim();
  return /^[\p{L}\p{N}]+$/u.test(surface) && surface.length >= MIN_COMPOUND_MODIFIER
    ? surface
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    : undefined;
}

function matchesStep(step: PatternAlternative[], word: AnalyzedWord | undefined, compound: boolean): boolean {
  return word !== undefined && step.some((alternative) => matchesTermWord(alternative, word, compound));
}

function matchRest(
  steps: PatternAlternative[][],
  stepNumber: number,
  words: AnalyzedWord[],
  previous: number,
  window: number,
  compound: boolean,
): number[] | undefined {
  const step = steps[stepNumber];
  if (!step) return [];
  const last = Math.min(words.length - 1, previous + window + 1);
  for (let index = previous + 1; index <= last; index++) {
    if (words[index]?.sentenceStart) break;
    if (!matchesStep(step, words[index], compound)) continue;
    const tail = matchRest(steps, stepNumber + 1, words, index, window, compound);
    if (tail) return [index, ...tail];
  }
  return undefined;
}
