// Where a problem in a knowledge file is: the line of a needle in the file's text.

/** 1-based line of the first occurrence of `needle`, or 1. */
export function lineOf(content: string, needle: string): number {
  const at = content.indexOf(needle);
  return at === -1 ? 1 : content.slice(0, at).split('\n').length;
}
