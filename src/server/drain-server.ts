// Stops the bot's HTTP server without dropping clients. While draining, every answer says `Connection: close`,
// so a client that keeps its connection does not send its next request into a closing socket; a connection
// that stays idle is closed. What still runs when the grace period ends is cut, and counted, so the process
// can say so in its exit code.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/** How often, while draining, connections without a request in progress are closed. */
const IDLE_SWEEP_MS = 1000;

export interface ServerDrain {
  /** Stops accepting and waits for the requests in flight, at most `graceMs`. */
  drain(graceMs: number): Promise<{ cut: number }>;
}

/** Tracks the requests in flight on a server; call before it listens. */
export function trackRequests(server: Server): ServerDrain {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  // Before the routes' handler, so a route's own headers still come on top.
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    if (draining) response.setHeader('connection', 'close');
  });
  return {
    async drain(graceMs) {
      draining = true;
      for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
      // Stop accepting with net.Server#close, not http.Server#close: that one also closes every idle
      // keep-alive connection at once, and under load many of those hold a request the server has not read
      // yet, which its client then sees reset (one per connection in the shutdown benchmark); it also stops
      // enforcing the request timeouts. This one calls back once every connection is gone.
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      // A request on a connection is answered with Connection: close, and Node closes it after the answer; a
      // connection still without a request at a sweep is closed (first after a second, so a request already
      // on its way is read first).
      const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<true>((resolve) => {
        timer = setTimeout(() => resolve(true), graceMs);
      });
      const late = await Promise.race([closed.then(() => false), expired]);
      clearTimeout(timer);
      clearInterval(sweep);
      const cut = late ? inFlight.size : 0;
      if (late) server.closeAllConnections();
      await closed;
      // http.Server#close now only clears its own timeout timer: there is nothing left to close.
      server.close();
      return { cut };
    },
  };
}
