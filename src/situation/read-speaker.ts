// Who is speaking: from the profile and from what the user says about themselves ("ik werk bij DUO als
// jurist", "I'm a sergeant", "als boa"). An organisation or job title inside such a self-description is
// the speaker's; elsewhere in the text it is part of the subject.
import type { Profile, Sector } from '../core/types.ts';
import type { CueGroup, Sensitivity } from '../knowledge/situation-schemas.ts';
import type { AnalyzedWord, Analyzer } from '../text/analyze-text.ts';
import { anyWordIn } from '../text/any-word-in.ts';
import { foldText } from '../text/fold-text.ts';
import { NEGATIONS } from '../text/negations.ts';
import { profileEvidence, sentenceIndexes, textEvidence } from './evidence.ts';
import { findPastWork } from './read-past-work.ts';
import type { CompiledOrganisation, DomainTerm, SituationLexicon } from './situation-lexicon.ts';
import type { Evidence, Situation } from './situation-schema.ts';
import type { TermHit } from './term-index.ts';

export interface SpeakerReading {
  speaker: Situation['speaker'];
  /** Word indexes where the author describes themselves: not part of the subject. */
  selfWords: Set<number>;
  organisation: (CompiledOrganisation & { place?: string }) | undefined;
  /** Domains of the speaker's own work (portfolio, role, "ik werk aan …"), with their evidence. */
  ownDomains: Map<string, Evidence>;
  /** Domain-term patterns of the own work (the same term in the subject: the own dossier). */
  ownTerms: Set<string>;
  /** Internal staff work: the organisation's policy is not their own work. */
  support: boolean;
  /** Something is known about the speaker's work. */
  workKnown: boolean;
  /**
   * The job or employer as the text itself names it in a self-description ("als epidemioloog bij de GGD"),
   * also when the profile says the same: readers of a post see only the post.
   */
  namedInText: Evidence | undefined;
  /** Fields the author says are not their work ("ik doe niks met klimaat of energie"). */
  notOwnDomains: Map<string, Evidence>;
}

export interface TextHits {
  organisations: TermHit<string>[];
  functions: TermHit<string>[];
  domains: TermHit<DomainTerm>[];
  cues: TermHit<CueGroup>[];
}

/** A capital inside a sentence: usually a name. */
function capitalisedMidSentence(word: AnalyzedWord | undefined): boolean {
  return word?.capitalized === true && !word.sentenceStart;
}

/** Words between a first and a last name ("Jeroen de Wit", "Anna van der Berg"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'van',
  'der',
  'den',
  'ter',
  'ten',
  'het',
  'la',
  'le',
]);
/** A self-description never runs longer than this many words. */
const MAX_SELF_SPAN = 14;
/** After a comma, a self-description goes on only with these words ("bij de gemeente, afdeling burgerzaken"). */
const CONTINUES_AFTER_COMMA = new Set(
  'afdeling team directie dienst sector unit department division op bij als in at on as for cluster doe'.split(
    ' ',
  ),
);
const SPAN_BREAKERS = new Set(
  // … and the act asked about ("mag ik als rijksambtenaar lid worden van de actiegroep tegen …", "mag ik als
  // ambtenaar een petitie tegen de asielwet tekenen": the cause is the subject, not the job).
  `maar en dat die omdat want but and that because so dus mag kan can may worden meedoen meelopen deelnemen
  posten delen reageren tekenen ondertekenen demonstreren liken retweeten join post share sign
  petitie petities demonstratie betoging staking opiniestuk column tweet tweets bericht berichten artikel
  lezing interview podcast petition demonstration strike article`.split(/\s+/),
);
/** A unit of the organisation; a relative clause after it still describes the job ("de afdeling die …"). */
const UNIT_NOUNS = new Set(
  'afdeling team directie dienst unit department division cluster sector bureau'.split(' '),
);
const RELATIVE = new Set(['die', 'dat', 'that', 'which']);
/** Words right after a self-description cue that make it a hobby ("ik doe in mijn vrije tijd …"). */
const FREE_TIME = /^(in (mijn|mn|m n) vrije tijd|als hobby|in my (spare|free) time|as a hobby)\b/;
const ROLE_OPENERS = new Set(['als', 'as']);
const ARTICLES = new Set(['een', 'de', 'a', 'an']);

/** A job title right after a sentence-opening "ben" (an article in between allowed). */
function opensWithBen(words: AnalyzedWord[], first: number): boolean {
  const before = ARTICLES.has(words[first - 1]?.folded ?? '') ? first - 2 : first - 1;
  const ben = words[before];
  return (
    ben?.folded === 'ben' && (ben.sentenceStart === true || GREETINGS.has(words[before - 1]?.folded ?? ''))
  );
}
/** Words before a title that make it the person one works for. */
const WORKS_FOR = /\b(voor|van|bij|for|of|to)( de| het| the| een| a| an| mijn| onze| ons| my| our)?\s*$/i;
/** Openers that only describe a job when one follows. */
const WEAK_OPENERS = /^(ik ben|ben ik|=i =am|=i =m|=im =a\|=an)$/;
const JOB_WINDOW = 4;
const JOB_LINKS = new Set([
  'bij',
  'werkzaam',
  'at',
  'for',
  'werk',
  'work',
  'werkend',
  'employed',
  'in',
  'op',
]);
const PASSIVE = /^((ge|be|ver|uit)\w+[dt]|asked|invited|told|approached)$/;
/** "als privépersoon", "as a resident": not a job. */
const PRIVATE_CAPACITY = new Set(
  'privepersoon prive burger inwoner bewoner buurtbewoner ouder moeder vader vrijwilliger lid mens persoon resident citizen parent private volunteer member mother father'.split(
    ' ',
  ),
);
/** Where one lives or spends free time: "bij ons in het dorp" is not a workplace. */
const RESIDENCE = new Set(
  'dorp stad stadje wijk buurt straat flat huis thuis land regio omgeving familie gezin kerk club vereniging village town street neighbourhood house'.split(
    ' ',
  ),
);
/** The words after `last` name where one lives ("… in het dorp", "… de straat"), an article allowed. */
export function residenceFollows(words: AnalyzedWord[], last: number): boolean {
  const next = words[last + 1]?.folded ?? '';
  const place = ARTICLES.has(next) || next === 'het' ? (words[last + 2]?.folded ?? '') : next;
  return RESIDENCE.has(place);
}
/** A word that is a job title by its ending ("subsidieadviseur", "data-analist", "policy officer"). */
const JOB_TITLE_WORD =
  /(medewerker|adviseur|consultant|specialist|analist|officer|manager|coordinator|consulent|planner|jurist|secretaris|assistent|stagiair|stagiaire|trainee|inspecteur|controller|regisseur|leider|beheerder|ontwikkelaar|developer|engineer|advisor|adviser|researcher|onderzoeker|medewerkster)$/;
/** How chat that drops the "ik" opens a self-description: "ben …", "zit bij …", "werk bij …". */
const CHAT_OPENERS = new Set(['ben', 'zit', 'werk']);
/** Filler words that end a job description and start the question ("als ambtenaar eigenlijk …"). */
const FILLERS = new Set(
  'eigenlijk gewoon uberhaupt zomaar trouwens actually basically even really just'.split(' '),
);
/** "politie hier", "teacher here": how a chat message introduces its author. */
const HERE = new Set(['hier', 'here']);
/** Prepositions that start the place of an employer: "in Vught", "te Zwolle", "at the base". */
const PLACE_PREPOSITIONS = new Set(['in', 'te', 'op', 'at', 'near', 'nabij']);
/** Finite verbs that make an opening sentence a story about someone else, not a self-description. */
const FINITE_VERB =
  /^(heeft|hebben|had|is|was|zijn|waren|zegt|zei|deed|doet|kreeg|krijgt|wil|wilde|gaat|ging|moet|kan|mag|vindt|vond|has|have|were|said|says|did|got|wants|went)$/;
const GREETINGS = new Set([
  'hoi',
  'hi',
  'hallo',
  'hey',
  'hee',
  'hello',
  'goedemorgen',
  'goedemiddag',
  'dag',
  'ha',
]);
/** Words that deny a field as one's own work: "niks met", "niet aan", "nothing to do with", "not on". */
const DENYING = new Set(['niks', 'niets', 'niet', 'geen', 'nothing', 'not', 'never', 'nooit']);
/** A new clause between the denial and the field ends the denial. */
const CLAUSE_WORDS = new Set(['maar', 'but', 'en', 'and', 'wel', 'dat', 'that']);
/** The subject after the verb in a Dutch main clause after an adverbial ("… vind ik"); English "I". */
const INVERTED_SUBJECT = new Set(['ik', 'i']);
/** Verbs that still tell the job after the adverbial ("als jurist bij X werk ik aan …"). */
const OWN_WORK_VERBS = new Set(['werk', 'ben', 'zit', 'doe', 'work', 'am']);
const FIRST_PERSON = new Set('ik mijn me mij wij we ons onze i my me we our us'.split(' '));
/** "UWV'er", "DUO'ers": an organisation's abbreviation with -er is one of its staff. */
const STAFF_SUFFIX = /^(.{2,6}?)(?:er|ers)$/;

export function readSpeaker(
  lexicon: SituationLexicon,
  analyzer: Analyzer,
  text: string,
  words: AnalyzedWord[],
  hits: TextHits,
  profile: Profile | undefined,
): SpeakerReading {
  const sentences = sentenceIndexes(words);
  /** "#wijkagent": the word is written as a hashtag. */
  const hashtagged = (index: number) => text[(words[index]?.start ?? 0) - 1] === '#';
  const selfWords = new Set<number>();
  // A name with "en" in it ("Ministerie van Justitie en Veiligheid") is one name: the span goes on.
  const insideName = new Set(
    [...hits.organisations, ...hits.functions].flatMap((hit) => hit.wordIndexes.slice(1)),
  );
  const openSpan = (from: number) => {
    let count = 0;
    // Inside brackets right after a job ("bij DUO (klantcontact, studiefinanciering)") it is still the job.
    let depth = 0;
    for (let index = from; index < words.length && count < MAX_SELF_SPAN; index++, count++) {
      if (index > from) {
        const gap = text.slice(words[index - 1]?.end ?? 0, words[index]?.start ?? 0);
        const opened = (gap.match(/\(/g) ?? []).length;
        const closed = (gap.match(/\)/g) ?? []).length;
        const sentenceEnd = /[.;:!?\n]/.test(gap);
        if (depth === 0 && opened === 0 && sentenceEnd) break;
        if (depth > 0 && closed > 0 && sentenceEnd) break;
        depth = Math.max(0, depth + opened - closed);
        if (
          depth === 0 &&
          closed === 0 &&
          gap.includes(',') &&
          !CONTINUES_AFTER_COMMA.has(words[index]?.folded ?? '') &&
          // "ik ben zzp'er, stukadoor": a job title after the comma is still the same description.
          !jobStarts.has(index) &&
          // "werk bij rws, onderhoud aan sluizen.": a short clause that ends the sentence names the task.
          !taskClause(index)
        )
          break;
        // "als ambtenaar eigenlijk de vakantiefoto …": after the job, a filler word starts the question.
        if (depth === 0 && FILLERS.has(words[index]?.folded ?? '') && jobBefore(from, index)) break;
        // "Als epidemioloog bij de GGD vind ik …", "As an advisor at Finance I think …": after the job, the
        // sentence's own verb and subject start what is said (not "… werk ik aan …": still the job).
        const nextInClause =
          words[index + 1] !== undefined &&
          !words[index + 1]?.sentenceStart &&
          !/[.,;:!?()\n]/.test(text.slice(words[index]?.end ?? 0, words[index + 1]?.start ?? 0));
        const inverted =
          nextInClause &&
          INVERTED_SUBJECT.has(words[index + 1]?.folded ?? '') &&
          !OWN_WORK_VERBS.has(words[index]?.folded ?? '');
        const subject = INVERTED_SUBJECT.has(words[index]?.folded ?? '') && words[index]?.folded === 'i';
        if (depth === 0 && index > from + 1 && (inverted || subject) && jobBefore(from, index)) break;
        if (
          depth === 0 &&
          SPAN_BREAKERS.has(words[index]?.folded ?? '') &&
          !(RELATIVE.has(words[index]?.folded ?? '') && UNIT_NOUNS.has(words[index - 1]?.folded ?? '')) &&
          index > from + 1 &&
          !insideName.has(index) &&
          // "Ministry of Infrastructure and Water Management", "Justitie en Veiligheid": a name goes on.
          !nameGoesOn(index)
        )
          break;
      }
      selfWords.add(index);
    }
  };
  /** A clause of at most four words after a comma that ends the sentence with no act or person in it. */
  const taskClause = (index: number) => {
    let end = index;
    while (end + 1 < words.length && sentences[end + 1] === sentences[index]) {
      const gap = text.slice(words[end]?.end ?? 0, words[end + 1]?.start ?? 0);
      if (gap.includes(',')) return false;
      end++;
    }
    if (end - index > 3 || sentences[end + 1] === undefined) return false;
    for (let at = index; at <= end; at++) {
      const folded = words[at]?.folded ?? '';
      if (SPAN_BREAKERS.has(folded) || FIRST_PERSON.has(folded)) return false;
    }
    return true;
  };
  /** A job title or employer among the words from `from` up to (not including) `index`. */
  const jobBefore = (from: number, index: number) =>
    [...hits.organisations, ...hits.functions].some((hit) =>
      hit.wordIndexes.every((at) => at >= from && at < index),
    );
  const nameGoesOn = (index: number) =>
    /^(en|and|&)$/.test(words[index]?.folded ?? '') &&
    capitalisedMidSentence(words[index - 1]) &&
    capitalisedMidSentence(words[index + 1]);
  const jobStarts = new Set(
    [...hits.organisations, ...hits.functions].map((hit) => hit.wordIndexes[0] ?? -1),
  );
  const jobFollows = (last: number) => {
    for (let index = last + 1; index <= last + JOB_WINDOW; index++) {
      if (jobStarts.has(index) || JOB_LINKS.has(words[index]?.folded ?? '')) return true;
    }
    return false;
  };
  for (const hit of hits.cues) {
    if (hit.value !== 'zelf-werk' && hit.value !== 'inhuur' && hit.value !== 'oud-medewerker') continue;
    const last = hit.wordIndexes[hit.wordIndexes.length - 1] ?? 0;
    const next = words[last + 1]?.folded ?? '';
    // "ik ben gevraagd", "ik als privépersoon": something that happens to the author, or a private capacity.
    // (Not a job title that happens to look like one: "gemeenteraadslid", "beleidsadviseur".)
    if (PASSIVE.test(next) && !jobStarts.has(last + 1) && /^(ben|am|m)$/.test(words[last]?.folded ?? ''))
      continue;
    if (PRIVATE_CAPACITY.has(next)) continue;
    // "ik doe in mijn vrije tijd onderzoek naar …": a hobby, not the job.
    if (
      FREE_TIME.test(
        words
          .slice(last + 1, last + 5)
          .map((word) => word.folded)
          .join(' '),
      )
    )
      continue;
    // "bij ons in het dorp", "bij ons in de straat": where one lives, not where one works.
    if (/^(bij|wij|we)$/.test(words[hit.wordIndexes[0] ?? 0]?.folded ?? '') && residenceFollows(words, last))
      continue;
    // "ik ben" describes the job only when a job or employer follows ("ik ben jurist bij …"), not in
    // "ik ben zo boos op mijn leidinggevende".
    if (hit.value === 'zelf-werk' && WEAK_OPENERS.test(hit.pattern) && !jobFollows(last)) continue;
    // "wij bij de gemeente" describes where one works only written together; "zullen we het bij het
    // werkoverleg bespreken" is a plan.
    const [opener, link] = hit.wordIndexes;
    if (/^(wij|we)$/.test(words[opener ?? 0]?.folded ?? '') && link !== undefined && link - (opener ?? 0) > 1)
      continue;
    openSpan(hit.wordIndexes[0] ?? 0);
  }
  // "als boa", "as a sergeant": a job title after als/as describes the author.
  for (const hit of hits.functions) {
    const first = hit.wordIndexes[0] ?? 0;
    const last = hit.wordIndexes[hit.wordIndexes.length - 1] ?? first;
    // "als minister De Jonge erover twittert": a named person, so "als" means "when", not "as".
    const named = capitalisedMidSentence(words[last + 1]);
    if (!named && anyWordIn(words, [first - 1, first - 2], ROLE_OPENERS)) openSpan(Math.max(0, first - 1));
    // "ben sergeant bij de landmacht", "ben een wijkagent": chat that drops the "ik" opens with "ben".
    else if (opensWithBen(words, first)) openSpan(first);
    // "#wijkagent", "#leerplichtambtenaar": a job as a hashtag is how people sign their own posts.
    else if (hit.wordIndexes.length === 1 && hashtagged(first)) selfWords.add(first);
  }
  // "politie hier (noodhulp)", "docent op een basisschool hier.": a sentence that opens with a job or an
  // employer and ends in "hier" is how people introduce themselves in chat.
  for (const hit of [...hits.organisations, ...hits.functions]) {
    const first = hit.wordIndexes[0] ?? 0;
    const opens =
      words[first]?.sentenceStart === true ||
      (first > 0 &&
        GREETINGS.has(words[first - 1]?.folded ?? '') &&
        words[first - 1]?.sentenceStart === true);
    if (!opens) continue;
    // "Fractievoorzitter Jeroen de Wit is … iedereen hier": a job before a first and last name is the person
    // spoken about ("Docent Engels hier" is a job and a subject).
    const last = hit.wordIndexes[hit.wordIndexes.length - 1] ?? first;
    const capital = (index: number) => capitalisedMidSentence(words[index]);
    const particle = NAME_PARTICLES.has(words[last + 2]?.folded ?? '');
    if (capital(last + 1) && (capital(last + 2) || (particle && capital(last + 3)))) continue;
    const sentence = sentences[first];
    let end = first;
    while (end + 1 < words.length && sentences[end + 1] === sentence) end++;
    const here = [...Array(end - first + 1).keys()]
      .map((offset) => first + offset)
      .find((index) => HERE.has(words[index]?.folded ?? ''));
    if (here === undefined || here - first > MAX_SELF_SPAN) continue;
    for (let index = first; index <= here; index++) selfWords.add(index);
    // "politie hier (noodhulp)": what follows in brackets is still the job.
    if (/^\s*\(/.test(text.slice(words[here]?.end ?? 0, words[here + 1]?.start ?? 0))) {
      const close = text.indexOf(')', words[here]?.end ?? 0);
      for (let index = here + 1; index < words.length && (words[index]?.end ?? 0) <= close; index++)
        selfWords.add(index);
    }
  }
  // "Medewerker groenvoorziening bij gemeente Renswoude. Mag ik …", "Policy officer at Finance (tax
  // treaties). Can I …": the message opens with a sentence that is only a job and an employer. (Only the
  // opening sentence, and nothing after the employer but a place or brackets: "Docent bij ons op school
  // heeft …" speaks about someone else.)
  const openingWord = GREETINGS.has(words[0]?.folded ?? '') && sentences[1] === sentences[0] ? 1 : 0;
  const openingJobs = [
    ...hits.functions.map((hit) => hit.wordIndexes),
    // A job the lexicon does not list, known by how job titles end ("Adviseur subsidies bij …").
    ...(JOB_TITLE_WORD.test(words[openingWord]?.folded ?? '') ? [[openingWord]] : []),
  ];
  for (const wordIndexes of openingJobs) {
    const first = wordIndexes[0] ?? 0;
    if (first !== openingWord) continue;
    const last = wordIndexes[wordIndexes.length - 1] ?? first;
    let end = first;
    while (end + 1 < words.length && sentences[end + 1] === sentences[first]) end++;
    const employer = hits.organisations.find((organisationHit) => {
      const start = organisationHit.wordIndexes[0] ?? 0;
      const link = ARTICLES.has(words[start - 1]?.folded ?? '') ? start - 2 : start - 1;
      // (The name may start with its link: "at Finance".)
      const linked = JOB_LINKS.has(words[link]?.folded ?? '') || JOB_LINKS.has(words[start]?.folded ?? '');
      return start > last && start - last <= JOB_WINDOW + 1 && linked;
    });
    if (!employer) {
      // "agent bij een basisteam. Mag ik …", "boa hier 👋": a job the lexicon knows, then only a short place
      // of work the lexicon does not (no verb: "agent bij ons in de straat heeft …" tells of someone else).
      const after = words.slice(last + 1, end + 1);
      const known = hits.functions.some((hit) => hit.wordIndexes[0] === first);
      const placeOnly =
        after.length <= 4 &&
        (after.length === 0 || JOB_LINKS.has(after[0]?.folded ?? '') || HERE.has(after[0]?.folded ?? '')) &&
        !after.some((word) => FINITE_VERB.test(word.folded));
      if (known && placeOnly && sentences[end + 1] !== undefined)
        for (let index = first; index <= end; index++) selfWords.add(index);
      continue;
    }
    const employerEnd = employer.wordIndexes[employer.wordIndexes.length - 1] ?? 0;
    const closeBracket = text.indexOf(')', words[employerEnd]?.end ?? 0);
    const rest = words
      .slice(employerEnd + 1, end + 1)
      .filter(
        (word) =>
          !(
            closeBracket >= 0 &&
            word.end <= closeBracket &&
            text.slice(words[employerEnd]?.end ?? 0, word.start).includes('(')
          ),
      );
    const trailing = rest.every(
      (word) => HERE.has(word.folded) || (capitalisedMidSentence(word) && !SPAN_BREAKERS.has(word.folded)),
    );
    // "piw bij DJI in PI Vught.", "consular officer at the embassy in Lagos": a place after the employer.
    const placeTail =
      rest.length <= 4 &&
      PLACE_PREPOSITIONS.has(rest[0]?.folded ?? '') &&
      !rest.some((word) => FINITE_VERB.test(word.folded));
    if (((rest.length > 2 || !trailing) && !placeTail) || sentences[end + 1] === undefined) continue;
    for (let index = first; index <= end; index++) selfWords.add(index);
  }
  // "ben chauffeur bij de gemeente", "zit bij de belastingdienst": chat that drops the "ik" opens with "ben",
  // "zit" or "werk", any job word, then the employer.
  for (const hit of hits.organisations) {
    const first = hit.wordIndexes[0] ?? 0;
    const article = words[first - 1]?.folded ?? '';
    const link = ARTICLES.has(article) || article === 'het' ? first - 2 : first - 1;
    if (words[link]?.folded !== 'bij') continue;
    for (let index = link - 1; index >= Math.max(0, link - 3); index--) {
      if (sentences[index] !== sentences[first]) break;
      if (CHAT_OPENERS.has(words[index]?.folded ?? '') && words[index]?.sentenceStart === true) {
        const last = hit.wordIndexes[hit.wordIndexes.length - 1] ?? first;
        for (let inside = index; inside <= last; inside++) selfWords.add(inside);
        // "zit bij de belastingdienst (invordering)": the task in brackets right after is the job too.
        if (/^\s*\(/.test(text.slice(words[last]?.end ?? 0, words[last + 1]?.start ?? 0))) {
          const close = text.indexOf(')', words[last]?.end ?? 0);
          for (let inside = last + 1; inside < words.length && (words[inside]?.end ?? 0) <= close; inside++)
            selfWords.add(inside);
        }
        break;
      }
    }
  }
  // "DUO-medewerker", "water board employee": an organisation next to a job title, said by the author.
  const firstPersonSentences = new Set(
    words.flatMap((word, index) => (FIRST_PERSON.has(word.folded) ? [sentences[index] ?? 0] : [])),
  );
  for (const organisationHit of hits.organisations) {
    const first = organisationHit.wordIndexes[0] ?? 0;
    const last = organisationHit.wordIndexes[organisationHit.wordIndexes.length - 1] ?? first;
    const nextToJob = hits.functions.some((functionHit) => {
      const start = functionHit.wordIndexes[0] ?? 0;
      const end = functionHit.wordIndexes[functionHit.wordIndexes.length - 1] ?? start;
      // (In one sentence: "… in ons ziekenhuis. Minister, luister!" is no "ziekenhuis-minister".)
      return (
        (start === last + 1 || end === first - 1) &&
        sentences[start] === sentences[first] &&
        firstPersonSentences.has(sentences[first] ?? -1)
      );
    });
    if (nextToJob) for (const index of organisationHit.wordIndexes) selfWords.add(index);
  }
  // "ik werkte bij de IND", "I worked for the IND": a past-tense self-description names the (former) employer.
  const pastWork = findPastWork(text, words, hits);
  for (const index of pastWork?.wordIndexes ?? []) selfWords.add(index);

  const insideSelf = (hit: TermHit<unknown>) => hit.wordIndexes.every((index) => selfWords.has(index));

  // The organisation: a profile role naming it, then the first one in a self-description.
  const roleText = profile?.role ?? '';
  const roleWords = roleText ? analyzer.analyze(roleText) : [];
  const roleOrganisations = roleWords.length > 0 ? lexicon.organisationIndex.find(roleWords) : [];
  const roleFunctions = roleWords.length > 0 ? lexicon.functionIndex.find(roleWords) : [];
  let organisation: SpeakerReading['organisation'];
  let organisationEvidence: Evidence | undefined;
  const pickOrganisation = (id: string, evidence: Evidence, place?: string) => {
    const found = lexicon.organisations.get(id);
    if (!found || organisation) return;
    organisation = { ...found, ...(place ? { place } : {}) };
    organisationEvidence = evidence;
  };
  for (const hit of roleOrganisations)
    pickOrganisation(hit.value, profileEvidence(roleText), placeAfter(roleWords, hit));
  // In a self-description a public employer wins over a private one ("hospital policy at VWS").
  // A union named in a self-description is what one is a member of or acts with ("wij van de FNV",
  // "FNV-actie"), not the employer, unless the words say one works there ("ik werk bij de FNV").
  const employedAt = (hit: TermHit<string>) => {
    const first = hit.wordIndexes[0] ?? 0;
    return [first - 1, first - 2, first - 3].some((index) =>
      /^(werk|werkt|werkzaam|dienst|work|works|employed)$/.test(words[index]?.folded ?? ''),
    );
  };
  const selfOrganisations = hits.organisations
    .filter((hit) => insideSelf(hit))
    .filter((hit) => lexicon.organisations.get(hit.value)?.type !== 'vakbond' || employedAt(hit))
    .sort(
      (a, b) =>
        Number(lexicon.organisations.get(a.value)?.sector === 'geen-overheid') -
        Number(lexicon.organisations.get(b.value)?.sector === 'geen-overheid'),
    );
  const namedOrganisation = selfOrganisations[0];
  let namedInText: Evidence | undefined = namedOrganisation
    ? textEvidence(text, words, namedOrganisation.wordIndexes)
    : undefined;
  for (const hit of selfOrganisations)
    pickOrganisation(hit.value, textEvidence(text, words, hit.wordIndexes), placeAfter(words, hit));
  // "als UWV'er", "DUO'ers zoals ik".
  words.forEach((word, index) => {
    if (organisation) return;
    // Written with an apostrophe, the suffix is a word of its own ("UWV" "er").
    const next = words[index + 1];
    const apostrophe = next !== undefined && /^ers?$/.test(next.folded) && next.start === word.end + 1;
    const stem = apostrophe ? word.folded : STAFF_SUFFIX.exec(word.folded)?.[1];
    if (!stem) return;
    const staffOf = lexicon.organisationIndex.find([{ ...word, folded: stem, keys: [stem], partKeys: [] }]);
    const found = staffOf[0];
    if (found) {
      selfWords.add(index);
      if (apostrophe) selfWords.add(index + 1);
      pickOrganisation(found.value, textEvidence(text, words, [index]));
    }
  });
  // The organisation the profile names (an overlay's, known only to that organisation's knowledge), when
  // neither the role nor a self-description names one.
  const profileOrganisation = profile?.organisation;
  if (profileOrganisation)
    pickOrganisation(
      profileOrganisation,
      profileEvidence(lexicon.organisations.get(profileOrganisation)?.name ?? profileOrganisation),
    );

  // Functions: in the profile role, or in a self-description.
  const functions: Situation['speaker']['functions'] = [];
  const addFunction = (id: string, evidence: Evidence) => {
    const entry = lexicon.functions.get(id);
    if (!entry || functions.some((item) => item.id === id)) return;
    functions.push({ id, sensitivity: entry.sensitivity, support: entry.support, evidence });
  };
  for (const hit of roleFunctions) addFunction(hit.value, profileEvidence(roleText));
  /** Words of an office-holder one works for ("voor de wethouder"): neither a job nor a field of one's own. */
  const worksForWords = new Set<number>();
  for (const hit of hits.functions) {
    // "geen ambtenaar", "not a civil servant": what the author is not.
    const first = hit.wordIndexes[0] ?? 0;
    const negated =
      !hashtagged(first) &&
      [first - 1, first - 2].some(
        (index) => NEGATIONS.has(words[index]?.folded ?? '') && sentences[index] === sentences[first],
      );
    // "I worked for the minister", "ik werk voor de wethouder": the office-holder is whom one works for.
    const worksFor =
      lexicon.functions.get(hit.value)?.notCivilServant !== undefined &&
      WORKS_FOR.test(text.slice(Math.max(0, (words[first]?.start ?? 0) - 12), words[first]?.start ?? 0));
    if (worksFor) for (const index of hit.wordIndexes) worksForWords.add(index);
    if (insideSelf(hit) && !negated && !worksFor) {
      addFunction(hit.value, textEvidence(text, words, hit.wordIndexes));
      if (!lexicon.functions.get(hit.value)?.support)
        namedInText ??= textEvidence(text, words, hit.wordIndexes);
    }
  }
  const functionEntries = functions.flatMap((item) => {
    const entry = lexicon.functions.get(item.id);
    return entry ? [entry] : [];
  });
  if (!organisation) {
    const implied = functionEntries.find((entry) => entry.organisation)?.organisation;
    const evidence = functions.find(
      (item) => lexicon.functions.get(item.id)?.organisation === implied,
    )?.evidence;
    if (implied && evidence) pickOrganisation(implied, evidence);
  }

  // Former, hired, not a civil servant.
  const cueEvidence = (group: CueGroup) => {
    const hit = hits.cues.find((item) => item.value === group);
    return hit ? textEvidence(text, words, hit.wordIndexes) : undefined;
  };
  // Also from the profile ("oud-medewerker Financiën").
  const roleFormer =
    roleWords.length > 0 && lexicon.cueIndex.find(roleWords).some((hit) => hit.value === 'oud-medewerker');
  const former =
    cueEvidence('oud-medewerker') ??
    pastWork?.evidence ??
    (roleFormer ? profileEvidence(roleText) : undefined);
  // A freelancer is hired staff when a public employer or sector is known; "zzp'er in de bouw" is not.
  // ("overig" in a profile names no government: with a private trade, that is a private employer.)
  const publicEmployer =
    (organisation !== undefined && organisation.sector !== 'geen-overheid') ||
    (!!profile?.sector && profile.sector !== 'overig');
  const privateTrade = functions.some((item) => lexicon.functions.get(item.id)?.notCivilServant === 'prive');
  const hiredFunction = functions.find(
    (item) => lexicon.functions.get(item.id)?.hired && (publicEmployer || !privateTrade),
  );
  const hired =
    privateTrade && !publicEmployer ? undefined : (cueEvidence('inhuur') ?? hiredFunction?.evidence);
  // A civil-servant job beside an office-holder says who speaks. (An office-holder named after "voor", "van",
  // "for the" is whom one works for and never became one of the functions: see worksFor above.)
  const civilJob = functions.some((item) => {
    const entry = lexicon.functions.get(item.id);
    return !entry?.notCivilServant && !(entry?.hired && !hiredFunction && !hired);
  });
  const notCivil = civilJob
    ? undefined
    : functions.find(
        (item) =>
          lexicon.functions.get(item.id)?.notCivilServant &&
          // A trade at a public employer ("buschauffeur bij de gemeente") is a civil servant's job.
          !(lexicon.functions.get(item.id)?.notCivilServant === 'prive' && publicEmployer),
      );
  const privateEmployer = organisation?.sector === 'geen-overheid' ? organisationEvidence : undefined;
  const notCivilServant = notCivil
    ? {
        reason: lexicon.functions.get(notCivil.id)?.notCivilServant ?? ('prive' as const),
        evidence: notCivil.evidence,
      }
    : // A former civil servant with a private employer now still has the secrecy duty (art. 9 AW 2017).
      privateEmployer && !hired && !former
      ? { reason: 'prive' as const, evidence: privateEmployer }
      : undefined;

  // Sector: the profile, then the organisation, then a job title that implies one.
  let sector: Situation['speaker']['sector'];
  let sectorEvidence: Evidence | undefined;
  // A job that sets its own sector within its organisation (a civilian at Defence is under the
  // Ambtenarenwet 2017, the military are not) is more precise than the organisation.
  const ownSector = functionEntries.find(
    (entry) => entry.sector && organisation && entry.organisation === organisation.id,
  );
  if (profile?.sector) {
    sector = profile.sector;
    sectorEvidence = profileEvidence(profile.sector);
  } else if (ownSector?.sector) {
    sector = ownSector.sector;
    sectorEvidence = functions.find((item) => item.id === ownSector.id)?.evidence;
  } else if (organisation && organisation.sector !== 'geen-overheid' && organisationEvidence) {
    sector = organisation.sector as Sector;
    sectorEvidence = organisationEvidence;
  } else {
    const implied = functionEntries.find((entry) => entry.sector);
    if (implied?.sector) {
      sector = implied.sector;
      sectorEvidence = functions.find((item) => item.id === implied.id)?.evidence;
    }
  }
  if (hired) sector = 'inhuur';

  // The own work: portfolio, the role's topic words, and topics inside a self-description.
  const ownDomains = new Map<string, Evidence>();
  const ownTerms = new Set<string>();
  const ownWork: Evidence[] = [];
  for (const topic of profile?.portfolio ?? []) {
    const topicWords = analyzer.analyze(topic);
    const topicHits = lexicon.domainIndex.find(topicWords);
    ownWork.push(profileEvidence(topic));
    for (const hit of topicHits) addOwn(hit, profileEvidence(topic));
    if (topicHits.length === 0)
      for (const id of fieldsNamed(lexicon, topicWords)) addField(id, profileEvidence(topic));
  }
  const support = functionEntries.length > 0 && functionEntries.every((entry) => entry.support);
  const roleHits = roleWords.length > 0 ? lexicon.domainIndex.find(roleWords) : [];
  for (const hit of roleHits) {
    if (roleOrganisations.some((organisationHit) => overlaps(organisationHit, hit))) continue;
    // A word inside a job title without policy fields of its own ("medewerker logistiek" at Defensie) is
    // the job, not a policy field: the function's own domains (none) count instead.
    const inTitle = roleFunctions.some(
      (functionHit) =>
        lexicon.functions.get(functionHit.value)?.domains.length === 0 && overlaps(functionHit, hit),
    );
    if (inTitle) continue;
    addOwn(hit, profileEvidence(roleText));
  }
  // "beleidsmedewerker wonen", "team energie": a field named as the domain's label names it.
  if (roleHits.length === 0)
    for (const id of fieldsNamed(lexicon, roleWords)) addField(id, profileEvidence(roleText));
  // "ik doe niks met klimaat", "I don't work on asylum": a field said not to be one's own.
  const notOwnDomains = new Map<string, Evidence>();
  for (const hit of hits.domains) {
    if (!insideSelf(hit)) continue;
    const first = hit.wordIndexes[0] ?? 0;
    const denied = [first - 1, first - 2, first - 3, first - 4].some(
      (index) =>
        index >= 0 &&
        DENYING.has(words[index]?.folded ?? '') &&
        selfWords.has(index) &&
        sentences[index] === sentences[first] &&
        !/[,;:()]/.test(text.slice(words[index]?.end ?? 0, words[first]?.start ?? 0)) &&
        words.slice(index + 1, first).every((word) => !CLAUSE_WORDS.has(word.folded)),
    );
    if (denied) {
      if (hit.value.domain !== PRIVATE_DOMAIN)
        notOwnDomains.set(hit.value.domain, textEvidence(text, words, hit.wordIndexes));
      continue;
    }
    if (hits.organisations.some((organisationHit) => overlaps(organisationHit, hit))) continue;
    if (hit.wordIndexes.some((index) => worksForWords.has(index))) continue;
    // "gemeente Alphen aan den Rijn": a word of the employer's place is no field of work.
    const placeWords = organisation?.place?.split(' ') ?? [];
    if (hit.wordIndexes.every((index) => placeWords.includes(words[index]?.surface ?? ''))) continue;
    const evidence = textEvidence(text, words, hit.wordIndexes);
    ownWork.push(evidence);
    addOwn(hit, evidence);
  }
  for (const entry of functionEntries) {
    for (const domain of entry.domains) {
      const evidence = functions.find((item) => item.id === entry.id)?.evidence;
      if (evidence && !ownDomains.has(domain)) ownDomains.set(domain, evidence);
    }
  }
  function addField(id: string, evidence: Evidence): void {
    if (!ownDomains.has(id)) ownDomains.set(id, evidence);
  }
  function addOwn(hit: TermHit<DomainTerm>, evidence: Evidence): void {
    if (hit.value.domain === PRIVATE_DOMAIN) return;
    ownTerms.add(hit.pattern);
    if (!ownDomains.has(hit.value.domain)) ownDomains.set(hit.value.domain, evidence);
  }
  if (roleText && ownWork.length === 0 && roleOrganisations.length === 0 && roleFunctions.length === 0)
    ownWork.push(profileEvidence(roleText));

  // The sector alone says too little of the work (the Rijk works on every topic); a municipality,
  // province, water board, the police or Defence stand for their general organisation (read-relation).
  const workKnown =
    organisation !== undefined ||
    (sector !== undefined && SECTORS_WITH_GENERIC.has(sector)) ||
    functions.length > 0 ||
    ownDomains.size > 0 ||
    (profile?.portfolio?.length ?? 0) > 0;

  return {
    speaker: {
      ...(sector ? { sector } : {}),
      ...(sectorEvidence ? { sectorEvidence } : {}),
      ...(organisation && organisationEvidence
        ? {
            organisation: {
              id: organisation.id,
              name: organisation.place ? `${organisation.name} ${organisation.place}` : organisation.name,
              domains: organisation.allDomains,
              evidence: organisationEvidence,
            },
          }
        : {}),
      functions,
      ownWork,
      ...(former ? { former } : {}),
      ...(hired ? { hired } : {}),
      ...(notCivilServant ? { notCivilServant } : {}),
    },
    selfWords,
    organisation,
    ownDomains,
    ownTerms,
    support,
    workKnown,
    namedInText,
    notOwnDomains,
  };
}

export const PRIVATE_DOMAIN = 'prive';
const SECTORS_WITH_GENERIC = new Set(['gemeente', 'provincie', 'waterschap', 'politie', 'defensie']);

export function overlaps(a: TermHit<unknown>, b: TermHit<unknown>): boolean {
  return a.wordIndexes.some((index) => b.wordIndexes.includes(index));
}

/** "gemeente Utrecht": the place after a generic organisation name, to tell two municipalities apart. */
export function placeAfter(words: AnalyzedWord[], hit: TermHit<string>): string | undefined {
  const last = hit.wordIndexes[hit.wordIndexes.length - 1] ?? 0;
  const next = words[last + 1];
  if (!next?.capitalized || next.stopword) return undefined;
  if (
    !/^(gemeente|provincie|waterschap|hoogheemraadschap|municipality|province)/.test(
      words[last]?.folded ?? '',
    )
  )
    return undefined;
  // "Den Haag", "Bergen op Zoom", "Alphen aan den Rijn": a place goes on in capitals and linking words.
  const parts = [next.surface];
  let index = last + 2;
  // One space apart: a comma or a full stop ends the name.
  const adjoining = (at: number) =>
    words[at] !== undefined && (words[at]?.start ?? 0) - (words[at - 1]?.end ?? 0) === 1;
  while (parts.length < 6 && adjoining(index)) {
    const word = words[index];
    if (word?.capitalized && !word.sentenceStart) {
      parts.push(word.surface);
      index++;
      continue;
    }
    // One or two linking words, then a capital: "op Zoom", "aan den Rijn".
    const links = PLACE_LINKS.has(word?.folded ?? '')
      ? PLACE_LINKS.has(words[index + 1]?.folded ?? '') && adjoining(index + 1)
        ? 2
        : 1
      : 0;
    const name = words[index + links];
    if (links === 0 || !name?.capitalized || !adjoining(index + links)) break;
    for (let offset = 0; offset <= links; offset++) parts.push(words[index + offset]?.surface ?? '');
    index += links + 1;
  }
  return parts.join(' ');
}

const PLACE_LINKS = new Set(['aan', 'op', 'den', 'de', 'in', 'ter', 'bij', 'a', 'd']);

export type { Sensitivity };

/** Words of a domain's label that name its field on their own ("wonen" in "wonen en ruimtelijke ordening"). */
const LABEL_FILLERS = new Set(['en', 'and', 'van', 'of', 'de', 'het', 'the', 'voor', 'for']);

/**
 * Domains whose label has one of these words: how a profile names a field ("portefeuille: wonen",
 * "beleidsmedewerker energie"). Only for the own work, where a bare field name means the field.
 */
function fieldsNamed(lexicon: SituationLexicon, words: AnalyzedWord[]): string[] {
  const named = new Set(words.map((word) => word.folded).filter((word) => word.length >= 4));
  if (named.size === 0) return [];
  const labels = labelWordsOf(lexicon);
  return [...labels].filter(([, label]) => label.some((word) => named.has(word))).map(([id]) => id);
}

/** The field-naming words of each policy domain's label, once per lexicon. */
const labelWords = new WeakMap<SituationLexicon, Map<string, string[]>>();
function labelWordsOf(lexicon: SituationLexicon): Map<string, string[]> {
  let found = labelWords.get(lexicon);
  if (found) return found;
  found = new Map();
  for (const [id, domain] of lexicon.domains) {
    if (domain.private) continue;
    const words = foldText(`${domain.label.nl} ${domain.label.en}`)
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 4 && !LABEL_FILLERS.has(word));
    found.set(id, words);
  }
  labelWords.set(lexicon, found);
  return found;
}
