// Reads a short follow-up ("en als het over mijn eigen beleidsterrein gaat?") together with the question
// before it in the same thread, so the new facts are weighed with the old ones.

const FOLLOW_UP_OPENERS =
  /^(en|maar|ook|of|dus|stel|wat als|en als|maar als|en wat als|en bij|en voor|geldt dat ook|is dat ook|and|but|what if|and if|what about|does that|is that|also|or)\b/i;
const MAX_FOLLOW_UP_WORDS = 14;

export function isFollowUp(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).length;
  return FOLLOW_UP_OPENERS.test(trimmed) && words <= MAX_FOLLOW_UP_WORDS;
}

/** The question to answer: the original question followed by the new facts. */
export function mergeFollowUp(originalQuestion: string, followUp: string): string {
  return `${originalQuestion.trim()}\n${followUp.trim()}`;
}
