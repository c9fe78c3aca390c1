// The bot's real server with Slack and Teams both on, each against its local stand-in: what a test of
// behaviour shared by the two channels starts with.
import { startSlackChannel } from '../../adapters/slack/index.ts';
import { startTeamsChannel } from '../../adapters/teams/index.ts';
import { type RunningServer, startServer } from '../../src/server/start-server.ts';
import { SIGNING_SECRET, type SlackStandIn, startSlackStandIn } from './slack-stand-in.ts';
import { startTeamsStandIn, type TeamsStandIn } from './teams-stand-in.ts';
import { TEST_SERVER_ENV } from './test-server-env.ts';

export interface BothChannels {
  server: RunningServer;
  slack: SlackStandIn;
  teams: TeamsStandIn;
}

/** Starts both stand-ins and the server; `env` adds or overrides settings (e.g. a rate limit). */
export async function startBothChannels(
  botToken: string,
  env: Record<string, string> = {},
): Promise<BothChannels> {
  const slack = await startSlackStandIn();
  const teams = await startTeamsStandIn();
  const server = await startServer(
    {
      ...TEST_SERVER_ENV,
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      TEAMS_ENABLED: 'true',
      ...env,
    },
    { channels: [startSlackChannel, startTeamsChannel] },
  );
  return { server, slack, teams };
}

export async function closeBothChannels({ server, slack, teams }: BothChannels): Promise<void> {
  await server.close();
  await slack.close();
  await teams.close();
}
