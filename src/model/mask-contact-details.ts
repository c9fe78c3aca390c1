// Contact and identity numbers in text, however people write them: e-mail addresses (also "jan punt
// probe at example punt nl", "jan [at] example [dot] nl", "jan(at)example.nl"), IBANs (with or without
// spaces or dashes, any case), BSNs (nine digits passing the elfproef, with dots, spaces or dashes) and
// phone numbers (Dutch: +31, 0031, (0), 06, area codes in brackets, dots; and any other +country number).
import { passesElfproef } from '../rules/match-pattern.ts';

// Each pattern starts only where an address can start, so a long run without one is read once.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

// Written-out or bracketed "@" and ".": "[at]", "(at)", "{at}", "apenstaartje"; "[dot]", "punt", "dot".
const AT = String.raw`(?:\s*(?:@|[[({<]\s*(?:at|@|apenstaartje)\s*[\])}>])\s*|\s+apenstaartje\s+)`;
const DOT = String.raw`(?:\s*(?:\.|[[({<]\s*(?:dot|punt)\s*[\])}>])\s*|\s+(?:dot|punt)\s+)`;
// A bare "at" is English too ("I work at Booking.com"): then the dots must be written out as well.
const WORD_AT = String.raw`\s+at\s+`;
const WORD_DOT = String.raw`(?:\s*[[({<]\s*(?:dot|punt)\s*[\])}>]\s*|\s+(?:dot|punt)\s+)`;
const PART = String.raw`[\p{L}\p{N}_%+-]+`;
/** Top-level domains: a written-out address must end in one, or "at … punt …" would be any sentence. */
const TLD =
  'nl|com|org|net|eu|be|de|fr|uk|info|gov|edu|io|nu|biz|me|co|ch|at|es|it|dk|se|no|pl|tr|ma|sr|cw|aw|frl|amsterdam';
const obfuscatedEmail = (at: string, dot: string) =>
  new RegExp(
    String.raw`(?<![\p{L}\p{N}_%+.-]|\.\s+)${PART}(?:${DOT}${PART})*${at}${PART}(?:${dot}${PART})*${dot}(?:${TLD})(?![\p{L}\p{N}])`,
    'giu',
  );
const OBFUSCATED_EMAIL = obfuscatedEmail(AT, DOT);
const SPOKEN_EMAIL = obfuscatedEmail(WORD_AT, WORD_DOT);

// A Dutch IBAN's shape is specific enough on its own; any other IBAN must pass the mod-97 check.
const DUTCH_IBAN = /(?<![\p{L}\p{N}])NL\s?\d{2}[\s-]?[A-Z]{4}(?:[\s-]?\d){10}(?![\p{L}\p{N}])/giu;
const IBAN =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[\s-]?[A-Z0-9]{4}){2,7}(?:[\s-]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/giu;

// Nine digits, with dots, spaces or dashes between any of them (111222333, 111.222.333, 111-222-333).
const NINE_DIGITS = /(?<![\d.-])\d(?:[.\s-]?\d){8}(?![\d-])/g;

const SEPARATOR = String.raw`[\s./-]*`;
// Dutch numbers: +31 / 0031 (optionally "(0)"), a leading 0, or an area code in brackets "(020)"; then nine
// digits with spaces, dots or dashes.
const DUTCH_PHONE = new RegExp(
  String.raw`(?<![\d+])(?:(?:\+31|0031)${SEPARATOR}(?:\(0\)${SEPARATOR})?|0${SEPARATOR}|\(0(?=\d{1,3}\)))\d(?:${SEPARATOR}\)?${SEPARATOR}\d){8}(?!\d)`,
  'g',
);
const INTERNATIONAL_PHONE = /(?<![\d+])\+(?!31)\d{1,3}(?:[\s./-]*\(?\d\)?){7,12}(?!\d)/g;

function passesMod97(iban: string): boolean {
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.toUpperCase();
  let remainder = 0;
  for (const char of rearranged) {
    const value = /[A-Z]/.test(char) ? char.charCodeAt(0) - 55 : Number(char);
    remainder = Number(`${remainder}${value}`) % 97;
  }
  return remainder === 1;
}

/** The longest start of a spaced candidate that is a valid IBAN ("BE68 5390 0754 7034 werd" → 4 groups). */
function validIbanPrefix(candidate: string): string | undefined {
  if (!/[\s-]/.test(candidate)) return passesMod97(candidate) ? candidate : undefined;
  const groups = candidate.split(/(?<=[\s-])/);
  for (let count = groups.length; count >= 3; count--) {
    const prefix = groups.slice(0, count).join('').trimEnd().replace(/-$/, '');
    const compact = prefix.replace(/[\s-]/g, '');
    if (compact.length >= 15 && compact.length <= 34 && passesMod97(compact)) return prefix;
  }
  return undefined;
}

export function maskContactDetails(text: string, count: (kind: string) => void): string {
  const replace = (kind: string, placeholder: string) => () => {
    count(kind);
    return placeholder;
  };
  return text
    .replace(EMAIL, replace('email', '[e-mailadres]'))
    .replace(OBFUSCATED_EMAIL, replace('email', '[e-mailadres]'))
    .replace(SPOKEN_EMAIL, replace('email', '[e-mailadres]'))
    .replace(DUTCH_IBAN, replace('iban', '[rekeningnummer]'))
    .replace(IBAN, (match) => {
      const valid = validIbanPrefix(match);
      if (!valid) return match;
      count('iban');
      return `[rekeningnummer]${match.slice(valid.length)}`;
    })
    .replace(NINE_DIGITS, (match) => {
      if (!passesElfproef(match.replace(/\D/g, ''))) return match;
      count('bsn');
      return '[bsn]';
    })
    .replace(DUTCH_PHONE, replace('phone', '[telefoonnummer]'))
    .replace(INTERNATIONAL_PHONE, replace('phone', '[telefoonnummer]'));
}
