// ADMIN_ORGANISATION_TOKENS: the HR console's logins scoped to one organisation, as `id=token` pairs
// separated by commas or whitespace ("gemeente-a=…, provincie-b=…"). Validated at start. A message names a
// pair by its place, never by its text: pasted the wrong way round ("token=id"), the id would be the token.
import { z } from 'zod';
import { ORGANISATION_ID_PATTERN } from '../core/organisation-id.ts';

const MIN_TOKEN_LENGTH = 16;

/** The pairs as a map from organisation id to token. */
export const organisationTokensSchema = z.string().transform((value, context) => {
  const tokens = new Map<string, string>();
  // Which pair (1-based) named each organisation and each token.
  const places = new Map<string, number>();
  const owners = new Map<string, number>();
  const fail = (message: string) => {
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  for (const [index, pair] of value
    .split(/[\s,]+/)
    .filter(Boolean)
    .entries()) {
    const separator = pair.indexOf('=');
    if (separator < 0) return fail('expected id=token pairs separated by commas or whitespace');
    const organisation = pair.slice(0, separator);
    const token = pair.slice(separator + 1);
    const place = index + 1;
    if (!ORGANISATION_ID_PATTERN.test(organisation))
      return fail(
        `pair ${place} does not start with an organisation id (lowercase letters, digits and hyphens, at most 63, not starting with a hyphen)`,
      );
    const named = places.get(organisation);
    if (named) return fail(`pairs ${named} and ${place} name the same organisation`);
    if ([...token].length < MIN_TOKEN_LENGTH)
      return fail(`pair ${place}: the token must be at least ${MIN_TOKEN_LENGTH} characters`);
    const owner = owners.get(token);
    if (owner)
      return fail(`pairs ${owner} and ${place} have the same token; each organisation needs its own`);
    tokens.set(organisation, token);
    places.set(organisation, place);
    owners.set(token, place);
  }
  if (tokens.size === 0) return fail('expected at least one id=token pair');
  return tokens;
});
