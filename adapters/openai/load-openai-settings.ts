// Language-model settings from the environment, validated with zod at start. The model is off when
// neither OPENAI_API_KEY nor OPENAI_BASE_URL is set.
import { z } from 'zod';
import { BotError } from '../../src/core/bot-error.ts';

const openAIEnvSchema = z.object({
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** OpenAI (default), Azure OpenAI (…/openai/v1/), vLLM, Ollama or any OpenAI-compatible server. */
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** Only for Azure OpenAI's dated API (…/openai/deployments/…); not needed for its v1 API. */
  OPENAI_API_VERSION: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  /** Whether drafts may be sent to the model (default false: a draft may hold what must not leave). */
  LLM_SEND_DRAFTS: z.enum(['true', 'false']).default('false'),
  LLM_CIRCUIT_FAILURES: z.coerce.number().int().min(1).max(100).default(3),
  LLM_CIRCUIT_OPEN_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
});

export interface OpenAISettings {
  apiKey: string | undefined;
  baseUrl: string | undefined;
  model: string;
  apiVersion: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  sendDrafts: boolean;
  circuitFailures: number;
  circuitOpenMs: number;
}

export function loadOpenAISettings(env: NodeJS.ProcessEnv): OpenAISettings | undefined {
  const set = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) =>
        (key.startsWith('OPENAI_') || key.startsWith('LLM_')) && value !== undefined && value !== '',
    ),
  );
  const parsed = openAIEnvSchema.safeParse(set);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new BotError('config_invalid', `Invalid language-model settings: ${details}`);
  }
  const values = parsed.data;
  if (!values.OPENAI_API_KEY && !values.OPENAI_BASE_URL) return undefined;
  if (values.OPENAI_API_VERSION && !values.OPENAI_BASE_URL) {
    throw new BotError(
      'config_invalid',
      'Invalid language-model settings: OPENAI_API_VERSION needs OPENAI_BASE_URL (the Azure endpoint).',
    );
  }
  return {
    apiKey: values.OPENAI_API_KEY,
    baseUrl: values.OPENAI_BASE_URL,
    model: values.OPENAI_MODEL,
    apiVersion: values.OPENAI_API_VERSION,
    timeoutMs: values.LLM_TIMEOUT_MS,
    maxRetries: values.LLM_MAX_RETRIES,
    sendDrafts: values.LLM_SEND_DRAFTS === 'true',
    circuitFailures: values.LLM_CIRCUIT_FAILURES,
    circuitOpenMs: values.LLM_CIRCUIT_OPEN_MS,
  };
}
