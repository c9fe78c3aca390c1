// How long a text is and whether it says anything, as a reader sees it: characters (code points), not
// UTF-16 units, so an emoji counts once; and invisible characters (zero-width spaces and joiners, the
// byte-order mark, direction marks, soft hyphens, fillers) count as nothing.
const INVISIBLE = /[\s\p{Cc}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu;

/** The number of characters (Unicode code points) in a text. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _character of text) count += 1;
  return count;
}

/** True when a text holds no visible character. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').length === 0;
}
