// The app manifest and the adapter must agree: a command, shortcut or event in one and not in the
// other is a feature that silently does not work after installation.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND, SHORTCUT_CHECK_MESSAGE, SLACK_EVENTS_PATH } from '../adapters/slack/index.ts';
import type { Json } from './support/json.ts';

describe('Slack app manifest', () => {
  it('declares exactly the commands, shortcut, events and URLs the adapter serves', async () => {
    const manifest: Json = parse(
      await readFile(new URL('../adapters/slack/manifest.yml', import.meta.url), 'utf8'),
    );
    expect(manifest.features.slash_commands.map((command: Json) => command.command).sort()).toEqual(
      Object.values(COMMAND).sort(),
    );
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: SHORTCUT_CHECK_MESSAGE }),
    ]);
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((command: Json) => command.url),
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    // The manifest's own instructions and the README's "Install in Slack" name as many URLs as it holds.
    const raw = await readFile(new URL('../adapters/slack/manifest.yml', import.meta.url), 'utf8');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const installInSlack = readme.slice(
      readme.indexOf('## Install in Slack'),
      readme.indexOf('## Install in Teams'),
    );
    const counted = [...`${raw}\n${installInSlack}`.matchAll(/\b(\w+) URLs\b/g)].map((match) => match[1]);
    expect(counted.length).toBeGreaterThanOrEqual(3);
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
    for (const word of counted) expect(word).toBe(words[urls.length]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_home_opened', 'app_mention', 'message.im']),
    );
    // Exactly the scopes the adapter needs: it calls chat.postMessage, chat.postEphemeral, views.* and
    // auth.test, and reads mentions, DMs and thread replies; it never opens or lists DMs (im:read, im:write).
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'groups:history',
        'im:history',
      ].sort(),
    );
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  });
});
