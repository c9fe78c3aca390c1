// Identifiers that come from outside (user, conversation, thread and reply ids): printable text only.
// A control character (a NUL byte above all) or a lone surrogate is refused where it enters, as a 400:
// PostgreSQL cannot store a NUL in a TEXT column, and no platform sends one.
import { z } from 'zod';

const PRINTABLE = /^[^\p{Cc}\p{Cs}]*$/u;

/** A non-empty identifier of at most `max` characters, without control characters. */
export function identifierSchema(max: number) {
  return z.string().min(1).max(max).regex(PRINTABLE, 'must not contain control characters');
}
