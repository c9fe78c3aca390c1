// "We" that is the organisation: a civil servant who tells the public what "we" did, will do or think of it
// speaks for the employer, or leaves unclear in which capacity they speak (decision model F5; toelichting
// aanwijzing 13 and 15, 1998). The organisation's own channels do that. A vacancy, a published report, a
// strike or a party, and "we" at home or in the club, are not it.

import { sentenceIndexes, textEvidence } from '../situation/evidence.ts';
import { WORK_WORDS } from '../situation/read-relation.ts';
import { type Evidence, type Situation, sharesPublicOrMilestone } from '../situation/situation-schema.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';

/** First person plural as the one who acts. */
const WE = new Set(['we', 'wij']);
/** "Onze afdeling", "our unit": the own organisation or its work as owned by "us". */
const OUR = new Set(['ons', 'onze', 'our']);
/** What "ours" must be to be the organisation (not "onze kat", "ons huis", "onze club"). */
const ORGANISATION_NOUNS = new Set(
  `team teams afdeling afdelingen directie directeur dienst organisatie ministerie ministry department unit
  gemeente provincie waterschap korps bureau kantoor office inspectie aanbesteding tender project projecten
  projectteam programma beleid policy strategie strategy systeem system aanpak plan plannen regeling scheme
  besluit decision rapport report loket balie locatie location vestiging branch`.split(/\s+/),
);
/** After "we": saying what the organisation will do ("gaan we beginnen", "we're postponing", "slepen we weg"). */
const WILL = new Set(['gaan', 'gaat', 'zullen', 'will', 'going', 'gonna']);
/** The public addressed as the organisation's public ("wij begrijpen uw zorgen"). */
const PUBLIC_ADDRESS = new Set(['u', 'uw']);
/** Contradicting what circulates in public, as one who knows from inside. */
const REBUTTAL = [/^klopt$/, /^onzin$/, /^nonsense$/, /^fake$/, /^onwaar$/];
/** Opinion or defence said as "we": "we staan voor deze keuzes", "dat hadden we eerder moeten doen". */
const STANCE = new Set(['staan', 'hadden', 'should', 'tried', 'geprobeerd', 'schamen', 'rennen', 'krijgen']);
/** Contexts where "we" is not the employer speaking. */
const NOT_THE_EMPLOYER =
  /\b(vacature\w*|vacancy|vacancies|hiring|zoeken|solliciteer\w*|staken|staking\w*|strike|cao|fnv|cnv|vakbond\w*|union|partij|party|petitie|petition|demonstr\w*|verkiezing\w*|stemmen|teamapp|teamchat|intranet|collegagroep|collegaapp|laten|lets?|samenleving|maatschappij|society|nederlanders|burgers|citizens|land|country)\b/;

export interface OrganisationWe {
  evidence: Evidence[];
}

/**
 * The words where the author speaks as "we" of the organisation about its work, or undefined.
 * Only for a civil servant writing about work (a policy domain, work words or the own organisation),
 * and not for a calm share of what is public or a milestone.
 */
export function readOrganisationWe(
  text: string,
  words: AnalyzedWord[],
  situation: Situation,
): OrganisationWe | undefined {
  if (situation.topic.privateLife || situation.relation.kind === 'los-van-werk') return undefined;
  if (!situation.speaker.sector || situation.speaker.sector === 'inhuur') return undefined;
  if (NOT_THE_EMPLOYER.test(words.map((word) => word.folded).join(' '))) return undefined;
  const opinion = situation.markers.some((marker) => marker.kind === 'mening' || marker.kind === 'spot');
  if (sharesPublicOrMilestone(situation) && !opinion) return undefined;
  const sentences = sentenceIndexes(words);
  const wordsBySentence: number[][] = [];
  sentences.forEach((sentence, index) => {
    const list = wordsBySentence[sentence] ?? [];
    list.push(index);
    wordsBySentence[sentence] = list;
  });
  const rebuts = words.some((word) => REBUTTAL.some((pattern) => pattern.test(word.folded)));
  const domainWords = new Set(
    situation.topic.domains.flatMap((domain) => {
      const { start, end } = domain.evidence;
      if (start === undefined || end === undefined) return [];
      return words.flatMap((word, index) => (word.start >= start && word.end <= end ? [index] : []));
    }),
  );
  const evidence: Evidence[] = [];
  for (const [index, word] of words.entries()) {
    const owned = OUR.has(word.folded) && ORGANISATION_NOUNS.has(words[index + 1]?.folded ?? '');
    const weWord = WE.has(word.folded) || (word.folded === 'were' && /'/.test(word.surface));
    if (!owned && !weWord) continue;
    const inSentence = wordsBySentence[sentences[index] ?? 0] ?? [];
    const aboutWork =
      owned || inSentence.some((at) => domainWords.has(at) || WORK_WORDS.has(words[at]?.folded ?? ''));
    if (!aboutWork) continue;
    const near = [index - 2, index - 1, index + 1, index + 2].map((at) => words[at]?.folded ?? '');
    const said =
      word.folded === 'were' ||
      rebuts ||
      near.some((folded) => WILL.has(folded) || STANCE.has(folded)) ||
      inSentence.some((at) => PUBLIC_ADDRESS.has(words[at]?.folded ?? '')) ||
      (owned && opinion);
    if (!said) continue;
    evidence.push(textEvidence(text, words, owned ? [index, index + 1] : [index]));
  }
  return evidence.length > 0 ? { evidence } : undefined;
}
