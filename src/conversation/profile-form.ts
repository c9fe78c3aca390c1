// The profile as chat channels collect it: the words that open the form, and the form's fields read
// back into a profile (validated by the caller with profileSchema), and a topic remembered from an answer.
import { profileSchema } from '../core/profile.ts';
import type { StateStore } from '../state/state-store.ts';

/** Words a user types to open the profile form. */
export function isProfileRequest(text: string): boolean {
  return /^\s*(profiel|profile|mijn profiel|my profile)\s*$/i.test(text);
}

/**
 * The form's values as a profile; blank fields are left out, topics split on new lines, commas, semicolons.
 * The language is the form's own (the user filled it in in that language).
 */
export function profileFromForm(values: {
  sector?: string | undefined;
  role?: string | undefined;
  portfolio?: string | undefined;
  language?: string | undefined;
  /** The organisation's code (an overlay id); lower-cased, blank left out. */
  organisation?: string | undefined;
}): Record<string, unknown> {
  const portfolio = (values.portfolio ?? '')
    .split(/[\n,;]+/)
    .map((topic) => topic.trim())
    .filter((topic) => topic.length > 0);
  return {
    ...(values.sector ? { sector: values.sector } : {}),
    ...(values.role?.trim() ? { role: values.role.trim() } : {}),
    ...(portfolio.length > 0 ? { portfolio } : {}),
    ...(values.language === 'nl' || values.language === 'en' ? { language: values.language } : {}),
    ...(values.organisation?.trim() ? { organisation: values.organisation.trim().toLowerCase() } : {}),
  };
}

/**
 * Adds a topic to the user's saved portfolio (after "Onthoud: ik werk aan …"). False when the topic or the
 * resulting profile is not valid; the saved profile is then left as it was.
 */
export async function rememberTopic(
  state: Pick<StateStore, 'getProfile' | 'setProfile'>,
  userKey: string,
  topic: string,
): Promise<boolean> {
  const clean = topic.trim();
  if (!clean) return false;
  const profile = (await state.getProfile(userKey)) ?? {};
  const portfolio = [...(profile.portfolio ?? [])];
  if (!portfolio.some((item) => item.toLowerCase() === clean.toLowerCase())) portfolio.push(clean);
  const candidate = profileSchema.safeParse({ ...profile, portfolio });
  if (!candidate.success) return false;
  await state.setProfile(userKey, candidate.data);
  return true;
}
