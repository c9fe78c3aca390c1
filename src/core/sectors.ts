// The sectors of public employment whose rules differ (which regime of law applies).
import { z } from 'zod';

/** Sectors whose rules differ (which regime of law applies). */
export const SECTORS = [
  'rijk',
  'gemeente',
  'provincie',
  'waterschap',
  'politie',
  'defensie',
  'onderwijs',
  'overig',
] as const;
export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;
