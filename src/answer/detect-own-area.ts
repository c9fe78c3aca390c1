// Is the message about the author's own work? Compares the topic words of the message with the
// portfolio in the profile and with the regime's own domain (e.g. weapons for defence staff), leaving
// out the words where the author only describes their job.
import type { Profile } from '../core/types.ts';
import type { CompiledRegime } from '../knowledge/build-knowledge-base.ts';
import { matchPattern, PLACE_CONCEPT } from '../rules/match-pattern.ts';
import type { AnalyzedWord, Analyzer } from '../text/analyze-text.ts';

export interface OwnArea {
  ownArea: boolean;
  /** The portfolio topics or domain words that matched. */
  topics: string[];
  /** Word indexes in the text that carry the overlap. */
  wordIndexes: number[];
}

const MIN_KEY_LENGTH = 4;
const ROLE_MARKERS = new Set(['als', 'as', 'role', 'rol', 'functie', 'baan']);
// Compounds put the topic first ("stikstofbeleid" is about "stikstof"), so a shared start counts too.
const MIN_PREFIX_LENGTH = 5;
// Words too general to tie a question to someone's portfolio.
const GENERIC_TOPIC_WORDS = new Set(
  'beleid werk zaken dienst organisatie overheid gemeente provincie ministerie regels regeling wet mensen burgers'.split(
    ' ',
  ),
);

// Heads of policy compounds: "mestregels" and "mestbeleid" are both about "mest".
const POLICY_HEADS = [
  'beleid',
  'regels',
  'regeling',
  'regelingen',
  'wetgeving',
  'wet',
  'tarieven',
  'tarief',
  'vergunningen',
  'vergunning',
  'plannen',
  'plan',
  'zaken',
  'dossier',
  'programma',
  'aanpak',
  'opvang',
  'stelsel',
  'maatregelen',
  'verbod',
  'heffing',
];
const MIN_MODIFIER = 4;
const MIN_HEAD_LENGTH = 7;

/** The modifier of a policy compound ("parkeertarieven" → "parkeer"), or the word itself. */
function topicCore(folded: string): string {
  for (const head of POLICY_HEADS) {
    if (folded.endsWith(head) && folded.length - head.length >= MIN_MODIFIER) {
      return folded.slice(0, folded.length - head.length).replace(/s$/, '');
    }
  }
  return folded;
}

/** Synonym groups named "domein-…" in the lexicon are policy domains (mest and boeren are both landbouw). */
const DOMAIN_PREFIX = '@domein-';

function sharesTopic(word: AnalyzedWord, topicWords: AnalyzedWord[]): boolean {
  if (GENERIC_TOPIC_WORDS.has(word.folded)) return false;
  const core = topicCore(word.folded);
  const domains = word.concepts.filter((concept) => concept.startsWith(DOMAIN_PREFIX));
  return topicWords.some(
    (topicWord) =>
      domains.some((domain) => topicWord.concepts.includes(domain)) ||
      // Short topics are usually acronyms (WIA, Wmo, AOW): those must match as written.
      (topicWord.folded.length < MIN_KEY_LENGTH
        ? word.folded === topicWord.folded
        : word.keys.some((key) => key.length >= MIN_KEY_LENGTH && topicWord.keys.includes(key))) ||
      (Math.min(word.folded.length, topicWord.folded.length) >= MIN_PREFIX_LENGTH &&
        (word.folded.startsWith(topicWord.folded) || topicWord.folded.startsWith(word.folded))) ||
      (core.length >= MIN_MODIFIER && core !== word.folded && core === topicCore(topicWord.folded)) ||
      // The topic as the head of a compound: "gemeenteraadsverkiezingen" is about "verkiezingen".
      (topicWord.folded.length >= MIN_HEAD_LENGTH && word.folded.endsWith(topicWord.folded)),
  );
}

/** Role words that say what someone does, not what about: they never make a topic. */
const GENERIC_ROLE_WORDS = new Set(
  `medewerker beleidsmedewerker adviseur beleidsadviseur senior junior jurist consulent coordinator manager teamleider
  projectleider projectmedewerker projectmanager specialist officier agent inspecteur docent leraar leerkracht lerares
  mentor onderzoeker analist directeur secretaris assistent stagiair trainee ambtenaar werkcoach klantmanager
  behandelaar beslismedewerker beheerder planner ingehuurd ingehuurde interim extern externe geen woordvoerder laatste
  werkdag vo mbo hbo wo bij van de het en voor rijk gemeente provincie waterschap politie defensie
  ondersteunend operationeel hoofd afdeling team`.split(/\s+/),
);

/**
 * Topics from the role ("beleidsmedewerker mestbeleid LNV" → mestbeleid, LNV). Used for drafts, where the
 * profile is all we know about the author; in questions people say what they do themselves.
 */
export function roleTopics(profile: Profile | undefined): string[] {
  return (profile?.role ?? '')
    .split(/[\s,;()/-]+/)
    .filter((word) => word.length >= 3 && !GENERIC_ROLE_WORDS.has(word.toLowerCase()));
}

export function detectOwnArea(
  analyzer: Analyzer,
  words: AnalyzedWord[],
  skip: Set<number>,
  profile: Profile | undefined,
  regime: CompiledRegime | undefined,
  extraTopics: string[] = [],
): OwnArea {
  const topics = new Set<string>();
  const wordIndexes = new Set<number>();
  // "als data engineer", "my new role as …": naming one's own role is not a topic.
  const roleSkip = new Set(skip);
  words.forEach((word, index) => {
    if (ROLE_MARKERS.has(word.folded))
      for (let next = index + 1; next <= index + 3; next++) roleSkip.add(next);
  });
  for (const topic of profile?.portfolio ?? []) markTopic(topic, skip, false);
  // The place in a role ("diplomaat, ambassade Berlijn") is where one works, not what about.
  for (const topic of extraTopics) markTopic(topic, roleSkip, true);
  function markTopic(topic: string, skipHere: Set<number>, fromRole: boolean): void {
    const topicWords = analyzer
      .analyze(topic)
      .filter(
        (word) =>
          !word.stopword &&
          !GENERIC_TOPIC_WORDS.has(word.folded) &&
          !(fromRole && word.concepts.includes(PLACE_CONCEPT)),
      );
    words.forEach((word, index) => {
      if (skipHere.has(index) || word.stopword) return;
      if (sharesTopic(word, topicWords)) {
        topics.add(topic);
        wordIndexes.add(index);
      }
    });
  }
  for (const pattern of regime?.domain ?? []) {
    for (const match of matchPattern(pattern, words, 1)) {
      if (match.wordIndexes.some((index) => skip.has(index))) continue;
      topics.add(pattern.source);
      for (const index of match.wordIndexes) wordIndexes.add(index);
    }
  }
  return {
    ownArea: topics.size > 0,
    topics: [...topics],
    wordIndexes: [...wordIndexes].sort((a, b) => a - b),
  };
}
