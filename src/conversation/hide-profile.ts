// What others may read of the saved profile: nothing it holds. In a group chat or channel the answer still
// rests on the profile and says what it implies ("Dat is je eigen werk"), but not the role, organisation or
// topics it names. The sector stays: it decides which law applies, and the answer must name that law.
import type { Language } from '../answer/messages.ts';
import { describeSituation } from '../situation/describe-situation.ts';
import type { SituationLexicon } from '../situation/situation-lexicon.ts';
import type { Evidence, Situation } from '../situation/situation-schema.ts';

/** Said in a shared place when the profile was used, so the author knows why the answer knows their work. */
export const PROFILE_NOT_SHOWN: Record<Language, string> = {
  nl: 'Ik heb ook je profiel gebruikt. Wat daarin staat, laat ik hier niet zien.',
  en: 'I also used your profile. I do not show here what it says.',
};

const fromProfile = (evidence: Evidence) => evidence.source === 'profile';

/**
 * The situation as a shared place may read it: every element the profile gave is left out (or, where the
 * decision needs the element, its evidence), and the summary is written again from what is left, with one
 * line saying the profile was used. Unchanged when the profile gave nothing. Pure: returns a copy.
 */
export function hideProfile(
  situation: Situation,
  lexicon: SituationLexicon,
  language: Language,
  appliesTo: 'question' | 'draft',
): Situation {
  const { speaker } = situation;
  const notCivilServant = speaker.notCivilServant;
  const used =
    (speaker.sectorEvidence !== undefined && fromProfile(speaker.sectorEvidence)) ||
    (speaker.organisation !== undefined && fromProfile(speaker.organisation.evidence)) ||
    speaker.functions.some((item) => fromProfile(item.evidence)) ||
    speaker.ownWork.some(fromProfile) ||
    (notCivilServant !== undefined && fromProfile(notCivilServant.evidence)) ||
    situation.relation.evidence.some(fromProfile) ||
    situation.topic.domains.some((item) => fromProfile(item.evidence));
  if (!used) return situation;
  const hidden: Situation = {
    ...situation,
    speaker: {
      ...speaker,
      ...(speaker.sectorEvidence && fromProfile(speaker.sectorEvidence) ? { sectorEvidence: undefined } : {}),
      organisation:
        speaker.organisation && fromProfile(speaker.organisation.evidence) ? undefined : speaker.organisation,
      functions: speaker.functions.filter((item) => !fromProfile(item.evidence)),
      ownWork: speaker.ownWork.filter((item) => !fromProfile(item)),
      ...(notCivilServant && fromProfile(notCivilServant.evidence)
        ? { notCivilServant: { ...notCivilServant, evidence: { source: 'profile' as const, text: '' } } }
        : {}),
    },
    topic: {
      ...situation.topic,
      domains: situation.topic.domains.filter((item) => !fromProfile(item.evidence)),
    },
    relation: {
      ...situation.relation,
      evidence: situation.relation.evidence.filter((item) => !fromProfile(item)),
    },
    hazards: situation.hazards.map((item) => ({
      ...item,
      evidence: item.evidence.filter((e) => !fromProfile(e)),
    })),
    factors: situation.factors.map((item) => ({
      ...item,
      evidence: item.evidence.filter((e) => !fromProfile(e)),
    })),
  };
  if (hidden.speaker.sectorEvidence === undefined) delete hidden.speaker.sectorEvidence;
  if (hidden.speaker.organisation === undefined) delete hidden.speaker.organisation;
  // An office-holder or judge named only by the profile: the summary would quote the profile's role, so it
  // says only that the profile was used (the answer itself says the act does not apply).
  const summary =
    notCivilServant && fromProfile(notCivilServant.evidence)
      ? PROFILE_NOT_SHOWN[language]
      : `${describeSituation(hidden, lexicon, language, appliesTo)} ${PROFILE_NOT_SHOWN[language]}`;
  return { ...hidden, summary };
}
