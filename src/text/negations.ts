// Words that deny what directly follows them: "geen woordvoerder", "not a civil servant", "niet namens".

export const NEGATIONS: ReadonlySet<string> = new Set(['geen', 'niet', 'not', 'no', 'nooit', 'never']);

/** Words that say what follows is missing: "zonder uniform", "without a badge". */
export const WITHOUT: ReadonlySet<string> = new Set(['zonder', 'without']);
/** Little words between a negation and the thing denied: "niet in uniform", "not wearing a badge". */
const LINKS: ReadonlySet<string> = new Set(['in', 'op', 'met', 'with', 'wearing']);

/**
 * Whether the words before `first` say that what starts there is absent: "niet in uniform", "not in uniform",
 * "zonder uniform", "geen screenshots", "out of uniform". Never across a sentence end.
 */
export function saidAbsent(
  words: readonly { folded: string; sentenceStart: boolean }[],
  first: number,
): boolean {
  if (words[first]?.sentenceStart) return false;
  const before = words[first - 1]?.folded ?? '';
  const twoBefore = words[first - 2]?.folded ?? '';
  return (
    NEGATIONS.has(before) ||
    WITHOUT.has(before) ||
    (LINKS.has(before) && NEGATIONS.has(twoBefore) && !words[first - 1]?.sentenceStart) ||
    (before === 'of' && twoBefore === 'out')
  );
}

/** "niks", "niets", "niemand": a whole kind denied ("niks gerubriceerd", "niemand beledigen"). */
const NOTHING: ReadonlySet<string> = new Set([
  'niks',
  'niets',
  'nothing',
  'none',
  'niemand',
  'nobody',
  'anyone',
]);
/** Little words inside a denied phrase: "niet de naam", "geen interne stukken", "no internal documents". */
const ARTICLES: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  'the',
  'a',
  'any',
  'mijn',
  'hun',
  'their',
]);
/** "of", "en", "noch", "or": a list goes on under the same negation ("niet de school of namen"). */
const LIST_LINKS: ReadonlySet<string> = new Set(['of', 'en', 'noch', 'or', 'and', 'nor']);
/** A verb and its subject after the thing, then the negation: "interne stukken gebruik ik niet". */
const SUBJECTS: ReadonlySet<string> = new Set(['ik', 'we', 'wij', 'i']);
const CLAUSE_BREAK = /[.,;:!?\n]/;
/** "geen idee", "geen probleem", "no idea": a negation that denies nothing of the plan. */
const IDIOMS: ReadonlySet<string> = new Set([
  'idee',
  'idea',
  'zin',
  'probleem',
  'problem',
  'clue',
  'zorgen',
  'worries',
  'moeite',
  'bezwaar',
]);
const CONTRAST: ReadonlySet<string> = new Set(['maar', 'but', 'wel', 'though']);
/** Doubt right after: "I think", "denk ik", "volgens mij", "hoop ik". */
const HEDGE =
  /\b(i think|i guess|i hope|i believe|probably|denk ik|hoop ik|geloof ik|volgens mij|waarschijnlijk|neem ik aan)\b/;

interface DenialWord {
  folded: string;
  sentenceStart: boolean;
  start: number;
  end: number;
}

/**
 * Whether the writer says the thing matched from `first` to `last` is left out, in more ways than
 * `saidAbsent`: "niks gerubriceerd", "niet de naam van de school of namen van studenten" (a list under one
 * negation), "interne stukken gebruik ik niet" (the negation after the verb and its subject).
 */
export function saidLeftOutOfIt(
  words: readonly DenialWord[],
  first: number,
  last: number,
  text: string,
): boolean {
  // A negation inside the match is the rule's own ("no name, but his route"); a hedge keeps the doubt
  // ("nothing classified I think").
  // So is a contrast inside it: "no name, but his route" says what does go in.
  for (let index = first; index <= last; index++) {
    const folded = words[index]?.folded ?? '';
    if (NEGATIONS.has(folded) || CONTRAST.has(folded)) return false;
  }
  const after = words
    .slice(last + 1, last + 4)
    .map((word) => word.folded)
    .join(' ');
  if (HEDGE.test(after)) return false;
  if (saidAbsent(words, first)) return !reported(words, first - 1);
  const gapBefore = (index: number) => text.slice(words[index - 1]?.end ?? 0, words[index]?.start ?? 0);
  // Back over articles and a list in the same clause, to a negation: "niet de naam … of namen …".
  for (let index = first - 1, steps = 0; index >= 0 && steps < 8; index--, steps++) {
    if (CLAUSE_BREAK.test(gapBefore(index + 1)) || words[index + 1]?.sentenceStart) break;
    const folded = words[index]?.folded ?? '';
    if (NEGATIONS.has(folded) || WITHOUT.has(folded) || NOTHING.has(folded)) {
      if (reported(words, index)) return false;
      // Only across articles, or across a list ("of", "en") that the negation heads.
      const between = words.slice(index + 1, first).map((word) => word.folded);
      if (between.every((word) => ARTICLES.has(word))) return true;
      if (between.some((word) => LIST_LINKS.has(word))) return true;
      // "geen snelweg blokkeren": the negation governs a short phrase ending in the match (not "geen idee").
      return between.length <= 2 && !IDIOMS.has(between[0] ?? '');
    }
  }
  // After: "… gebruik ik niet", "… noem ik niet", "… deel ik natuurlijk niet".
  for (let index = last + 1; index <= last + 5 && index < words.length; index++) {
    if (CLAUSE_BREAK.test(gapBefore(index)) || words[index]?.sentenceStart) break;
    if (NEGATIONS.has(words[index]?.folded ?? '') && SUBJECTS.has(words[index - 1]?.folded ?? ''))
      return true;
    if (NEGATIONS.has(words[index]?.folded ?? '') && SUBJECTS.has(words[index - 2]?.folded ?? ''))
      return true;
  }
  return false;
}

/** Someone else's words or advice: "collega zegt dat ik beter geen lid …", "my boss said not to …". */
const REPORTING =
  /^(zegt|zei|zeiden|zeggen|vindt|vond|beweert|meent|adviseert|says|said|told|claims|thinks|advised)$/;

/** The negation at `index` is reported or advised, not the writer's own plan ("beter geen"). */
function reported(words: readonly DenialWord[], index: number): boolean {
  const before = words[index - 1]?.folded ?? '';
  if (before === 'beter' || before === 'better') return true;
  for (let at = index - 1; at >= 0 && at >= index - 12; at--) {
    if (REPORTING.test(words[at]?.folded ?? '')) return true;
    if (words[at]?.sentenceStart) break;
  }
  return false;
}
