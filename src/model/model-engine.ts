// The language model as an improvement on the deterministic engine, never a dependency: each call runs
// within a time budget, behind a circuit breaker, with personal data masked; any failure (timeout, 429,
// 5xx, refused connection, invalid JSON, schema mismatch, refusal, an answer that fails verification)
// returns the rules' reply unchanged and writes one log line without user text.
import type { CitationOptions } from '../answer/select-citations.ts';
import type { Profile, Reply } from '../core/types.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { Logger } from '../logging/create-logger.ts';
import { type ChatModel, isModelFailure, ModelFailure } from './chat-model.ts';
import { type CircuitBreaker, createCircuitBreaker } from './circuit-breaker.ts';
import { createMasker } from './create-masker.ts';
import { groundedAnswer } from './grounded-answer.ts';
import type { PromptSet } from './prompt-templates.ts';
import { reviewDraft } from './review-draft.ts';

export interface ModelEngineOptions {
  model: ChatModel;
  prompts: PromptSet;
  /** The whole model step (including a repair or a rewrite) must finish within this. */
  timeoutMs: number;
  /** Whether drafts may be sent to the model at all (default off: see README). */
  sendDrafts: boolean;
  breaker?: CircuitBreaker;
  logger: Logger;
  /** Called with the reason whenever the rules answer instead of the model (metrics). */
  onFallback?: (reason: string) => void;
  /** Model calls in flight at most; more are answered by the rules at once (default 8). */
  maxConcurrent?: number;
}

export interface ModelEngine {
  answer(input: {
    knowledge: KnowledgeBase;
    question: string;
    rulesReply: Reply;
    citationOptions: CitationOptions;
  }): Promise<Reply>;
  reviewDraft(input: {
    knowledge: KnowledgeBase;
    draft: string;
    profile: Profile | undefined;
    rulesReply: Reply;
    offset: number;
  }): Promise<Reply>;
  readonly sendsDrafts: boolean;
}

const ENDPOINT_FAILURES = new Set(['timeout', 'rate_limited', 'server_error', 'connection', 'other']);

/** Grace after the budget for an adapter that does not stop at once when aborted. */
const ABORT_GRACE_MS = 250;

export function createModelEngine(options: ModelEngineOptions): ModelEngine {
  const breaker = options.breaker ?? createCircuitBreaker();
  const logger = options.logger.child({ model: options.model.name });
  let inFlight = 0;

  async function guarded(
    kind: 'answer' | 'draft',
    fallback: Reply,
    run: (signal: AbortSignal, model: ChatModel) => Promise<Reply>,
  ) {
    if (!breaker.allow()) {
      logger.info({ kind, reason: 'circuit_open' }, 'model skipped: the endpoint failed recently');
      options.onFallback?.('circuit_open');
      return fallback;
    }
    if (inFlight >= (options.maxConcurrent ?? 8)) {
      options.onFallback?.('busy');
      return fallback;
    }
    inFlight += 1;
    const controller = new AbortController();
    const started = performance.now();
    // Every call in this step (a repair, a rewrite) shares one budget; the adapter retries only within it.
    const model = withDeadline(options.model, Date.now() + options.timeoutMs);
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          // The adapter should stop at once; if it does not, stop waiting shortly after.
          setTimeout(
            () => reject(new ModelFailure('timeout', 'model did not answer in time')),
            ABORT_GRACE_MS,
          ).unref();
        }, options.timeoutMs);
      });
      const reply = await Promise.race([run(controller.signal, model), deadline]);
      breaker.success();
      logger.info({ kind, ms: Math.round(performance.now() - started) }, 'model answer used');
      return reply;
    } catch (error) {
      const reason = controller.signal.aborted ? 'timeout' : isModelFailure(error) ? error.reason : 'other';
      // Only the endpoint's health opens the circuit; an answer that failed its checks says nothing about it.
      if (ENDPOINT_FAILURES.has(reason)) breaker.failure();
      else breaker.success();
      options.onFallback?.(reason);
      logger.warn(
        {
          kind,
          reason,
          status: isModelFailure(error) ? error.detail?.status : undefined,
          ms: Math.round(performance.now() - started),
          circuit: breaker.state(),
        },
        'model answer not used; the rules answer instead',
      );
      return fallback;
    } finally {
      clearTimeout(timer);
      inFlight -= 1;
    }
  }

  return {
    sendsDrafts: options.sendDrafts,
    answer({ knowledge, question, rulesReply, citationOptions }) {
      // Out of scope stays out of scope: the model is not asked.
      if (rulesReply.intent !== 'question' || rulesReply.error || rulesReply.verdict === 'buiten-scope') {
        return Promise.resolve(rulesReply);
      }
      const mask = createMasker(knowledge);
      return guarded('answer', rulesReply, (signal, model) =>
        groundedAnswer({
          knowledge,
          question,
          rulesReply,
          model,
          prompts: options.prompts,
          signal,
          citationOptions,
          mask,
        }),
      );
    },
    reviewDraft({ knowledge, draft, profile, rulesReply, offset }) {
      if (!options.sendDrafts || rulesReply.intent !== 'draft' || rulesReply.error)
        return Promise.resolve(rulesReply);
      const mask = createMasker(knowledge);
      return guarded('draft', rulesReply, (signal, model) =>
        reviewDraft({
          knowledge,
          draft,
          profile,
          rulesReply,
          model,
          prompts: options.prompts,
          signal,
          offset,
          mask,
        }),
      );
    },
  };
}

/** The model with the step's deadline on every request. */
function withDeadline(model: ChatModel, deadline: number): ChatModel {
  return {
    name: model.name,
    complete: (request) => model.complete({ ...request, deadline: request.deadline ?? deadline }),
  };
}
