// Live reload: a new version is swapped in whole, a broken one is refused, requests in flight never
// see a mix, and the status endpoint says what is wrong.
import { cp, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../src/core/create-bot.ts';
import type { Reply } from '../src/core/types.ts';
import { buildKnowledgeBase, buildKnowledgeBaseInSteps } from '../src/knowledge/build-knowledge-base.ts';
import {
  type KnowledgeStore,
  loadKnowledgeStore,
  type ReloadAttempt,
} from '../src/knowledge/knowledge-store.ts';
import { readKnowledgeDir } from '../src/knowledge/read-knowledge-dir.ts';
import { watchKnowledge } from '../src/knowledge/watch-knowledge.ts';
import { createSilentLogger } from '../src/logging/create-logger.ts';
import { createServer } from '../src/server/create-server.ts';
import { json } from './support/json.ts';
import { KNOWLEDGE_DIR } from './support/real-knowledge.ts';
import { tempDir } from './support/temp-dir.ts';

const logger = createSilentLogger();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function copyKnowledge(): Promise<string> {
  const dir = await tempDir('uw-reload-');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

async function editFile(dir: string, path: string, edit: (content: string) => string): Promise<void> {
  const file = join(dir, path);
  await writeFile(file, edit(await readFile(file, 'utf8')));
}

const MARK = 'VERSIE-B-MARKERING';
const markDemonstration = (content: string) =>
  content.replace(/condition:\n {2}nl: "/, `condition:\n  nl: "${MARK} `);

describe('knowledge reload', () => {
  it('swaps in a valid new version at once', async () => {
    const dir = await copyKnowledge();
    const store = await loadKnowledgeStore(dir, logger);
    const bot = createBot({ knowledge: store });
    const before = await bot.handle({ channel: 'test', text: 'Mag ik demonstreren?' });
    await editFile(dir, 'signals/demonstratie.md', markDemonstration);
    const attempt = await store.reload();
    expect(attempt.ok).toBe(true);
    const after = await bot.handle({ channel: 'test', text: 'Mag ik demonstreren?' });
    expect(after.knowledgeVersion).not.toBe(before.knowledgeVersion);
    expect(after.knowledgeVersion).toBe(attempt.version);
    expect(before.answer).not.toContain(MARK);
    expect(after.answer).toContain(MARK);
  });

  it('keeps serving the last good version when a file is broken, and says what is wrong', async () => {
    const dir = await copyKnowledge();
    const store = await loadKnowledgeStore(dir, logger);
    const good = store.current().version;
    await editFile(dir, 'law/aw2017-art9.md', (content) => content.replace('kind: law', 'kind: wet'));
    const attempt = await store.reload();
    expect(attempt.ok).toBe(false);
    expect(attempt.problems).toContainEqual(
      expect.objectContaining({ file: 'law/aw2017-art9.md', line: 3, severity: 'error' }),
    );
    expect(store.current().version).toBe(good);
    expect(store.current().documentsById.has('aw2017-art9')).toBe(true);
    expect(store.status().lastReload?.ok).toBe(false);
    const reply = await createBot({ knowledge: store }).handle({
      channel: 'test',
      text: 'Mag ik interne memo’s delen?',
    });
    expect(reply).toMatchObject({ verdict: 'mag-niet', knowledgeVersion: good });
  });

  it('never lets a request see a mix of versions while reloading', async () => {
    const dir = await copyKnowledge();
    const store = await loadKnowledgeStore(dir, logger);
    const bot = createBot({ knowledge: store });
    const oldVersion = store.current().version;
    await editFile(dir, 'signals/demonstratie.md', markDemonstration);
    let reloaded = false;
    const reloading = store.reload().then((attempt) => {
      reloaded = true;
      return attempt;
    });
    // Ask again and again for as long as the reload runs (however long that takes on a slow
    // machine), then a few more times after it: both versions must show, and never a mix.
    const asked: Promise<Reply>[] = [];
    let index = 0;
    const ask = () =>
      bot.handle({
        channel: 'test',
        text: 'Mag ik meelopen in een demonstratie?',
        conversationId: `c${index++}`,
      });
    while (!reloaded) {
      asked.push(ask());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (let after = 0; after < 5; after++) asked.push(ask());
    const replies = await Promise.all(asked);
    const { version: newVersion } = await reloading;
    const versions = new Set(replies.map((reply) => reply.knowledgeVersion));
    expect(versions).toEqual(new Set([oldVersion, newVersion]));
    for (const reply of replies) {
      expect(reply.error).toBeUndefined();
      expect([oldVersion, newVersion]).toContain(reply.knowledgeVersion);
      // The content matches the version the reply names.
      expect(reply.answer.includes(MARK)).toBe(reply.knowledgeVersion === newVersion);
    }
  });

  it('reloads by itself when a file in the folder changes', async () => {
    const dir = await copyKnowledge();
    const store = await loadKnowledgeStore(dir, logger);
    const watcher = await watchKnowledge(store, logger, { debounceMs: 50 });
    cleanups.push(() => watcher.close());
    const reloaded = new Promise<ReloadAttempt>((resolve) => store.onReload((attempt) => resolve(attempt)));
    await editFile(dir, 'signals/demonstratie.md', markDemonstration);
    const attempt = await reloaded;
    expect(attempt.ok).toBe(true);
    expect(store.current().version).toBe(attempt.version);
  });

  it('recovers when a broken file is put right again', async () => {
    const dir = await copyKnowledge();
    const store = await loadKnowledgeStore(dir, logger);
    const original = await readFile(join(dir, 'law/aw2017-art9.md'), 'utf8');
    await editFile(dir, 'law/aw2017-art9.md', (content) => content.replace('kind: law', 'kind: wet'));
    expect((await store.reload()).ok).toBe(false);
    await writeFile(join(dir, 'law/aw2017-art9.md'), original);
    expect((await store.reload()).ok).toBe(true);
    expect(store.status().lastReload?.ok).toBe(true);
  });

  it('GET /status reports the refused reload with file and line', async () => {
    const dir = await copyKnowledge();
    const store: KnowledgeStore = await loadKnowledgeStore(dir, logger);
    const server: Server = createServer({ bot: createBot({ knowledge: store }), logger, knowledge: store });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await json(await fetch(`${base}/status`))).toMatchObject({ status: 'ok' });
    await writeFile(join(dir, 'faq-kapot.md'), '---\nid: kapot\nkind: faq\n---\n');
    await store.reload();
    const status = await json(await fetch(`${base}/status`));
    expect(status.status).toBe('degraded');
    expect(status.knowledge.lastReload.problems).toContainEqual(
      expect.objectContaining({ file: 'faq-kapot.md', severity: 'error' }),
    );
    expect(status.knowledge.version).toBe(store.current().version);
  });
});

describe('building in steps', () => {
  it('gives the same knowledge base as building in one go', async () => {
    const files = await readKnowledgeDir(KNOWLEDGE_DIR);
    const now = new Date('2026-11-28T12:00:00Z');
    const once = buildKnowledgeBase(files, { now });
    const stepped = await buildKnowledgeBaseInSteps(files, { now });
    expect(stepped.version).toBe(once.version);
    expect(stepped.passages.length).toBe(once.passages.length);
    expect(stepped.problems).toEqual(once.problems);
    const query = 'Mag ik een interne memo delen?';
    expect(stepped.index.search(query).map((hit) => hit.passage.id)).toEqual(
      once.index.search(query).map((hit) => hit.passage.id),
    );
  });
});
