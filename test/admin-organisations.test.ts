// The HR console per organisation, over real HTTP through the real server: gaps and votes recorded through
// bot.handle and the JSON API for organisations a and b, then seen (or not) through the console pages with a
// login for a, one for b, and the admin's. A cookie edited to another organisation is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.ts';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import { adminCookie } from './support/admin-cookie.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

const ADMIN = 'beheer-token-voor-de-test-123';
const TOKEN_A = 'aaaa-token-van-gemeente-a-456';
const TOKEN_B = 'bbbb-token-van-provincie-b-789';
/** Only the login-limit test uses it: every attempt counts, also a right one, per start of the token. */
const TOKEN_C = 'cccc-token-van-waterschap-c-012';

const QUESTION_A = 'Mag ik als ambtenaar memes over sterrenkunde maken?';
const QUESTION_A_API = 'Mag ik als ambtenaar memes over origami maken?';
const QUESTION_B = 'Mag ik als ambtenaar memes over kabeljauw maken?';
const QUESTION_NONE = 'Mag ik als ambtenaar memes over quantumfysica maken?';
const VOTED_A = 'Mag ik over mijn eigen dossier twitteren?';

let server: RunningServer;
const replies: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer(
    {
      ...TEST_SERVER_ENV,
      ADMIN_TOKEN: ADMIN,
      ADMIN_ORGANISATION_TOKENS: `a=${TOKEN_A}, b=${TOKEN_B}\nc=${TOKEN_C}`,
    },
    {
      organisationStatuses: () => [
        {
          id: 'a',
          name: 'Gemeente Aadorp',
          files: 3,
          version: 'a1b2c3',
          loadedAt: '2026-12-01T09:00:00Z',
          problems: [],
        },
        {
          id: 'b',
          name: 'Provincie Beeland',
          files: 2,
          version: 'b4e5f6',
          loadedAt: '2026-12-01T09:00:00Z',
          problems: ['organisations/b/faq.md:3: datum ontbreekt'],
        },
      ],
    },
  );
  const ask = async (text: string, userId: string, organisation?: 'a' | 'b') =>
    server.bot.handle({
      channel: 'slack',
      text,
      userId,
      conversationId: `c-${userId}`,
      ...(organisation ? { organisation } : {}),
    });
  const vote = (replyId: string, rating: 'up' | 'down', userId: string, organisation?: 'a' | 'b') =>
    server.bot.handle({
      channel: 'teams',
      text: '',
      command: 'feedback',
      feedback: { replyId, rating },
      userId,
      conversationId: `c-${userId}`,
      ...(organisation ? { organisation } : {}),
    });
  await ask(QUESTION_A, 'slack:T1:u1', 'a');
  await ask(QUESTION_B, 'slack:T2:u2', 'b');
  await ask(QUESTION_NONE, 'slack:T3:u3');
  const api = await fetch(`${server.url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: QUESTION_A_API, organisation: 'a' }),
  });
  expect(api.status).toBe(200);
  // Votes: the reply's organisation counts, also when the voter's message names another (a reply seen in a
  // channel two organisations share); an unknown reply counts for the voter's organisation.
  replies.a = (await ask(VOTED_A, 'slack:T1:u4', 'a')).id;
  replies.b = (await ask('Mag ik een petitie tekenen?', 'slack:T2:u5', 'b')).id;
  await vote(replies.a, 'down', 'teams:t:u6', 'b');
  await vote(replies.b, 'up', 'teams:t:u7', 'b');
  replies.unknown = 'reply-id-van-elders-b';
  await vote(replies.unknown, 'up', 'teams:t:u8', 'b');
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const login = (token: string) => adminCookie(server.url, token);

const get = (path: string, cookie: string) =>
  fetch(`${server.url}${path}`, { headers: { cookie }, redirect: 'manual' });

async function pageText(path: string, cookie: string): Promise<string> {
  const response = await get(path, cookie);
  expect(response.status, path).toBe(200);
  return response.text();
}

describe('HR console per organisation', () => {
  it("a login for organisation a sees a's gaps and feedback, never b's", async () => {
    const cookie = await login(TOKEN_A);
    const gaps = await pageText('/admin/kennisgaten', cookie);
    expect(gaps).toContain(QUESTION_A);
    expect(gaps).toContain(QUESTION_A_API);
    // The 👎 of a voter from b on a's reply is a's gap: the question is a's.
    expect(gaps).toContain(VOTED_A);
    expect(gaps).not.toContain(QUESTION_B);
    expect(gaps).not.toContain(QUESTION_NONE);
    expect(gaps).toContain('Ingelogd als Gemeente Aadorp');
    // Counted, not only listed (a theme shows three example questions).
    expect(gaps).toContain('3 in totaal');
    // Labelling trains every organisation's bot: not offered, and refused when posted.
    expect(gaps).not.toContain('Label dit');
    const label = await fetch(`${server.url}/admin/voorbeeld`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ question: QUESTION_A, verdict: 'mag' }).toString(),
    });
    expect(label.status).toBe(403);

    const feedback = await pageText('/admin/feedback', cookie);
    expect(feedback).toContain(replies.a);
    expect(feedback).not.toContain(replies.b);
    expect(feedback).not.toContain(replies.unknown);
    expect(feedback).toContain('1 reacties');

    // Asking for b's rows in the address is refused, not quietly answered with a's.
    for (const path of [
      '/admin/kennisgaten?organisatie=b',
      '/admin/feedback?organisatie=b',
      '/admin/feedback?organisatie=-',
    ])
      expect((await get(path, cookie)).status, path).toBe(403);
    expect(await pageText('/admin/kennisgaten?organisatie=a', cookie)).toContain(QUESTION_A);
  });

  it('a login for b sees its own rows, its own knowledge status only, and not the shared status page', async () => {
    const cookie = await login(TOKEN_B);
    const gaps = await pageText('/admin/kennisgaten', cookie);
    expect(gaps).toContain(QUESTION_B);
    expect(gaps).toContain('1 in totaal');
    expect(gaps).not.toContain(QUESTION_A);
    expect(gaps).not.toContain(VOTED_A);
    const feedback = await pageText('/admin/feedback', cookie);
    expect(feedback).toContain(replies.b);
    expect(feedback).toContain(replies.unknown);
    expect(feedback).not.toContain(replies.a);
    const status = await pageText('/admin', cookie);
    expect(status).toContain('Provincie Beeland');
    expect(status).toContain('organisations/b/faq.md:3: datum ontbreekt');
    expect(status).not.toContain('Gemeente Aadorp');
    // The shared status (every file's problems, review dates and owners, the folder) is the admin's.
    expect(status).not.toContain('Gouden vragen');
    expect(status).not.toContain('Te lang niet gecontroleerd');
  });

  it('a scoped cookie edited to another organisation, or to the admin, is refused', async () => {
    const cookie = await login(TOKEN_A);
    const [name, value] = cookie.split('=') as [string, string];
    const [id, expires, scope, signature] = value.split('.');
    expect(scope).toBe('a');
    for (const forged of [
      `${id}.${expires}.b.${signature}`,
      `${id}.${expires}.*.${signature}`,
      `${id}.${expires}.${signature}`,
    ]) {
      const response = await get('/admin/kennisgaten', `${name}=${forged}`);
      expect(response.status, forged).toBe(303);
      expect(response.headers.get('location')).toBe('/admin/login');
    }
    expect((await get('/admin/kennisgaten', cookie)).status).toBe(200);
  });

  it('the admin sees every organisation, and can list one, or those without one', async () => {
    const cookie = await login(ADMIN);
    const all = await pageText('/admin/kennisgaten', cookie);
    expect(all).toContain('5 in totaal');
    // Per organisation, by name: a 3 (two questions and the 👎 on its reply), b 1, without one 1.
    expect(all).toMatch(/<tr><td>Gemeente Aadorp<\/td><td>3<\/td><\/tr>/);
    expect(all).toMatch(/<tr><td>Provincie Beeland<\/td><td>1<\/td><\/tr>/);
    expect(all).toMatch(/<tr><td>zonder organisatie<\/td><td>1<\/td><\/tr>/);
    expect(all).toContain('Label dit');
    expect(all).toContain('Ingelogd als beheerder');
    const onlyB = await pageText('/admin/kennisgaten?organisatie=b', cookie);
    expect(onlyB).toContain(QUESTION_B);
    expect(onlyB).not.toContain(QUESTION_A);
    const onlyA = await pageText('/admin/kennisgaten?organisatie=a', cookie);
    for (const question of [QUESTION_A, QUESTION_A_API, VOTED_A]) expect(onlyA).toContain(question);
    const without = await pageText('/admin/kennisgaten?organisatie=-', cookie);
    expect(without).toContain(QUESTION_NONE);
    expect(without).toContain('1 in totaal');
    expect(without).not.toContain(QUESTION_B);
    expect((await get('/admin/kennisgaten?organisatie=Niet%20goed', cookie)).status).toBe(400);
    const feedback = await pageText('/admin/feedback', cookie);
    for (const id of [replies.a, replies.b, replies.unknown]) expect(feedback).toContain(id);
    expect(feedback).toContain('Provincie Beeland');
    const status = await pageText('/admin', cookie);
    expect(status).toContain('Gouden vragen');
    expect(status).toContain('Gemeente Aadorp');
    expect(status).toContain('Provincie Beeland');
  });

  it('try-it answers a scoped login and records nothing; cross-site posts and logged-out cookies are refused', async () => {
    const cookie = await login(TOKEN_A);
    const before = (await server.state.listKnowledgeGaps()).length;
    const tried = await fetch(`${server.url}/admin/proberen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ text: QUESTION_A, mode: 'vraag' }).toString(),
    });
    expect(tried.status).toBe(200);
    const page = await tried.text();
    expect(page).toContain('Oordeel: <strong>voorwaardelijk</strong>');
    expect(page).toContain('het antwoord dat een medewerker van <strong>Gemeente Aadorp</strong> krijgt');
    // A search of every file could show another organisation's own knowledge: the reply's sources instead.
    expect(page).not.toContain('Gevonden passages');
    expect(page).toContain('Bronnen in het antwoord');
    expect((await server.state.listKnowledgeGaps()).length).toBe(before);

    // Trying as another organisation is refused.
    const asB = await fetch(`${server.url}/admin/proberen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ text: QUESTION_A, mode: 'vraag', organisation: 'b' }).toString(),
    });
    expect(asB.status).toBe(403);

    const crossSite = await fetch(`${server.url}/admin/proberen`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        'sec-fetch-site': 'cross-site',
      },
      body: 'text=hallo&mode=vraag',
    });
    expect(crossSite.status).toBe(403);
    const logout = await fetch(`${server.url}/admin/logout`, {
      method: 'POST',
      headers: { cookie },
      redirect: 'manual',
    });
    expect(logout.status).toBe(303);
    expect((await get('/admin/feedback', cookie)).status).toBe(303);
  });

  it('the admin tries as any organisation, or as none', async () => {
    const cookie = await login(ADMIN);
    const form = await pageText('/admin/proberen', cookie);
    expect(form).toContain('<option value="b">Provincie Beeland</option>');
    const tryAs = (organisation: string) =>
      fetch(`${server.url}/admin/proberen`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ text: QUESTION_B, mode: 'vraag', organisation }).toString(),
      });
    const asB = await tryAs('b');
    expect(asB.status).toBe(200);
    const page = await asB.text();
    expect(page).toContain('medewerker van <strong>Provincie Beeland</strong>');
    expect(page).toContain('Gevonden passages');
    expect(await (await tryAs('')).text()).not.toContain('medewerker van <strong>');
    expect((await tryAs('Niet Goed')).status).toBe(400);
  });

  it("changing one organisation's token logs out that organisation's sessions only", async () => {
    const cookies = { a: await login(TOKEN_A), b: await login(TOKEN_B), admin: await login(ADMIN) };
    // Another instance with a's token changed: sessions are stateless, signed per login.
    const other = await startServer({
      ...TEST_SERVER_ENV,
      ADMIN_TOKEN: ADMIN,
      ADMIN_ORGANISATION_TOKENS: `a=aaaa-een-nieuw-token-voor-a-000, b=${TOKEN_B}`,
    });
    try {
      const status = async (cookie: string) =>
        (await fetch(`${other.url}/admin/feedback`, { headers: { cookie }, redirect: 'manual' })).status;
      expect(await status(cookies.a)).toBe(303);
      expect(await status(cookies.b)).toBe(200);
      expect(await status(cookies.admin)).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('counts login attempts for organisation tokens as for the admin token', async () => {
    // Ten wrong tokens that start like c's: the right one with that start waits; b's (another start) does not.
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await fetch(`${server.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: `cccc-geraden-${attempt}-xxxxxxxx` }).toString(),
        redirect: 'manual',
      });
      expect(response.status).toBe(401);
    }
    const limited = await fetch(`${server.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN_C }).toString(),
      redirect: 'manual',
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('set-cookie')).toBeNull();
    await login(TOKEN_B);
  });
});

describe('ADMIN_ORGANISATION_TOKENS', () => {
  const load = (tokens: string, admin: string | undefined) =>
    loadConfig({ ...(admin ? { ADMIN_TOKEN: admin } : {}), ADMIN_ORGANISATION_TOKENS: tokens });

  it('reads id=token pairs separated by commas or whitespace', () => {
    expect([
      ...load(`gemeente-a=${TOKEN_A},\n provincie-b=${TOKEN_B}==`, ADMIN).adminOrganisationTokens,
    ]).toEqual([
      ['gemeente-a', TOKEN_A],
      ['provincie-b', `${TOKEN_B}==`],
    ]);
    expect(loadConfig({ ADMIN_TOKEN: ADMIN }).adminOrganisationTokens.size).toBe(0);
  });

  it('refuses bad settings with a clear message that never shows a token', () => {
    const cases: [string, string | undefined, RegExp][] = [
      ['a=kort', ADMIN, /pair 1: the token must be at least 16 characters/],
      [`Gemeente=${TOKEN_A}`, ADMIN, /pair 1 does not start with an organisation id/],
      // Pasted the wrong way round: the message must not take the token for an organisation id and show it.
      [`${TOKEN_A}=a`, ADMIN, /pair 1: the token must be at least 16 characters/],
      [`a=${TOKEN_A} ${TOKEN_B.toUpperCase()}=b`, ADMIN, /pair 2 does not start with an organisation id/],
      [`a=${TOKEN_A} b=${TOKEN_A}`, ADMIN, /pairs 1 and 2 have the same token/],
      [`a=${TOKEN_A} a=${TOKEN_B}`, ADMIN, /pairs 1 and 2 name the same organisation/],
      [`a=${ADMIN}`, ADMIN, /must not be the same as ADMIN_TOKEN/],
      [TOKEN_A, ADMIN, /id=token pairs/],
      [`a=${TOKEN_A}`, undefined, /needs ADMIN_TOKEN/],
    ];
    for (const [tokens, admin, message] of cases) {
      let error: Error | undefined;
      try {
        load(tokens, admin);
      } catch (caught) {
        error = caught as Error;
      }
      expect(error?.message, tokens).toMatch(message);
      expect(error?.message, tokens).toMatch(/^Invalid settings: ADMIN_ORGANISATION_TOKENS: /);
      for (const secret of [TOKEN_A, TOKEN_B, TOKEN_B.toUpperCase(), ADMIN, 'kort'])
        expect(error?.message, tokens).not.toContain(secret);
    }
  });
});
