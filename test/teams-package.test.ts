// `npm run teams:package`: the zip Teams accepts — manifest with the configured app id everywhere it is
// needed, the message action the adapter serves, and icons of the sizes Teams requires.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MESSAGE_ACTION_CHECK } from '../adapters/teams/index.ts';
import { buildTeamsPackage } from '../adapters/teams/package-app.ts';
import type { Json } from './support/json.ts';
import { PROJECT_DIR } from './support/real-knowledge.ts';
import { tempDir } from './support/temp-dir.ts';

const APP_ID = '11111111-2222-4333-8444-555555555555';

function pngSize(bytes: Uint8Array): { width: number; height: number; colorType: number } {
  const view = Buffer.from(bytes);
  expect(view.subarray(1, 4).toString()).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20), colorType: view[25]! };
}

describe('Teams app package', () => {
  it('puts the app id in the manifest, declares the message action and ships both icons', async () => {
    const built = await buildTeamsPackage({
      MICROSOFT_APP_ID: APP_ID,
      TEAMS_PUBLIC_URL: 'https://uw.example.nl/bot',
    });
    const files = unzipSync(built.zip);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest: Json = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.composeExtensions[0].botId).toBe(APP_ID);
    expect(manifest.composeExtensions[0].commands[0]).toMatchObject({
      id: MESSAGE_ACTION_CHECK,
      context: ['message'],
    });
    expect(manifest.validDomains).toEqual(['uw.example.nl']);
    expect(manifest.developer.privacyUrl).toBe('https://uw.example.nl/privacy');
    expect(JSON.stringify(manifest)).not.toContain('{{');
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(pngSize(files['color.png']!)).toMatchObject({ width: 192, height: 192 });
    expect(pngSize(files['outline.png']!)).toMatchObject({ width: 32, height: 32, colorType: 6 });
  });

  it('names each missing or wrong setting', async () => {
    await expect(buildTeamsPackage({ TEAMS_PUBLIC_URL: 'http://insecure.example.nl' })).rejects.toThrow(
      /MICROSOFT_APP_ID.*TEAMS_PUBLIC_URL must be an https/,
    );
  });

  it('`npm run teams:package` writes the zip', async () => {
    const dir = await tempDir('uw-teams-package-');
    const output = join(dir, 'app.zip');
    await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'adapters/teams/package-app.ts', output],
      {
        cwd: PROJECT_DIR,
        env: { ...process.env, MICROSOFT_APP_ID: APP_ID, TEAMS_PUBLIC_URL: 'https://uw.example.nl' },
      },
    );
    const files = unzipSync(new Uint8Array(await readFile(output)));
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json'])).id).toBe(APP_ID);
  });
});
