// Finds the legal references a text names, however they are written, in Dutch or English: articles (art,
// art., artt., artikel, artikelen, article, articles), sections (§, paragraaf, section), chapters and
// aanwijzingen, with their paragraphs (lid 2, tweede lid, paragraph 2, (2)) and items (sub b, onder b,
// letter b, (b)), lists and ranges (artikelen 9 en 10, art. 9-11), a paragraph named before its article
// ("het tweede lid van artikel 10"), a paragraph or item on its own ("lid 3"), and rulings (ECLI, LJN,
// AGFA, court and date). A letter after the number may follow a space ("art 125 z").
import { findCaseReferences } from './find-case-references.ts';
import type { LegalReference, ReferenceKind, ReferenceReading } from './legal-reference.ts';

export interface FindReferencesOptions {
  /** Also name the numbers inside a range (artikel 11 in "artikelen 10 t/m 12"): for what a source holds. */
  expandRanges?: boolean;
}

const HEAD =
  /(?<![\p{L}\p{N}])(artikelen|artikel|artt\.?|art\.?|articles|article|§§?|paragrafen|paragraaf|par\.|secties|sectie|sections|section|sec\.|hoofdstukken|hoofdstuk|chapters|chapter|aanwijzingen|aanwijzing)(?=\s*\.?\s*(?:nr\.?\s*)?\d)/giu;
const NUMBER = /\s*\.?\s*(?:nr\.?\s*)?(\d{1,4}(?:[.:]\d{1,4})*)([a-z]{1,2})?(?![\p{L}\p{N}])/iuy;
/** A letter after a space ("art 125 z"), unless it opens "e.v." or "t/m". */
const SPACED_LETTER = /\s([a-z])(?![\p{L}\p{N}'’/]|\.\p{L})/uy;
const LIST_SEPARATOR =
  /\s*(?:(,|&|\ben\b|\band\b|\bof\b|\bor\b)|(t\/m|tot en met|\bto\b|\bthrough\b|-|–))\s*(?=\d)/iuy;
/** Ordinal words, Dutch and English, by their number (index + 1): "tweede lid", "second paragraph". */
const ORDINALS = new Map(
  [
    'eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde',
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth',
  ].flatMap((words) => words.split(' ').map((word, index) => [word, index + 1] as const)),
);
const ORDINAL = `(?:${[...ORDINALS.keys()].join('|')}|\\d{1,2}(?:e|de|ste|st|nd|rd|th))`;
const PARAGRAPH_WORD = '(?:lid|leden|paragraphs|paragraph|para\\.|par\\.)';
const PARAGRAPH_LIST = `\\d{1,2}(?:\\s*(?:,|en|and|of|or|t\\/m|-)\\s*\\d{1,2})*`;
const ORDINAL_LIST = `${ORDINAL}(?:\\s*(?:,|en|and|of|or)\\s*${ORDINAL})*`;
/** After an article: "lid 2", "leden 1 en 2", "paragraph 2", "tweede lid", "eerste en tweede lid", "(2)". */
const PARAGRAPH_AFTER = new RegExp(
  `\\s*,?\\s*(?:${PARAGRAPH_WORD}\\s*(${PARAGRAPH_LIST})|(?:het\\s+|the\\s+)?(${ORDINAL_LIST})\\s+${PARAGRAPH_WORD}|\\((\\d{1,2})\\))(?![\\p{L}\\p{N}])`,
  'iuy',
);
const ITEM_WORD = '(?:sub|onder|letter|onderdeel|point|subparagraph|sub-paragraph|subparagraaf)';
/** After an article or paragraph: "sub b", "onder b", "aanhef en onder 2°", "letter b", "(b)". */
const ITEM_AFTER = new RegExp(
  `\\s*,?\\s*(?:(?:aanhef\\s+en\\s+)?${ITEM_WORD}(?:\\s+\\(?|\\s*\\()([a-z]|\\d{1,2})°?\\)?|\\(([a-z])\\))(?![\\p{L}\\p{N}])`,
  'iuy',
);
/** On their own: a paragraph ("lid 3", "het derde lid") or an item by letter ("sub b", "onder b"). */
const PARAGRAPH_ALONE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PARAGRAPH_WORD}\\s*(${PARAGRAPH_LIST})(?![.:]?\\d)|(${ORDINAL_LIST})\\s+${PARAGRAPH_WORD})(?![\\p{L}\\p{N}])`,
  'giu',
);
const ITEM_ALONE = /(?<![\p{L}\p{N}])(?:sub|onder)(?:\s+\(?|\s*\()([a-z])\)?(?![\p{L}\p{N}])/giu;
/** What joins a paragraph or item to the article after it: "van (het) artikel", "of article". */
const JOINS_FORWARD = /\s*,?\s*(?:van|of|uit|in)\s+(?:het\s+|de\s+|the\s+)?/iuy;

function kindOf(head: string): ReferenceKind {
  const word = head.toLowerCase();
  if (word.startsWith('art')) return 'article';
  if (word.startsWith('hoofdstuk') || word.startsWith('chapter')) return 'chapter';
  if (word.startsWith('aanwijzing')) return 'aanwijzing';
  return 'section';
}

const PARAGRAPH_NUMBER = new RegExp(`\\d{1,2}(?![\\p{L}])|${ORDINAL}`, 'giu');

/** "1 en 2" → 1, 2; "eerste en tweede" → 1, 2; "2e" → 2. */
function paragraphNumbers(list: string): string[] {
  return (list.match(PARAGRAPH_NUMBER) ?? []).map((token) =>
    String(ORDINALS.get(token.toLowerCase()) ?? Number.parseInt(token, 10)),
  );
}

/** Runs a sticky pattern at a position; the match, or undefined. */
function at(pattern: RegExp, text: string, position: number): RegExpExecArray | undefined {
  pattern.lastIndex = position;
  return pattern.exec(text) ?? undefined;
}

interface Member {
  numbers: string[];
  paragraphs: (string | undefined)[];
  items: (string | undefined)[];
  end: number;
}

/** One number of an article list with the paragraphs and items that follow it. */
function readMember(text: string, position: number): Member | undefined {
  const number = at(NUMBER, text, position);
  if (!number) return undefined;
  const base = number[1] ?? '';
  let end = position + number[0].length;
  let numbers = [`${base}${(number[2] ?? '').toLowerCase()}`];
  const spaced = number[2] ? undefined : at(SPACED_LETTER, text, end);
  if (spaced) {
    const letter = spaced[1] ?? '';
    // "article 9 a civil servant": the letter may be a word; either reading may be meant.
    const word = /^[au]$/.test(letter) && /^\s+\p{L}/u.test(text.slice(end + spaced[0].length));
    numbers = word ? [`${base}${letter}`, base] : [`${base}${letter}`];
    end += spaced[0].length;
  }
  let paragraphs: (string | undefined)[] = [undefined];
  const paragraph = at(PARAGRAPH_AFTER, text, end);
  if (paragraph) {
    paragraphs = paragraphNumbers(paragraph[1] ?? paragraph[2] ?? paragraph[3] ?? '');
    end += paragraph[0].length;
  }
  let items: (string | undefined)[] = [undefined];
  const item = at(ITEM_AFTER, text, end);
  if (item) {
    items = [(item[1] ?? item[2] ?? '').toLowerCase()];
    end += item[0].length;
  }
  return { numbers, paragraphs, items, end };
}

function referencesOf(kind: ReferenceKind, member: Member, written: string, start: number) {
  const references: LegalReference[] = [];
  for (const paragraph of member.paragraphs) {
    for (const item of member.items) {
      references.push({
        written,
        start,
        readings: member.numbers.map((number) => ({ kind, number, paragraph, item })),
      });
    }
  }
  return references;
}

export function findLegalReferences(text: string, options: FindReferencesOptions = {}): LegalReference[] {
  const found: LegalReference[] = findCaseReferences(text);
  const spans: [number, number][] = [];
  const articles: LegalReference[] = [];
  for (const head of text.matchAll(HEAD)) {
    const start = head.index ?? 0;
    // "par." after "artikel 10" is its paragraph, already read with the article.
    if (spans.some(([from, to]) => start >= from && start < to)) continue;
    const kind = kindOf(head[1] ?? '');
    const members: Member[] = [];
    let position = start + (head[1] ?? '').length;
    let rangeFrom: Member | undefined;
    for (;;) {
      const member = readMember(text, position);
      if (!member) break;
      if (rangeFrom && options.expandRanges) members.push(...between(rangeFrom, member));
      members.push(member);
      position = member.end;
      const separator = at(LIST_SEPARATOR, text, position);
      if (!separator) break;
      rangeFrom = separator[2] ? member : undefined;
      position += separator[0].length;
    }
    if (members.length === 0) continue;
    const end = members.at(-1)?.end ?? position;
    const written = text.slice(start, end).trim();
    spans.push([start, end]);
    for (const member of members) articles.push(...referencesOf(kind, member, written, start));
  }
  const own = partsOnTheirOwn(text, spans, articles);
  found.push(...articles, ...own);
  return found.sort((left, right) => left.start - right.start);
}

/** The whole numbers strictly between two list members ("10 t/m 12": 11), at most 30 of them. */
function between(from: Member, to: Member): Member[] {
  const low = Number(from.numbers[0]);
  const high = Number(to.numbers[0]);
  if (!Number.isInteger(low) || !Number.isInteger(high) || high - low > 30) return [];
  const members: Member[] = [];
  for (let number = low + 1; number < high; number++) {
    members.push({ numbers: [String(number)], paragraphs: [undefined], items: [undefined], end: to.end });
  }
  return members;
}

/**
 * Paragraphs and items outside an article's own words: joined to the article right after them ("het
 * tweede lid van artikel 10", "sub b van het tweede lid van artikel 10"), else references of their own.
 */
function partsOnTheirOwn(
  text: string,
  spans: readonly [number, number][],
  articles: LegalReference[],
): LegalReference[] {
  const inside = (position: number) => spans.some(([from, to]) => position >= from && position < to);
  const parts: { start: number; end: number; readings: ReferenceReading[] }[] = [];
  for (const match of text.matchAll(PARAGRAPH_ALONE)) {
    const start = match.index ?? 0;
    if (inside(start)) continue;
    const readings = paragraphNumbers(match[1] ?? match[2] ?? '').map(
      (paragraph): ReferenceReading => ({ kind: 'article', paragraph }),
    );
    parts.push({ start, end: start + match[0].length, readings });
  }
  for (const match of text.matchAll(ITEM_ALONE)) {
    const start = match.index ?? 0;
    if (inside(start)) continue;
    const item = (match[1] ?? '').toLowerCase();
    parts.push({ start, end: start + match[0].length, readings: [{ kind: 'article', item }] });
  }
  // From the last to the first, so "sub b van het tweede lid van artikel 10" reaches the article through
  // the paragraph already joined to it.
  parts.sort((left, right) => right.start - left.start);
  const own: LegalReference[] = [];
  const joinedTo = new Map<number, LegalReference[]>();
  for (const part of parts) {
    const join = at(JOINS_FORWARD, text, part.end);
    const next = join ? part.end + join[0].length : -1;
    const direct = articles.filter((article) => article.start === next);
    const targets = direct.length > 0 ? direct : (joinedTo.get(next) ?? []);
    if (targets.length === 0) {
      for (const reading of part.readings) {
        own.push({ written: text.slice(part.start, part.end), start: part.start, readings: [reading] });
      }
      continue;
    }
    // "het eerste en tweede lid van artikel 8": each paragraph is a reference of its own.
    const filled = targets.flatMap((target) =>
      part.readings.map((detail) => ({
        written: text.slice(part.start, target.start + target.written.length),
        start: part.start,
        readings: target.readings.map((reading) => ({
          ...reading,
          paragraph: reading.paragraph ?? detail.paragraph,
          item: reading.item ?? detail.item,
        })),
      })),
    );
    for (const target of targets) articles.splice(articles.indexOf(target), 1);
    articles.push(...filled);
    joinedTo.set(part.start, filled);
  }
  return own;
}
