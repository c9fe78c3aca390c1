// The situation in one or two short sentences (B1 Dutch or English), so the user sees what the bot
// understood and can correct it: "Je werkt bij OCW aan het lerarentekort en wilt iets posten over onderwijs.
// Dat is je eigen werk."

import type { SituationLexicon } from './situation-lexicon.ts';
import type { ActKind, Relation, Situation } from './situation-schema.ts';

type Language = 'nl' | 'en';

const ACT_PHRASE: Record<Language, Partial<Record<ActKind, string>>> = {
  nl: {
    bericht: 'iets posten',
    reactie: 'reageren',
    liken: 'iets liken',
    delen: 'iets delen',
    opiniestuk: 'een stuk schrijven',
    interview: 'in de media praten',
    optreden: 'spreken voor publiek',
    boek: 'een boek schrijven',
    demonstratie: 'demonstreren',
    petitie: 'een petitie of open brief steunen',
    partij: 'politiek actief zijn',
    vakbond: 'vakbondswerk doen',
    staking: 'meedoen aan een actie of staking',
    kandidaat: 'je kandidaat stellen',
    inspreken: 'inspreken',
    'document-doorsturen': 'informatie doorgeven',
    'misstand-melden': 'een misstand aankaarten',
    'contact-politiek': 'contact hebben met een politicus',
    'contact-pers': 'met de pers praten',
    appgroep: 'iets in een appgroep zetten',
  },
  en: {
    bericht: 'post something',
    reactie: 'reply',
    liken: 'like something',
    delen: 'share something',
    opiniestuk: 'write a piece',
    interview: 'speak in the media',
    optreden: 'speak in public',
    boek: 'write a book',
    demonstratie: 'demonstrate',
    petitie: 'support a petition or open letter',
    partij: 'be politically active',
    vakbond: 'do union work',
    staking: 'join an action or strike',
    kandidaat: 'stand as a candidate',
    inspreken: 'speak at a public hearing',
    'document-doorsturen': 'pass on information',
    'misstand-melden': 'raise a wrong',
    'contact-politiek': 'contact a politician',
    'contact-pers': 'talk to the press',
    appgroep: 'post in an app group',
  },
};

const RELATION_SENTENCE: Record<Language, Record<Relation, string>> = {
  nl: {
    'eigen-dossier': 'Dat is je eigen werk.',
    'eigen-organisatie': 'Dat is het terrein van je organisatie.',
    'eigen-werkgever': 'Het gaat over je eigen werkgever.',
    'los-van-werk': 'Dat ligt ver van je werk.',
    onbekend: 'Ik weet niet of dit je werk raakt.',
  },
  en: {
    'eigen-dossier': 'That is your own work.',
    'eigen-organisatie': "That is your organisation's field.",
    'eigen-werkgever': 'It is about your own employer.',
    'los-van-werk': 'That is far from your work.',
    onbekend: 'I do not know whether this touches your work.',
  },
};

const SECTOR_NAME: Record<Language, Record<string, string>> = {
  nl: {
    rijk: 'het Rijk',
    gemeente: 'een gemeente',
    provincie: 'een provincie',
    waterschap: 'een waterschap',
    politie: 'de politie',
    defensie: 'Defensie',
    onderwijs: 'een school of onderwijsinstelling',
    overig: 'een overheidsorganisatie',
  },
  en: {
    rijk: 'central government',
    gemeente: 'a municipality',
    provincie: 'a province',
    waterschap: 'a water authority',
    politie: 'the police',
    defensie: 'Defence',
    onderwijs: 'a school or university',
    overig: 'a public body',
  },
};

/** "de provincie Groningen": a municipality, province or water board named with its place. */
const SECTOR_WITH_PLACE: Record<Language, Record<string, (place: string) => string>> = {
  nl: {
    gemeente: (place) => `de gemeente ${place}`,
    provincie: (place) => `de provincie ${place}`,
    waterschap: (place) => `het waterschap ${place}`,
  },
  en: {
    gemeente: (place) => `the municipality of ${place}`,
    provincie: (place) => `the province of ${place}`,
    waterschap: (place) => `the water authority ${place}`,
  },
};

/**
 * The article of an official name by its first word, where that word always takes the same one ("het
 * Ministerie van Financiën", "de Dienst Toeslagen"). A name that starts otherwise ("Belastingdienst", "DUO",
 * "Rijkswaterstaat") is shown as it is: its first word does not tell whether it takes an article.
 */
const ARTICLE_BY_FIRST_WORD: Record<string, 'de' | 'het'> = {
  Agentschap: 'het',
  Algemene: 'de',
  Autoriteit: 'de',
  Centraal: 'het',
  College: 'het',
  Commissie: 'de',
  Dienst: 'de',
  Eerste: 'de',
  Hoge: 'de',
  Hogeschool: 'de',
  Hoogheemraadschap: 'het',
  Inspectie: 'de',
  Instituut: 'het',
  Koninklijke: 'de',
  Ministerie: 'het',
  Raad: 'de',
  Rijksdienst: 'de',
  Rijksinstituut: 'het',
  Tweede: 'de',
  Uitvoeringsinstituut: 'het',
  Universiteit: 'de',
};

/**
 * An organisation as it reads after "bij" / "at". The knowledge holds official names that stand on their own
 * ("Gemeente", "Provincie Groningen", "Ministerie van Financiën", "Politie (Nationale Politie)"); in a sentence
 * a municipality, province or water board with its place reads "de gemeente Utrecht", the entry that stands
 * for a sector reads as that sector ("een gemeente", "de politie"), an entry for a kind of employer (its id
 * is its type: "Universiteit", "Hogeschool (hbo-instelling)") "een universiteit", and a name gets the article
 * its first word takes ("het Ministerie van …"). Where HR wrote how a name reads in a sentence (`inSentence`:
 * "de Belastingdienst", "het UWV", "een basisschool"), Dutch says that. The knowledge has no English names, so
 * in English such a name keeps only its definite article ("the Belastingdienst"); a kind of employer stays as it is.
 */
function employerPhrase(
  organisation: { id: string; name: string },
  lexicon: SituationLexicon,
  language: Language,
): string {
  const entry = lexicon.organisations.get(organisation.id);
  // HR's own wording wins; not for a generic entry named with a place ("Gemeente Utrecht").
  if (language === 'nl' && entry?.inSentence && organisation.name === entry.name) return entry.inSentence;
  // In English a name HR writes with a definite article keeps it: "the Belastingdienst", "the UWV".
  const definite = /^(de|het) (.+)$/.exec(entry?.inSentence ?? '');
  if (language === 'en' && definite?.[2] && organisation.name === entry?.name) return `the ${definite[2]}`;
  const [first = '', ...rest] = organisation.name.split(' ');
  const withPlace = SECTOR_WITH_PLACE[language][first.toLowerCase()];
  if (withPlace && rest.length > 0 && !rest[0]?.startsWith('(')) return withPlace(rest.join(' '));
  if (entry && entry.id === entry.sector) {
    const sector = SECTOR_NAME[language][entry.sector];
    if (sector) return sector;
  }
  if (entry && entry.id === entry.type) {
    return language === 'nl'
      ? `een ${organisation.name.charAt(0).toLowerCase()}${organisation.name.slice(1)}`
      : organisation.name;
  }
  const article = ARTICLE_BY_FIRST_WORD[first];
  if (!article) return organisation.name;
  return `${language === 'nl' ? article : 'the'} ${organisation.name}`;
}

/**
 * The employer with the own work in brackets, once: a name's own explanation in brackets gives way to it
 * ("GGD (vaccinaties)", not "GGD (Gemeentelijke Gezondheidsdienst) (vaccinaties)").
 */
function withOwnWork(employer: string, ownText: string): string {
  return `${employer.replace(/\s*\([^()]*\)$/, '')} (${ownText})`;
}

export function describeSituation(
  situation: Situation,
  lexicon: SituationLexicon,
  language: Language,
  appliesTo: 'question' | 'draft',
): string {
  const nl = language === 'nl';
  const { speaker } = situation;
  const ownWork = speaker.ownWork.find((item) => item.source === 'text' || item.source === 'profile');
  const ownText = ownWork && ownWork.text.length <= 60 ? ownWork.text : undefined;
  let who: string;
  const employer = speaker.organisation ? employerPhrase(speaker.organisation, lexicon, language) : undefined;
  if (speaker.notCivilServant?.reason === 'rechterlijk') {
    who = nl
      ? `Je bent ${speaker.notCivilServant.evidence.text} (rechterlijk ambtenaar, niet onder de Ambtenarenwet 2017)`
      : `You are ${speaker.notCivilServant.evidence.text} (a judicial officer, not under the Ambtenarenwet 2017)`;
  } else if (speaker.notCivilServant) {
    // A private employer is where you work, not what you are ("Je bent ziekenhuis" read wrong).
    const atEmployer =
      employer !== undefined && speaker.notCivilServant.evidence.text === speaker.organisation?.evidence.text;
    who = atEmployer
      ? nl
        ? `Je werkt bij ${employer}, dus niet als ambtenaar`
        : `You work at ${employer}, so not as a civil servant`
      : nl
        ? `Je bent ${speaker.notCivilServant.evidence.text}, dus geen ambtenaar`
        : `You are ${speaker.notCivilServant.evidence.text}, so not a civil servant`;
  } else if (speaker.hired) {
    who = nl ? 'Je bent ingehuurd' : 'You are hired staff';
    if (employer) who += nl ? ` bij ${employer}` : ` at ${employer}`;
  } else if (speaker.organisation && employer) {
    const verb = speaker.former ? (nl ? 'werkte' : 'worked') : nl ? 'werkt' : 'work';
    const at =
      ownText && !ownText.toLowerCase().includes(speaker.organisation.name.toLowerCase())
        ? withOwnWork(employer, ownText)
        : employer;
    who = nl ? `Je ${verb} bij ${at}` : `You ${verb} at ${at}`;
  } else if (speaker.functions.length > 0) {
    const title = speaker.functions[0]?.evidence.text ?? '';
    who = nl ? `Je bent ${title}` : `You are ${title}`;
    if (speaker.sector)
      who += nl
        ? ` bij ${SECTOR_NAME.nl[speaker.sector] ?? ''}`
        : ` at ${SECTOR_NAME.en[speaker.sector] ?? ''}`;
  } else if (speaker.sector && speaker.sector !== 'inhuur') {
    who = nl
      ? `Je werkt bij ${SECTOR_NAME.nl[speaker.sector]}`
      : `You work for ${SECTOR_NAME.en[speaker.sector]}`;
    if (ownText) who += nl ? ` (${ownText})` : ` (${ownText})`;
  } else {
    who = nl ? 'Je zegt niet waar je werkt' : 'You do not say where you work';
  }
  if (speaker.former && !speaker.organisation)
    who += nl ? ', of werkte daar vroeger' : ', or used to work there';

  const act = situation.acts.find((item) => ACT_PHRASE[language][item.kind]);
  const actPhrase =
    appliesTo === 'draft'
      ? nl
        ? 'wilt dit bericht plaatsen'
        : 'want to publish this post'
      : act
        ? `${nl ? 'wilt' : 'want to'} ${ACT_PHRASE[language][act.kind]}`
        : nl
          ? 'wilt je uiten'
          : 'want to express yourself';
  const domain = situation.topic.domains.find((item) => item.id !== 'prive');
  const label = domain ? lexicon.domains.get(domain.id)?.label[language] : undefined;
  const about = situation.topic.privateLife
    ? nl
      ? ' over je privéleven'
      : ' about your private life'
    : label
      ? nl
        ? ` over ${label}`
        : ` about ${label}`
      : '';
  // After "…, dus geen ambtenaar" a comma closes the aside: one sentence, not "… en dus … en wilt".
  const aside = speaker.notCivilServant !== undefined && speaker.notCivilServant.reason !== 'rechterlijk';
  const joiner = `${aside ? ',' : ''}${nl ? ' en ' : ' and '}`;
  const first = `${who}${joiner}${actPhrase}${about}.`;
  if (situation.outOfScope || situation.speaker.notCivilServant) return first;
  return `${first} ${RELATION_SENTENCE[language][situation.relation.kind]}`;
}
