// Bolt's logger interface on top of our pino logger. Bolt's debug output can contain request bodies
// (the user's words), so it is dropped; the rest is logged as one short line.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logging/create-logger.ts';

const MAX_LINE = 500;

function line(parts: unknown[]): string {
  const text = parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
  return text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}…` : text;
}

export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  return {
    debug: () => {},
    info: (...parts) => child.info(line(parts)),
    warn: (...parts) => child.warn(line(parts)),
    error: (...parts) => child.error(line(parts)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
