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
import type { ChatModel, ChatRequest } from '../../src/model/chat-model.ts';
import { ModelFailure } from '../../src/model/chat-model.ts';
import { createCircuitBreaker } from '../../src/model/circuit-breaker.ts';
import { createModelEngine } from '../../src/model/model-engine.ts';
import { loadPrompts } from '../../src/model/prompt-templates.ts';
import type { ModelStarter } from '../../src/server/start-server.ts';
import { loadOpenAISettings, type OpenAISettings } from './load-openai-settings.ts';
import { toStrictJsonSchema } from './to-json-schema.ts';

export function createOpenAIChatModel(settings: OpenAISettings): ChatModel {
  const common = { timeout: settings.timeoutMs, maxRetries: settings.maxRetries };
  const client = settings.apiVersion
    ? new AzureOpenAI({
        ...common,
        endpoint: settings.baseUrl,
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

  return {
    name: settings.model,
    async complete<T>(request: ChatRequest<T>): Promise<T> {
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await client.chat.completions.create(
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
        throw toModelFailure(error, request.signal);
      }
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

/** Vendor errors to the core's reasons; no error message text is kept (it may echo the request). */
function toModelFailure(error: unknown, signal: AbortSignal): ModelFailure {
  if (signal.aborted || error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) {
    return new ModelFailure('timeout', 'the model did not answer in time');
  }
  if (error instanceof RateLimitError)
    return new ModelFailure('rate_limited', 'the model endpoint is rate limited (429)');
  if (error instanceof APIConnectionError)
    return new ModelFailure('connection', 'the model endpoint cannot be reached');
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    return status >= 500
      ? new ModelFailure('server_error', `the model endpoint failed (${status})`)
      : new ModelFailure('other', `the model endpoint refused the request (${status})`);
  }
  return new ModelFailure('other', 'the model call failed');
}

/** The model for the server: off (one log line) without OPENAI_API_KEY or OPENAI_BASE_URL. */
export const startOpenAIModel: ModelStarter = async ({ logger, env }) => {
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
    model: createOpenAIChatModel(settings),
    prompts,
    timeoutMs: settings.timeoutMs,
    sendDrafts: settings.sendDrafts,
    breaker: createCircuitBreaker({
      failureThreshold: settings.circuitFailures,
      openMs: settings.circuitOpenMs,
    }),
    logger,
  });
};
