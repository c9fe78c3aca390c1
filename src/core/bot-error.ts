// The one error class of the project. Callers branch on `code`, never on the message text.

export type BotErrorCode =
  | 'input_empty'
  | 'input_too_long'
  | 'input_invalid'
  | 'knowledge_invalid'
  | 'knowledge_unavailable'
  | 'config_invalid'
  | 'channel_unavailable'
  | 'rate_limited'
  | 'model_failed'
  | 'internal';

export class BotError extends Error {
  readonly code: BotErrorCode;
  /** Extra, non-sensitive detail for logs (never user text). */
  readonly detail: Record<string, unknown> | undefined;

  constructor(code: BotErrorCode, message: string, detail?: Record<string, unknown>) {
    super(message);
    this.name = 'BotError';
    this.code = code;
    this.detail = detail;
  }
}

export function isBotError(error: unknown): error is BotError {
  return error instanceof BotError;
}
