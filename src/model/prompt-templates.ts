// Prompt templates as files in prompts/: Markdown with front matter that names the template and the
// variables it takes. Rendering checks that exactly those variables are given, and neutralises angle
// brackets in the values, so text inserted as data (a question, a draft, a knowledge passage) can
// never close its delimiter and pose as instructions.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { BotError } from '../core/bot-error.ts';

export const PROMPT_NAMES = ['system', 'answer', 'draft-review', 'rewrite'] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

export const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

const frontMatterSchema = z
  .object({
    name: z.enum(PROMPT_NAMES),
    description: z.string().min(1),
    variables: z.array(z.string().regex(/^[a-z][a-z_]*$/)).default([]),
  })
  .strict();

export interface PromptTemplate {
  name: PromptName;
  variables: string[];
  body: string;
}

export type PromptSet = Record<PromptName, PromptTemplate>;

export function parsePromptTemplate(file: string, content: string): PromptTemplate {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content.replace(/\r\n/g, '\n'));
  if (!match)
    throw new BotError('config_invalid', `${file}: a prompt starts with front matter between --- lines`);
  const meta = frontMatterSchema.safeParse(parseYaml(match[1] ?? ''));
  if (!meta.success) {
    const issue = meta.error.issues[0];
    throw new BotError('config_invalid', `${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const body = (match[2] ?? '').trim();
  const used = [
    ...new Set([...body.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)].map((found) => found[1] as string)),
  ];
  const undeclared = used.filter((name) => !meta.data.variables.includes(name));
  const unused = meta.data.variables.filter((name) => !used.includes(name));
  if (undeclared.length > 0 || unused.length > 0) {
    throw new BotError(
      'config_invalid',
      `${file}: variables in the text and in the front matter differ (undeclared: ${undeclared.join(', ') || '-'}; unused: ${unused.join(', ') || '-'})`,
    );
  }
  return { name: meta.data.name, variables: meta.data.variables, body };
}

/** Loads every prompt the model needs; a missing or malformed one stops the start with a clear message. */
export async function loadPrompts(dir: string = DEFAULT_PROMPTS_DIR): Promise<PromptSet> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.md') && file !== 'README.md');
  const templates = new Map<PromptName, PromptTemplate>();
  for (const file of files) {
    const template = parsePromptTemplate(file, await readFile(join(dir, file), 'utf8'));
    templates.set(template.name, template);
  }
  const missing = PROMPT_NAMES.filter((name) => !templates.has(name));
  if (missing.length > 0)
    throw new BotError('config_invalid', `prompts missing in ${dir}: ${missing.join(', ')}`);
  return Object.fromEntries(templates) as PromptSet;
}

/** Text inserted as data: angle brackets become look-alikes, so no delimiter can be closed or opened. */
export function asData(value: string): string {
  return value.replace(/</g, '‹').replace(/>/g, '›');
}

export function renderPrompt(template: PromptTemplate, values: Record<string, string>): string {
  const given = Object.keys(values);
  const missing = template.variables.filter((name) => !(name in values));
  const extra = given.filter((name) => !template.variables.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    throw new BotError(
      'internal',
      `prompt ${template.name}: missing ${missing.join(', ') || '-'}, unexpected ${extra.join(', ') || '-'}`,
    );
  }
  return template.body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_whole, name: string) => values[name] ?? '');
}
