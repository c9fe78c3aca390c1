// The "Bronnen" button under an answer or a draft check: opens a modal with the quotes of its sources and what
// the glance left out. The button carries where each passage sits (sources-payload.ts); the passages come
// whole from the knowledge in service, so any instance can answer it, also after a restart.
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { CHANNEL_TEXT } from '../../src/answer/channel-messages.ts';
import { citationsByReference } from '../../src/answer/select-citations.ts';
import type { KnowledgeStore } from '../../src/knowledge/knowledge-store.ts';
import type { Logger } from '../../src/logging/create-logger.ts';
import { ACTION } from './render-reply.ts';
import { messageModal, sourcesModal } from './render-views.ts';
import { decodeSources } from './sources-payload.ts';
import { slackWorkspace } from './to-incoming-message.ts';

/** A passage quoted in the modal is cut at this length (Slack allows 3,000 characters per section). */
const MODAL_QUOTE_LENGTH = 2400;
/** As the core flags a source: reviewed longer ago than this is stale. */
const STALE_AFTER_DAYS = 365;

const pressSchema = z.object({
  trigger_id: z.string().min(1),
  view: z.object({ id: z.string() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().default('') })).min(1),
  user: z.object({ team_id: z.string().optional() }).optional(),
  team: z.object({ id: z.string() }).nullable().optional(),
  enterprise: z.object({ id: z.string() }).nullable().optional(),
});

export interface SourcesActionOptions {
  knowledge: KnowledgeStore;
  logger: Logger;
}

export function registerSourcesAction(app: App, options: SourcesActionOptions): void {
  app.action(ACTION.sources, async ({ ack, body, client, respond }) => {
    await ack();
    const press = pressSchema.safeParse(body);
    if (!press.success) return;
    const sources = decodeSources(press.data.actions[0]?.value ?? '');
    const language = sources?.language ?? 'nl';
    // An organisation's own sources only for that organisation's workspace (never from the button's value).
    const { workspace } = slackWorkspace(
      press.data.team?.id ?? press.data.user?.team_id,
      press.data.enterprise?.id,
    );
    const organisation = options.knowledge.recogniseOrganisation(workspace);
    const knowledge =
      (organisation ? options.knowledge.organisation(organisation)?.knowledge : undefined) ??
      options.knowledge.current();
    const view = sources
      ? sourcesModal(
          language,
          citationsByReference(knowledge, sources.references, {
            now: new Date(),
            staleAfterDays: STALE_AFTER_DAYS,
            maxQuoteLength: MODAL_QUOTE_LENGTH,
          }),
          sources.more,
        )
      : messageModal(language, CHANNEL_TEXT[language].unknownAction);
    try {
      // Pressed in a modal (a draft check's result): the quotes go on top of it, and "back" returns to it.
      if (press.data.view) await client.views.push({ trigger_id: press.data.trigger_id, view });
      else await client.views.open({ trigger_id: press.data.trigger_id, view });
    } catch (error) {
      options.logger.error({ err: error }, 'could not open the sources modal');
      await respond?.({ response_type: 'ephemeral', text: CHANNEL_TEXT[language].failed }).catch(
        () => undefined,
      );
    }
  });
}
