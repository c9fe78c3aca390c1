// The HR console wired to the real knowledge store: a login scoped to the example organisation sees its own
// overlay's status and tries questions as that organisation, with its stricter rule and its own contact; the
// admin's try-it without an organisation gets the generic answer. Over real HTTP through the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import { adminCookie } from './support/admin-cookie.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

const ADMIN = 'beheer-token-voor-de-overlay-test-1';
const TOKEN = 'voorbeeld-token-voor-de-overlay-test-2';
const QUESTION = 'Mag ik op Facebook iets zeggen over een lopende handhavingszaak in mijn wijk?';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    ...TEST_SERVER_ENV,
    ADMIN_TOKEN: ADMIN,
    ADMIN_ORGANISATION_TOKENS: `gemeente-voorbeeld=${TOKEN}`,
  });
});

afterAll(async () => {
  await server?.close();
});

const login = (token: string) => adminCookie(server.url, token);

async function tryQuestion(cookie: string): Promise<string> {
  const response = await fetch(`${server.url}/admin/proberen`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ text: QUESTION, mode: 'vraag' }).toString(),
  });
  expect(response.status).toBe(200);
  return response.text();
}

describe('the console on the real overlays', () => {
  it("a scoped login sees its overlay in service and tries as its organisation; the admin's plain try is generic", async () => {
    const cookie = await login(TOKEN);
    const status = await fetch(`${server.url}/admin`, { headers: { cookie } });
    expect(status.status).toBe(200);
    expect(await status.text()).toMatch(/gemeente Voorbeeld/i);
    const scoped = await tryQuestion(cookie);
    expect(scoped).toContain('Oordeel: <strong>mag-niet</strong>');
    expect(scoped).toContain('vertrouwenspersoon integriteit van gemeente Voorbeeld');
    const generic = await tryQuestion(await login(ADMIN));
    expect(generic).not.toContain('Oordeel: <strong>mag-niet</strong>');
    expect(generic).not.toContain('vertrouwenspersoon integriteit van gemeente Voorbeeld');
  });
});
