// zod schemas for the front matter of every kind of knowledge file. HR edits these files; a file that
// does not match is reported with its line and left out, never half-loaded.
import { z } from 'zod';
import { profileSchema, SECTORS } from '../core/types.ts';
import { basisIdSchema, categorySchema, riskSchema, verdictSchema } from '../core/vocabulary.ts';
import { dateSchema } from './date-schema.ts';
import { organisationFileSchema } from './organisation-schema.ts';
import { reviewSchema } from './review-schema.ts';
import {
  cuesFileSchema,
  domainsFileSchema,
  examplesFileSchema,
  functionsFileSchema,
  organisationsFileSchema,
} from './situation-schemas.ts';

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id: use lower-case letters, digits and hyphens (for example "faq-liken")');
const textSchema = z.string().trim().min(1);
/** A text in Dutch and English. */
const bilingualSchema = z.object({ nl: textSchema, en: textSchema }).strict();

const commonFields = {
  id: idSchema,
  title: textSchema,
  /** Who keeps this file right (a team, never a person's private data). */
  owner: textSchema,
  /** Last review by the owner. */
  reviewed: dateSchema,
  sources: z.array(textSchema).default([]),
  keywords: z.array(textSchema).default([]),
  /** Legal review: `concept` until Juridische Zaken has reviewed the file. */
  review: reviewSchema,
};

export const lawFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('law'),
    /** How users cite it, e.g. "Ambtenarenwet 2017, art. 10". */
    article: textSchema,
    basis: z.array(basisIdSchema).min(1),
    /** current law, a historical text, or a summary of secondary sources. */
    status: z.enum(['current', 'historical', 'summary']),
    validFrom: dateSchema.optional(),
    validUntil: dateSchema.optional(),
    replacedBy: z.array(basisIdSchema).default([]),
  })
  .strict();

export const faqFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('faq'),
    question: textSchema,
    /** Other ways people ask the same thing. */
    variants: z.array(textSchema).default([]),
    verdict: verdictSchema,
    basis: z.array(basisIdSchema),
    conditions: z.array(textSchema).default([]),
    nextStep: textSchema,
    sectors: z.array(z.enum(SECTORS)).default([]),
    related: z.array(idSchema).default([]),
  })
  .strict();

export const caseFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('case'),
    /** ECLI or AGFA number, exactly as published. */
    reference: textSchema,
    court: textSchema,
    date: dateSchema.optional(),
    basis: z.array(basisIdSchema).min(1),
    factors: z.array(textSchema).default([]),
    /** official: text seen in the official source; secondary: from secondary sources only. */
    reliability: z.enum(['official', 'secondary']),
  })
  .strict();

export const guideFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('guide'),
    basis: z.array(basisIdSchema).default([]),
    status: z.enum(['current', 'historical', 'summary']).default('current'),
  })
  .strict();

/** What a signal does to an answer when it fires. */
export const signalEffectSchema = z.enum([
  /** A hard stop: the answer is mag-niet, the draft risk hoog. */
  'hard-stop',
  /** A weighing factor that on its own makes the answer voorwaardelijk. */
  'weighing',
  /** Raises the risk only together with a weighing factor (political sensitivity, timing, visibility). */
  'aggravating',
  /** A protected right (party or union membership, union action). */
  'protected',
  /** Suspected wrongdoing: the whistleblowing route applies. */
  'whistleblowing',
  /** Marks the message as being about expression at all (in scope). */
  'expression',
  /** Marks the message as outside the subject (pay, leave, IT, private employers). */
  'out-of-scope',
  /** Adds information only (for example: there is no prior censorship). */
  'context',
]);
export type SignalEffect = z.infer<typeof signalEffectSchema>;

export const signalFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('signal'),
    effect: signalEffectSchema,
    /** Categories of the draft finding this signal gives (none: it only informs answers). */
    categories: z.array(categorySchema).default([]),
    /** Severity of a draft finding; derived from the effect when absent. */
    severity: riskSchema.optional(),
    basis: z.array(basisIdSchema).default([]),
    appliesTo: z
      .array(z.enum(['question', 'draft']))
      .min(1)
      .default(['question', 'draft']),
    /** Word patterns; any match fires the signal. See knowledge/README.md for the syntax. */
    patterns: z.array(textSchema).min(1),
    /** When set, one of these patterns must match somewhere in the text as well ("and also"). */
    with: z.array(textSchema).default([]),
    /**
     * Where `with` is required (default: both). A rule whose `with` names the passing on ("vertellen",
     * "delen") needs it in a question only: a draft is itself what gets passed on.
     */
    withFor: z
      .array(z.enum(['question', 'draft']))
      .min(1)
      .default(['question', 'draft']),
    /**
     * Drafts: an aggravating factor (timing, seniority, visibility) that, together with the author's own
     * work and a politically sensitive subject, makes the risk high.
     */
    escalates: z.boolean().default(false),
    /** Other signals this one switches off when it fires (e.g. "already public" cancels "own work"). */
    cancels: z.array(idSchema).default([]),
    /** Patterns that cancel the signal when they occur in the same text. */
    unless: z.array(textSchema).default([]),
    /**
     * A pattern match right after a negation does not count ("not in uniform", "geen screenshots"). Only for
     * rules where the negated words mean the thing is absent; "nog niet officieel" is the hazard itself.
     */
    negatable: z.boolean().default(false),
    /** Maximum number of other words between two pattern words. */
    window: z.number().int().min(0).max(12).default(3),
    /** Gates: fire only in these regimes' sectors / when these other signals fired too. */
    requires: z
      .object({
        sectors: z.array(z.enum([...SECTORS, 'inhuur'])).optional(),
        signals: z.array(idSchema).optional(),
        /** At least one of these other signals must have fired too. */
        anyOf: z.array(idSchema).optional(),
        /** Only when nothing (profile or text) tells which government the author works for. */
        noRegime: z.boolean().optional(),
      })
      .strict()
      .default({}),
    /**
     * The rule answers a question about procedure on its own ("must communications approve my blog first?"):
     * when nothing weighs and the question names no subject, it is grounds for "mag".
     */
    grounds: z.boolean().default(false),
    /** Also fire without a pattern match when the text is about the author's own work (profile). */
    triggers: z
      .object({ ownArea: z.boolean().default(false) })
      .strict()
      .default({ ownArea: false }),
    /** What decides the answer, shown as a condition. */
    condition: bilingualSchema.optional(),
    /** What to do next. */
    advice: bilingualSchema.optional(),
    /** For drafts: a safer way to say it. */
    suggestion: bilingualSchema.optional(),
  })
  .strict();

export const regimeFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('regime'),
    /** The sectors this regime serves ("inhuur" for hired staff); empty for the fallback regime. */
    sectors: z.array(z.enum([...SECTORS, 'inhuur'])).default([]),
    /** The regime used when nothing tells the sector. */
    fallback: z.boolean().default(false),
    /** Higher wins when the text points at several regimes. */
    priority: z.number().int().default(0),
    /** Patterns in the text that show the author works in this regime. */
    cues: z.array(textSchema).default([]),
    /** Patterns for topics that are the organisation's own domain (for example "wapens" for defensie). */
    domain: z.array(textSchema).default([]),
    /** Replaces the general basis ids by the ones of this regime ([] drops an id). */
    basisMap: z.partialRecord(basisIdSchema, z.array(basisIdSchema)).default({}),
    /** Added whenever an answer cites any of the general Ambtenarenwet articles. */
    basisAdd: z.array(basisIdSchema).default([]),
    /** The baseline basis for expression in this regime. */
    expressionBasis: z.array(basisIdSchema).min(1),
    note: bilingualSchema,
  })
  .strict();

export const synonymsFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('synonyms'),
    groups: z.array(z.object({ concept: idSchema, terms: z.array(textSchema).min(1) }).strict()).min(1),
  })
  .strict();

/** Questions HR expects to keep their answer; `kb check` fails when an edit changes one. */
export const goldenFileSchema = z
  .object({
    ...commonFields,
    kind: z.literal('golden'),
    cases: z
      .array(
        z
          .object({
            question: textSchema,
            profile: profileSchema.optional(),
            /** The verdict the answer must keep. */
            verdict: verdictSchema,
            /** The FAQ the answer must point to first (optional). */
            faq: idSchema.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const knowledgeFrontMatterSchema = z.discriminatedUnion('kind', [
  goldenFileSchema,
  lawFileSchema,
  faqFileSchema,
  caseFileSchema,
  guideFileSchema,
  signalFileSchema,
  regimeFileSchema,
  synonymsFileSchema,
  organisationsFileSchema,
  domainsFileSchema,
  functionsFileSchema,
  cuesFileSchema,
  examplesFileSchema,
  organisationFileSchema,
]);

export type LawFile = z.infer<typeof lawFileSchema>;
export type FaqFile = z.infer<typeof faqFileSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;
export type GuideFile = z.infer<typeof guideFileSchema>;
export type SignalFile = z.infer<typeof signalFileSchema>;
export type RegimeFile = z.infer<typeof regimeFileSchema>;
export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
export type GoldenFile = z.infer<typeof goldenFileSchema>;
export type KnowledgeFrontMatter = z.infer<typeof knowledgeFrontMatterSchema>;
export type KnowledgeKind = KnowledgeFrontMatter['kind'];
