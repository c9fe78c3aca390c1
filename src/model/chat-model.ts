// The language model as the core sees it: one call that returns data matching a zod schema. The
// OpenAI adapter implements it for any OpenAI-compatible endpoint; tests use a fake. The core never
// depends on a vendor SDK, and everything works without a model.
import type { z } from 'zod';
import { BotError } from '../core/bot-error.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest<T> {
  messages: ChatMessage[];
  /** The shape the answer must have; the model is asked for exactly this JSON. */
  schema: z.ZodType<T>;
  /** A short name for the schema (the structured-output API wants one). */
  schemaName: string;
  /** Aborts the call (the caller's time budget). */
  signal: AbortSignal;
  /**
   * When the caller's time budget ends (Date.now() clock). A retry whose wait would end past it is not
   * made: the call fails at once instead of sleeping until the abort.
   */
  deadline?: number;
}

export interface ChatModel {
  /** The model's name, for logs and metrics. */
  readonly name: string;
  /** Returns the parsed answer, or throws a ModelFailure. */
  complete<T>(request: ChatRequest<T>): Promise<T>;
}

/** Why a model call did not give a usable answer; logged and counted, never shown as such to users. */
export type ModelFailureReason =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'connection'
  | 'invalid_json'
  | 'schema_mismatch'
  | 'refusal'
  | 'unverified'
  | 'circuit_open'
  | 'other';

export class ModelFailure extends BotError {
  readonly reason: ModelFailureReason;

  constructor(
    reason: ModelFailureReason,
    message: string,
    status?: number,
    /** More non-sensitive detail for the log line (e.g. the wait an endpoint asked for). */
    extra: Record<string, unknown> = {},
  ) {
    super('model_failed', message, { reason, ...(status === undefined ? {} : { status }), ...extra });
    this.reason = reason;
  }
}

export function isModelFailure(error: unknown): error is ModelFailure {
  return error instanceof ModelFailure;
}
