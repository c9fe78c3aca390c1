// `npm run teams:package`: the Teams app package (manifest.json with the configured app id, and the two
// icons) as a zip to upload in Teams or the Teams admin center. Settings come from the environment
// (and .env): MICROSOFT_APP_ID and TEAMS_PUBLIC_URL are required.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { z } from 'zod';
import { BotError } from '../../src/core/bot-error.ts';
import { MESSAGE_ACTION_CHECK } from './index.ts';

const PACKAGE_DIR = fileURLToPath(new URL('./app-package/', import.meta.url));
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

const packageEnvSchema = z.object({
  MICROSOFT_APP_ID: z
    .string()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      'must be the bot registration’s app id (a GUID)',
    ),
  /** Where the bot's server is reachable from Teams, e.g. https://uitingswijzer.example.nl */
  TEAMS_PUBLIC_URL: httpsUrl,
  TEAMS_DEVELOPER_NAME: z.string().min(1).max(32).default('Uitingswijzer'),
  TEAMS_WEBSITE_URL: httpsUrl.optional(),
  TEAMS_PRIVACY_URL: httpsUrl.optional(),
  TEAMS_TERMS_URL: httpsUrl.optional(),
  TEAMS_APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0')
    .optional(),
});

/** The settings `npm run teams:package` reads (the README's "Install in Teams" names each). */
export const TEAMS_PACKAGE_SETTING_NAMES = Object.keys(packageEnvSchema.shape);
/** Where the package is written without an argument, from the working directory. */
export const DEFAULT_PACKAGE_PATH = 'dist/uitingswijzer-teams.zip';

export interface TeamsPackage {
  manifest: Record<string, unknown>;
  zip: Uint8Array;
}

/** Builds the package in memory; throws a BotError (config_invalid) naming each wrong setting. */
export async function buildTeamsPackage(env: NodeJS.ProcessEnv): Promise<TeamsPackage> {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = packageEnvSchema.safeParse(set);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new BotError('config_invalid', `Cannot build the Teams package: ${details}`);
  }
  const values = parsed.data;
  const publicUrl = new URL(values.TEAMS_PUBLIC_URL);
  const projectVersion = JSON.parse(
    await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
  ).version;
  const replacements: Record<string, string> = {
    MICROSOFT_APP_ID: values.MICROSOFT_APP_ID,
    VERSION: values.TEAMS_APP_VERSION ?? projectVersion,
    DEVELOPER_NAME: values.TEAMS_DEVELOPER_NAME,
    WEBSITE_URL: values.TEAMS_WEBSITE_URL ?? publicUrl.origin,
    PRIVACY_URL: values.TEAMS_PRIVACY_URL ?? `${publicUrl.origin}/privacy`,
    TERMS_URL: values.TEAMS_TERMS_URL ?? `${publicUrl.origin}/privacy`,
    BOT_DOMAIN: publicUrl.host,
  };
  const template = await readFile(join(PACKAGE_DIR, 'manifest.json'), 'utf8');
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = replacements[name];
    if (value === undefined)
      throw new BotError('config_invalid', `Unknown placeholder ${whole} in manifest.json`);
    return JSON.stringify(value).slice(1, -1);
  });
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const commands = (manifest.composeExtensions as { commands: { id: string }[] }[])[0]?.commands ?? [];
  if (!commands.some((command) => command.id === MESSAGE_ACTION_CHECK)) {
    throw new BotError(
      'config_invalid',
      `manifest.json must declare the message action ${MESSAGE_ACTION_CHECK}`,
    );
  }
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    'color.png': new Uint8Array(await readFile(join(PACKAGE_DIR, 'color.png'))),
    'outline.png': new Uint8Array(await readFile(join(PACKAGE_DIR, 'outline.png'))),
  });
  return { manifest, zip };
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const output = resolve(process.argv[2] ?? DEFAULT_PACKAGE_PATH);
  try {
    const built = await buildTeamsPackage(process.env);
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, built.zip);
    process.stdout.write(`Teams app package written to ${output} (app id ${String(built.manifest.id)}).\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
