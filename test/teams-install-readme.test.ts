// The README's "Install in Teams" against what the code and the app manifest really do (issue 16: "match the
// manifests"), as test/slack-manifest.test.ts does for Slack: the messaging endpoint, every setting it names
// (and no setting it leaves out), the package command and its output, the scopes and the command list the
// manifest offers, and the message action. A README that drifts from them fails here.
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { startTeamsChannel, TEAMS_MESSAGES_PATH } from '../adapters/teams/index.ts';
import {
  loadTeamsSettings,
  TEAMS_APP_TYPES,
  TEAMS_SETTING_NAMES,
} from '../adapters/teams/load-teams-settings.ts';
import {
  buildTeamsPackage,
  DEFAULT_PACKAGE_PATH,
  TEAMS_PACKAGE_SETTING_NAMES,
} from '../adapters/teams/package-app.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { isProfileRequest } from '../src/conversation/profile-form.ts';
import { createBot } from '../src/core/create-bot.ts';
import { loadKnowledgeStore } from '../src/knowledge/knowledge-store.ts';
import { createSilentLogger } from '../src/logging/create-logger.ts';
import { createMemoryStateStore } from '../src/state/memory-state-store.ts';
import { capturedLogger } from './support/captured-logger.ts';
import type { Json } from './support/json.ts';
import { KNOWLEDGE_DIR } from './support/real-knowledge.ts';

const APP_ID = '11111111-2222-4333-8444-555555555555';

async function installInTeams(): Promise<string> {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('## Install in Teams');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

async function manifestTemplate(): Promise<Json> {
  return JSON.parse(
    await readFile(new URL('../adapters/teams/app-package/manifest.json', import.meta.url), 'utf8'),
  );
}

/** The settings named in a piece of the README. */
const settingsIn = (text: string) => [...new Set(text.match(/\b(?:MICROSOFT_APP|TEAMS)_[A-Z_]+\b/g) ?? [])];

/** How the README says each scope of the manifest (Teams: personal = a 1:1 chat, team = a channel). */
const SCOPE_IN_README: Record<string, RegExp> = {
  personal: /\b1:1 chat/i,
  team: /\bchannels?\b/i,
  groupChat: /\bgroup chats?\b/i,
};

describe('README "Install in Teams" and the Teams app manifest', () => {
  it('gives the messaging endpoint the adapter serves, as the start log and the playground use it', async () => {
    const section = await installInTeams();
    const paths = section.match(/\/api\/[\w/-]+/g) ?? [];
    // Step 1 (the endpoint to register), step 2 (the log line), and the playground's address at least.
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const path of paths) expect(path).toBe(TEAMS_MESSAGES_PATH);
    expect(section).toMatch(new RegExp(`https://YOUR-HOST${TEAMS_MESSAGES_PATH}\\b`));
    // The log line the README quotes is the one the start writes.
    const { logger, lines } = capturedLogger();
    const started = await startTeamsChannel({
      bot: { handle: () => Promise.reject(new Error('not called')), knowledgeVersion: () => 'test' },
      knowledge: await loadKnowledgeStore(KNOWLEDGE_DIR, createSilentLogger()),
      state: createMemoryStateStore(),
      logger,
      env: { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'secret' },
    });
    await started?.stop();
    const quoted = /The log says `([^`]+)`/.exec(section)?.[1];
    expect(quoted).toBeDefined();
    expect(lines.map((line) => JSON.parse(line).msg)).toContain(quoted);
    // The playground talks to the default port.
    const playground = /-e (http:\/\/127\.0\.0\.1:(\d+)\S*)/.exec(section);
    expect(Number(playground?.[2])).toBe(loadConfig({}).port);
    expect(new URL(playground?.[1] ?? '').pathname).toBe(TEAMS_MESSAGES_PATH);
  });

  it('names every setting the server and the package read, and none they do not', async () => {
    const section = await installInTeams();
    expect(settingsIn(section).sort()).toEqual(
      [...new Set([...TEAMS_SETTING_NAMES, ...TEAMS_PACKAGE_SETTING_NAMES])].sort(),
    );
    // MICROSOFT_APP_TYPE: the default the README sets, and every other value it offers.
    const appType = /^\s*MICROSOFT_APP_TYPE=(\w+)(.*)$/m.exec(section);
    expect(appType).not.toBeNull();
    expect(loadTeamsSettings({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'x' })?.appType).toBe(
      appType?.[1],
    );
    for (const type of TEAMS_APP_TYPES) expect(appType?.[0]).toContain(type);
    // "SingleTenant (then also MICROSOFT_APP_TENANT_ID)".
    expect(appType?.[2]).toMatch(/SingleTenant \(then also MICROSOFT_APP_TENANT_ID\)/);
    expect(() =>
      loadTeamsSettings({
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: 'x',
        MICROSOFT_APP_TYPE: 'SingleTenant',
      }),
    ).toThrow(/MICROSOFT_APP_TENANT_ID/);
    // Local testing: TEAMS_ENABLED=true without an app id is Teams with authentication off.
    expect(section).toMatch(/leave `MICROSOFT_APP_ID` empty and set `TEAMS_ENABLED=true`/);
    expect(loadTeamsSettings({ TEAMS_ENABLED: 'true' })?.authentication).toBe(false);
  });

  it('builds the package as step 3 says: the command, its required and optional settings, what the zip holds', async () => {
    const section = await installInTeams();
    const scripts = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).scripts;
    const command = /^\s*(.*npm run teams:package.*)$/m.exec(section)?.[1] ?? '';
    expect(scripts['teams:package']).toContain('adapters/teams/package-app.ts');
    expect(command).toContain(`→ ${DEFAULT_PACKAGE_PATH}`);
    // The settings on the command line are exactly the required ones: without them the build names them.
    const required = settingsIn(command.split('npm run')[0] ?? '');
    const refusal = await buildTeamsPackage({}).catch((error: Error) => error.message);
    expect(settingsIn(String(refusal)).sort()).toEqual(required.sort());
    // The folder the README links holds the manifest template and the two icons.
    const folder = /\[`(adapters\/teams\/app-package\/)`\]/.exec(section)?.[1];
    expect(folder).toBeDefined();
    expect((await readdir(new URL(`../${folder}`, import.meta.url))).sort()).toEqual([
      'color.png',
      'manifest.json',
      'outline.png',
    ]);
    // "with your app id, domain and privacy page https://YOUR-HOST/privacy".
    const built = await buildTeamsPackage({
      MICROSOFT_APP_ID: APP_ID,
      TEAMS_PUBLIC_URL: 'https://your-host.example',
    });
    const manifest = built.manifest as Json;
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['your-host.example']);
    expect(section).toContain('privacy page `https://YOUR-HOST/privacy`');
    expect(manifest.developer.privacyUrl).toBe('https://your-host.example/privacy');
    expect(JSON.stringify(manifest)).not.toContain('{{');
    // Each optional setting the README names ends up in the manifest.
    const optional = settingsIn(/Optional:([^\n]*\n[^\n]*)/.exec(section)?.[1] ?? '');
    expect(optional.sort()).toEqual(
      TEAMS_PACKAGE_SETTING_NAMES.filter((name) => !required.includes(name)).sort(),
    );
    for (const name of optional) {
      const value = name.endsWith('_URL')
        ? `https://${name.toLowerCase().replace(/_/g, '-')}.example/`
        : name.endsWith('_VERSION')
          ? '9.8.7'
          : 'Naam Van Test';
      const withIt = await buildTeamsPackage({
        MICROSOFT_APP_ID: APP_ID,
        TEAMS_PUBLIC_URL: 'https://your-host.example',
        [name]: value,
      });
      expect(JSON.stringify(withIt.manifest), name).toContain(value);
    }
  });

  it('speaks of the scopes the manifest declares: 1:1 chats, channels and group chats', async () => {
    const section = await installInTeams();
    const manifest = await manifestTemplate();
    const bot = manifest.bots[0];
    expect([...bot.scopes].sort()).toEqual(Object.keys(SCOPE_IN_README).sort());
    expect([...bot.commandLists[0].scopes].sort()).toEqual([...bot.scopes].sort());
    for (const scope of bot.scopes) expect(section, scope).toMatch(SCOPE_IN_README[scope] as RegExp);
  });

  it('tells of each command in the manifest’s command list, each of which the bot understands, and of the message action', async () => {
    const section = await installInTeams();
    const manifest = await manifestTemplate();
    const titles: string[] = manifest.bots[0].commandLists[0].commands.map((command: Json) => command.title);
    expect(titles.sort()).toEqual(['help', 'profiel', 'toets:']);
    for (const title of titles) expect(section, title).toMatch(new RegExp(`["\`]${title}`));
    const bot = createBot({ knowledge: await loadKnowledgeStore(KNOWLEDGE_DIR, createSilentLogger()) });
    const ask = (text: string) =>
      bot.handle({ channel: 'teams', text, conversationId: 'readme', userId: 'u' });
    expect((await ask('help')).intent).toBe('help');
    expect((await ask('toets: Ik deel morgen de vertrouwelijke nota op LinkedIn.')).intent).toBe('draft');
    // "profiel" is read by the adapter before the core (the card form).
    expect(isProfileRequest('profiel')).toBe(true);
    const action = manifest.composeExtensions[0].commands[0];
    expect(section).toContain(`*${action.title}*`);
    expect(action.context).toEqual(['message']);
  });
});
