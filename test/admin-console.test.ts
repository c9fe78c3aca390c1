// The HR console in a real browser: Debian's Chromium driven by playwright-core (installed by
// `npm test`'s own set-up, never a browser download). The login refusal, each page, and try-it.
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import { KNOWLEDGE_DIR } from './support/real-knowledge.ts';
import { tempDir } from './support/temp-dir.ts';
import { TEST_SERVER_ENV } from './support/test-server-env.ts';

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'beheer-token-voor-de-test-123';
const available = existsSync(CHROMIUM);
if (!available) process.stdout.write(`Browser tests skipped: ${CHROMIUM} is missing.\n`);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  server = await startServer({
    ...TEST_SERVER_ENV,
    ADMIN_TOKEN: TOKEN,
  });
  const day = new Date();
  await server.state.recordVote({
    replyId: 'r-1',
    rating: 'up',
    channel: 'slack',
    at: day,
    voter: 'slack:T1:U1',
  });
  await server.state.recordVote({
    replyId: 'r-2',
    rating: 'down',
    channel: 'teams',
    at: day,
    voter: 'teams:t:u2',
  });
  await server.state.addKnowledgeGap({
    at: day,
    channel: 'slack',
    reason: 'no-match',
    question: 'Mag ik een podcast over mijn hobby maken met [naam]?',
    verdict: 'mag',
    knowledgeVersion: 'v',
  });
  await server.state.addKnowledgeGap({
    at: day,
    channel: 'teams',
    reason: 'feedback-down',
    question: 'Mag ik <img src=x onerror="alert(1)"> op Facebook zetten?',
    verdict: undefined,
    knowledgeVersion: 'v',
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function loggedIn(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/admin`);
  await page.getByLabel('Beheertoken').fill(TOKEN);
  // Keyboard only: Enter submits the form.
  await page.getByLabel('Beheertoken').press('Enter');
  await page.waitForURL(`${server.url}/admin`);
  return page;
}

describe.skipIf(!available)('HR console in Chromium', () => {
  it('refuses access without login and with a wrong token', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/admin/kennisgaten`);
    expect(page.url()).toBe(`${server.url}/admin/login`);
    expect(response?.status()).toBe(200);
    await page.getByLabel('Beheertoken').fill('niet-het-goede-token');
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/admin/login') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Inloggen' }).click(),
    ]);
    expect(refused.status()).toBe(401);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Dat token klopt niet');
    expect(await page.context().cookies()).toHaveLength(0);
    await page.close();
  });

  it('shows the knowledge status: version, files by kind, problems, review dates, golden questions', async () => {
    const page = await loggedIn();
    const cookies = await page.context().cookies();
    expect(cookies[0]).toMatchObject({ name: 'uw_admin', httpOnly: true, secure: true, sameSite: 'Strict' });
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kennisstatus');
    const text = await page.locator('main').textContent();
    expect(text).toContain('Veelgestelde vragen');
    expect(text).toMatch(/Versie [0-9a-f]{12}/);
    expect(text).toContain('alle antwoorden kloppen nog');
    expect(text).toContain('Geen problemen');
    // What still waits for legal review: all content starts as concept, listed by file.
    expect(text).toMatch(/Wacht op juridische toets \(\d+\)/);
    expect(text).toContain('0 bestand(en) juridisch getoetst');
    await page.getByText(/Toon de \d+ bestanden/).click();
    await expect(page.getByRole('cell', { name: 'signals/staking.md' }).count()).resolves.toBe(1);
    // Every form field of the try-it page has a label.
    await page.getByRole('link', { name: 'Probeer het' }).click();
    const fields = page.locator('input, textarea, select');
    expect(await fields.count()).toBeGreaterThan(3);
    const unlabelled = await fields.evaluateAll(
      (all) =>
        all.filter((field) => !(field as unknown as { labels?: { length: number } | null }).labels?.length)
          .length,
    );
    expect(unlabelled).toBe(0);
    await page.close();
  });

  it('lists every problem as file:line and the files past their review date', async () => {
    const dir = await tempDir('uw-admin-kb-');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    await writeFile(
      join(dir, 'faq', 'kapot.md'),
      '---\nid: kapot\nkind: faq\ntitle: [niet afgesloten\n---\nTekst\n',
    );
    const guide = (await readdir(join(dir, 'guides')))[0]!;
    const path = join(dir, 'guides', guide);
    await writeFile(
      path,
      (await readFile(path, 'utf8')).replace(/reviewed: \d{4}-\d{2}-\d{2}/, 'reviewed: 2020-01-01'),
    );
    const other = await startServer({
      ...TEST_SERVER_ENV,
      KNOWLEDGE_DIR: dir,
      ADMIN_TOKEN: TOKEN,
    });
    const page = await browser.newPage();
    try {
      await page.goto(`${other.url}/admin/login`);
      await page.getByLabel('Beheertoken').fill(TOKEN);
      await page.getByLabel('Beheertoken').press('Enter');
      await page.waitForURL(`${other.url}/admin`);
      const text = await page.locator('main').textContent();
      expect(text).toMatch(/faq\/kapot\.md:\d+/);
      expect(text).toContain(`guides/${guide}`);
      expect(text).toContain('2020-01-01');
    } finally {
      await page.close();
      await other.close();
    }
  });

  it('try it: a question shows the verdict, why, and the passages; a draft shows the risk and findings', async () => {
    const page = await loggedIn();
    await page.getByRole('link', { name: 'Probeer het' }).click();
    await page.getByLabel('Tekst').fill('Mag ik vertrouwelijke stukken uit het MT op LinkedIn zetten?');
    await page.getByRole('button', { name: 'Probeer' }).click();
    const result = page.locator('section.kaart');
    await expect(result.textContent()).resolves.toContain('Oordeel: mag-niet');
    expect(await result.locator('table').first().locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await result.textContent()).toContain('aw2017-art9');
    expect(await result.textContent()).toContain('Gevonden passages');

    await page.getByLabel('Een concept toetsen').check();
    await page
      .getByLabel('Tekst')
      .fill('Die wethouder is een idioot en ik weet uit de vertrouwelijke nota dat hij vertrekt.');
    await page.getByRole('button', { name: 'Probeer' }).click();
    await expect(page.locator('section.kaart').textContent()).resolves.toContain('Risico: hoog');
    expect(await page.locator('section.kaart').textContent()).toContain('Vertrouwelijke informatie');
    await page.close();
  });

  it('try it shows the situation as the bot read it, each element with its words', async () => {
    const page = await loggedIn();
    await page.getByRole('link', { name: 'Probeer het' }).click();
    await page
      .getByLabel('Tekst')
      .fill('Ik werk bij OCW op het dossier lerarentekort. Mag ik op LinkedIn mijn mening geven?');
    await page.getByRole('button', { name: 'Probeer' }).click();
    const situation = page.locator('section.kaart table', {
      has: page.locator('caption', { hasText: 'Situatie' }),
    });
    const text = await situation.textContent();
    expect(text).toContain('Ministerie van Onderwijs');
    expect(text).toContain('eigen werk of dossier');
    expect(text).toContain('(“OCW”)');
    expect(text).toContain('“op het dossier”');
    expect(text).toContain('Tweede lezing');
    await page.close();
  });

  it('"label this" turns a knowledge gap into a labelled example for HR to add', async () => {
    const page = await loggedIn();
    await page.getByRole('link', { name: 'Kennisgaten' }).click();
    const item = page.locator('li', { hasText: 'Mag ik een podcast over mijn hobby maken' });
    await item.getByLabel('Juiste oordeel').selectOption('mag');
    await item.getByRole('button', { name: 'Label dit' }).click();
    const snippet = await page.getByLabel('Voorbeeld').inputValue();
    expect(snippet).toContain('- text: "Mag ik een podcast over mijn hobby maken met [naam]?"');
    expect(snippet).toContain('verdict: mag');
    expect(await page.locator('main').textContent()).toContain('knowledge/examples/');
    // A forged verdict is refused.
    const [cookie] = await page.context().cookies();
    const forged = await fetch(`${server.url}/admin/voorbeeld`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `${cookie!.name}=${cookie!.value}`,
      },
      body: 'question=test&verdict=alles-mag',
    });
    expect(forged.status).toBe(400);
    await page.close();
  });

  it('knowledge gaps are grouped by theme and counted, with a chart; feedback is counted, with a chart', async () => {
    const page = await loggedIn();
    await page.getByRole('link', { name: 'Kennisgaten' }).click();
    const gaps = await page.locator('main').textContent();
    expect(gaps).toContain('2 in totaal');
    expect(gaps).toContain('Mag ik een podcast over mijn hobby maken met [naam]?');
    // Text from the store is shown as text, never as markup.
    expect(gaps).toContain('<img src=x onerror="alert(1)">');
    expect(await page.locator('main img').count()).toBe(0);
    // Grouped by theme: the podcast question lands with the knowledge about podcasts and hobbies.
    const themes = await page.locator('tbody th[scope=row]').allTextContents();
    expect(themes.some((theme) => /podcast|hobby/i.test(theme))).toBe(true);
    expect(await page.locator('svg[role=img]').count()).toBe(1);
    await page.getByRole('link', { name: 'Feedback' }).click();
    const feedback = await page.locator('main').textContent();
    expect(feedback).toContain('2 reacties');
    expect(feedback).toContain('50% nuttig');
    expect(await page.locator('svg[role=img] rect').count()).toBe(2);
    // Logging out ends the session, also for a copy of the cookie.
    const [cookie] = await page.context().cookies();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.goto(`${server.url}/admin/feedback`);
    expect(page.url()).toBe(`${server.url}/admin/login`);
    const replayed = await fetch(`${server.url}/admin/feedback`, {
      headers: { cookie: `${cookie!.name}=${cookie!.value}` },
      redirect: 'manual',
    });
    expect(replayed.status).toBe(303);
    await page.close();
  });

  it('refuses a POST without a session and one from another site; try-it records no gap', async () => {
    const withoutSession = await fetch(`${server.url}/admin/proberen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'text=hallo&mode=vraag',
    });
    expect(withoutSession.status).toBe(401);
    const page = await loggedIn();
    const [cookie] = await page.context().cookies();
    const crossSite = await fetch(`${server.url}/admin/proberen`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `${cookie!.name}=${cookie!.value}`,
        'sec-fetch-site': 'cross-site',
      },
      body: 'text=hallo&mode=vraag',
    });
    expect(crossSite.status).toBe(403);
    const before = (await server.state.listKnowledgeGaps()).length;
    await page.getByRole('link', { name: 'Probeer het' }).click();
    await page.getByLabel('Tekst').fill('Mag ik als ambtenaar memes over quantumfysica maken?');
    await page.getByRole('button', { name: 'Probeer' }).click();
    await page.locator('section.kaart').waitFor();
    expect((await server.state.listKnowledgeGaps()).length).toBe(before);
    await page.close();
  });
});

describe('HR console without a token', () => {
  it('is off, and says how to switch it on', async () => {
    const off = await startServer({
      ...TEST_SERVER_ENV,
    });
    try {
      const response = await fetch(`${off.url}/admin`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('ADMIN_TOKEN');
    } finally {
      await off.close();
    }
  });
});
