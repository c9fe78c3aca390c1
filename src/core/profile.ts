// What the bot may know about the author: sector, role and portfolio, all optional.
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
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;
