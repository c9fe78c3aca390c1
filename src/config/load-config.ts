// Settings from the environment, validated once at start. A bad value stops the start with a clear
// message instead of failing later.
import { z } from 'zod';
import { BotError } from '../core/bot-error.ts';
import { DEFAULT_KNOWLEDGE_GAP_RETENTION_DAYS } from '../state/state-store.ts';
import { defaultKnowledgeDir } from './default-knowledge-dir.ts';
import { organisationTokensSchema } from './organisation-tokens.ts';

const configSchema = z
  .object({
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
    /** Messages per minute from one client address on the JSON API, whatever user id it sends (0: no limit). */
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(120),
    /** Knowledge gaps older than this many days are deleted from the store. */
    KNOWLEDGE_GAP_RETENTION_DAYS: z.coerce
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(DEFAULT_KNOWLEDGE_GAP_RETENTION_DAYS),
    /** Token for the HR console at /admin; without it the console is off. */
    ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /**
     * Console logins scoped to one organisation: `id=token` pairs separated by commas or whitespace. Each
     * sees only its own organisation's gaps, feedback and knowledge status; ADMIN_TOKEN sees all.
     */
    ADMIN_ORGANISATION_TOKENS: organisationTokensSchema.optional(),
    /** A request's headers and body must have arrived within this, else 408 and the connection closes. */
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    /** A request's headers must have arrived within this (at most HTTP_REQUEST_TIMEOUT_MS). */
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    /** An idle keep-alive connection is closed after this; behind a load balancer, set it above the balancer's. */
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
    /** The language model's time budget. The model adapter reads it too; here it sizes the shutdown grace. */
    LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8000),
    /** How long a shutdown waits for requests in flight before it cuts them. Default: the longest request. */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).optional(),
  })
  .refine((values) => values.HTTP_HEADERS_TIMEOUT_MS <= values.HTTP_REQUEST_TIMEOUT_MS, {
    path: ['HTTP_HEADERS_TIMEOUT_MS'],
    message: 'must not be longer than HTTP_REQUEST_TIMEOUT_MS',
  })
  .refine((values) => !values.ADMIN_ORGANISATION_TOKENS || values.ADMIN_TOKEN, {
    path: ['ADMIN_ORGANISATION_TOKENS'],
    message: 'needs ADMIN_TOKEN too (the admin login that sees every organisation)',
  })
  .refine(
    (values) =>
      !values.ADMIN_TOKEN ||
      ![...(values.ADMIN_ORGANISATION_TOKENS?.values() ?? [])].includes(values.ADMIN_TOKEN),
    {
      path: ['ADMIN_ORGANISATION_TOKENS'],
      message: 'an organisation token must not be the same as ADMIN_TOKEN',
    },
  );

/** After the body and the model's budget: the model's abort grace, the rules and writing the answer. */
const REQUEST_MARGIN_MS = 1000;

/** The settings as the program uses them. */
export type AppConfig = ReturnType<typeof toAppConfig>;

function toAppConfig(values: z.infer<typeof configSchema>, env: NodeJS.ProcessEnv) {
  const longestRequest = values.HTTP_REQUEST_TIMEOUT_MS + values.LLM_TIMEOUT_MS + REQUEST_MARGIN_MS;
  return {
    port: values.PORT,
    host: values.HOST,
    knowledgeDir: defaultKnowledgeDir(env),
    logLevel: values.LOG_LEVEL,
    staleAfterDays: values.KNOWLEDGE_STALE_DAYS,
    watchKnowledge: values.KNOWLEDGE_WATCH === 'true',
    confidentialContact: values.CONFIDENTIAL_CONTACT,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    rateLimitPerAddressPerMinute: values.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
    knowledgeGapRetentionDays: values.KNOWLEDGE_GAP_RETENTION_DAYS,
    adminToken: values.ADMIN_TOKEN,
    /** Console tokens per organisation id (empty when none are configured). */
    adminOrganisationTokens: values.ADMIN_ORGANISATION_TOKENS ?? new Map<string, string>(),
    http: {
      requestTimeoutMs: values.HTTP_REQUEST_TIMEOUT_MS,
      headersTimeoutMs: values.HTTP_HEADERS_TIMEOUT_MS,
      keepAliveTimeoutMs: values.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    /** The longest a request can take: its body arriving, then the model's time budget. */
    longestRequestMs: longestRequest,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS ?? longestRequest,
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
