// A case from the work told about one recognisable person: "die meneer van nummer 14", "de jongen uit 3B",
// "een bekende voetballer", "mevr. Yilmaz", "Henk (67) uit de Molenstraat", written by someone whose job
// brings them to citizens (an officer, an enforcer, a teacher, a case worker). Whatever the words around it,
// what such a writer tells about a person they can point at is personal data known through the job, and the
// job's secrecy covers it (art. 9 AW 2017, AVG; decision model: personal data of citizens known from the job
// is a hard stop). The rules name many ways to tell such a case; this reads the shape itself: a person, what
// makes them recognisable, and a job that meets people.

import { headerEnd, textEvidence } from '../situation/evidence.ts';
import type { TextHits } from '../situation/read-speaker.ts';
import type { Evidence, Situation } from '../situation/situation-schema.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { readPerson } from './person-in-secret.ts';

/** Jobs that meet citizens, pupils, clients or suspects and learn about them. */
const MEETS_PEOPLE = new Set(['gezag', 'voorbeeld', 'vertrouwelijk-werk', 'uniform']);
/** Street and neighbourhood names: "Dahliastraat", "Molenwijk", "Lindelaan". */
const STREET = /^\p{Lu}\p{L}+(straat|laan|weg|plein|buurt|wijk|gracht|kade|singel|dreef|steeg|hof)$/u;
/** A house number said as such: "nummer 14", "nr 12", "huisnummer 3". */
const NUMBER_WORDS = new Set(['nummer', 'nr', 'huisnummer', 'no']);
/** A class or group: "uit 3B", "klas 2b", "groep 7" (not "2e", "4e": the second, the fourth). */
const CLASS = /^[1-8][a-dfgh]$/;
const CLASS_WORDS = new Set(['klas', 'groep', 'class']);
/** Before the person these words make it the writer in another role ("als vader", "als bewoner"). */
const SELF_ROLE = new Set(['als', 'as']);
const OWN = new Set(['mijn', 'mn', 'onze', 'ons', 'my', 'our']);
const CIRCLE = new Set([
  'buurman',
  'buurvrouw',
  'buren',
  'buurjongen',
  'buurmeisje',
  'vriend',
  'vriendin',
  'vrienden',
  'oom',
  'tante',
  'neef',
  'nicht',
  'zwager',
  'schoonzus',
  'collega',
  'neighbour',
  'neighbor',
  'neighbours',
  'friend',
  'uncle',
  'aunt',
  'cousin',
]);
/** Rooms and units of a prison, a shelter or a hospital: with a code they point at whoever is in them. */
const ROOM_WORDS = new Set([
  'unit',
  'cel',
  'kamer',
  'bed',
  'afdeling',
  'vleugel',
  'paviljoen',
  'cell',
  'room',
  'ward',
]);
/** Health, crime and money trouble: the special categories of personal data a celebration does not clear. */
const SPECIAL_DETAIL =
  /\b(tbc|tuberculose|besmet\w*|diagnose\w*|depressie\w*|depressief|psychose\w*|kanker|verslaafd\w*|ziek\w*|medicatie|opgenomen|suïcid\w*|suicid\w*|aangehouden|opgepakt|gearresteerd|veroordeeld|gedetineerd\w*|cel|jail|prison|arrested|schulden|bijstand|uitkering|infected|diagnosed|depression|cancer|addict\w*)\b/i;
const PET_CONCEPT = '@huisdier';
/** An age in brackets as the person cue reads it: "(67)". */
const AGE_IN_BRACKETS = /^\(\d+\)$/;
const FAME = /\b(bekende|beroemde|famous|well-known)\b/i;
/** The workplace as where someone is: "on our wing", "bij ons op de afdeling", "in onze cellen". */
const AT_OUR_PLACE = /\b(on|in|at) our\b|\b(bij|op|in) (ons|onze)\b|\b(wing|vleugel|cel|cellen|ward)\b/i;
/** "die rapper", "that footballer": a public figure pointed at, whom everyone can name. */
const POINTED_STAR =
  /^(die|deze|that|this) (rapper|zanger|zangeres|voetballer|presentator|influencer|acteur|actrice|footballer|singer|actor)$/i;
const WITH = new Set(['met', 'with', 'inclusief', 'including', 'plus']);
/** Details that name or show a person, when the writer says they go with the post. */
const IDENTIFYING = new Set([
  'naam',
  'voornaam',
  'achternaam',
  'klas',
  'adres',
  'woonplaats',
  'gezicht',
  'name',
  'surname',
  'class',
  'address',
  'face',
]);
const LICENCE = new Set(['kenteken', 'nummerbord', 'licence', 'license']);
/** Kin of someone the neighbourhood knows: "de zoon van de slager", "the mayor's … / the son of the baker". */
const KIN = new Set(
  'zoon dochter vrouw man broer zus vader moeder kleinzoon kleindochter son daughter wife husband brother sister'.split(
    ' ',
  ),
);
/** The person is shown: filmed or photographed, or the reader is told to watch them ("kijk hoe deze gast …"). */
const SHOWN =
  /\b(gefilmd|filmde|gefotografeerd|filmed|photographed|on camera|op camera|op beeld|kijk hoe|kijk eens hoe|look how|watch how|watch him|watch her)\b/i;
/** A numbered road (A12, N201): with an incident on it, the people involved are known to many. */
const ROAD = /^[an]\d{1,3}$/;

/**
 * The person and what makes them recognisable, when the text tells a case from a job that meets people;
 * else undefined. Not when the text shares what is published or celebrates, nor for fiction.
 */
export function readPersonFromWork(
  text: string,
  words: AnalyzedWord[],
  hits: TextHits,
  situation: Situation,
): Evidence[] | undefined {
  const meets = situation.speaker.functions.some((item) =>
    item.sensitivity.some((value) => MEETS_PEOPLE.has(value)),
  );
  // The person in the news the text comments on, known from the file ("ik ken dit dossier, die man …",
  // "I was this boy's teacher"): the article names them.
  const inTheNews = readPersonInTheNews(text, words, situation, meets);
  if (inTheNews) return inTheNews;
  if (!meets) return undefined;
  // (Private life is not asked: a joke word like "opa" reads as family; the writer's own circle is left out
  // below.)
  // What is public clears it. A celebration does too, unless it tells the person's health, crime or money
  // trouble: "trots op ons team" beside "de jongen van 17 uit unit C bleek open tbc te hebben" is still a
  // patient's diagnosis (special categories of personal data, AVG art. 9 and 10). A marker inside the leading
  // "[reactie op de Facebookpagina van de wijk]" names the platform and does not count.
  const header = headerEnd(text);
  const special = SPECIAL_DETAIL.test(text);
  if (
    situation.markers.some(
      (marker) =>
        (marker.kind === 'openbaar' || (marker.kind === 'viering' && !special)) &&
        (marker.evidence.start ?? 0) > header,
    )
  )
    return undefined;
  if (hits.cues.some((hit) => hit.value === 'fictie')) return undefined;
  // A pet's adventure ("Bobby is 'gearresteerd' door de buurvrouw 🐕") is no case from the work.
  if (words.some((word) => word.concepts.includes(PET_CONCEPT))) return undefined;
  const person = readPerson(text, words, hits)?.filter((evidence) => !writersOwn(words, evidence));
  if (!person || person.length === 0) return undefined;
  const locator = readLocator(text, words, person);
  return locator ? [...person, locator] : undefined;
}

/**
 * The person is the writer in another role ("als vader"), someone of their own ("mijn oud-leerling") or of
 * their circle ("de familie Jansen, onze buren", "meneer De Vries, een vriend van mijn vader"). A circle word
 * counts only when it is the writer's: not "uw buurman Pietersen", not "een collega" the person insulted.
 */
function writersOwn(words: AnalyzedWord[], evidence: Evidence): boolean {
  // An age in brackets stands after the name: "Onze Lotte (7)" is read from the name.
  const index = AGE_IN_BRACKETS.test(evidence.text)
    ? words.findIndex((word) => (evidence.start ?? 0) <= word.start) - 1
    : wordAt(words, evidence);
  if (index < 0) return false;
  const before = words[index - 1]?.folded ?? '';
  const own = before === 'oud' || before === 'ex' ? (words[index - 2]?.folded ?? '') : before;
  if (SELF_ROLE.has(before) || OWN.has(own)) return true;
  const from = Math.max(0, index - 3);
  return words.slice(from, index + 5).some((word, at) => {
    if (!CIRCLE.has(word.folded)) return false;
    const position = from + at;
    const ofMine = words[position + 1]?.folded === 'van' && OWN.has(words[position + 2]?.folded ?? '');
    return OWN.has(words[position - 1]?.folded ?? '') || ofMine;
  });
}

/** The index of the word the evidence starts with, or -1. */
function wordAt(words: AnalyzedWord[], evidence: Evidence): number {
  return words.findIndex((word) => word.start === evidence.start);
}

/** A comment on a news item, or a post about someone in the news. */
const NEWS =
  /\b(artikel|article|nieuws|news|nos|telegraaf|volkskrant|nu\.nl|nunl|rtl|omroep|krant|newspaper|headline)\b/i;
/** "deze meneer", "die man", "this boy": the one the article is about. */
const POINTING = new Set(['deze', 'die', 'this', 'that']);
const PEOPLE_WORDS = new Set([
  'man',
  'vrouw',
  'jongen',
  'meisje',
  'meneer',
  'mevrouw',
  'gast',
  'kerel',
  'jongeman',
  'boy',
  'boys',
  'girl',
  'guy',
  'woman',
  'lady',
  'kid',
  'family',
  'familie',
  'gezin',
]);
/** The writer knows the person from the file or the job: "dit dossier", "in zijn gehoor", "his teacher". */
const FROM_THE_FILE =
  /\b(dossier\w*|gehoor|(his|her|their) file|teacher|docent|mentor|juf|meester|leraar|caseworker|case officer|consulent|uitkering|bijstand)\b/i;

/** The writer's job towards that person, said outright: "I was this boy's teacher", "ik was zijn mentor". */
const OWN_ROLE_TOWARDS =
  /\b(i was|i am|i'm|ik was|ik ben|was ik|ben ik) (his|her|their|zijn|haar|hun|this \w+(?:['’]s)?|de) (teacher|mentor|tutor|caseworker|case officer|probation officer|docent|juf|meester|leraar|consulent|reclasseringswerker|begeleider)\b/i;

/**
 * One person the news is about, pointed at ("die man", "this boy's"), by someone who knows them from the work
 * (a job that meets people, or an employer and a file).
 */
function readPersonInTheNews(
  text: string,
  words: AnalyzedWord[],
  situation: Situation,
  meets: boolean,
): Evidence[] | undefined {
  if (!NEWS.test(text) || !FROM_THE_FILE.test(text)) return undefined;
  if (!meets && situation.speaker.organisation === undefined && !OWN_ROLE_TOWARDS.test(text))
    return undefined;
  const index = words.findIndex(
    (word, at) =>
      POINTING.has(word.folded) && PEOPLE_WORDS.has((words[at + 1]?.folded ?? '').replace(/s$/, '')),
  );
  if (index < 0) return undefined;
  return [textEvidence(text, words, [index, index + 1])];
}

/** What makes a person recognisable: a street, a house number, a class, a surname, a licence plate, fame. */
function readLocator(text: string, words: AnalyzedWord[], person: Evidence[]): Evidence | undefined {
  const at = (index: number) => textEvidence(text, words, [index]);
  // Fame, an age in brackets or a name the person cue already carries ("bekende voetballer", "Henk (67)").
  for (const evidence of person) {
    if (AGE_IN_BRACKETS.test(evidence.text) || FAME.test(evidence.text)) return evidence;
    // "that rapper … on our wing": a public figure placed at the workplace (not a TV presenter reviewed).
    if (POINTED_STAR.test(evidence.text) && AT_OUR_PLACE.test(text)) return evidence;
    // "die bekende gedetineerde", "a famous client": fame said right before the person.
    const index = wordAt(words, evidence);
    const before = words[index - 1];
    if (index > 0 && before && FAME.test(before.folded)) return textEvidence(text, words, [index - 1, index]);
  }
  const personStarts = new Set(person.map((evidence) => evidence.start));
  const shown = SHOWN.exec(text);
  if (shown)
    return { source: 'text', text: shown[0], start: shown.index, end: shown.index + shown[0].length };
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (!word) continue;
    if (STREET.test(word.surface)) return at(index);
    const next = words[index + 1];
    if (NUMBER_WORDS.has(word.folded) && next && /^\d{1,4}$/.test(next.folded)) return at(index + 1);
    if (CLASS.test(word.folded) && index > 0) return at(index);
    if (CLASS_WORDS.has(word.folded) && next && /^\d{1,2}[a-h]?$/.test(next.folded)) return at(index + 1);
    if (LICENCE.has(word.folded)) return at(index);
    // "de zoon van de slager op de Markt": kin of someone everyone in the place knows.
    if (
      KIN.has(word.folded) &&
      (next?.folded === 'van' || next?.folded === 'of') &&
      /^(de|het|onze|the|our)$/.test(words[index + 2]?.folded ?? '') &&
      words[index + 3] !== undefined &&
      !OWN.has(words[index + 3]?.folded ?? '')
    )
      return textEvidence(text, words, [index, index + 1, index + 2, index + 3]);
    if (ROAD.test(word.folded)) return at(index);
    // The writer says the identifying detail goes with it: "met zijn voornaam en klas erbij", "with her name".
    // (Not "met mijn naam erin": the writer's own name.)
    if (WITH.has(word.folded) && !OWN.has(words[index + 1]?.folded ?? '')) {
      const detail = words.slice(index + 1, index + 4).findIndex((item) => IDENTIFYING.has(item.folded));
      if (detail >= 0) return at(index + 1 + detail);
    }
    // A unit, cell or room with its code: "uit unit C", "cel 12", "kamer 4".
    if (ROOM_WORDS.has(word.folded) && next && /^([a-h]|\d{1,3}[a-h]?)$/.test(next.folded))
      return at(index + 1);
    // A surname right after the person ("meneer De Boer", "mevr. Yilmaz", "familie Jansen"), or an age
    // ("de jongen van 17", "a man of 45").
    if (personStarts.has(word.start)) {
      const after = words[index + 1];
      if (after?.capitalized && !after.sentenceStart && !after.organisationName) return at(index + 1);
      const age = words[index + 2];
      if ((after?.folded === 'van' || after?.folded === 'of') && age && /^\d{1,2}$/.test(age.folded))
        return at(index + 2);
    }
  }
  return undefined;
}
