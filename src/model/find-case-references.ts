// Rulings and advice a text names: ECLI and LJN numbers, AGFA advice numbers, and a court with a date
// ("CRvB 10 augustus 2017", "Rb. Den Haag 15 augustus 2017"), each in one canonical form.
import type { LegalReference } from './legal-reference.ts';

const ECLI =
  /(?<![\p{L}\p{N}])ECLI\s*:\s*([A-Z]{2})\s*:\s*([A-Z0-9]{1,7})\s*:\s*(\d{4})\s*:\s*([A-Z0-9]+(?:\.[A-Z0-9]+)*)/giu;
const LJN = /(?<![\p{L}\p{N}])LJN\s*:?\s*([A-Z]{2}\s?\d{4})(?![\p{L}\p{N}])/giu;
const ADVICE =
  /(?<![\p{L}\p{N}])(?:AGFA(?:[-\s](?:advies|adviezen|advice|opinion))?|advies|advice)\s+(?:nr\.?\s*|no\.?\s*)?((?:ABB\s*\/\s*)?\d{4}\s*[-/]\s*\d{1,6})(?![\p{L}\p{N}])/giu;

/** Month names and abbreviations, Dutch and English, by the month's number (index + 1). */
const MONTH_NAMES = [
  'januari january jan',
  'februari february feb',
  'maart march mrt mar',
  'april apr',
  'mei may',
  'juni june jun',
  'juli july jul',
  'augustus august aug',
  'september sept sep',
  'oktober october okt oct',
  'november nov',
  'december dec',
];
const MONTHS = new Map(
  MONTH_NAMES.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
);
/** Courts by the names people write, each to one family so CRvB and Centrale Raad van Beroep agree. */
const COURTS: [RegExp, string][] = [
  [/^(crvb|centrale raad van beroep)$/i, 'crvb'],
  [/^(abrvs|rvs|raad van state|afdeling bestuursrechtspraak(?: van de raad van state)?)$/i, 'rvs'],
  [/^hoge raad$/i, 'hr'],
  [/^(ehrm|ecthr|echr|europees hof voor de rechten van de mens|european court of human rights)$/i, 'ehrm'],
  [/^cbb$/i, 'cbb'],
  [/^(rb\.?|rechtbank)$/i, 'rb'],
  [/^(hof|gerechtshof)$/i, 'hof'],
];
const COURT_NAMES =
  'CRvB|Centrale Raad van Beroep|ABRvS|RvS|Raad van State|Afdeling bestuursrechtspraak(?: van de Raad van State)?|Hoge Raad|EHRM|ECtHR|ECHR|Europees Hof voor de Rechten van de Mens|European Court of Human Rights|CBb|Rb\\.?|[Rr]echtbank|[Gg]erechtshof|Hof';
// A place or a word or two may stand between the court and the date ("Rb. Den Haag 15 augustus 2017").
// Not "HR" for the Hoge Raad: here HR is the personnel department ("bespreek het met HR op 3 maart").
const COURT_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${COURT_NAMES})(?:\\s+[\\p{L}'’.-]+){0,2}?\\s*,?\\s+(?:van\\s+|of\\s+|on\\s+)?(\\d{1,2})\\s+(${[...MONTHS.keys()].join('|')})\\.?\\s+(\\d{4})(?![\\p{N}])`,
  'giu',
);

export function findCaseReferences(text: string): LegalReference[] {
  const found: LegalReference[] = [];
  const add = (match: RegExpMatchArray, numbers: string[]) =>
    found.push({
      written: match[0].trim(),
      start: match.index ?? 0,
      readings: numbers.map((number) => ({ kind: 'case' as const, number })),
    });
  for (const match of text.matchAll(ECLI)) {
    const parts = match.slice(1, 5).map((part) => (part ?? '').toUpperCase());
    const numbers = [`ecli:${parts.join(':')}`];
    // An ECLI of an older ruling ends in its LJN (ECLI:NL:CRVB:2010:BK9640 is LJN BK9640).
    if (/^[A-Z]{2}\d{4}$/.test(parts[3] ?? '')) numbers.push(`ljn:${parts[3]}`);
    add(match, numbers);
  }
  for (const match of text.matchAll(LJN)) {
    add(match, [`ljn:${(match[1] ?? '').replace(/\s/g, '').toUpperCase()}`]);
  }
  for (const match of text.matchAll(ADVICE)) {
    const parts = (match[1] ?? '').toUpperCase().replace(/\s/g, '').split(/[-/]/);
    // Leading zeros vary between sources (2020-0072, 2020-00072): compare the number itself.
    const last = String(Number(parts.pop()));
    add(match, [`agfa:${[...parts, last].join('-')}`]);
  }
  for (const match of text.matchAll(COURT_DATE)) {
    const court = COURTS.find(([pattern]) => pattern.test(match[1] ?? ''))?.[1] ?? 'court';
    const month = MONTHS.get((match[3] ?? '').toLowerCase()) ?? 0;
    const date = `${match[4]}-${String(month).padStart(2, '0')}-${(match[2] ?? '').padStart(2, '0')}`;
    add(match, [`court:${court}:${date}`]);
  }
  return found;
}
