// The situation as the decision model sees it: who speaks, what they want to do, about what and how close
// to their work, what is at stake. Every element records the words it came from, so an answer can show
// why it understood the message as it did, and never contradicts what the user wrote.
import { z } from 'zod';
import { SECTORS } from '../core/sectors.ts';
import { SENSITIVITIES } from '../knowledge/situation-schemas.ts';

/** Where a fact was read: the user's text, their profile, or an earlier message in the thread. */
export const evidenceSchema = z.object({
  source: z.enum(['text', 'profile', 'thread', 'answer']),
  /** The words as written (for the profile: the field's value). */
  text: z.string(),
  /** Character offsets into the text, when the source is the text. */
  start: z.number().int().optional(),
  end: z.number().int().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const RELATIONS = [
  /** The speaker works on this topic. */
  'eigen-dossier',
  /** The topic is the domain of the speaker's organisation (or of their minister). */
  'eigen-organisatie',
  /** The speaker's own employer, board, management or colleagues are the subject. */
  'eigen-werkgever',
  /** Clearly far from the speaker's work. */
  'los-van-werk',
  /** The message does not tell. */
  'onbekend',
] as const;
export const relationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof relationSchema>;
/** The relations that put the subject near the speaker's work. */
export const CLOSE_RELATIONS: ReadonlySet<Relation> = new Set([
  'eigen-dossier',
  'eigen-organisatie',
  'eigen-werkgever',
]);

export const HAZARDS = [
  'niet-openbaar',
  'persoonsgegevens',
  'belediging',
  'namens-werkgever',
  'staatsgeheim',
  'misstand',
] as const;
export const hazardKindSchema = z.enum(HAZARDS);
export type HazardKind = z.infer<typeof hazardKindSchema>;

export const FACTORS = [
  'politiek-gevoelig',
  'timing',
  'hoedanigheid',
  'gevoelige-functie',
  'media',
  'beschermd-recht',
  'nevenwerk',
  'inhuur',
  'oud-medewerker',
  'scherpe-toon',
  'kritiek-werkgever',
  'politiek-contact',
  /** Another weighing rule of the knowledge base (its id says which). */
  'afweging',
  /** A rule that settles a question about procedure on its own (no prior approval of what you say). */
  'grondslag',
] as const;
export const factorKindSchema = z.enum(FACTORS);
export type FactorKind = z.infer<typeof factorKindSchema>;

export const ACTS = [
  'bericht',
  'reactie',
  'liken',
  'delen',
  'opiniestuk',
  'interview',
  'optreden',
  'boek',
  'demonstratie',
  'petitie',
  'partij',
  'vakbond',
  'staking',
  'kandidaat',
  'inspreken',
  'document-doorsturen',
  'misstand-melden',
  'contact-politiek',
  'contact-pers',
  'appgroep',
] as const;
export const actKindSchema = z.enum(ACTS);
export type ActKind = z.infer<typeof actKindSchema>;

export const MISSING_FACTS = ['relatie-werk', 'werkgever', 'hoedanigheid'] as const;
export const missingFactSchema = z.enum(MISSING_FACTS);
export type MissingFact = z.infer<typeof missingFactSchema>;

export const situationSchema = z.object({
  speaker: z.object({
    /** The regime's sector; `inhuur` for hired staff. */
    sector: z.enum([...SECTORS, 'inhuur']).optional(),
    sectorEvidence: evidenceSchema.optional(),
    organisation: z
      .object({ id: z.string(), name: z.string(), domains: z.array(z.string()), evidence: evidenceSchema })
      .optional(),
    /** Functions recognised (job titles), with what makes them sensitive. */
    functions: z.array(
      z.object({
        id: z.string(),
        sensitivity: z.array(z.enum(SENSITIVITIES)),
        support: z.boolean(),
        evidence: evidenceSchema,
      }),
    ),
    /** The topics of the speaker's own work (portfolio, role, "ik werk aan …"). */
    ownWork: z.array(evidenceSchema),
    former: evidenceSchema.optional(),
    hired: evidenceSchema.optional(),
    /** Not a civil servant at all (office-holder, judge or prosecutor, private employer). */
    notCivilServant: z
      .object({ reason: z.enum(['politiek-ambtsdrager', 'rechterlijk', 'prive']), evidence: evidenceSchema })
      .optional(),
  }),
  acts: z.array(z.object({ kind: actKindSchema, evidence: evidenceSchema })),
  topic: z.object({
    /** Policy domains of the subject (ids of the domains knowledge). */
    domains: z.array(z.object({ id: z.string(), evidence: evidenceSchema })),
    /** Only private life (sport, holidays, family …). */
    privateLife: z.boolean(),
    /** Local, regional or national government as the subject, when the text says. */
    level: z.enum(['lokaal', 'regionaal', 'landelijk']).optional(),
  }),
  relation: z.object({ kind: relationSchema, evidence: z.array(evidenceSchema), reason: z.string() }),
  hazards: z.array(
    z.object({ kind: hazardKindSchema, evidence: z.array(evidenceSchema), ruleId: z.string().optional() }),
  ),
  factors: z.array(
    z.object({
      kind: factorKindSchema,
      evidence: z.array(evidenceSchema),
      ruleId: z.string().optional(),
      /** Weighs on its own (true) or only together with closeness to the work (false). */
      weighs: z.boolean(),
    }),
  ),
  /**
   * What kind of statement it is: an opinion, a celebration or milestone, information already published,
   * mockery; or made on assignment (the line or the administration asked for it: a mandate).
   */
  markers: z.array(
    z.object({
      kind: z.enum(['mening', 'viering', 'openbaar', 'spot', 'opdracht']),
      evidence: evidenceSchema,
    }),
  ),
  /** Not about what a civil servant may say or do in public. */
  outOfScope: z.object({ reason: z.string(), evidence: z.array(evidenceSchema) }).optional(),
  /** Decisive facts the message does not tell. */
  missing: z.array(missingFactSchema),
  /** The situation in one sentence, in the reply's language. */
  summary: z.string(),
});
export type Situation = z.infer<typeof situationSchema>;

/** Protected rules for the internal reporting route (Wbk art. 2): a suspected wrong does not weigh there. */
export const INTERNAL_ROUTE_RULES = new Set(['interne-meldroute']);

/** The text shares what is already public, or a milestone ("vandaag gepubliceerd", "mijn laatste werkdag"). */
export function sharesPublicOrMilestone(situation: Situation): boolean {
  return situation.markers.some((marker) => marker.kind === 'openbaar' || marker.kind === 'viering');
}

/**
 * The speaker works for a private firm or for themselves, with no government employer known and no past in
 * the service ("overig" in a profile names no government): the Ambtenarenwet does not bind them.
 */
export function inPrivateEmployment(situation: Situation): boolean {
  const { speaker } = situation;
  return (
    speaker.notCivilServant?.reason === 'prive' &&
    speaker.former === undefined &&
    (speaker.sector === undefined || speaker.sector === 'overig')
  );
}

/**
 * The speaker has left the service (and is not hired staff): the function norm of art. 10 AW 2017 no longer
 * binds them, the secrecy duty of art. 9 does.
 */
export function hasLeftTheService(situation: Situation): boolean {
  return situation.speaker.former !== undefined && !situation.speaker.hired;
}
