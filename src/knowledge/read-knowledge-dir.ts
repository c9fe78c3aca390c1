// Reads every Markdown knowledge file under a folder (README.md files are documentation, not knowledge)
// and the verbatim statute texts in statutes/*.txt.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { KnowledgeSourceFile } from './build-knowledge-base.ts';

export async function readKnowledgeDir(dir: string): Promise<KnowledgeSourceFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: KnowledgeSourceFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.toLowerCase() === 'readme.md') continue;
    const absolute = join(entry.parentPath, entry.name);
    const path = relative(dir, absolute).split(sep).join('/');
    if (!path.endsWith('.md') && !/^statutes\/[^/]+\.txt$/.test(path)) continue;
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    files.push({ path, content: await readFile(absolute, 'utf8') });
  }
  return files;
}
