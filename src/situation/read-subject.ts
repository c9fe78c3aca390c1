// What the message is about: the policy domains of its topic words (outside the self-description), the
// organisations it talks about, whether it is only private life, and which level of government it concerns.
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { anyWordIn } from '../text/any-word-in.ts';
import { WITHOUT } from '../text/negations.ts';
import { inAudience, saidLeftOut, textEvidence } from './evidence.ts';
import { overlaps, PRIVATE_DOMAIN, placeAfter, type SpeakerReading, type TextHits } from './read-speaker.ts';
import type { SituationLexicon } from './situation-lexicon.ts';
import type { Evidence, Situation } from './situation-schema.ts';

/** Foreign affairs: an election abroad is its subject, not the timing of a Dutch campaign. */
const FOREIGN_DOMAIN = 'buitenland';
const GOVERNMENT_DOMAIN = 'bestuur-democratie';
const PRIVATE = 'prive';
const OWNED = new Set(['mijn', 'mn', 'my']);
const PERSONAL_DOMAINS = new Set(['zorg', 'volksgezondheid', 'sport']);
const DECENTRAL = new Set(['gemeente', 'provincie', 'waterschap']);
const LEVEL_CUES = new Set<string>(['lokaal', 'regionaal', 'landelijk']);

/** How far after "een thriller over" the words still tell the plot. */
const PLOT_WORDS = 8;
/** An organisation with more domains than this is a general government (its name says no topic). */
const MAX_SPECIFIC_DOMAINS = 4;

export interface SubjectReading {
  topic: Situation['topic'];
  /** Organisations the message talks about (not the speaker's self-description). */
  organisations: { id: string; place?: string; evidence: Evidence }[];
  /** Domain-term patterns found in the subject. */
  terms: Set<string>;
  /** Politically hot terms in the subject. */
  hot: Evidence[];
  /** Levels of government the subject names. */
  levels: Set<'lokaal' | 'regionaal' | 'landelijk'>;
}

export function readSubject(
  lexicon: SituationLexicon,
  text: string,
  words: AnalyzedWord[],
  hits: TextHits,
  speaker: SpeakerReading,
): SubjectReading {
  const outside = (indexes: number[]) => indexes.some((index) => !speaker.selfWords.has(index));
  const organisations: SubjectReading['organisations'] = [];
  for (const hit of hits.organisations) {
    if (!outside(hit.wordIndexes)) continue;
    // "Geen bordje met OCW": the employer named to say it stays out of it.
    if (saidLeftOut(words, hit.wordIndexes[0] ?? 0)) continue;
    const place = placeAfter(words, hit);
    organisations.push({
      id: hit.value,
      ...(place ? { place } : {}),
      evidence: textEvidence(text, words, hit.wordIndexes),
    });
  }
  const domains: Situation['topic']['domains'] = [];
  const terms = new Set<string>();
  const hot: Evidence[] = [];
  // The plot of a novel, thriller or game is not a policy topic ("een thriller over een aanslag").
  const fiction = hits.cues.filter((hit) => hit.value === 'fictie' && outside(hit.wordIndexes));
  const inPlot = (indexes: number[]) =>
    fiction.some((cue) => {
      const end = Math.max(...cue.wordIndexes);
      return indexes.every((index) => index > end && index <= end + PLOT_WORDS);
    });
  for (const cue of fiction)
    if (!domains.some((item) => item.id === PRIVATE))
      domains.push({ id: PRIVATE, evidence: textEvidence(text, words, cue.wordIndexes) });
  for (const hit of hits.domains) {
    if (!outside(hit.wordIndexes)) continue;
    if (inPlot(hit.wordIndexes)) continue;
    // An organisation's name is not a topic word ("Dienst Toeslagen" is not about toeslagen as such), and
    // neither is a newspaper or broadcaster's ("Het Parool" is where, not what).
    if (hits.organisations.some((organisationHit) => overlaps(organisationHit, hit))) continue;
    if (hits.cues.some((cueHit) => cueHit.value === 'media' && overlaps(cueHit, hit))) continue;
    // A surname is not a topic: "Kamerlid Van Dijk", "Anna van Dijk", "De Boer" (a capitalised particle, or
    // a first name before it).
    if (inSurname(words, hit.wordIndexes)) continue;
    // "Zonder leerlingen erop", "without naming the minister": left out, not the subject. (Not "geen": "geen
    // azc in ons dorp" is the subject itself.)
    if (withoutBefore(words, hit.wordIndexes[0] ?? 0)) continue;
    // "ouders van leerlingen volgen me": who reads along, not the subject.
    if (inAudience(words, hit.wordIndexes[0] ?? 0)) continue;
    // What the speaker says they leave out ("niks over school") is not the subject.
    if (hits.cues.some((cueHit) => cueHit.value === 'los-van-werk' && overlaps(cueHit, hit))) continue;
    // A debate, vote or campaign is when, not what ("er is vandaag een Kamerdebat over"); a parliament or
    // council named is the level of government, not democracy as a policy topic.
    // (Not a foreign election: "de presidentsverkiezingen in Amerika" is a subject, abroad.)
    if (
      hit.value.domain !== FOREIGN_DOMAIN &&
      hits.cues.some((cueHit) => cueHit.value === 'timing' && overlaps(cueHit, hit))
    )
      continue;
    if (
      hit.value.domain === GOVERNMENT_DOMAIN &&
      hits.cues.some((cueHit) => LEVEL_CUES.has(cueHit.value) && overlaps(cueHit, hit))
    )
      continue;
    const evidence = textEvidence(text, words, hit.wordIndexes);
    // "mijn huisarts", "my marathon", "mijn zoon z'n school": health, sport or a child's school of one's own
    // is private life, not health or education policy.
    const owned = OWNED.has(words[(hit.wordIndexes[0] ?? 0) - 1]?.folded ?? '');
    if (owned && PERSONAL_DOMAINS.has(hit.value.domain)) {
      if (!domains.some((item) => item.id === PRIVATE)) domains.push({ id: PRIVATE, evidence });
      continue;
    }
    terms.add(hit.pattern);
    if (hit.value.hot) hot.push(evidence);
    if (!domains.some((item) => item.id === hit.value.domain))
      domains.push({ id: hit.value.domain, evidence });
  }
  // An organisation the message talks about brings its domains ("fouten bij de Belastingdienst"); a
  // general one (a municipality, a province) stands for government as such, not for a policy domain.
  for (const item of organisations) {
    const organisation = lexicon.organisations.get(item.id);
    if (!organisation || organisation.domains.length > MAX_SPECIFIC_DOMAINS) continue;
    for (const domain of organisation.domains) {
      if (!domains.some((known) => known.id === domain))
        domains.push({ id: domain, evidence: item.evidence });
    }
  }
  const levels = new Set<'lokaal' | 'regionaal' | 'landelijk'>();
  for (const hit of hits.cues) {
    if (!outside(hit.wordIndexes)) continue;
    if (hit.value === 'lokaal' || hit.value === 'regionaal' || hit.value === 'landelijk')
      levels.add(hit.value);
  }
  // A municipality, province or water board named is local or regional government (a school is not).
  for (const item of organisations) {
    const organisation = lexicon.organisations.get(item.id);
    if (!organisation || !DECENTRAL.has(organisation.sector)) continue;
    if (organisation.scope === 'lokaal') levels.add('lokaal');
    else if (organisation.scope === 'regionaal') levels.add('regionaal');
  }
  const policy = domains.filter((domain) => domain.id !== PRIVATE_DOMAIN);
  // Private life only when nothing else is the subject: no policy domain, no organisation, no government.
  const privateLife =
    policy.length === 0 &&
    organisations.length === 0 &&
    levels.size === 0 &&
    domains.some((domain) => domain.id === PRIVATE_DOMAIN);
  const level = levels.size === 1 ? [...levels][0] : undefined;
  return {
    topic: { domains, privateLife, ...(level ? { level } : {}) },
    organisations,
    terms,
    hot,
    levels,
  };
}

const SURNAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'vd']);

function inSurname(words: AnalyzedWord[], indexes: number[]): boolean {
  const first = indexes[0] ?? 0;
  const word = words[first];
  if (indexes.length !== 1 || !word?.capitalized || word.sentenceStart) return false;
  const particle = words[first - 1];
  if (!particle || !SURNAME_PARTICLES.has(particle.folded)) return false;
  if (particle.capitalized && !particle.sentenceStart) return true;
  const before = words[first - 2];
  return before?.capitalized === true && !before.sentenceStart && !OFFICE_BEFORE.test(before.folded);
}

/** "Minister van Landbouw", "Faculteit der Rechtsgeleerdheid": an office or body, not a first name. */
const OFFICE_BEFORE =
  /^(minister\w*|staatssecretaris\w*|directeur\w*|directie|dienst|afdeling|commissaris|provincie|gemeente|universiteit|hogeschool|faculteit|college|raad|hof|rechtbank|inspectie|ministry|department|faculty|school|instituut|bureau|stichting|museum|kamer)$/;

function withoutBefore(words: AnalyzedWord[], index: number): boolean {
  return anyWordIn(words, [index - 1, index - 2], WITHOUT);
}
