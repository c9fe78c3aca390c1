// Reads a JSON request body with a size limit; problems become BotErrors the server maps to 400/413.
import type { IncomingMessage } from 'node:http';
import { BotError } from '../core/bot-error.ts';

export class BodyTooLargeError extends BotError {}

/** The body as bytes, refused (413) past `maxBytes`. */
export async function readRawBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new BodyTooLargeError('input_too_long', `Request body is larger than ${maxBytes} bytes.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes)
      throw new BodyTooLargeError('input_too_long', `Request body is larger than ${maxBytes} bytes.`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  return parseJsonBody(await readRawBody(request, maxBytes));
}

/** A body read with readRawBody as JSON; an empty or broken one is a BotError (400). */
export function parseJsonBody(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  if (text.trim() === '')
    throw new BotError('input_invalid', 'Request body is empty; send JSON such as {"text": "…"}.');
  try {
    return JSON.parse(text);
  } catch {
    throw new BotError('input_invalid', 'Request body is not valid JSON.');
  }
}
