// Answers a request Node's HTTP parser refused before any route saw it (a malformed request line or
// header, headers too large, a request that took too long) in the one JSON error shape every route uses,
// instead of Node's default of a bare status line without a body.
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

interface ProtocolAnswer {
  status: number;
  reason: string;
  code: string;
  message: string;
}

function answerFor(code: string | undefined): ProtocolAnswer {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        reason: 'Request Header Fields Too Large',
        code: 'headers_too_large',
        message: 'The request headers are too large.',
      };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return {
        status: 413,
        reason: 'Payload Too Large',
        code: 'input_too_long',
        message: 'The chunk extensions of the request are too large.',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        reason: 'Request Timeout',
        code: 'request_timeout',
        message: 'The request was not received in time.',
      };
    default:
      return {
        status: 400,
        reason: 'Bad Request',
        code: 'bad_request',
        message: 'The request is not valid HTTP.',
      };
  }
}

/**
 * The server's `clientError` handler. `inFlight` is the response the connection was last given: when it
 * has started but not finished, bytes of our own would corrupt it, so the connection is only closed (as
 * Node itself does).
 */
export function answerClientError(
  error: NodeJS.ErrnoException,
  socket: Duplex,
  inFlight: ServerResponse | undefined,
): void {
  const midResponse = inFlight?.headersSent === true && !inFlight.writableEnded;
  if (error.code === 'ECONNRESET' || !socket.writable || midResponse) {
    socket.destroy();
    return;
  }
  const answer = answerFor(error.code);
  const body = JSON.stringify({ error: { code: answer.code, message: answer.message } });
  socket.end(
    `HTTP/1.1 ${answer.status} ${answer.reason}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Cache-Control: no-store\r\n' +
      'Connection: close\r\n\r\n' +
      body,
  );
}
