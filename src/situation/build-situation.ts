// Builds the one typed Situation of a message: speaker, acts, subject and its relation to the work,
// hazards, factors, scope, and what is missing to decide. Questions and drafts share it.
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { Sensitivity } from '../knowledge/situation-schemas.ts';
import type { FiredSignal } from '../rules/find-signals.ts';
import type { PatternMatch } from '../rules/match-pattern.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { describeSituation } from './describe-situation.ts';
import { inAudience, saidLeftOut, sentenceIndexes, textEvidence } from './evidence.ts';
import { readRelation } from './read-relation.ts';
import type { SpeakerReading, TextHits } from './read-speaker.ts';
import { readStakes, secrecyFromPrivateLife } from './read-stakes.ts';
import { readSubject, type SubjectReading } from './read-subject.ts';
import type { Evidence, Relation, Situation } from './situation-schema.ts';

export interface SituationInput {
  knowledge: KnowledgeBase;
  text: string;
  words: AnalyzedWord[];
  hits: TextHits;
  speaker: SpeakerReading;
  fired: FiredSignal[];
  /** The older own-area reading (portfolio stems, the regime's own domain). */
  ownArea: { ownArea: boolean; topics: string[]; wordIndexes: number[] };
  /** Topics of the regime's own domain that matched (patterns), to tell them from portfolio topics. */
  regimeDomainMatches: PatternMatch[];
  appliesTo: 'question' | 'draft';
  language: 'nl' | 'en';
  /** Facts the user told when asked back (a quick reply), which override the reading. */
  known?: KnownFacts;
}

/** What the user answered when the bot asked back. */
export interface KnownFacts {
  relation?: Relation;
}

export interface SituationReading {
  situation: Situation;
  speaker: SpeakerReading;
  subject: SubjectReading;
  /** A rule says the message is about expression. */
  aboutExpression: boolean;
}

/** Cue groups that mark the kind of statement (see Situation.markers). */
const MARKER_CUES: ReadonlySet<string> = new Set(['mening', 'viering', 'openbaar', 'opdracht']);
/** Hazards a mandate covers: the employer itself decided to show the document. */
const MANDATE_DISCLOSES: ReadonlySet<string> = new Set(['intern-document']);
const isMarker = (value: string): value is Situation['markers'][number]['kind'] => MARKER_CUES.has(value);
/** Marching, signing or campaigning on the own dossier takes a public position on it. */
const CIVIC_ACTS = new Set(['demonstratie', 'petitie', 'kandidaat', 'staking']);
/** Who a teacher's audience may be: pupils, students and their parents. */
const PUPILS = new Set('leerlingen leerling studenten ouders pupils students parents'.split(' '));
/** The rule id of the factor "pupils follow the account". */
export const PUPILS_FOLLOW_RULE = 'leerlingen-volgen';

/** Functions whose insults always touch the work: they serve, police or represent the people concerned. */
const WORK_LINKED_INSULT: Sensitivity[] = [
  'uniform',
  'gezag',
  'leiding',
  'representatief',
  'woordvoering',
  'politiek-nabij',
  'inlichtingen',
  'neutraal',
];

/**
 * Closeness to the work weighs when the message gives a view on it, not when it shares published news or a
 * milestone. A draft is the text itself: about the own work it weighs only when it judges or touches a
 * politically hot subject (an invitation to a clean-up in one's own field is not a view on policy). Party
 * or union membership and union action are protected either way.
 */
/** Aggravating rules that only name a category once something else carries risk. */
const REPORT_ONLY_RULES = new Set(['politiek-in-beeld']);

export function relationWeighs(situation: Situation, appliesTo: 'question' | 'draft' = 'question'): boolean {
  if (situation.relation.kind === 'los-van-werk' || situation.relation.kind === 'onbekend') return false;
  const marked = (kind: Situation['markers'][number]['kind']) =>
    situation.markers.some((marker) => marker.kind === kind);
  // Politics merely named in a draft is reported with other risk; it does not make the own work weigh.
  const factor = (kind: string) =>
    situation.factors.some((item) => item.kind === kind && !REPORT_ONLY_RULES.has(item.ruleId ?? ''));
  if (appliesTo === 'draft') {
    if (factor('beschermd-recht')) return false;
    const civic = situation.acts.some((act) => CIVIC_ACTS.has(act.kind));
    // Mocking or insulting the people one works with or for is a judgement too.
    const insult = situation.hazards.some((hazard) => hazard.kind === 'belediging');
    // Pointing to what is public, or praise and thanks, with no judgement of one's own: the own work named in
    // it does not weigh, even on a subject in the news (the debate is live, the letter is on the website).
    const calm = (marked('openbaar') || marked('viering')) && !marked('mening') && !marked('spot');
    if (calm && !insult && !civic) return false;
    return (
      marked('mening') || marked('spot') || insult || factor('politiek-gevoelig') || factor('timing') || civic
    );
  }
  if (marked('mening')) return true;
  return !(marked('openbaar') || marked('viering'));
}

export function buildSituation(input: SituationInput): SituationReading {
  const { knowledge, text, words, hits, speaker } = input;
  const lexicon = knowledge.situation;
  const subject = readSubject(lexicon, text, words, hits, speaker);
  const regimeWords = new Set(input.regimeDomainMatches.flatMap((match) => match.wordIndexes));
  const portfolioWords = input.ownArea.wordIndexes.filter(
    (index) => !regimeWords.has(index) && !speaker.selfWords.has(index) && !saidLeftOut(words, index),
  );
  const stakes = readStakes(text, words, hits, input.fired, speaker, subject, input.appliesTo);
  // A teacher whose pupils or their parents follow the account ("veel leerlingen volgen me"): the example
  // function is in view of the pupils, whatever the subject (decision model F8).
  const pupilsFollow = words.findIndex((word, index) => PUPILS.has(word.folded) && inAudience(words, index));
  if (pupilsFollow >= 0 && speaker.speaker.functions.some((item) => item.sensitivity.includes('voorbeeld')))
    stakes.factors.push({
      kind: 'gevoelige-functie',
      evidence: [textEvidence(text, words, [pupilsFollow])],
      ruleId: PUPILS_FOLLOW_RULE,
      weighs: false,
    });
  // "Mijn vader werkte bij de IND, mag ik …": a relative's employer named as a public one is no sign that
  // the asker works for a private firm; the asker's own employer is then simply unknown.
  if (
    stakes.outOfScope?.reason === 'prive-werkgever' &&
    subject.organisations.some(
      (named) => (lexicon.organisations.get(named.id)?.sector ?? 'geen-overheid') !== 'geen-overheid',
    )
  )
    stakes.outOfScope = undefined;
  const read = readRelation({
    appliesTo: input.appliesTo,
    lexicon,
    text,
    words,
    hits,
    speaker,
    subject,
    ownArea: {
      fromPortfolio: portfolioWords.length > 0,
      fromRegime: regimeWords.size > 0,
      evidence: input.ownArea.wordIndexes.length
        ? [textEvidence(text, words, portfolioWords.length ? portfolioWords : [...regimeWords])]
        : [],
    },
    acts: stakes.acts.map((act) => act.kind),
  });
  const relation: Situation['relation'] = input.known?.relation
    ? {
        kind: input.known.relation,
        evidence: [{ source: 'answer', text: input.known.relation }],
        reason: 'answered',
      }
    : read;
  // "A confidential talk with my running coach", "het recept blijft staatsgeheim": private life, not the work.
  stakes.hazards = stakes.hazards.filter(
    (hazard) => !secrecyFromPrivateLife(hazard.ruleId ?? '', subject.topic, relation),
  );
  // The relation to the work is only missing when there is something to relate: an act or a subject.
  // "Which rules apply to me?" asks for knowledge, not for a weighing of one's own words.
  const somethingToRelate = stakes.acts.length > 0 || subject.topic.domains.length > 0;
  const missing: Situation['missing'] =
    input.appliesTo === 'question' && relation.kind === 'onbekend' && !stakes.outOfScope && somethingToRelate
      ? ['relatie-werk']
      : [];
  // An insult aimed at the work environment (colleagues, the own leadership, the people one serves or
  // polices) is a hard stop, not a matter of tone (decision model §3; CRvB 2014:1467).
  const sharp = stakes.factors.find((factor) => factor.kind === 'scherpe-toon');
  const enforcing = speaker.speaker.functions.some((item) =>
    item.sensitivity.some((value) => WORK_LINKED_INSULT.includes(value)),
  );
  const closeRelation =
    relation.kind === 'eigen-dossier' ||
    relation.kind === 'eigen-organisatie' ||
    relation.kind === 'eigen-werkgever';
  // So is insulting a political office-holder ("een Kamerlid is een idioot", "de wethouder is corrupt"):
  // loyalty to the political leadership and the manner of speaking (decision model §3, F4).
  const politician = sharp ? namesPolitician(words, sharp.evidence) : false;
  // A sharp word about a plan, a rule or a ban, with nobody named beside it ("I think the phone ban is dumb"),
  // judges the policy: criticism in its manner, not an insult of a person (decision model F4).
  const atPolicyOnly = sharp !== undefined && !politician && aimsAtPolicyOnly(words, hits, sharp.evidence);
  if (
    sharp &&
    (closeRelation || enforcing || politician) &&
    !atPolicyOnly &&
    !stakes.hazards.some((hazard) => hazard.kind === 'belediging')
  ) {
    stakes.hazards.push({
      kind: 'belediging',
      evidence: sharp.evidence,
      ...(sharp.ruleId ? { ruleId: sharp.ruleId } : {}),
    });
  }
  const markers: Situation['markers'] = [];
  for (const hit of hits.cues) {
    const kind = hit.value;
    if (!isMarker(kind) || markers.some((marker) => marker.kind === kind)) continue;
    markers.push({ kind, evidence: textEvidence(text, words, hit.wordIndexes) });
  }
  // Passing on someone else's words with a 100 or applause (a retweet "💯", a share "👏") endorses them: an
  // opinion of one's own, as "helemaal mee eens" is (not at a celebration: "trots 👏" is applause).
  if (!markers.some((marker) => marker.kind === 'mening' || marker.kind === 'viering')) {
    const endorsing = ENDORSING_EMOJI.exec(text);
    const passesOn =
      RETWEET.test(text) || stakes.acts.some((act) => act.kind === 'delen' || act.kind === 'liken');
    if (endorsing && passesOn) markers.push({ kind: 'mening', evidence: emojiEvidence(endorsing) });
  }
  // A document the line or the administration asks one to present or explain ("de wethouder vraagt mij het
  // conceptplan toe te lichten") is disclosed by the employer: not a secret of the speaker's.
  if (markers.some((marker) => marker.kind === 'opdracht'))
    stakes.hazards = stakes.hazards.filter((hazard) => !MANDATE_DISCLOSES.has(hazard.ruleId ?? ''));
  const mockery = subject.topic.privateLife ? undefined : readMockery(text, words, hits, stakes.hazards);
  if (mockery) markers.push({ kind: 'spot', evidence: mockery });
  const situation: Situation = {
    speaker: speaker.speaker,
    acts: stakes.acts,
    topic: subject.topic,
    relation,
    hazards: stakes.hazards,
    factors: stakes.factors,
    markers,
    ...(stakes.outOfScope ? { outOfScope: stakes.outOfScope } : {}),
    missing,
    summary: '',
  };
  situation.summary = describeSituation(situation, lexicon, input.language, input.appliesTo);
  return { situation, speaker, subject, aboutExpression: stakes.aboutExpression };
}

/** A hundred, applause, raised hands, a raised fist: agreeing with what is passed on. */
const ENDORSING_EMOJI = /\u{1F4AF}|\u{1F44F}|\u{1F64C}|\u{270A}/u;
/** A retweet or quote written out ("RT @…", "[quote-retweet …]"). */
const RETWEET = /(^|[\s[])(RT @|quote-?retweet|quote tweet|retweet)/i;
/** Eye-rolling, clowns, vomit, animals for people: emoji that mock whoever the post is about. */
const MOCKING_EMOJI =
  /\u{1F644}|\u{1F643}|\u{1F921}|\u{1F92E}|\u{1F4A9}|\u{1F595}|\u{1F400}|\u{1F412}|\u{1F407}|\u{1F437}/u;
/** Applause twice in a row, or slow clapping: sarcasm when it praises a politician for a flip-flop. */
const SARCASTIC_APPLAUSE = /\u{1F44F}\s*\u{1F44F}/u;
/** Praise that is ironic beside double applause ("knap hoor", "goed bezig", "well done"). */
const SARCASTIC_PRAISE =
  /\b(knap hoor|goed bezig|lekker bezig|sterk hoor|chapeau|petje af|well done|great job|bravo|zoveel visie|wat een visie|wat een timing|top geregeld|briljant plan|geniaal plan)\b/i;
/** Real congratulations: applause for a jubilee or a farewell is no sarcasm. */
const CONGRATULATING =
  /\b(gefeliciteerd|proficiat|congrats|congratulations|jubileum|afscheid|in dienst|verdiend)\b/i;
/** Laughing: mockery only when it is about a person known through the work. */
const LAUGHING = /\u{1F602}|\u{1F923}|\u{1F440}|\u{1F606}/u;
const LAUGHING_WORDS = new Set(['lol', 'haha', 'hahaha', 'lmao', 'rofl']);

/**
 * Mockery: a mocking emoji aimed at people ("ouders … 🙄", "statushouders … 🐇"), or laughing at someone
 * known through the work ("student 4512 … 😂"). Tone, not content: what such a post says may be fine, how
 * it says it is not (art. 6 and 10 AW 2017). The evidence is the emoji.
 */
function readMockery(
  text: string,
  words: AnalyzedWord[],
  hits: TextHits,
  hazards: Situation['hazards'],
): Evidence | undefined {
  const mocking = MOCKING_EMOJI.exec(text);
  const target = hits.cues.find((hit) => hit.value === 'doelwit');
  if (mocking && target) return emojiEvidence(mocking);
  // Sarcastic praise of a politician or of the own management: "knap hoor van minister X … 👏👏",
  // "applaus 👏👏 voor zoveel visie" (about the head of department).
  const applause = SARCASTIC_APPLAUSE.exec(text);
  if (
    applause &&
    !CONGRATULATING.test(text) &&
    words.some((word) => POLITICAL_OFFICES.has(word.folded) || MANAGEMENT.has(word.folded)) &&
    SARCASTIC_PRAISE.test(text)
  )
    return emojiEvidence(applause);
  const person = hazards.find((hazard) => hazard.kind === 'persoonsgegevens');
  if (!person) return undefined;
  const laughing = LAUGHING.exec(text);
  if (laughing) return emojiEvidence(laughing);
  const word = words.findIndex((item) => LAUGHING_WORDS.has(item.folded));
  return word >= 0 ? textEvidence(text, words, [word]) : undefined;
}

function emojiEvidence(emoji: RegExpExecArray): Evidence {
  return { source: 'text', text: emoji[0], start: emoji.index, end: emoji.index + emoji[0].length };
}

/** Policies, plans and rules: what a sharp judgement may be about instead of a person. */
const POLICY_WORDS = new Set(
  `plan plannen beleid verbod ban regel regels rule rules policy policies idee idea voorstel proposal besluit
  decision maatregel maatregelen wet law systeem system reorganisatie reorganisation telefoonverbod phoneban`.split(
    /\s+/,
  ),
);

/**
 * The sharp words' sentences name a policy, a plan or a rule and no person or group a remark can be aimed at
 * (the `doelwit` cue): the judgement is about the policy.
 */
function aimsAtPolicyOnly(words: AnalyzedWord[], hits: TextHits, evidence: Evidence[]): boolean {
  const sentences = sentenceIndexes(words);
  const wanted = evidenceSentences(words, sentences, evidence);
  if (wanted.size === 0) return false;
  const inSentence = (index: number) => wanted.has(sentences[index] ?? -1);
  const policy = words.some(
    (word, index) =>
      inSentence(index) && (POLICY_WORDS.has(word.folded) || /(verbod|beleid|plan)$/.test(word.folded)),
  );
  const person = hits.cues.some(
    (hit) => hit.value === 'doelwit' && hit.wordIndexes.some((index) => inSentence(index)),
  );
  return policy && !person;
}

/** The own management, as a target of sarcastic praise. */
const MANAGEMENT = new Set(
  `afdelingshoofd directeur directie manager management teamleider leidinggevende mt sg dg bestuur`.split(
    ' ',
  ),
);
/** Dutch political offices; an insult in the same sentence is aimed at the political leadership. */
const POLITICAL_OFFICES = new Set(
  `minister ministers staatssecretaris premier kamerlid kamerleden wethouder wethouders gedeputeerde gedeputeerden
  burgemeester raadslid raadsleden statenlid statenleden dijkgraaf bewindspersoon mp mps alderman mayor
  fractievoorzitter fractieleider lijsttrekker partijleider`.split(/\s+/),
);

/** The sentences (by `sentenceIndexes`) in which the evidence starts. */
function evidenceSentences(words: AnalyzedWord[], sentences: number[], evidence: Evidence[]): Set<number> {
  return new Set(
    evidence.flatMap((item) =>
      item.start === undefined
        ? []
        : words.flatMap((word, index) => (word.start === item.start ? [sentences[index] ?? 0] : [])),
    ),
  );
}

function namesPolitician(words: AnalyzedWord[], evidence: Evidence[]): boolean {
  const sentences = sentenceIndexes(words);
  // The office may be named in the sentence before ("Dat Kamerlid … . Complotgekkie die …").
  const insultSentences = new Set(
    [...evidenceSentences(words, sentences, evidence)].flatMap((sentence) => [sentence, sentence - 1]),
  );
  return words.some(
    (word, index) => POLITICAL_OFFICES.has(word.folded) && insultSentences.has(sentences[index] ?? -1),
  );
}
