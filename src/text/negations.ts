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
