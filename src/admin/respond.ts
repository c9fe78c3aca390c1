// How the HR console answers: HTML with security headers and no caching, redirects, and reading a form.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readRawBody } from '../server/read-json-body.ts';

const FORM_LIMIT = 32 * 1024;

const SECURITY_HEADERS = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  // same-origin, not no-referrer: under no-referrer the browser sends "Origin: null" with the console's own
  // form posts, which the same-site check rightly refuses; other sites still get no referrer.
  'referrer-policy': 'same-origin',
};

export function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    ...SECURITY_HEADERS,
  });
  response.end(html);
}

export function redirect(response: ServerResponse, location: string, cookie?: string): void {
  response.writeHead(303, {
    location,
    'cache-control': 'no-store',
    ...SECURITY_HEADERS,
    ...(cookie ? { 'set-cookie': cookie } : {}),
  });
  response.end();
}

export async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readRawBody(request, FORM_LIMIT)).toString('utf8'));
}
