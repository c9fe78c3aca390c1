// Slack settings from the environment, validated with zod at start. No Slack variables: Slack is off.
// Some but not all: the start stops with a message that names what is missing.
import { z } from 'zod';
import { BotError } from '../../src/core/bot-error.ts';

const slackEnvSchema = z.object({
  /** Bot token of the installed app (xoxb-…). */
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, 'must start with xoxb- (the bot token, not a user token)')
    .optional(),
  /** Signing secret: verifies that HTTP requests come from Slack. */
  SLACK_SIGNING_SECRET: z.string().min(8, 'is too short').optional(),
  /** App-level token (xapp-…): switches on Socket Mode, for development without a public URL. */
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must start with xapp- (app-level token)')
    .optional(),
  /** Base URL of the Slack Web API, e.g. for an enterprise proxy or a test stand-in. */
  SLACK_API_URL: z
    .url({ protocol: /^https?$/ })
    .refine(
      (url) => url.startsWith('https:') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url),
      'must use https (plain http only on this machine: 127.0.0.1 or localhost)',
    )
    .optional(),
  /** Channel id (C…) that gets a message when a knowledge reload has problems. */
  SLACK_ADMIN_CHANNEL: z
    .string()
    .regex(/^[CGD][A-Z0-9]+$/, 'must be a channel id such as C0123ABCD')
    .optional(),
});

export interface SlackSettings {
  botToken: string;
  /** Present in HTTP mode. */
  signingSecret: string | undefined;
  /** Present in Socket Mode. */
  appToken: string | undefined;
  apiUrl: string | undefined;
  adminChannel: string | undefined;
}

/** The Slack settings, or undefined when Slack is not configured at all. */
export function loadSlackSettings(env: NodeJS.ProcessEnv): SlackSettings | undefined {
  const set = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => key.startsWith('SLACK_') && value !== undefined && value !== '',
    ),
  );
  const parsed = slackEnvSchema.safeParse(set);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new BotError('config_invalid', `Invalid Slack settings: ${details}`);
  }
  const values = parsed.data;
  if (!values.SLACK_BOT_TOKEN && !values.SLACK_SIGNING_SECRET && !values.SLACK_APP_TOKEN) return undefined;
  if (!values.SLACK_BOT_TOKEN) {
    throw new BotError('config_invalid', 'Invalid Slack settings: SLACK_BOT_TOKEN is missing.');
  }
  if (!values.SLACK_APP_TOKEN && !values.SLACK_SIGNING_SECRET) {
    throw new BotError(
      'config_invalid',
      'Invalid Slack settings: set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode).',
    );
  }
  return {
    botToken: values.SLACK_BOT_TOKEN,
    signingSecret: values.SLACK_SIGNING_SECRET,
    appToken: values.SLACK_APP_TOKEN,
    apiUrl: values.SLACK_API_URL,
    adminChannel: values.SLACK_ADMIN_CHANNEL,
  };
}
