// Login for the HR console: the configured tokens (ADMIN_TOKEN for the admin, who sees every organisation;
// ADMIN_ORGANISATION_TOKENS for a login scoped to one organisation), compared in constant time, and a signed
// session cookie (HttpOnly, Secure, SameSite=Strict, 8 hours) carrying a random session id and the scope.
// Each scope signs with a key derived from its own token: every instance accepts the same sessions, a cookie
// edited to another scope fails its signature, and changing a token logs out that login's sessions only.
// Logging out revokes the id in the shared state store, so a copied cookie stops working too.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BotError } from '../core/bot-error.ts';
import type { StateStore } from '../state/state-store.ts';

export const SESSION_COOKIE = 'uw_admin';
const SESSION_SECONDS = 8 * 60 * 60;
/** The admin's scope in the cookie; an organisation id cannot be this (it starts with a letter or digit). */
const ADMIN_SCOPE = '*';

/** Who a session is: the admin (every organisation) or a login for one organisation. */
export type AdminScope = { role: 'admin' } | { role: 'organisation'; organisation: string };

export interface AdminTokens {
  /** ADMIN_TOKEN. */
  admin: string;
  /** Tokens per organisation id (ADMIN_ORGANISATION_TOKENS). */
  organisations: ReadonlyMap<string, string>;
}

export interface AdminSession {
  /** The scope a tried token logs in to, or undefined when it is none of the configured tokens. */
  scopeOf(candidate: string): AdminScope | undefined;
  /** The Set-Cookie value of a new session for `scope`. */
  issue(scope: AdminScope, now?: number): string;
  /** Revokes the request's session; returns the Set-Cookie value that clears it. */
  revoke(request: IncomingMessage, now?: number): Promise<string>;
  /** The scope of the request's valid session, or undefined (none, forged, expired or logged out). */
  scopeOfRequest(request: IncomingMessage, now?: number): Promise<AdminScope | undefined>;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

interface Cookie {
  id: string;
  expires: number;
  scope: AdminScope;
}

export function createAdminSession(tokens: AdminTokens, state: StateStore): AdminSession {
  const configured: { scope: AdminScope; token: string }[] = [
    { scope: { role: 'admin' }, token: tokens.admin },
    ...[...tokens.organisations].map(([organisation, token]) => ({
      scope: { role: 'organisation' as const, organisation },
      token,
    })),
  ];
  const logins = configured.map(({ scope, token }) => ({
    scope,
    token: digest(token),
    key: digest(`uitingswijzer-admin-session:${token}`),
  }));
  const scopeText = (scope: AdminScope) => (scope.role === 'admin' ? ADMIN_SCOPE : scope.organisation);
  const loginOf = (text: string) => logins.find((login) => scopeText(login.scope) === text);
  const sign = (key: Buffer, payload: string) =>
    createHmac('sha256', key).update(payload).digest('base64url');
  const attributes = 'Path=/admin; HttpOnly; Secure; SameSite=Strict';

  /** The signed cookie's content, or undefined when absent, malformed, forged, of an unknown scope or expired. */
  function read(request: IncomingMessage, now: number): Cookie | undefined {
    const values = (request.headers.cookie ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part.startsWith(`${SESSION_COOKIE}=`))
      .map((part) => part.slice(SESSION_COOKIE.length + 1));
    for (const value of values) {
      const parts = value.split('.');
      if (parts.length !== 4) continue;
      const [id, expires, scope, signature] = parts as [string, string, string, string];
      const login = loginOf(scope);
      if (!login) continue;
      const expected = Buffer.from(sign(login.key, `${id}.${expires}.${scope}`));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) continue;
      if (Number(expires) * 1000 <= now) continue;
      return { id, expires: Number(expires), scope: login.scope };
    }
    return undefined;
  }

  const revokedKey = (id: string) => `admin-session-revoked:${id}`;

  return {
    scopeOf(candidate) {
      // Hash both sides first (equal lengths for timingSafeEqual, no length leak), and compare with every
      // token, so the time taken does not tell which one, if any, matched.
      const tried = digest(candidate);
      let found: AdminScope | undefined;
      for (const login of logins) if (timingSafeEqual(tried, login.token)) found ??= login.scope;
      return found;
    },
    issue(scope, now = Date.now()) {
      const login = loginOf(scopeText(scope));
      if (!login) throw new BotError('internal', 'A session was issued for a scope without a login.');
      const id = randomBytes(18).toString('base64url');
      const payload = `${id}.${Math.floor(now / 1000) + SESSION_SECONDS}.${scopeText(scope)}`;
      return `${SESSION_COOKIE}=${payload}.${sign(login.key, payload)}; ${attributes}; Max-Age=${SESSION_SECONDS}`;
    },
    async revoke(request, now = Date.now()) {
      const cookie = read(request, now);
      if (cookie) await state.claimOnce(revokedKey(cookie.id), cookie.expires * 1000 - now + 1000);
      return `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`;
    },
    async scopeOfRequest(request, now = Date.now()) {
      const cookie = read(request, now);
      if (!cookie) return undefined;
      // A claim that succeeds means no logout claimed this id (the probe's own claim lapses at once: ttl 0).
      return (await state.claimOnce(revokedKey(cookie.id), 0)) ? cookie.scope : undefined;
    },
  };
}
