// The fields of Slack's interactive payloads the listeners read, checked with zod.
import { z } from 'zod';

export const payloadUserSchema = z.object({
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullable().optional(),
  /** Enterprise Grid only: the organisation's enterprise (recognises its overlay). */
  enterprise: z.object({ id: z.string() }).nullable().optional(),
});
export const messageShortcutSchema = payloadUserSchema.extend({
  trigger_id: z.string(),
  message: z.object({ text: z.string().default(''), user: z.string().optional() }),
});
export const viewPayloadSchema = payloadUserSchema.extend({
  view: z.object({
    id: z.string(),
    private_metadata: z.string().optional(),
    state: z.object({
      values: z.record(z.string(), z.record(z.string(), z.looseObject({}))),
    }),
  }),
});
export const actionPayloadSchema = payloadUserSchema.extend({
  channel: z.object({ id: z.string() }).optional(),
  view: z
    .object({
      id: z.string(),
      private_metadata: z.string().optional(),
      blocks: z.array(z.looseObject({ type: z.string() })),
    })
    .optional(),
});
export const buttonSchema = z.object({
  action_id: z.string(),
  value: z.string().default(''),
  text: z.object({ text: z.string() }).optional(),
});
/** Where a button was pressed: the message it sits on, its thread, and whether it was ephemeral. */
export const buttonPlaceSchema = actionPayloadSchema.extend({
  container: z
    .object({
      channel_id: z.string().optional(),
      thread_ts: z.string().optional(),
      is_ephemeral: z.boolean().optional(),
    })
    .optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
});
