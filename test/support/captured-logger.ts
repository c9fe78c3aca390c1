// The production logger (with its redaction), writing into an array a test can read.
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logging/create-logger.ts';

export function capturedLogger(level = 'info'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}
