// Settings from the environment, validated once at start. A bad value stops the start with a clear
// message instead of failing later.
import { z } from 'zod';
import { BotError } from '../core/bot-error.ts';
import { defaultKnowledgeDir } from './default-knowledge-dir.ts';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  KNOWLEDGE_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Sources reviewed longer ago are flagged to users as stale. */
  KNOWLEDGE_STALE_DAYS: z.coerce.number().int().min(1).default(365),
  /** Reload the knowledge folder when it changes ("false" to switch off). */
  KNOWLEDGE_WATCH: z.enum(['true', 'false']).default('true'),
  /** How to reach the integrity officer or HR, shown with "Bespreek vertrouwelijk". */
  CONFIDENTIAL_CONTACT: z.string().max(500).optional(),
  /** Messages per user per minute before the bot asks to slow down (0: no limit). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(30),
  /** Token for the HR console at /admin; without it the console is off. */
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

/** The settings as the program uses them. */
export type AppConfig = ReturnType<typeof toAppConfig>;

function toAppConfig(values: z.infer<typeof configSchema>, env: NodeJS.ProcessEnv) {
  return {
    port: values.PORT,
    host: values.HOST,
    knowledgeDir: defaultKnowledgeDir(env),
    logLevel: values.LOG_LEVEL,
    staleAfterDays: values.KNOWLEDGE_STALE_DAYS,
    watchKnowledge: values.KNOWLEDGE_WATCH === 'true',
    confidentialContact: values.CONFIDENTIAL_CONTACT,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    adminToken: values.ADMIN_TOKEN,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable counts as not set (PORT= would otherwise become port 0).
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(set);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new BotError('config_invalid', `Invalid settings: ${details}`);
  }
  return toAppConfig(parsed.data, env);
}
