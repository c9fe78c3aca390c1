// The server's own time limits: a request's headers and body must arrive in time (else 408 and the connection
// closes) and an idle keep-alive connection is closed after a while. Without them Node waits 300 s for a body.
import type { ServerOptions } from 'node:http';

export interface HttpTimeouts {
  /** Headers and body must have arrived within this. */
  requestTimeoutMs: number;
  /** Headers must have arrived within this (at most requestTimeoutMs). */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this; announced in the Keep-Alive header. */
  keepAliveTimeoutMs: number;
}

/** Options for node:http's createServer that enforce the limits. */
export function httpServerOptions(timeouts: HttpTimeouts): ServerOptions {
  const shortest = Math.min(timeouts.requestTimeoutMs, timeouts.headersTimeoutMs);
  return {
    requestTimeout: timeouts.requestTimeoutMs,
    headersTimeout: timeouts.headersTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    // Node checks the request and headers timeouts on a timer, every 30 s by default: check often enough
    // that a limit holds within a quarter of itself.
    connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(shortest / 4))),
  };
}
