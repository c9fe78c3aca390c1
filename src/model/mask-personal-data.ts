// Masks personal data before text goes to a language model: e-mail addresses, phone numbers, BSNs
// (nine digits passing the elfproef, with or without dots), IBANs, and names of private persons. Names
// are found by a heuristic, privacy first: a title such as "mevrouw", "dhr" or "buurman" before a
// capitalised word or initial, or two or more capitalised words in a row of which at least one is not a
// word of the knowledge base. Kept: names right after a public office ("minister", "wethouder", …: public
// persons, often the point of the question) and runs that start like an organisation ("Ministerie van …").

import { passesElfproef } from '../rules/match-pattern.ts';
import { foldText } from '../text/fold-text.ts';

export interface MaskOptions {
  /** Folded words the knowledge base knows (so "Tweede Kamer" is not a name). */
  isKnownWord?: (folded: string) => boolean;
}

export interface MaskResult {
  text: string;
  /** How many items of each kind were masked (for logs; never the items themselves). */
  counts: Record<string, number>;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const IBAN = /\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b/g;
// Dutch numbers: +31 / 0031 (optionally "(0)"), or a leading 0, then nine digits with spaces or dashes.
const PHONE = /(?<![\d+])(?:(?:\+31|0031)[\s-]*(?:\(0\)[\s-]*)?|0[\s-]*)\d(?:[\s-]*\d){8}(?!\d)/g;
// Nine digits, with or without dots or spaces between them (111222333, 111.222.333, 1112.22.333).
const NINE_DIGITS = /(?<![\d.])\d(?:[.\s]?\d){8}(?!\d)/g;
const TITLES =
  /\b(mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|de heer|burger|inwoner|cliënt|client|patiënt|collega|buurman|buurvrouw|leerling|student)\s+$/i;
const PUBLIC_OFFICE =
  /\b(minister|staatssecretaris|premier|minister-president|wethouder|burgemeester|gedeputeerde|commissaris|kamerlid|tweede-kamerlid|raadslid|statenlid|koning|koningin|president|directeur-generaal|secretaris-generaal)\s+$/i;
/** Runs that start like this are organisations or places, not persons. */
const ORGANISATION =
  /^(ministerie|gemeente|provincie|waterschap|rijkswaterstaat|belastingdienst|politie|defensie|tweede|eerste|raad|hoge|nationale|dienst|inspectie|universiteit|hogeschool|staten|europese|openbaar|koninklijke|stichting|vereniging|groenlinks|pvda|vvd|cda|d66|sp|pvv|bbb|nsc|ja21|volt|denk|christenunie|sgp|partij)$/i;
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'ten',
  'ter',
  'te',
  'het',
  "'t",
  'la',
  'le',
  'du',
  'von',
]);
const CAPITALISED = /^\p{Lu}[\p{L}'’-]+$/u;
const INITIAL = /^\p{Lu}\.$/u;
const TRAILING = /[.,;:!?)"”’]+$/;

/** A token as a name part: an initial keeps its dot, a word loses trailing punctuation. */
function bare(token: string): string {
  return INITIAL.test(token) ? token : token.replace(TRAILING, '');
}

const isNamePart = (word: string) => CAPITALISED.test(word) || INITIAL.test(word);

export function maskPersonalData(input: string, options: MaskOptions = {}): MaskResult {
  const counts: Record<string, number> = {};
  const count = (kind: string) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
  };
  let text = input
    .replace(EMAIL, () => {
      count('email');
      return '[e-mailadres]';
    })
    .replace(IBAN, () => {
      count('iban');
      return '[rekeningnummer]';
    })
    .replace(NINE_DIGITS, (match) => {
      if (!passesElfproef(match.replace(/\D/g, ''))) return match;
      count('bsn');
      return '[bsn]';
    })
    .replace(PHONE, () => {
      count('phone');
      return '[telefoonnummer]';
    });
  text = maskNames(text, options, () => count('name'));
  return { text, counts };
}

function maskNames(text: string, options: MaskOptions, counted: () => void): string {
  const isKnown = options.isKnownWord ?? (() => false);
  const tokens = text.split(/(\s+)/);
  const out: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] ?? '';
    if (!isNamePart(bare(token))) {
      out.push(token);
      index += 1;
      continue;
    }
    // The run: name parts, with particles (van, de …) between them; it ends at punctuation.
    let end = index;
    let cursor = index;
    while (
      !(TRAILING.test(tokens[cursor] ?? '') && !INITIAL.test(tokens[cursor] ?? '')) &&
      cursor + 2 < tokens.length
    ) {
      const next = bare(tokens[cursor + 2] ?? '');
      if (isNamePart(next)) {
        cursor += 2;
        end = cursor;
      } else if (PARTICLES.has(next.toLowerCase())) {
        cursor += 2;
      } else break;
    }
    const parts: string[] = [];
    for (let position = index; position <= end; position += 2) parts.push(bare(tokens[position] ?? ''));
    const names = parts.filter(isNamePart);
    const words = names.filter((part) => CAPITALISED.test(part));
    const before = out.join('');
    const afterTitle = TITLES.test(before);
    const afterOffice = PUBLIC_OFFICE.test(before);
    const organisation = ORGANISATION.test(foldText(words[0] ?? ''));
    // Privacy first: one unknown part is enough (a first name can be an everyday word: Linda Post).
    const someUnknown = words.some((word) => !isKnown(foldText(word)));
    const hasInitial = names.some((part) => INITIAL.test(part));
    const isName =
      !afterOffice && !organisation && (afterTitle || (names.length >= 2 && (someUnknown || hasInitial)));
    if (!isName) {
      out.push(token);
      index += 1;
      continue;
    }
    counted();
    const last = tokens[end] ?? '';
    const trailing = INITIAL.test(last) ? '' : (last.match(TRAILING)?.[0] ?? '');
    out.push(`[naam]${trailing}`);
    index = end + 1;
  }
  return out.join('');
}
