// The OpenAI adapter: the core's ChatModel on top of the `openai` package, for OpenAI itself, Azure
// OpenAI and any OpenAI-compatible server (vLLM, Ollama, …). Vendor errors become ModelFailure reasons;
// the answer is parsed with the core's zod schema. The only place `openai` is imported.
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AzureOpenAI,
  RateLimitError,
} from 'openai';
import { BotError } from '../../src/core/bot-error.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import type { ChatModel, ChatRequest } from '../../src/model/chat-model.ts';
import { ModelFailure } from '../../src/model/chat-model.ts';
import { createCircuitBreaker } from '../../src/model/circuit-breaker.ts';
import { createModelEngine } from '../../src/model/model-engine.ts';
import { loadPrompts } from '../../src/model/prompt-templates.ts';
import type { ModelStarter } from '../../src/server/start-server.ts';
import { loadOpenAISettings, type OpenAISettings } from './load-openai-settings.ts';
import { retryDelay } from './retry-delay.ts';
import { toStrictJsonSchema } from './to-json-schema.ts';

export interface OpenAIChatModelOptions {
  /** Where retries and refused waits are logged (status and milliseconds, never request text). */
  logger?: Logger;
  /** The jitter's source of randomness (default Math.random). */
  random?: () => number;
}

export function createOpenAIChatModel(
  settings: OpenAISettings,
  options: OpenAIChatModelOptions = {},
): ChatModel {
  const { logger } = options;
  // The client never retries by itself (its back-off sleeps ignore the abort signal); this adapter
  // retries within the caller's time budget instead.
  const common = { timeout: settings.timeoutMs, maxRetries: 0 };
  let client: OpenAI;
  try {
    client = settings.apiVersion
      ? new AzureOpenAI({
          ...common,
          // baseURL, not endpoint: the client also reads OPENAI_BASE_URL itself, and both may not be set.
          baseURL: `${(settings.baseUrl ?? '').replace(/\/+$/, '')}/openai`,
          apiKey: settings.apiKey,
          apiVersion: settings.apiVersion,
          deployment: settings.model,
        })
      : new OpenAI({
          ...common,
          // Self-hosted servers often need no key; the client insists on one.
          apiKey: settings.apiKey ?? 'not-needed',
          ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}),
        });
  } catch (error) {
    throw new BotError('config_invalid', `Language-model settings: ${(error as Error).message}`);
  }

  async function call<T>(request: ChatRequest<T>): Promise<OpenAI.Chat.Completions.ChatCompletion> {
    const deadline = request.deadline ?? Date.now() + settings.timeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await client.chat.completions.create(
          {
            model: settings.model,
            messages: request.messages,
            temperature: 0,
            response_format: {
              type: 'json_schema',
              json_schema: {
                name: request.schemaName,
                strict: true,
                schema: toStrictJsonSchema(request.schema),
              },
            },
          },
          { signal: request.signal },
        );
      } catch (error) {
        const failure = toModelFailure(error, request.signal);
        const retryable = ['rate_limited', 'server_error', 'connection'].includes(failure.reason);
        if (!retryable || attempt >= settings.maxRetries) throw failure;
        const delay = retryDelay(error instanceof APIError ? error.headers : undefined, attempt, {
          ...(options.random ? { random: options.random } : {}),
        });
        const leftMs = Math.max(0, Math.round(deadline - Date.now()));
        const status = failure.detail?.status;
        const waited = delay.source === 'retry-after' ? { retryAfterMs: delay.ms } : { backoffMs: delay.ms };
        // A wait that ends past the budget only delays the rules' answer: fail now instead.
        if (delay.ms >= leftMs) {
          logger?.warn(
            { reason: failure.reason, status, ...waited, leftMs },
            `model endpoint asks to wait ${delay.ms} ms before a retry, beyond the time budget (${leftMs} ms left); not retrying`,
          );
          throw new ModelFailure(
            failure.reason,
            `${failure.message}; a retry after ${delay.ms} ms would end beyond the time budget`,
            typeof status === 'number' ? status : undefined,
            waited,
          );
        }
        logger?.info(
          { reason: failure.reason, status, ...waited, attempt: attempt + 1 },
          'model call failed; retrying after a wait',
        );
        await sleep(delay.ms, request.signal);
      }
    }
  }

  return {
    name: settings.model,
    async complete<T>(request: ChatRequest<T>): Promise<T> {
      const completion = await call(request);
      const message = completion.choices[0]?.message;
      if (message?.refusal) throw new ModelFailure('refusal', 'the model declined to answer');
      let data: unknown;
      try {
        data = JSON.parse(message?.content ?? '');
      } catch {
        throw new ModelFailure('invalid_json', 'the model did not return JSON');
      }
      const parsed = request.schema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ModelFailure(
          'schema_mismatch',
          `the model's JSON does not fit: ${issue?.path.join('.')}: ${issue?.message}`,
        );
      }
      return parsed.data;
    },
  };
}

/** A sleep that ends (and leaves no timer behind) when the caller's budget runs out. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new ModelFailure('timeout', 'the model did not answer in time'));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ModelFailure('timeout', 'the model did not answer in time'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Vendor errors to the core's reasons; no error message text is kept (it may echo the request). */
function toModelFailure(error: unknown, signal: AbortSignal): ModelFailure {
  if (error instanceof ModelFailure) return error;
  if (signal.aborted || error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) {
    return new ModelFailure('timeout', 'the model did not answer in time');
  }
  if (error instanceof RateLimitError) {
    return new ModelFailure('rate_limited', 'the model endpoint is rate limited (429)', 429);
  }
  if (error instanceof APIConnectionError)
    return new ModelFailure('connection', 'the model endpoint cannot be reached');
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    return status >= 500
      ? new ModelFailure('server_error', `the model endpoint failed (${status})`, status)
      : new ModelFailure('other', `the model endpoint refused the request (${status})`, status);
  }
  return new ModelFailure('other', 'the model call failed');
}

/** The model for the server: off (one log line) without OPENAI_API_KEY or OPENAI_BASE_URL. */
export const startOpenAIModel: ModelStarter = async ({ logger, env, onFallback }) => {
  const settings = loadOpenAISettings(env);
  if (!settings) {
    logger.info(
      'Language model is off: the built-in rules answer (set OPENAI_API_KEY or OPENAI_BASE_URL to add one)',
    );
    return undefined;
  }
  const prompts = await loadPrompts();
  const endpoint = settings.baseUrl ? new URL(settings.baseUrl).host : 'api.openai.com';
  logger.info(
    { model: settings.model, endpoint, timeoutMs: settings.timeoutMs, sendDrafts: settings.sendDrafts },
    `Language model on: ${settings.model} at ${endpoint}; drafts are ${settings.sendDrafts ? '' : 'not '}sent to it`,
  );
  return createModelEngine({
    model: createOpenAIChatModel(settings, { logger }),
    prompts,
    timeoutMs: settings.timeoutMs,
    sendDrafts: settings.sendDrafts,
    breaker: createCircuitBreaker({
      failureThreshold: settings.circuitFailures,
      openMs: settings.circuitOpenMs,
    }),
    logger,
    ...(onFallback ? { onFallback } : {}),
  });
};
