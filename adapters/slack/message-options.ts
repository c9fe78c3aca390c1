// Options every message the adapter posts shares: its thread, and no link previews.
import type { SlackMessage } from './render-reply.ts';

export function threadOf(threadTs: string | undefined): { thread_ts?: string } {
  return threadTs ? { thread_ts: threadTs } : {};
}

/** Links in answers (sources) are never unfurled into previews. */
export function noUnfurl(message: SlackMessage) {
  return { ...message, unfurl_links: false, unfurl_media: false };
}
