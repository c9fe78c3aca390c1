// Login for the HR console: one configured token (ADMIN_TOKEN), compared in constant time, and a signed
// session cookie (HttpOnly, Secure, SameSite=Strict, 8 hours). The signing key is derived from the token,
// so every instance accepts the same sessions and changing the token logs everyone out.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'uw_admin';
const SESSION_SECONDS = 8 * 60 * 60;

export interface AdminSession {
  tokenMatches(candidate: string): boolean;
  /** The Set-Cookie value of a new session. */
  issue(now?: number): string;
  /** The Set-Cookie value that ends the session. */
  clear(): string;
  isValid(request: IncomingMessage, now?: number): boolean;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export function createAdminSession(token: string): AdminSession {
  const key = digest(`uitingswijzer-admin-session:${token}`);
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  const attributes = `Path=/admin; HttpOnly; Secure; SameSite=Strict`;
  return {
    tokenMatches(candidate) {
      // Hash both sides first: equal lengths for timingSafeEqual, and no length leak.
      return timingSafeEqual(digest(candidate), digest(token));
    },
    issue(now = Date.now()) {
      const payload = String(Math.floor(now / 1000) + SESSION_SECONDS);
      return `${SESSION_COOKIE}=${payload}.${sign(payload)}; ${attributes}; Max-Age=${SESSION_SECONDS}`;
    },
    clear() {
      return `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`;
    },
    isValid(request, now = Date.now()) {
      const cookie = (request.headers.cookie ?? '')
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith(`${SESSION_COOKIE}=`));
      const value = cookie?.slice(SESSION_COOKIE.length + 1) ?? '';
      const [expires, signature] = value.split('.');
      if (!expires || !signature) return false;
      const expected = Buffer.from(sign(expires));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
      return Number(expires) * 1000 > now;
    },
  };
}
