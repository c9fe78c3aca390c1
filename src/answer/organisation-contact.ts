// The next step for a user whose organisation is known: its own contact, by name of the role and how to reach
// it ("Overleg met de vertrouwenspersoon integriteit van gemeente Voorbeeld (…)"). Talking to the press or
// speaking for the employer goes to communicatie when the organisation names it; everything else to the
// vertrouwenspersoon, else the integriteit desk, else HR.
import type { Verdict } from '../core/vocabulary.ts';
import type { ContactRole, OrganisationFile } from '../knowledge/organisation-schema.ts';
import type { Situation } from '../situation/situation-schema.ts';
import type { Language } from './messages.ts';

const MEDIA_ACTS = new Set(['interview', 'contact-pers', 'optreden']);

/** Which of the organisation's contacts fits the situation. */
export function contactRoleFor(
  organisation: OrganisationFile,
  situation: Situation | undefined,
): ContactRole | undefined {
  const media =
    situation !== undefined &&
    (situation.acts.some((act) => MEDIA_ACTS.has(act.kind)) ||
      situation.factors.some((factor) => factor.kind === 'media') ||
      situation.hazards.some((hazard) => hazard.kind === 'namens-werkgever'));
  const order: ContactRole[] = media
    ? ['communicatie', 'vertrouwenspersoon', 'integriteit', 'hr']
    : ['vertrouwenspersoon', 'integriteit', 'hr'];
  return order.find((role) => organisation.contacts[role] !== undefined);
}

/**
 * The step naming the organisation's contact, worded for the verdict (a question) or the risk (a draft):
 * after a "mag niet" or a high risk to talk it through, otherwise in doubt and of one's own accord.
 */
export function organisationContactStep(
  organisation: OrganisationFile,
  situation: Situation | undefined,
  outcome: Verdict | 'laag' | 'middel' | 'hoog',
  language: Language,
): string | undefined {
  const role = contactRoleFor(organisation, situation);
  const contact = role ? organisation.contacts[role] : undefined;
  if (!contact) return undefined;
  const who = `${contact.role[language]} ${language === 'en' ? 'of' : 'van'} ${organisation.name} (${contact.reach})`;
  const firm = outcome === 'mag-niet' || outcome === 'hoog';
  if (language === 'en')
    return firm
      ? `Want to talk it through, or do you think there is a good reason? Contact ${who} in confidence.`
      : `In doubt? Talk it over with ${who}, if you like.`;
  return firm
    ? `Wil je dit bespreken, of denk je dat er een goede reden is? Neem vertrouwelijk contact op met ${who}.`
    : `Twijfel je? Overleg dan vrijwillig met ${who}.`;
}
