// The settings an in-process test server starts with: a free port on loopback, the bundled knowledge,
// no folder watcher and no log output. Tests spread it and add what they test.
import { KNOWLEDGE_DIR } from './real-knowledge.ts';

export const TEST_SERVER_ENV = {
  PORT: '0',
  HOST: '127.0.0.1',
  KNOWLEDGE_DIR,
  KNOWLEDGE_WATCH: 'false',
  LOG_LEVEL: 'silent',
};
