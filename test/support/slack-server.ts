// The bot's real server with the Slack channel on, pointed at a Slack stand-in: what `npm start` runs,
// with the settings a new user would set.
import { startSlackChannel } from '../../adapters/slack/index.ts';
import { type RunningServer, startServer } from '../../src/server/start-server.ts';
import { SIGNING_SECRET, type SlackStandIn, startSlackStandIn } from './slack-stand-in.ts';
import { TEST_SERVER_ENV } from './test-server-env.ts';

export interface SlackServer {
  server: RunningServer;
  slack: SlackStandIn;
  close(): Promise<void>;
}

export async function startSlackServer(env: Record<string, string> = {}): Promise<SlackServer> {
  const slack = await startSlackStandIn();
  const server = await startServer(
    {
      ...TEST_SERVER_ENV,
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
