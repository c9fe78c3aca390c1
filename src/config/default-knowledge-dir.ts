// Where the knowledge lives: KNOWLEDGE_DIR, or the knowledge/ folder that ships with the package.
import { fileURLToPath } from 'node:url';

export const BUNDLED_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

export function defaultKnowledgeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KNOWLEDGE_DIR?.trim() || BUNDLED_KNOWLEDGE_DIR;
}
