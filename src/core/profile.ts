// What the bot may know about the author: sector, role, portfolio and language, all optional.
import { z } from 'zod';
import { sectorSchema } from './sectors.ts';

/** What the bot may know about the author; every field is optional. */
export const profileSchema = z
  .object({
    /** The employer's sector; decides which law applies. */
    sector: sectorSchema.optional(),
    /** Free text, e.g. "beleidsmedewerker VWS" or "IT contractor". */
    role: z.string().max(200).optional(),
    /** Topics the author works on; the own policy area weighs in every answer. */
    portfolio: z.array(z.string().min(1).max(100)).max(30).optional(),
    /**
     * The language the author uses with the bot: the language of the profile form they saved. Used where the
     * words of a message do not tell (help, App Home, the draft form).
     */
    language: z.enum(['nl', 'en']).optional(),
    /**
     * The organisation (an overlay id, knowledge/organisaties/<id>/) the author works for; used when the
     * channel does not tell. Its own rules and contacts then apply.
     */
    organisation: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
      .optional(),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;
