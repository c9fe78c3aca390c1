// Whether a POST to the HR console came from anywhere but the console itself. Browsers say where a request
// comes from in Sec-Fetch-Site and Origin; each is checked when present. The Origin must be the console's
// own: the same host and, when the scheme is known, the same scheme. "null" (a sandboxed frame, a
// redirect through another site, a file) is never the console, and neither is http://host posting to
// https://host: anyone on the network path can serve a page on the plain-http origin.
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';

const schemeSchema = z.enum(['http', 'https']);

/**
 * The scheme the browser used: from X-Forwarded-Proto (set by the TLS proxy in front; the first one when
 * several proxies add theirs), else https on a TLS socket; undefined for plain HTTP without a proxy header,
 * where either scheme may be a proxy of ours that does not say.
 */
function schemeOf(request: IncomingMessage): 'http' | 'https' | undefined {
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  if (first) {
    const scheme = schemeSchema.safeParse(first);
    return scheme.success ? scheme.data : undefined;
  }
  return 'encrypted' in request.socket && request.socket.encrypted ? 'https' : undefined;
}

export function isCrossSite(request: IncomingMessage): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.origin;
  // Browsers send Origin with every cross-origin POST; a client that sends none is not a form elsewhere.
  if (origin === undefined) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    // "null" and anything else that is not an origin.
    return true;
  }
  if (url.host !== request.headers.host) return true;
  const scheme = schemeOf(request);
  return scheme !== undefined && url.protocol !== `${scheme}:`;
}
