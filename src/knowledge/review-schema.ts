// The legal review status every knowledge file carries. All content starts as `concept` (written by the
// team); only Juridische Zaken marks a file `juridisch-getoetst`, with the reviewer's role and the date.
// Nothing in this project marks its own content reviewed.
import { z } from 'zod';
import { dateSchema } from './date-schema.ts';

export const REVIEW_STATUSES = ['concept', 'juridisch-getoetst'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const reviewObjectSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('concept') }).strict(),
  z
    .object({
      status: z.literal('juridisch-getoetst'),
      /** The reviewer's role (never a name), e.g. "jurist arbeidsrecht, Juridische Zaken". */
      reviewer: z.string().trim().min(1, 'review.reviewer: give the reviewer’s role'),
      /** The day of the review. */
      date: dateSchema,
    })
    .strict(),
]);

/**
 * `review: concept` (the default when the field is absent) or
 * `review: { status: juridisch-getoetst, reviewer: "<role>", date: YYYY-MM-DD }`.
 * "juridisch getoetst" with a space is read as the same status.
 */
export const reviewSchema = z
  .preprocess((value) => {
    const normalise = (status: unknown) =>
      typeof status === 'string' ? status.trim().toLowerCase().replace(/\s+/g, '-') : status;
    if (typeof value === 'string') return { status: normalise(value) };
    if (value && typeof value === 'object' && 'status' in value)
      return { ...(value as object), status: normalise((value as { status: unknown }).status) };
    return value;
  }, reviewObjectSchema)
  .default({ status: 'concept' });
export type Review = z.infer<typeof reviewObjectSchema>;
