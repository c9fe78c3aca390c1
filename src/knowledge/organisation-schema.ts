// zod schema of an organisation overlay's own file, knowledge/organisaties/<id>/organisatie.md: who the
// organisation is, which policy domains it works on (ids of the shared situatie/ lexicon), whom its staff can
// reach, and how its users are recognised. Everything else in the folder uses the shared formats.
import { z } from 'zod';
import { organisationIdSchema } from '../core/organisation-id.ts';
import { SECTORS } from '../core/sectors.ts';
import { dateSchema } from './date-schema.ts';
import { reviewSchema } from './review-schema.ts';

/** An organisation id: the folder name, also used by channels and the API (`IncomingMessage.organisation`). */
export { organisationIdSchema } from '../core/organisation-id.ts';

const textSchema = z.string().trim().min(1);
const bilingualSchema = z.object({ nl: textSchema, en: textSchema }).strict();

/** The roles an overlay can name a contact for. */
export const CONTACT_ROLES = ['vertrouwenspersoon', 'integriteit', 'communicatie', 'hr'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

const contactSchema = z
  .object({
    /** The role as a sentence names it, e.g. {nl: "de vertrouwenspersoon integriteit", en: "the integrity officer"}. */
    role: bilingualSchema,
    /** How to reach it: a phone number of the desk, a shared mailbox, an intranet page. No personal names needed. */
    reach: textSchema,
  })
  .strict();

export const organisationFileSchema = z
  .object({
    kind: z.literal('organisation'),
    /** Equals the folder name. */
    id: organisationIdSchema,
    title: textSchema,
    owner: textSchema,
    reviewed: dateSchema,
    sources: z.array(textSchema).default([]),
    keywords: z.array(textSchema).default([]),
    review: reviewSchema,
    /** The name as answers show it ("gemeente Voorbeeld"). */
    name: textSchema,
    /** How the name reads after "bij" ("de gemeente Voorbeeld"); without it the summary shows `name`. */
    inSentence: textSchema
      .regex(/^(de|het|een) \S/, 'start with "de", "het" or "een", as the name reads after "bij"')
      .optional(),
    /** The sector; decides which law applies when the user's profile does not say. */
    sector: z.enum(SECTORS),
    /** The shared situatie/ organisation this one is an instance of (its type, scope and parent), e.g. "gemeente". */
    situationOrganisation: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Policy domains the organisation works on: ids of situatie/domeinen.md (its own ones replace the entry's). */
    domains: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default([]),
    /** Whom its staff can reach, per role; the vertrouwenspersoon or integriteit is required. */
    contacts: z
      .partialRecord(z.enum(CONTACT_ROLES), contactSchema)
      .refine(
        (contacts) => contacts.vertrouwenspersoon !== undefined || contacts.integriteit !== undefined,
        'contacts: name at least the vertrouwenspersoon or the integriteit contact',
      ),
    /** How its users are recognised: the ids the channels send, and e-mail domains. */
    recognise: z
      .object({
        slackTeams: z.array(z.string().regex(/^T[A-Z0-9]+$/, 'a Slack team id starts with T')).default([]),
        slackEnterprises: z
          .array(z.string().regex(/^E[A-Z0-9]+$/, 'a Slack enterprise id starts with E'))
          .default([]),
        teamsTenants: z.array(z.uuid('a Teams tenant id is a GUID')).default([]),
        emailDomains: z
          .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'an e-mail domain like "voorbeeld.nl"'))
          .default([]),
      })
      .strict()
      .default({ slackTeams: [], slackEnterprises: [], teamsTenants: [], emailDomains: [] }),
  })
  .strict();
export type OrganisationFile = z.infer<typeof organisationFileSchema>;
export type OrganisationContact = NonNullable<OrganisationFile['contacts'][ContactRole]>;
