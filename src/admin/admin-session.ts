// Login for the HR console: one configured token (ADMIN_TOKEN), compared in constant time, and a signed
// session cookie (HttpOnly, Secure, SameSite=Strict, 8 hours) carrying a random session id. The signing key
// derives from the token, so every instance accepts the same sessions and changing the token logs everyone
// out. Logging out revokes the id in the shared state store, so a copied cookie stops working too.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { StateStore } from '../state/state-store.ts';

export const SESSION_COOKIE = 'uw_admin';
const SESSION_SECONDS = 8 * 60 * 60;

export interface AdminSession {
  tokenMatches(candidate: string): boolean;
  /** The Set-Cookie value of a new session. */
  issue(now?: number): string;
  /** Revokes the request's session; returns the Set-Cookie value that clears it. */
  revoke(request: IncomingMessage, now?: number): Promise<string>;
  isValid(request: IncomingMessage, now?: number): Promise<boolean>;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

interface Cookie {
  id: string;
  expires: number;
}

export function createAdminSession(token: string, state: StateStore): AdminSession {
  const key = digest(`uitingswijzer-admin-session:${token}`);
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  const attributes = 'Path=/admin; HttpOnly; Secure; SameSite=Strict';

  /** The signed cookie's content, or undefined when absent, malformed, forged or expired. */
  function read(request: IncomingMessage, now: number): Cookie | undefined {
    const values = (request.headers.cookie ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part.startsWith(`${SESSION_COOKIE}=`))
      .map((part) => part.slice(SESSION_COOKIE.length + 1));
    for (const value of values) {
      const parts = value.split('.');
      if (parts.length !== 3) continue;
      const [id, expires, signature] = parts as [string, string, string];
      const expected = Buffer.from(sign(`${id}.${expires}`));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) continue;
      if (Number(expires) * 1000 <= now) continue;
      return { id, expires: Number(expires) };
    }
    return undefined;
  }

  const revokedKey = (id: string) => `admin-session-revoked:${id}`;

  return {
    tokenMatches(candidate) {
      // Hash both sides first: equal lengths for timingSafeEqual, and no length leak.
      return timingSafeEqual(digest(candidate), digest(token));
    },
    issue(now = Date.now()) {
      const id = randomBytes(18).toString('base64url');
      const payload = `${id}.${Math.floor(now / 1000) + SESSION_SECONDS}`;
      return `${SESSION_COOKIE}=${payload}.${sign(payload)}; ${attributes}; Max-Age=${SESSION_SECONDS}`;
    },
    async revoke(request, now = Date.now()) {
      const cookie = read(request, now);
      if (cookie) await state.claimOnce(revokedKey(cookie.id), cookie.expires * 1000 - now + 1000);
      return `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`;
    },
    async isValid(request, now = Date.now()) {
      const cookie = read(request, now);
      if (!cookie) return false;
      // A claim that succeeds means no logout claimed this id (the probe's own claim lapses at once: ttl 0).
      return state.claimOnce(revokedKey(cookie.id), 0);
    },
  };
}
