// Which language to answer in. The words decide when they tell; when they do not ("help", which is Dutch as
// well as English, "?", an emoji, an empty command), what the user wrote last in the thread decides, then the
// language of their saved profile, then their language setting in the channel (Teams sends a locale with
// every activity), and else Dutch.
import { readLanguage } from '../answer/detect-language.ts';
import type { Language } from '../answer/messages.ts';
import type { Profile } from '../core/profile.ts';
import type { StateStore } from '../state/state-store.ts';
import { conversationKey } from './conversation-store.ts';

/** What else may tell the user's language besides the words of the message. */
export interface KnownLanguage {
  /** The language of the thread's last question. */
  thread?: Language | undefined;
  profile?: Profile | undefined;
  /** The channel's language setting for the user (BCP 47, e.g. "nl-NL", "en-US"). */
  locale?: string | undefined;
}

/** Dutch or English from a locale such as "en-GB"; undefined for any other language or none. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'nl' ? primary : undefined;
}

/** The language to use when the words do not tell. */
export function fallbackLanguage(known: KnownLanguage): Language {
  return known.thread ?? known.profile?.language ?? languageOfLocale(known.locale) ?? 'nl';
}

/** The language to answer a text in. */
export function chooseLanguage(text: string, known: KnownLanguage): Language {
  return readLanguage(text) ?? fallbackLanguage(known);
}

/**
 * The language of a thread's last question, as the core keeps it (for channels that show something outside a
 * message, such as Slack's App Home or a form). A store that fails tells nothing.
 */
export async function threadLanguage(
  state: Pick<StateStore, 'getConversation'>,
  conversationId: string,
  threadId: string | undefined,
  userId: string,
): Promise<Language | undefined> {
  const turn = await state
    .getConversation(conversationKey(conversationId, threadId, userId))
    .catch(() => undefined);
  return turn?.language;
}
