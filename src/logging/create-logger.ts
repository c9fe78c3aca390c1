// The project's logger: pino JSON lines with secrets and user text redacted by path.
import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths that must never reach a log line: secrets and what users wrote. */
export const REDACTED_PATHS = [
  'text',
  'draft',
  'question',
  'message.text',
  'body.text',
  '*.token',
  '*.secret',
  '*.password',
  'headers.authorization',
  'headers.cookie',
];

export interface LoggerOptions {
  level?: string;
  /** Where lines go (default stderr, so the CLI's stdout stays clean JSON). */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'uitingswijzer' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.destination(2),
  );
}

/** A logger that drops everything (tests, benchmarks). */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
