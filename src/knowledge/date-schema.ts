// The one date field of the knowledge files (reviewed, review.date, validFrom …): YYYY-MM-DD, a real day.
import { z } from 'zod';

export const dateSchema = z.string().refine(
  // The round trip rejects dates the calendar does not have (2026-02-30).
  (value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  'date: write a real date as YYYY-MM-DD',
);
