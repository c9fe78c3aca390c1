// Masks personal data before text goes to a language model: e-mail addresses, phone numbers, BSNs
// (nine digits passing the elfproef), IBANs, and names of private persons. Names are found by a
// heuristic: a title such as "mevrouw" or "meneer" before a capitalised word, or two or more capitalised
// words in a row that are not known words of the knowledge base. Names right after a public office
// ("minister", "wethouder", …) are kept: those are public persons and the point of many questions.

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
const PHONE = /(?<![\d])(?:\+31|0031|0)(?:[\s-]?\(?\d\)?){9}(?![\d])/g;
const NINE_DIGITS = /(?<![\d.])\d{3}[.\s]?\d{2}[.\s]?\d{2}[.\s]?\d{2}(?![\d])|(?<![\d.])\d{9}(?![\d])/g;
const TITLES =
  /\b(mevrouw|mevr\.|mw\.|meneer|mijnheer|dhr\.|de heer|burger|inwoner|cliënt|client|patiënt|collega)\s+$/i;
const PUBLIC_OFFICE =
  /\b(minister|staatssecretaris|premier|minister-president|wethouder|burgemeester|gedeputeerde|commissaris|kamerlid|tweede-kamerlid|raadslid|statenlid|koning|koningin|president|directeur-generaal|secretaris-generaal)\s+$/i;
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

function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

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
  // Walk the words; collect runs of capitalised words (with name particles inside).
  const tokens = text.split(/(\s+)/);
  const out: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] ?? '';
    const word = token.replace(/[.,;:!?)"”’]+$/, '');
    if (!CAPITALISED.test(word)) {
      out.push(token);
      index += 1;
      continue;
    }
    // Collect the run: Capitalised (particle* Capitalised)*
    const run: number[] = [index];
    let cursor = index;
    let lastCapital = index;
    while (cursor + 2 < tokens.length) {
      const next = (tokens[cursor + 2] ?? '').replace(/[.,;:!?)"”’]+$/, '');
      if (CAPITALISED.test(next) || (PARTICLES.has(next.toLowerCase()) && cursor + 2 !== index)) {
        cursor += 2;
        run.push(cursor);
        if (CAPITALISED.test(next)) lastCapital = cursor;
        // A run ends at punctuation.
        if (/[.,;:!?]$/.test(tokens[cursor] ?? '')) break;
      } else break;
    }
    const end = lastCapital;
    const words = run
      .filter((position) => position <= end)
      .map((position) => (tokens[position] ?? '').replace(/[.,;:!?)"”’]+$/, ''));
    const before = out.join('');
    const capitals = words.filter((candidate) => CAPITALISED.test(candidate));
    const afterTitle = TITLES.test(before);
    const afterOffice = PUBLIC_OFFICE.test(before);
    const unknown = capitals.every((candidate) => !isKnown(fold(candidate)));
    const isName = !afterOffice && (afterTitle || (capitals.length >= 2 && unknown));
    if (!isName) {
      out.push(token);
      index += 1;
      continue;
    }
    counted();
    const trailing = (tokens[end] ?? '').match(/[.,;:!?)"”’]+$/)?.[0] ?? '';
    out.push(`[naam]${trailing}`);
    index = end + 1;
  }
  return out.join('');
}
