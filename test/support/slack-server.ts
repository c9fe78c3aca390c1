// The bot's real server with the Slack channel on, pointed at a Slack stand-in: what `npm start` runs,
// with the settings a new user would set.
import { startSlackChannel } from '../../adapters/slack/index.ts';
import { type RunningServer, startServer } from '../../src/server/start-server.ts';
import { KNOWLEDGE_DIR } from './real-knowledge.ts';
import { SIGNING_SECRET, type SlackStandIn, startSlackStandIn } from './slack-stand-in.ts';

export interface SlackServer {
  server: RunningServer;
  slack: SlackStandIn;
  close(): Promise<void>;
}

export async function startSlackServer(env: Record<string, string> = {}): Promise<SlackServer> {
  const slack = await startSlackStandIn();
  const server = await startServer(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      KNOWLEDGE_DIR,
      KNOWLEDGE_WATCH: 'false',
      LOG_LEVEL: 'silent',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      ...env,
    },
    { channels: [startSlackChannel] },
  );
  return {
    server,
    slack,
    close: async () => {
      await server.close();
      await slack.close();
    },
  };
}
