// botbuilder's CloudAdapter with its turn processing reachable for a request the route has already
// authenticated (the route checks the token itself, so a refusal is one log line of ours and a 401).
import {
  type Activity,
  CloudAdapter,
  type ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';

export type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

export class TurnAdapter extends CloudAdapter {
  run(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ) {
    return this.processActivity(authenticated, activity, logic);
  }
}
