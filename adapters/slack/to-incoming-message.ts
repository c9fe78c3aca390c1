// Slack payloads in, the core's IncomingMessage out. Pure: no SDK calls, only the fields we read,
// each checked with zod (a payload that does not fit is ignored, never a crash).
import { z } from 'zod';
import type { IncomingMessage, Profile } from '../../src/core/types.ts';

/** The fields of a message or app_mention event the adapter reads. */
export const messageEventSchema = z.object({
  type: z.enum(['message', 'app_mention']),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  user: z.string().optional(),
  text: z.string().default(''),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

/** The fields of a slash command the adapter reads. */
export const slashCommandSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: z.string(),
  team_id: z.string().default('T'),
  enterprise_id: z.string().optional(),
  channel_id: z.string(),
  response_url: z.string(),
  trigger_id: z.string(),
});
export type SlashCommand = z.infer<typeof slashCommandSchema>;

/**
 * Where a message came from, for the core to recognise the organisation (knowledge/organisaties/<id>/ lists its
 * Slack team and enterprise ids). Bolt's "T" placeholder for a missing team is not an id.
 */
export function slackWorkspace(
  teamId: string | undefined,
  enterpriseId?: string | null,
): Pick<IncomingMessage, 'workspace'> {
  const team = teamId && teamId !== 'T' ? teamId : undefined;
  if (!team && !enterpriseId) return {};
  return {
    workspace: {
      ...(team ? { slackTeam: team } : {}),
      ...(enterpriseId ? { slackEnterprise: enterpriseId } : {}),
    },
  };
}

/** A user key that is unique across workspaces and channels. */
export function slackUserKey(teamId: string | undefined, userId: string): string {
  return `slack:${teamId ?? 'T'}:${userId}`;
}

/**
 * Slack's message format to plain text: mentions of the bot removed, other mentions and links made
 * readable, and the three escaped characters restored (Slack sends &amp; &lt; &gt;).
 */
export function slackToPlainText(text: string, botUserId?: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_whole, id: string, label?: string) =>
      id === botUserId ? '' : label ? `@${label}` : '@collega',
    )
    .replace(/<#[CG][A-Z0-9]+(?:\|([^>]*))?>/g, (_whole, label?: string) => `#${label || 'kanaal'}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_whole, label?: string) => label || '@team')
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/g, (_whole, url: string, label?: string) =>
      label && label !== url ? `${label} (${url})` : url,
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/^[\s,:]+/, '')
    .trim();
}

export interface SlackContext {
  teamId: string | undefined;
  /** Enterprise Grid only. */
  enterpriseId?: string | undefined;
  botUserId: string | undefined;
  profile: Profile | undefined;
}

/**
 * A message or mention: context is kept per channel and thread (the thread root for mentions). Outside a
 * direct message others read the answer: it is `shared`.
 */
export function eventToIncomingMessage(event: MessageEvent, context: SlackContext): IncomingMessage {
  const text = slackToPlainText(event.text, context.botUserId);
  const threadId = event.thread_ts ?? (event.type === 'app_mention' ? event.ts : undefined);
  return {
    channel: 'slack',
    text,
    userId: slackUserKey(context.teamId, event.user ?? 'unknown'),
    conversationId: `slack:${context.teamId ?? 'T'}:${event.channel}`,
    ...slackWorkspace(context.teamId, context.enterpriseId),
    ...(threadId ? { threadId } : {}),
    ...(context.profile ? { profile: context.profile } : {}),
    audience: event.channel_type === 'im' ? 'private' : 'shared',
    ...(text === '' ? { command: 'help' as const } : {}),
  };
}

/** A slash command: /uitingswijzer asks (the core recognises a draft after "toets:"), /uitingstoets checks. */
export function commandToIncomingMessage(
  command: SlashCommand,
  kind: 'ask' | 'check',
  profile: Profile | undefined,
): IncomingMessage {
  const text = slackToPlainText(command.text);
  return {
    channel: 'slack',
    text,
    userId: slackUserKey(command.team_id, command.user_id),
    // Slash commands have no thread: the command's own conversation per user and channel.
    conversationId: `slack:${command.team_id}:${command.channel_id}:command`,
    ...slackWorkspace(command.team_id, command.enterprise_id),
    ...(profile ? { profile } : {}),
    ...(kind === 'check' ? { command: 'check' as const } : text === '' ? { command: 'help' as const } : {}),
  };
}

/** A draft from the modal or the message shortcut. */
export function draftToIncomingMessage(
  draft: string,
  teamId: string | undefined,
  userId: string,
  profile: Profile | undefined,
  enterpriseId?: string | null,
): IncomingMessage {
  return {
    channel: 'slack',
    text: slackToPlainText(draft),
    userId: slackUserKey(teamId, userId),
    conversationId: `slack:${teamId ?? 'T'}:${userId}:draft`,
    ...slackWorkspace(teamId, enterpriseId),
    command: 'check',
    ...(profile ? { profile } : {}),
  };
}
