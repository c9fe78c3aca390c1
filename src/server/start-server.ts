// Starts the bot's server from the environment: settings, knowledge, core, HTTP; stops cleanly on SIGTERM.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config/load-config.ts';
import { createBot } from '../core/create-bot.ts';
import { loadKnowledgeStore } from '../knowledge/knowledge-store.ts';
import { watchKnowledge } from '../knowledge/watch-knowledge.ts';
import { createLogger } from '../logging/create-logger.ts';
import { createServer } from './create-server.ts';

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config = loadConfig(env);
  const logger = createLogger({ level: config.logLevel });
  const knowledge = await loadKnowledgeStore(config.knowledgeDir, logger, {
    staleAfterDays: config.staleAfterDays,
  });
  const bot = createBot({ knowledge, logger, staleAfterDays: config.staleAfterDays });
  const server = createServer({ bot, logger, knowledge });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  // Watch only once the port is ours, so a failed start leaves nothing running.
  const watcher = config.watchKnowledge ? await watchKnowledge(knowledge, logger) : undefined;
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
  logger.info({ url, knowledgeVersion: bot.knowledgeVersion() }, 'Uitingswijzer is listening');
  logger.info(
    'Slack and Teams are not configured in this version; the JSON API is on /api/ask and /api/check',
  );
  return {
    server,
    url,
    close: async () => {
      await watcher?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
