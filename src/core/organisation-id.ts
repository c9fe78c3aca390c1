// An organisation (a public employer the deployment serves) as the core names it: a short lowercase id such
// as "gemeente-voorbeeld". Not personal data; used to keep each organisation's gaps, feedback and console
// apart.
import { z } from 'zod';

/** Lowercase letters, digits and hyphens, 1–63 characters, not starting with a hyphen. */
export const ORGANISATION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const organisationIdSchema = z
  .string()
  .regex(
    ORGANISATION_ID_PATTERN,
    'must be an organisation id: lowercase letters, digits and hyphens (at most 63), not starting with a hyphen',
  );
