// Buttons, forms and shortcuts the bot does not know (an old message, a changed app) are acknowledged at once;
// otherwise Slack waits and shows the user an error.
import type { App } from '@slack/bolt';

export function registerUnknownAcks(app: App): void {
  app.action(
    /^(?!feedback_(up|down)$|bespreek_vertrouwelijk$|voorbeeldvraag_\d+$|bronnen$)/,
    async ({ ack }) => ack(),
  );
  app.view(/^(?!uitingstoets_modal$|profiel_modal$)/, async ({ ack }) => ack());
  app.shortcut(/^(?!toets_bericht$)/, async ({ ack }) => ack());
}
