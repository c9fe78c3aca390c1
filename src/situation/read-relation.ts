// How close the subject is to the speaker's work (decision model factor F1): their own dossier, their
// organisation's domain, their own employer as the subject, clearly unrelated, or unknown. Only a known,
// clear distance gives the room every citizen has; an unknown relation is said to be unknown.
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { anyWordIn } from '../text/any-word-in.ts';
import { inAudience, sentenceIndexes, textEvidence } from './evidence.ts';
import { PRIVATE_DOMAIN, residenceFollows, type SpeakerReading, type TextHits } from './read-speaker.ts';
import { isActWord } from './read-stakes.ts';
import type { SubjectReading } from './read-subject.ts';
import type { SituationLexicon } from './situation-lexicon.ts';
import type { Evidence, Relation, Situation } from './situation-schema.ts';
import type { TermHit } from './term-index.ts';

export interface RelationInput {
  lexicon: SituationLexicon;
  text: string;
  words: AnalyzedWord[];
  hits: TextHits;
  speaker: SpeakerReading;
  subject: SubjectReading;
  /** The older own-area reading: portfolio stems in the text (profile) or the regime's own domain. */
  ownArea: { fromPortfolio: boolean; fromRegime: boolean; evidence: Evidence[] };
  /** The acts the message is about. */
  acts: string[];
  /** A question or a draft: in a draft, "working on the asylum bill … it's a mess" makes the work the subject. */
  appliesTo: 'question' | 'draft';
}
/**
 * Inside a self-description, the words that point at the own work as the subject ("waar ik zelf aan werk").
 * In a question, "I work on X" only says what the job is ("… can I post about my football club?"); in a
 * draft the work described is what the post is about.
 */
const POINTING = /\b(zelf|waar|where|mijn|my|dossier|that)\b/;
const POINTING_IN_DRAFT = /\b(zelf|waar|where|mijn|my|dossier|that|on|aan)\b/;

/** Acts of civic participation, whose cause is often a subject no lexicon knows. */
const CIVIC_ACTS = new Set(['demonstratie', 'petitie', 'partij', 'vakbond', 'staking', 'kandidaat']);
/** Words outside the self-description that point at the work ("op mijn werk", "intern", "ons team", "klant"). */
export const WORK_WORDS = new Set(
  `werk werkt werken baan job work office kantoor intern interne internal collega collegas colleague colleagues klant klanten
  client clients aanvraag aanvragen aanvrager dossier dossiers zaak zaken case cases project projecten team afdeling
  directie dienst systeem system leerling leerlingen klas pupil pupils student studenten patient
  burger burgers inwoner verdachte gedetineerde`.split(/\s+/),
);

/** Sentences that leave the work out: "mijn werk laat ik erbuiten", "colleagues are left out". */
function leftOutSentences(words: AnalyzedWord[], sentences: number[]): Set<number | undefined> {
  return new Set(
    words.flatMap((word, index) =>
      LEFT_OUT.has(word.folded) ||
      (word.folded === 'niet' && words[index + 1]?.folded === 'voor') ||
      (word.folded === 'left' && words[index + 1]?.folded === 'out')
        ? [sentences[index]]
        : [],
    ),
  );
}

/** The sentence of each word, and the sentences that say the work is left out. */
interface Sentences {
  of: number[];
  leftOut: Set<number | undefined>;
}

/** "Ik werk op een azc en wat ik zie …", "I work at a prison and what I see …": first-hand, at the work named. */
function witnessedAtWork(words: AnalyzedWord[], speaker: SpeakerReading): boolean {
  return (
    speaker.selfWords.size > 0 &&
    words.some(
      (word, index) =>
        !speaker.selfWords.has(index) &&
        WITNESS.test(word.folded) &&
        /^(ik|i)$/.test(words[index - 1]?.folded ?? '') &&
        /^(wat|what)$/.test(words[index - 2]?.folded ?? ''),
    )
  );
}

/** True when a word outside the self-description, in a sentence that does not leave the work out, points at the work. */
function refersToWork(words: AnalyzedWord[], speaker: SpeakerReading, sentences: Sentences): boolean {
  if (witnessedAtWork(words, speaker)) return true;
  return words.some(
    (word, index) =>
      !speaker.selfWords.has(index) &&
      WORK_WORDS.has(word.folded) &&
      !sentences.leftOut.has(sentences.of[index]) &&
      // "mijn collega zei dat …": the colleague gives advice, the work is not the subject.
      !anyWordIn(words, [index + 1, index + 2], JUDGING_WORDS) &&
      // "geen collega's of werkgever", "not about work": said to be left out.
      !anyWordIn(words, [index - 1, index - 2, index - 3], NOT_WORDS) &&
      // "er volgen me ook collega's": who reads along, not the subject.
      !inAudience(words, index),
  );
}
/** Seeing or living through: "wat ik zie", "wat ik daar meemaak", "what I see". */
const WITNESS = /^(zie|zag|meemaak|meemaakte|hoor|hoorde|see|saw|witness)$/;
const LEFT_OUT = new Set(['erbuiten', 'weglaten', 'onbenoemd']);
const NOT_WORDS = new Set('geen niet zonder no not without nothing niks niets'.split(' '));
/** A strike, which is the own employer's only when no other group is named as striking. */
const STRIKE = /^(staking|stakingen|strike|strikes)$/;
/** A group of workers by a plural noun: "teachers", "nurses", "leraren", "boeren", "piloten". */
const WORKER_GROUP = /^\p{L}{3,}(ers|ses|ors|ists|ants|ents|aren|eren|ren|en|s)$/u;
const DETERMINERS = new Set('de het een onze ons mijn jullie hun the a an our my their this that'.split(' '));

/**
 * "the teachers' strike", "de staking van de boeren": another group's strike, which the speaker supports or
 * not as any citizen (a strike at the own work says "our strike", "de staking", "staken bij ons").
 */
function otherGroupsStrike(words: AnalyzedWord[], index: number): boolean {
  if (!STRIKE.test(words[index]?.folded ?? '')) return false;
  const before = words[index - 1]?.folded ?? '';
  if (!DETERMINERS.has(before) && WORKER_GROUP.test(before)) return true;
  const after = words.slice(index + 1, index + 4).map((word) => word.folded);
  return (
    (after[0] === 'van' || after[0] === 'of') &&
    (after[1] === 'de' || after[1] === 'the') &&
    WORKER_GROUP.test(after[2] ?? '') &&
    !words[index + 3]?.organisationName
  );
}

/** A political party by name: "onze CDA-afdeling" is a party branch, not a department at work. */
const PARTY =
  /^(vvd|pvda|cda|d66|groenlinks|gl|sp|pvv|fvd|ja21|bbb|nsc|christenunie|cu|sgp|volt|denk|pvdd|50plus|partij\w*)$/;

/** The words of a hit, and those between them, name a party ("onze CDA-afdeling", "onze partijafdeling"). */
function namesParty(words: AnalyzedWord[], indexes: readonly number[]): boolean {
  const first = indexes[0] ?? 0;
  const last = indexes[indexes.length - 1] ?? first;
  return words.slice(first, last + 1).some((word) => PARTY.test(word.folded));
}

/** Prepositions of a contrast: "niet op|over mijn werkgever", "not about my employer". */
const CONTRAST_PREPOSITIONS = new Set('op over bij tegen aan on about at against'.split(' '));
/** "niet mijn werkgever", "niet op mijn eigen werkgever": the employer said not to be the subject. */
function deniedAsSubject(words: AnalyzedWord[], index: number): boolean {
  const before = words[index - 1]?.folded ?? '';
  if (NOT_WORDS.has(before)) return true;
  return CONTRAST_PREPOSITIONS.has(before) && NOT_WORDS.has(words[index - 2]?.folded ?? '');
}

const REGIONAL_SECTORS = new Set(['provincie', 'waterschap']);
const SCOPE_BY_SECTOR: Record<string, string> = {
  rijk: 'landelijk',
  gemeente: 'lokaal',
  provincie: 'regionaal',
  waterschap: 'regionaal',
};
/** After the own unit, these words describe the job, not judge the unit ("our directorate does consular work"). */
const DESCRIBING = new Set(
  'does doet do deals handles behandelt werkt works is covers regelt verzorgt valt'.split(' '),
);
/**
 * Right after the employer, a colleague or the work, these words make them the one who judges or advises,
 * not the subject ("mijn collega zei dat je als ambtenaar niks mag liken", "zal mijn werkgever moeilijk doen?").
 */
const JUDGING_WORDS = new Set(
  'zei zegt zeggen zeiden vindt vond vinden denkt dacht adviseert waarschuwt moeilijk boos says said say tell told tells thinks think warned mind minds care cares'.split(
    ' ',
  ),
);
/** Before the employer, these words make it the addressee, not the subject ("melden bij mijn werkgever"). */
const ADDRESSEE_WORDS = new Set(
  'bij aan via to with from noemen vermelden vragen melden permission toestemming'.split(' '),
);

/** Governments one also belongs to as a resident: "mijn gemeente" of someone at a ministry is where they live. */
const RESIDENCE_GOVERNMENTS = ['gemeente', 'provincie', 'waterschap'] as const;

/** The cue names a local government of another kind than the speaker's employer: the place of residence. */
function residenceGovernment(evidence: string, sector: string | undefined): boolean {
  // Hired staff or an unknown kind of employer: "mijn gemeente" may well be the one they work for.
  if (!sector || sector === 'inhuur' || sector === 'overig') return false;
  const named = RESIDENCE_GOVERNMENTS.find((word) => evidence.toLowerCase().includes(word));
  return named !== undefined && named !== sector;
}

export function readRelation(input: RelationInput): Situation['relation'] {
  const { speaker, subject, hits, text, words, lexicon } = input;
  const outsideSelf = (hit: TermHit<unknown>) =>
    hit.wordIndexes.some((index) => !speaker.selfWords.has(index));
  const cue = (group: string) =>
    hits.cues
      .filter((hit) => hit.value === group && outsideSelf(hit))
      .map((hit) => ({ hit, evidence: textEvidence(text, words, hit.wordIndexes) }));
  const sentenceOf = sentenceIndexes(words);
  const sentences: Sentences = { of: sentenceOf, leftOut: leftOutSentences(words, sentenceOf) };
  const result = (kind: Relation, evidence: Evidence[], reason: string): Situation['relation'] => ({
    kind,
    evidence,
    reason,
  });
  // Without a named organisation, the sector's general one (a municipality, a province …) stands in.
  const organisation = speaker.organisation ?? genericOrganisation(lexicon, speaker.speaker.sector);
  const education = speaker.speaker.sector === 'onderwijs';
  const policyDomains = subject.topic.domains.filter((domain) => domain.id !== PRIVATE_DOMAIN);

  // 1. Said in so many words: the own work.
  // Inside a job description only the pointed ones count ("waar ik zelf aan werk"), not "ik behandel …".
  const dossierCues = hits.cues
    .filter(
      (hit) =>
        hit.value === 'eigen-dossier' &&
        (outsideSelf(hit) ||
          (input.appliesTo === 'draft' ? POINTING_IN_DRAFT : POINTING).test(
            textEvidence(text, words, hit.wordIndexes).text.toLowerCase(),
          )),
    )
    .map((hit) => ({ hit, evidence: textEvidence(text, words, hit.wordIndexes) }))
    // "mijn vrije tijd onderzoek": research done as a hobby is not the job.
    .filter((item) => !/\b(vrije tijd|spare time|free time|hobby)\b/i.test(item.evidence.text));
  if (dossierCues.length > 0)
    return result(
      'eigen-dossier',
      dossierCues.map((item) => item.evidence),
      'said-own-work',
    );

  // 2. The same topic as the portfolio, role or job described (a national dossier is not a local tax).
  const ownScope = organisation?.scope ?? SCOPE_BY_SECTOR[speaker.speaker.sector ?? ''];
  const shared = policyDomains.find(
    (domain) => speaker.ownDomains.has(domain.id) && (!ownScope || scopeFits(ownScope, subject.levels)),
  );
  // A school or university does not make national education policy: national policy in the field is not the
  // teacher's own dossier (their class and pupils are).
  const nationalPolicy = subject.levels.has('landelijk');
  if (shared && !(education && nationalPolicy && !sameInstitution(input))) {
    const own = speaker.ownDomains.get(shared.id);
    return result('eigen-dossier', own ? [own, shared.evidence] : [shared.evidence], 'same-topic');
  }
  // Teachers and researchers on national education policy: their employer is the school or university,
  // not the minister, and the Ambtenarenwet's limit does not apply to them (art. 2 lid 2).
  // (The field is checked without the scope: a regional school's field is still education.)
  const ownField =
    education && nationalPolicy
      ? policyDomains.find(
          (domain) => speaker.ownDomains.has(domain.id) || organisation?.allDomains.includes(domain.id),
        )
      : undefined;
  if (ownField && !sameInstitution(input))
    return result('los-van-werk', [ownField.evidence], 'education-national-policy');
  if (input.ownArea.fromPortfolio) return result('eigen-dossier', input.ownArea.evidence, 'portfolio');

  // Said to be unrelated ("heeft niks met mijn werk te maken"), when the topic is not the own dossier.
  const unrelatedCues = cue('los-van-werk');
  // Or the subject's field is one the author says is not theirs ("ik doe niks met klimaat of energie").
  const deniedField = policyDomains.find((domain) => speaker.notOwnDomains.has(domain.id));
  if (deniedField && !sameInstitution(input)) {
    const denied = speaker.notOwnDomains.get(deniedField.id);
    return result('los-van-werk', denied ? [denied] : [], 'said-unrelated');
  }
  if (unrelatedCues.length > 0)
    return result(
      'los-van-werk',
      unrelatedCues.map((item) => item.evidence),
      'said-unrelated',
    );

  // Local politics of another government than the employer ("ik werk bij de gemeente Leiden maar woon in
  // Katwijk … raadscommissie in Katwijk", "in mijn dorp (andere gemeente dan waar ik werk)", a province's
  // lawyer on the village library): any resident's business, unless the own field is the subject.
  if (otherLocalGovernment(text, words, hits, speaker, subject, organisation))
    return result('los-van-werk', [], 'other-government');

  // A word of the own work as described that comes back as the subject ("ik werk aan de verbreding van de
  // A27 … een stuk dat kritisch is over die verbreding").
  const repeated = repeatsOwnWork(text, words, speaker, hits);
  if (repeated) return result('eigen-dossier', repeated, 'repeats-own-work');

  // The job's own field at another level of government (a municipal social worker on national welfare
  // policy): not the own dossier as such, but close to the work.
  const ownFieldElsewhere = policyDomains.find((domain) => speaker.ownDomains.has(domain.id));
  if (ownFieldElsewhere && !(education && nationalPolicy)) {
    const own = speaker.ownDomains.get(ownFieldElsewhere.id);
    return result(
      'eigen-organisatie',
      own ? [own, ownFieldElsewhere.evidence] : [ownFieldElsewhere.evidence],
      'own-field',
    );
  }

  // 3. The own employer as the subject.
  const employerCues = cue('eigen-werkgever').filter(
    (item) =>
      isSubject(item.hit, words, hits) &&
      !sentences.leftOut.has(sentences.of[item.hit.wordIndexes[0] ?? 0]) &&
      // "kritiek op de gemeente, niet op mijn eigen werkgever": said not to be the subject.
      !deniedAsSubject(words, item.hit.wordIndexes[0] ?? 0) &&
      !item.hit.wordIndexes.some((index) => otherGroupsStrike(words, index)) &&
      !namesParty(words, item.hit.wordIndexes) &&
      // "bij ons in het dorp": where one lives.
      !residenceFollows(words, item.hit.wordIndexes[item.hit.wordIndexes.length - 1] ?? 0) &&
      !residenceGovernment(item.evidence.text, speaker.speaker.sector),
  );
  if (employerCues.length > 0)
    return result(
      'eigen-werkgever',
      employerCues.map((item) => item.evidence),
      'own-employer',
    );
  const otherOfType =
    organisation !== undefined &&
    subject.organisations.some(
      (item) =>
        lexicon.organisations.get(item.id)?.type === organisation.type &&
        item.place !== undefined &&
        item.place !== organisation.place,
    );
  if (organisation) {
    const same = sameInstitution(input);
    if (same) return result('eigen-werkgever', [same], 'own-organisation-named');
    const sector = organisation.sector;
    // "het parkeerbeleid hier in Utrecht" from someone at the municipality of Utrecht: its own place.
    const placeWord = organisation.place?.split(' ')[0];
    const ownPlace =
      placeWord !== undefined &&
      words.some((word, index) => word.surface === placeWord && !speaker.selfWords.has(index));
    const ownGovernment =
      (LOCAL_SECTORS.has(sector) && ownPlace) ||
      (sector === 'gemeente' && subject.levels.has('lokaal')) ||
      (REGIONAL_SECTORS.has(sector) && subject.levels.has('regionaal'));
    if (ownGovernment && !otherOfType && !livesElsewhere(words) && !namesOtherPlace(words, hits, placeWord)) {
      const evidence = hits.cues
        .filter((hit) => (hit.value === 'lokaal' || hit.value === 'regionaal') && outsideSelf(hit))
        .map((hit) => textEvidence(text, words, hit.wordIndexes));
      return result('eigen-werkgever', evidence, 'own-government');
    }
  }

  // 4. The organisation's domain (or the own minister's), unless the job is internal staff work or
  // teaching (a school does not make national education policy).
  if (organisation && !speaker.support && !(education && nationalPolicy) && !otherOfType) {
    const compatible = scopeFits(organisation.scope, subject.levels);
    const inDomain = policyDomains.find((domain) => organisation.allDomains.includes(domain.id));
    // A water board's dikes, water levels and sprinkling bans are regional by nature: with no level said,
    // water is its own work (a municipality's budget may be any municipality's).
    const waterBoardsWater =
      organisation.type === 'waterschap' && subject.levels.size === 0 && inDomain?.id === WATER_DOMAIN;
    if (inDomain && (compatible || waterBoardsWater))
      return result('eigen-organisatie', [inDomain.evidence], 'organisation-domain');
  }
  // (Not in a post about private life only: "verdachte situatie in huize Jansen, de hond kijkt schuldig".)
  if (input.ownArea.fromRegime && !speaker.support && !subject.topic.privateLife)
    return result('eigen-organisatie', input.ownArea.evidence, 'regime-domain');

  // What one sees at the workplace just named ("ik werk op een azc en wat ik zie is mensonwaardig") is the
  // work itself, whatever field its words fall in.
  if (witnessedAtWork(words, speaker) && (speaker.workKnown || organisation !== undefined))
    return result('eigen-organisatie', speaker.speaker.ownWork.slice(0, 2), 'refers-to-own-work');

  // 5. The message refers back to the own work described ("ik werk aan de AOW … mag ik daar iets over zeggen?").
  const ownTopicKnown =
    speaker.speaker.ownWork.some((item) => item.source === 'text') || speaker.ownDomains.size > 0;
  const subjectWords = unclassifiedSubject(words, speaker, hits);
  if (ownTopicKnown && policyDomains.length === 0 && subjectWords.length === 0 && !subject.topic.privateLife)
    return result('eigen-dossier', speaker.speaker.ownWork.slice(0, 2), 'refers-to-own-work');

  // 6. Clearly unrelated: private life only, or a known job and a subject outside it.
  if (subject.topic.privateLife && !refersToWork(words, speaker, sentences))
    return result(
      'los-van-werk',
      subject.topic.domains.map((domain) => domain.evidence),
      'private-life',
    );
  // The job's own field is known (a function or portfolio with its domains, or the employer) and the subject
  // lies outside it. A job title alone ("ben ambtenaar", "ik ben jurist") does not tell the field: the
  // subject may well be the own dossier, so the relation stays unknown.
  const fieldKnown = speaker.ownDomains.size > 0;
  // "Ik werk bij de gemeente … over de begroting": the employer's own domain with no level said may be the
  // employer's own budget, permits or schools; that is not far from the work, it is unknown.
  // (Internal staff work, such as facilities or IT, does not make the employer's policy one's own.)
  const ownDomainLevelUnknown =
    !fieldKnown &&
    !speaker.support &&
    organisation !== undefined &&
    organisation.scope !== 'landelijk' &&
    subject.levels.size === 0 &&
    policyDomains.some((domain) => organisation.allDomains.includes(domain.id));
  if (ownDomainLevelUnknown) return result('onbekend', [], 'level-unknown');
  // Pay, workload or a reorganisation in government, from someone who works there: the own working
  // conditions, so the own employer ("de werkdruk is onverantwoord en de leiding negeert het").
  const workingConditions = policyDomains.find((domain) => domain.id === WORKING_CONDITIONS);
  if (speaker.workKnown && workingConditions && speaker.speaker.former === undefined)
    return result('eigen-werkgever', [workingConditions.evidence], 'own-working-conditions');
  if (speaker.workKnown && policyDomains.length > 0 && (fieldKnown || organisation !== undefined)) {
    return result(
      'los-van-werk',
      policyDomains.map((domain) => domain.evidence),
      fieldKnown ? 'outside-own-field' : 'other-domain',
    );
  }
  // A cause the lexicon cannot place (a march, a petition, a party) with no word pointing at the work. The
  // job must say something of the field: "als ambtenaar" alone may be the very ministry behind the cause.
  const civic = input.acts.some((act) => CIVIC_ACTS.has(act));
  if (
    speaker.workKnown &&
    (fieldKnown || organisation !== undefined) &&
    policyDomains.length === 0 &&
    subjectWords.length > 0 &&
    civic &&
    !refersToWork(words, speaker, sentences)
  )
    return result('los-van-werk', subjectWords.slice(0, 3), 'other-cause');
  return result('onbekend', [], speaker.workKnown ? 'no-topic' : 'no-work');
}

/** The water board's own field. */
const WATER_DOMAIN = 'water';
/** The domain of pay and working conditions in government. */
const WORKING_CONDITIONS = 'arbeidsvoorwaarden-overheid';

const GENERIC_BY_SECTOR: Record<string, string> = {
  gemeente: 'gemeente',
  provincie: 'provincie',
  waterschap: 'waterschap',
  politie: 'politie',
  defensie: 'defensie',
};

function genericOrganisation(lexicon: SituationLexicon, sector: string | undefined) {
  const id = sector ? GENERIC_BY_SECTOR[sector] : undefined;
  const found = id ? lexicon.organisations.get(id) : undefined;
  return found ? { ...found, place: undefined as string | undefined } : undefined;
}

/** The speaker's own organisation named as the subject ("fouten bij de Belastingdienst"). */
function sameInstitution(input: RelationInput): Evidence | undefined {
  const organisation = input.speaker.organisation;
  if (!organisation) return undefined;
  const same = input.subject.organisations.find(
    (item) =>
      item.id === organisation.id &&
      (item.place && organisation.place
        ? item.place.toLowerCase() === organisation.place.toLowerCase()
        : !item.place),
  );
  return same?.evidence;
}

/**
 * Where a level of government fits an organisation's scope. A national body's domains hold when the text
 * names no level; a municipality or province works on its domains only locally, so its domains count when
 * the text is about local or regional government (a debate on "the housing market" is not the
 * municipality's own policy).
 */
function scopeFits(scope: string, levels: Set<string>): boolean {
  if (levels.size === 0) return scope === 'landelijk';
  if (scope === 'landelijk') return levels.has('landelijk');
  // A province or water board governs the local places within it too (a wind farm by a village, a dike).
  if (scope === 'regionaal') return levels.has('regionaal') || levels.has('lokaal');
  return levels.has('lokaal');
}

/** An employer cue is the subject, unless words before it make the employer the one to tell or ask. */
function isSubject(hit: TermHit<unknown>, words: AnalyzedWord[], hits: TextHits): boolean {
  const first = hit.wordIndexes[0] ?? 0;
  const last = hit.wordIndexes[hit.wordIndexes.length - 1] ?? first;
  if (anyWordIn(words, [first - 1, first - 2], ADDRESSEE_WORDS)) return false;
  // "mijn collega zei dat …", "zal mijn werkgever moeilijk doen?": the one who judges, not the subject.
  if (anyWordIn(words, [last + 1, last + 2], JUDGING_WORDS)) return false;
  // "Our directorate at BZ does consular stuff": a description of the job, not its subject.
  const organisationNext = hits.organisations.some((item) => {
    const start = item.wordIndexes[0] ?? -1;
    return start > last && start <= last + 2;
  });
  const after = [
    words[last + 1]?.folded,
    words[last + 2]?.folded,
    words[last + 3]?.folded,
    words[last + 4]?.folded,
  ];
  return !(organisationNext && after.some((word) => word !== undefined && DESCRIBING.has(word)));
}

/** Words that carry no subject of their own: acts, media, generic nouns. */
const GENERIC_WORDS = new Set(
  `debat discussie onderwerp bericht berichten post posten artikel mening meningen iets kwestie topic thread draadje zaak
  situatie reactie reageren reply comment commentaar tweet tweeten liken like delen share sharen repost plaatsen zetten
  schrijven schrijf zeggen zeg vertellen vertel praten roepen geven maken doen vinden vind denken weten mogen kunnen
  linkedin facebook insta instagram twitter tiktok youtube bluesky reddit mastodon whatsapp story stories online internet
  sociale media social privé prive privéaccount account persoonlijk persoonlijke titel gewoon eigenlijk even echt
  ambtenaar ambtenaren rijksambtenaar civil servant werk werken baan functie job work working employer werkgever collega
  collegas vraag vragen question wondering allowed okay oke mag kan probleem problem ding dingen thing things stuk stukje
  piece opinion opinie manier way tijd time dag vandaag morgen gisteren week weekend zaterdag zondag maandag dinsdag
  woensdag donderdag vrijdag vanavond vanmiddag lol haha thanks bedankt hoi hallo dank graag please
  daarover erover hierover about over ervaring ervaringen lessen lessons learned geleerd afloop verhaal story
  experience experiences insights inzichten tips tip`.split(/\s+/),
);

/** Content words outside the self-description that no domain knows: a subject the lexicon cannot place. */
function unclassifiedSubject(words: AnalyzedWord[], speaker: SpeakerReading, hits: TextHits): Evidence[] {
  const covered = new Set<number>([
    ...speaker.selfWords,
    ...hits.domains.flatMap((hit) => hit.wordIndexes),
    ...hits.organisations.flatMap((hit) => hit.wordIndexes),
    ...hits.functions.flatMap((hit) => hit.wordIndexes),
    ...hits.cues.flatMap((hit) => hit.wordIndexes),
  ]);
  const found: Evidence[] = [];
  words.forEach((word, index) => {
    if (covered.has(index) || word.stopword || word.folded.length < 4 || /^\d+$/.test(word.folded)) return;
    if (GENERIC_WORDS.has(word.folded) || word.concepts.includes('@sociale-media') || isActWord(word.folded))
      return;
    found.push({ source: 'text', text: word.surface, start: word.start, end: word.end });
  });
  return found;
}

/** Relation reasons for a subject read from the words as another field than the speaker's own. */
export const OTHER_FIELD = new Set(['outside-own-field', 'other-domain']);

/** Words of a job description too common to tie the subject to the own work when they come back. */
const JOB_WORDS = new Set(
  `gemeente provincie waterschap ministerie ministry municipality province rijk overheid government afdeling
  department directie directorate team dienst unit organisatie organisation organization beleid policy beleidsmedewerker
  medewerker adviseur advisor adviser jaren years jaar year mensen people`.split(/\s+/),
);
/** Words that describe rather than name the work ("de nieuwe afdeling", "momenteel"). */
const PLAIN_ADJECTIVES = new Set(
  'nieuwe kleine grote eigen andere huidige vorige momenteel sinds tijdelijk tijdelijke current new'.split(
    ' ',
  ),
);

/**
 * A content word of the self-description ("ik werk … aan de verbreding van de A27") that comes back outside it
 * ("… kritisch over die verbreding"): the subject is the work described. Names of the employer, places and job
 * titles do not count (they say where one works, not what about), nor common words of a job description.
 */
function repeatsOwnWork(
  text: string,
  words: AnalyzedWord[],
  speaker: SpeakerReading,
  hits: TextHits,
): Evidence[] | undefined {
  if (speaker.selfWords.size === 0) return undefined;
  const named = new Set([
    ...hits.organisations.flatMap((hit) => hit.wordIndexes),
    ...hits.functions.flatMap((hit) => hit.wordIndexes),
  ]);
  const content = (word: AnalyzedWord, index: number) =>
    !word.stopword &&
    word.folded.length >= 5 &&
    !/\d/.test(word.folded) &&
    // A place or a name says where, not what ("gemeente Zwolle … in Zwolle").
    !(word.capitalized && !word.sentenceStart) &&
    !named.has(index) &&
    !JOB_WORDS.has(word.folded) &&
    !GENERIC_WORDS.has(word.folded) &&
    !isActWord(word.folded);
  // Only a job description: what follows the employer or job in its sentence ("bij Rijkswaterstaat aan de
  // verbreding"), not "sinds" before it, nor a sentence naming neither ("ben zelf starter").
  const sentenceOf = sentenceIndexes(words);
  const jobStart = new Map<number | undefined, number>();
  for (const index of [...named].sort((a, b) => a - b))
    if (!jobStart.has(sentenceOf[index])) jobStart.set(sentenceOf[index], index);
  const own = new Map<string, number>();
  for (const index of speaker.selfWords) {
    const word = words[index];
    const start = jobStart.get(sentenceOf[index]);
    if (
      word &&
      content(word, index) &&
      start !== undefined &&
      index > start &&
      !PLAIN_ADJECTIVES.has(word.folded)
    )
      own.set(word.keys[0] ?? word.folded, index);
  }
  // The common nouns in the employer's own name say what it does ("Centraal Orgaan opvang asielzoekers" …
  // "een demonstratie voor betere opvang"); its capitalised words are the name itself.
  const nameWords = new Set(
    (speaker.organisation?.name ?? '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^A-Za-z]+/)
      .filter((item) => /^[a-z]{5,}$/.test(item) && !JOB_WORDS.has(item) && !GENERIC_WORDS.has(item)),
  );
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (speaker.selfWords.has(index) || !word || !content(word, index)) continue;
    const at = own.get(word.keys[0] ?? word.folded);
    if (at !== undefined) return [textEvidence(text, words, [at]), textEvidence(text, words, [index])];
    if (nameWords.has(word.folded) && speaker.organisation)
      return [{ source: 'text', text: speaker.organisation.name }, textEvidence(text, words, [index])];
  }
  return undefined;
}

const RESIDENT_WORDS = new Set(['woon', 'woont', 'live', 'lives', 'woonplaats']);
const RESIDENCE_PLACES = new Set([
  'dorp',
  'wijk',
  'straat',
  'buurt',
  'woonwijk',
  'village',
  'street',
  'neighbourhood',
  'neighborhood',
]);
const RESIDENT_NEIGHBOURS = new Set([
  'ik',
  'i',
  'mijn',
  'my',
  'in',
  'op',
  'vlakbij',
  'near',
  'naast',
  'we',
  'wij',
]);

/**
 * "waar ik woon", "I live in", "in mijn dorp", "onze straat": the author speaks as a resident, not about
 * their employer's policy.
 */
function livesElsewhere(words: AnalyzedWord[]): boolean {
  const asResident = words.some(
    (word, index) =>
      RESIDENCE_PLACES.has(word.folded) &&
      ['mijn', 'mn', 'ons', 'onze', 'my', 'our'].includes(words[index - 1]?.folded ?? ''),
  );
  if (asResident) return true;
  return words.some((word, index) => {
    if (!RESIDENT_WORDS.has(word.folded)) return false;
    return anyWordIn(words, [index - 2, index - 1, index + 1], RESIDENT_NEIGHBOURS);
  });
}

const LOCAL_SECTORS = new Set(['gemeente', 'provincie', 'waterschap']);
/** The municipality as the one that decides. */
const MUNICIPALITY_WORDS = new Set([
  'gemeente',
  'gemeenteraad',
  'raadscommissie',
  'wethouder',
  'municipality',
]);
/** Said outright: "een andere gemeente dan waar ik werk", "another municipality than the one I work for". */
const OTHER_MUNICIPALITY =
  /\b(andere gemeente dan (waar|bij) ik|niet de gemeente waar ik werk|another (municipality|council) than)\b/i;

/** The subject is a municipality's local politics, and the writer's employer is another government. */
function otherLocalGovernment(
  text: string,
  words: AnalyzedWord[],
  hits: TextHits,
  speaker: SpeakerReading,
  subject: SubjectReading,
  organisation: { allDomains: readonly string[]; place?: string | undefined } | undefined,
): boolean {
  const sector = speaker.speaker.sector ?? '';
  const ownPlace = organisation?.place?.split(' ')[0];
  if (!LOCAL_SECTORS.has(sector) || !subject.levels.has('lokaal')) return false;
  // (Not when the subject is the own field: a province's nature officer on the village's nature reserve.)
  if (subject.topic.domains.some((domain) => speaker.ownDomains.has(domain.id))) return false;
  if (OTHER_MUNICIPALITY.test(text)) return true;
  if (!livesElsewhere(words)) return false;
  // A municipality's staff: a place named other than the employer's. A province's or water board's: the
  // municipality named as the one deciding, on a subject outside the employer's own domains (not wind
  // turbines or a lake's water quality near the village: the province or water board decides those).
  if (sector === 'gemeente') return namesOtherPlace(words, hits, ownPlace);
  const municipalityActs = words.some((word) => MUNICIPALITY_WORDS.has(word.folded));
  const employersField = subject.topic.domains.some((domain) => organisation?.allDomains.includes(domain.id));
  return municipalityActs && !employersField;
}

/**
 * "hier in Houten" from someone at the municipality of Utrecht: the local subject lies in another place than
 * the employer's (`own`: the first word of the employer's place, when known).
 */
function namesOtherPlace(words: AnalyzedWord[], hits: TextHits, own: string | undefined): boolean {
  if (!own) return false;
  const named = new Set([...hits.organisations, ...hits.functions].flatMap((hit) => hit.wordIndexes));
  return words.some((word, index) => {
    const next = words[index + 1];
    return (
      (word.folded === 'in' || word.folded === 'uit' || word.folded === 'te') &&
      next !== undefined &&
      next.capitalized &&
      !next.sentenceStart &&
      !next.stopword &&
      !named.has(index + 1) &&
      next.surface !== own
    );
  });
}
