// zod schemas for the knowledge the situation model reads: organisations and their policy domains, the
// topic lexicon, functions and how sensitive they are, cue phrases, and labelled examples for the learned
// second opinion. HR edits these files like every other knowledge file.
import { z } from 'zod';
import { profileSchema } from '../core/profile.ts';
import { SECTORS } from '../core/sectors.ts';
import { categorySchema, riskSchema, verdictSchema } from '../core/vocabulary.ts';
import { dateSchema } from './date-schema.ts';
import { reviewSchema } from './review-schema.ts';

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id: use lower-case letters, digits and hyphens (for example "duo")');
const textSchema = z.string().trim().min(1);
const bilingualSchema = z.object({ nl: textSchema, en: textSchema }).strict();
/** A word pattern (the same syntax as the signal rules; see knowledge/README.md). */
const patternSchema = textSchema;

const commonFields = {
  id: idSchema,
  title: textSchema,
  owner: textSchema,
  reviewed: dateSchema,
  sources: z.array(textSchema).default([]),
  keywords: z.array(textSchema).default([]),
  /** Legal review: `concept` until Juridische Zaken has reviewed the file. */
  review: reviewSchema,
};

/** The sector of an organisation; `geen-overheid` marks an employer whose staff are not civil servants. */
export const organisationSectorSchema = z.enum([...SECTORS, 'geen-overheid']);
export type OrganisationSector = z.infer<typeof organisationSectorSchema>;

/** Where an organisation works: the whole country, a region (province, water board) or one municipality. */
export const scopeSchema = z.enum(['landelijk', 'regionaal', 'lokaal']);
export type Scope = z.infer<typeof scopeSchema>;

export const organisationSchema = z
  .object({
    id: idSchema,
    /** The official name, shown in answers. */
    name: textSchema,
    /**
     * How the name reads in a Dutch sentence after "bij", with its article ("de Belastingdienst", "het UWV",
     * "een basisschool"); without it the summary shows `name` (with the article its first word takes, if any).
     */
    inSentence: textSchema
      .regex(
        /^(de|het|een) \S/,
        'start with "de", "het" or "een", as the name reads after "bij" ("de Belastingdienst")',
      )
      .optional(),
    /** How people write it (patterns): abbreviations, short and English names. */
    names: z.array(patternSchema).min(1),
    /** Earlier names (patterns), still recognised. */
    formerNames: z.array(patternSchema).default([]),
    sector: organisationSectorSchema,
    type: textSchema.optional(),
    /** The organisation it belongs to (a ministry for its agencies); its domains count as the own minister's. */
    parent: idSchema.optional(),
    scope: scopeSchema.default('landelijk'),
    /** Policy domains (ids of the domains file) the organisation works on. */
    domains: z.array(idSchema).default([]),
    /** Intelligence and security services: every utterance near the work weighs heavier. */
    sensitive: z.boolean().default(false),
  })
  .strict();
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationsFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('organisations'),
    organisations: z.array(organisationSchema).min(1),
  })
  .strict();

export const domainSchema = z
  .object({
    id: idSchema,
    label: bilingualSchema,
    /** Words and phrases (patterns) that put a message in this domain. */
    terms: z.array(patternSchema).min(1),
    /** Terms that make a subject politically hot. */
    sensitive: z.array(patternSchema).default([]),
    /** The private-life domain: not a policy area, so never anyone's work. */
    private: z.boolean().default(false),
  })
  .strict();
export type Domain = z.infer<typeof domainSchema>;

export const domainsFileSchema = z
  .object({ ...commonFields, kind: z.literal('domains'), domains: z.array(domainSchema).min(1) })
  .strict();

/** How a function weighs on an utterance (decision model factor F8 and the hard stops around it). */
export const SENSITIVITIES = [
  /** Represents the Netherlands or the organisation outward (diplomats). */
  'representatief',
  /** Senior management. */
  'leiding',
  /** Speaks for the organisation (spokespeople, communication advisers). */
  'woordvoering',
  /** Wears a uniform in service. */
  'uniform',
  /** Exercises powers over citizens. */
  'gezag',
  /** An exemplary role (a teacher in front of the class). */
  'voorbeeld',
  /** Intelligence and counter-terrorism. */
  'inlichtingen',
  /** Must stay politically neutral (griffie, electoral bodies). */
  'neutraal',
  /** Works directly for a politician. */
  'politiek-nabij',
  /** Daily access to confidential case files or personal data. */
  'vertrouwelijk-werk',
] as const;
export const sensitivitySchema = z.enum(SENSITIVITIES);
export type Sensitivity = z.infer<typeof sensitivitySchema>;

export const functionSchema = z
  .object({
    id: idSchema,
    terms: z.array(patternSchema).min(1),
    /** The sector the function implies when nothing else tells it. */
    sector: z.enum(SECTORS).optional(),
    /** The organisation (id) the function implies. */
    organisation: idSchema.optional(),
    sensitivity: z.array(sensitivitySchema).default([]),
    /** Internal staff work (IT, HR, facilities): the organisation's policy domains are not their own work. */
    support: z.boolean().default(false),
    /** Domains the function itself works on. */
    domains: z.array(idSchema).default([]),
    /** Not a civil servant: office-holders, judges and prosecutors, private-sector jobs. */
    notCivilServant: z.enum(['politiek-ambtsdrager', 'rechterlijk', 'prive']).optional(),
    /** Hired, interim, agency or seconded staff. */
    hired: z.boolean().default(false),
    /** Interns. */
    intern: z.boolean().default(false),
  })
  .strict();
export type FunctionEntry = z.infer<typeof functionSchema>;

export const functionsFileSchema = z
  .object({ ...commonFields, kind: z.literal('functions'), functions: z.array(functionSchema).min(1) })
  .strict();

/** The cue groups the situation reader needs; `kb check` reports a missing one. */
export const CUE_GROUPS = [
  /** Opens a description of one's own job ("ik werk bij", "I work at", "als … bij"). */
  'zelf-werk',
  /** The own employer or workplace as a subject ("mijn werkgever", "onze directie", "our ministry"). */
  'eigen-werkgever',
  /** The own work as the subject ("mijn dossier", "waar ik aan werk", "in my field"). */
  'eigen-dossier',
  /** The speaker no longer works there ("tot vorig jaar", "I left"). */
  'oud-medewerker',
  /** Hired or interim ("ingehuurd", "via een bureau"). */
  'inhuur',
  /** The topic is far from the work, said in so many words ("heeft niks met mijn werk te maken"). */
  'los-van-werk',
  /** Local government as a subject (wethouder, gemeenteraad, "in onze gemeente"). */
  'lokaal',
  /** Regional government as a subject (gedeputeerde, Provinciale Staten, dijkgraaf). */
  'regionaal',
  /** National government as a subject (kabinet, Tweede Kamer, minister). */
  'landelijk',
  /** Already public ("persbericht", "al gepubliceerd", "staat op de site"). */
  'openbaar',
  /** A pending decision, debate, vote or campaign. */
  'timing',
  /** Identifiable as a civil servant (uniform, logo, "met naam en functie", work account). */
  'hoedanigheid',
  /** Press, broadcast, op-eds, podcasts, talks. */
  'media',
  /** An opinion, judgement or claim ("ik vind", "slecht plan", "gaat niet werken", "should"). */
  'mening',
  /** Pride, thanks, a milestone ("trots op", "dank aan", "10 jaar bij", "afscheid"). */
  'viering',
  /** People or a group a remark can be aimed at (ouders, bewoners, mijn manager, statushouders, students). */
  'doelwit',
  /** Fiction or a game whose plot the words that follow tell ("een thriller over een aanslag"). */
  'fictie',
  /** One person outside the organisation: a citizen, client, pupil, suspect or well-known Dutch person. */
  'persoon',
  /** Asked or assigned by the line or the administration to speak ("mijn teamleider vraagt of ik …"). */
  'opdracht',
] as const;
export type CueGroup = (typeof CUE_GROUPS)[number];

export const cuesFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('cues'),
    groups: z
      .array(
        z
          .object({
            id: z.enum(CUE_GROUPS),
            /** What the group means, for HR. */
            description: textSchema,
            patterns: z.array(patternSchema).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** Tags of a labelled question: what the situation is (see knowledge/README.md). */
export const EXAMPLE_TAGS = [
  'eigen-dossier',
  'eigen-organisatie',
  'eigen-werkgever',
  'los-van-werk',
  'onbekend',
  'niet-openbaar',
  'persoonsgegevens',
  'belediging',
  'namens-werkgever',
  'staatsgeheim',
  'misstand',
  'politiek-gevoelig',
  'timing',
  'hoedanigheid',
  'gevoelige-functie',
  'media',
  'beschermd-recht',
  'nevenwerk',
  'inhuur',
  'oud-medewerker',
  'geen-uiting',
  'geen-ambtenaar',
  'politiek-ambtsdrager',
] as const;
export const exampleTagSchema = z.enum(EXAMPLE_TAGS);

export const exampleSchema = z
  .object({
    text: z.string().trim().min(1).max(4000),
    profile: profileSchema.optional(),
    /** Questions: the right verdict. */
    verdict: verdictSchema.optional(),
    /** Drafts: the right risk level. */
    risk: riskSchema.optional(),
    /** Drafts: the categories a good check flags ([] for laag). */
    categories: z.array(categorySchema).default([]),
    tags: z.array(exampleTagSchema).default([]),
    /** Why, for HR (optional). */
    note: textSchema.optional(),
  })
  .strict();
export type Example = z.infer<typeof exampleSchema>;

export const examplesFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('examples'),
    appliesTo: z.enum(['question', 'draft']),
    examples: z.array(exampleSchema).min(1),
  })
  .strict()
  .superRefine((file, context) => {
    file.examples.forEach((example, index) => {
      const label = file.appliesTo === 'question' ? example.verdict : example.risk;
      if (!label) {
        context.addIssue({
          code: 'custom',
          path: ['examples', index, file.appliesTo === 'question' ? 'verdict' : 'risk'],
          message:
            file.appliesTo === 'question'
              ? 'every question example needs a verdict'
              : 'every draft example needs a risk',
        });
      }
      if (file.appliesTo === 'draft' && example.risk === 'laag' && example.categories.length > 0) {
        context.addIssue({
          code: 'custom',
          path: ['examples', index, 'categories'],
          message: 'a draft rated laag has no categories',
        });
      }
    });
  });

export type OrganisationsFile = z.infer<typeof organisationsFileSchema>;
export type DomainsFile = z.infer<typeof domainsFileSchema>;
export type FunctionsFile = z.infer<typeof functionsFileSchema>;
export type CuesFile = z.infer<typeof cuesFileSchema>;
export type ExamplesFile = z.infer<typeof examplesFileSchema>;
