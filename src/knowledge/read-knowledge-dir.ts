// Reads every Markdown knowledge file under a folder (README.md files are documentation, not knowledge)
// and the verbatim statute texts in statutes/*.txt.
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { BotError } from '../core/bot-error.ts';
import type { KnowledgeSourceFile } from './build-knowledge-base.ts';

export async function readKnowledgeDir(dir: string): Promise<KnowledgeSourceFile[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw new BotError(
      'knowledge_unavailable',
      `Cannot read the knowledge folder "${dir}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const files: KnowledgeSourceFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.toLowerCase() === 'readme.md') continue;
    const absolute = join(entry.parentPath, entry.name);
    const path = relative(dir, absolute).split(sep).join('/');
    if (!path.endsWith('.md') && !/^statutes\/[^/]+\.txt$/.test(path)) continue;
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    try {
      files.push({ path, content: await readFile(absolute, 'utf8') });
    } catch (error) {
      // A file that vanished or cannot be read is reported; it never hides the others.
      files.push({ path, content: '', readError: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  }
  return files;
}
