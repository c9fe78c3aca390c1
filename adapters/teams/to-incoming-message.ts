// Teams activities in, the core's IncomingMessage out. Pure: only the fields we read, each checked
// with zod; an activity that does not fit is a 400, never a crash.
import { z } from 'zod';
import { identifierSchema } from '../../src/core/identifier-schema.ts';
import type { IncomingMessage, Profile } from '../../src/core/types.ts';

// Ids become store keys: printable text only (a NUL byte is a 400 here, not a database error later).
const accountSchema = z.looseObject({
  id: identifierSchema(200),
  name: z.string().optional(),
  aadObjectId: identifierSchema(100).optional(),
});

/** The fields of an activity the adapter reads. */
export const activitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  channelId: z.string().min(1),
  from: accountSchema,
  recipient: accountSchema,
  conversation: z.looseObject({
    id: identifierSchema(300),
    conversationType: z.string().optional(),
    tenantId: identifierSchema(100).optional(),
  }),
  text: z.string().optional(),
  /** The user's language setting in Teams ("nl-NL", "en-US"); one that does not fit is ignored. */
  locale: z.string().max(35).optional().catch(undefined),
  name: z.string().optional(),
  value: z.unknown().optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: identifierSchema(100) }).optional() }).optional(),
  membersAdded: z.array(accountSchema).optional(),
  entities: z.array(z.looseObject({ type: z.string() })).optional(),
});
export type TeamsActivity = z.infer<typeof activitySchema>;

/** An Action.Execute (Universal Action) from one of our cards. */
export const executeValueSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string(),
    data: z.record(z.string(), z.unknown()).default({}),
  }),
});

/** The message extension "Toets dit bericht": the message it was used on. */
export const messageActionValueSchema = z.object({
  commandId: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
  messagePayload: z
    .object({
      body: z.object({ content: z.string().default(''), contentType: z.string().optional() }),
      from: z
        .object({ user: z.object({ id: z.string() }).nullable().optional() })
        .nullable()
        .optional(),
    })
    .optional(),
});

export function tenantOf(activity: TeamsActivity): string {
  return activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? 'tenant';
}

/**
 * Where an activity came from, for the core to recognise the organisation (knowledge/organisaties/<id>/ lists
 * its Teams tenant ids). Absent when Teams sends no tenant.
 */
export function teamsWorkspace(activity: TeamsActivity): Pick<IncomingMessage, 'workspace'> {
  const tenant = activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
  return tenant ? { workspace: { teamsTenant: tenant } } : {};
}

/** A user key that is unique across tenants and channels (the Entra object id when Teams sends it). */
export function teamsUserKey(activity: TeamsActivity): string {
  return `teams:${tenantOf(activity)}:${activity.from.aadObjectId ?? activity.from.id}`;
}

export function isChannelConversation(activity: TeamsActivity): boolean {
  return activity.conversation.conversationType === 'channel';
}

/** A 1:1 chat with the bot (Teams leaves the type out in some clients and the Emulator). */
export function isPersonalConversation(activity: TeamsActivity): boolean {
  const type = activity.conversation.conversationType;
  return type === undefined || type === 'personal';
}

/** Teams text to plain text: mentions of the bot removed, tags stripped, entities decoded. */
export function teamsToPlainText(text: string, botName?: string): string {
  let plain = text.replace(/<at>([^<]*)<\/at>/gi, (_whole, name: string) =>
    botName && name.trim().toLowerCase() === botName.trim().toLowerCase() ? '' : `@${name}`,
  );
  plain = plain
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return plain
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^[\s,:]+/, '')
    .trim();
}

const mentionSchema = z.object({
  type: z.literal('mention'),
  text: z.string(),
  mentioned: z.object({ id: z.string() }),
});

/** The message text without the mention of the bot (Teams marks it in `entities`). */
export function withoutBotMention(activity: TeamsActivity): string {
  let text = activity.text ?? '';
  for (const entity of activity.entities ?? []) {
    const mention = mentionSchema.safeParse(entity);
    if (mention.success && mention.data.mentioned.id === activity.recipient.id) {
      text = text.split(mention.data.text).join('');
    }
  }
  return teamsToPlainText(text, activity.recipient.name);
}

/** An example button (Action.Submit with an imBack) as some clients send it: the question in the value. */
const imBackValueSchema = z.object({
  msteams: z.object({ type: z.literal('imBack'), value: z.string() }),
});

/**
 * What the user said: the text without the bot's mention or, when there is no text, the question of an
 * example button. Teams posts an imBack as the user's text; the Agents Playground sends it only as `value`.
 */
export function messageText(activity: TeamsActivity): string {
  const text = withoutBotMention(activity);
  if (text !== '') return text;
  const imBack = imBackValueSchema.safeParse(activity.value);
  return imBack.success ? teamsToPlainText(imBack.data.msteams.value) : '';
}

/**
 * A chat message: context is kept per conversation (a channel thread has its own conversation id). In a group
 * chat or channel others read the answer: it is `shared`.
 */
export function activityToIncomingMessage(
  activity: TeamsActivity,
  profile: Profile | undefined,
  command?: IncomingMessage['command'],
): IncomingMessage {
  const text = messageText(activity);
  return {
    channel: 'teams',
    text,
    userId: teamsUserKey(activity),
    conversationId: `teams:${activity.conversation.id}`.slice(0, 300),
    ...teamsWorkspace(activity),
    ...(profile ? { profile } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
    audience: isPersonalConversation(activity) ? 'private' : 'shared',
    ...(command ? { command } : text === '' ? { command: 'help' as const } : {}),
  };
}

/** A draft from the message extension. */
export function draftToIncomingMessage(
  activity: TeamsActivity,
  draft: string,
  profile: Profile | undefined,
): IncomingMessage {
  return {
    channel: 'teams',
    text: teamsToPlainText(draft),
    userId: teamsUserKey(activity),
    conversationId: `teams:${tenantOf(activity)}:${activity.from.id}:draft`.slice(0, 300),
    ...teamsWorkspace(activity),
    command: 'check',
    ...(profile ? { profile } : {}),
  };
}
