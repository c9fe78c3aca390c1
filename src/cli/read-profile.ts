// Reads the author's profile for the CLI from a JSON file, validated like every other boundary.
import { readFile } from 'node:fs/promises';
import { BotError } from '../core/bot-error.ts';
import { type Profile, profileSchema } from '../core/types.ts';

export async function readProfile(path: string): Promise<Profile> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new BotError('input_invalid', `Cannot read the profile file "${path}".`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new BotError('input_invalid', `The profile file "${path}" is not valid JSON.`);
  }
  const parsed = profileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BotError(
      'input_invalid',
      `The profile file "${path}" is not a valid profile: ${issue?.path.join('.') || 'profile'}: ${issue?.message}. ` +
        'Expected {"sector": "rijk|gemeente|provincie|waterschap|politie|defensie|onderwijs|overig", "role": "...", "portfolio": ["..."]}.',
    );
  }
  return parsed.data;
}
