// Fixed wording for the reasons a situation gives (Dutch B1 and English). Rule-specific wording lives in
// the knowledge files; this is what the bot says when a reason has no rule of its own.
import type { FactorKind, HazardKind, MissingFact, Relation } from './situation-schema.ts';

type Language = 'nl' | 'en';

export const HAZARD_CONDITION: Record<Language, Record<HazardKind, string>> = {
  nl: {
    'niet-openbaar':
      'Dit is informatie die je via je werk kent en die (nog) niet openbaar is. Die valt onder je geheimhoudingsplicht (artikel 9 Ambtenarenwet 2017), ook na je vertrek.',
    persoonsgegevens:
      'Dit gaat over iemand die je via je werk kent. Ook zonder achternaam kan die persoon herkenbaar zijn. Dat valt onder je geheimhoudingsplicht (artikel 9 Ambtenarenwet 2017) en de AVG.',
    belediging:
      'Beledigen, iemand wegzetten of discrimineren mag niet, ook niet als grap of in een besloten groep (artikel 10 en 6 Ambtenarenwet 2017).',
    'namens-werkgever':
      'Je spreekt zo namens je werkgever, terwijl je daar geen opdracht voor hebt. Dat doet de woordvoering of je bestuurder.',
    staatsgeheim:
      'Dit gaat over de veiligheid van de staat of van operaties. Dat deel je nooit (artikel 9 Ambtenarenwet 2017, artikel 98 Wetboek van Strafrecht).',
    misstand:
      'Je wilt een misstand aankaarten. Meld die eerst intern of bij de vertrouwenspersoon, of vraag advies aan het Huis voor Klokkenluiders. Naar buiten gaan is alleen beschermd onder de voorwaarden van de Wet bescherming klokkenluiders (artikel 17ea).',
  },
  en: {
    'niet-openbaar':
      'This is information you know through your work that is not (yet) public. It falls under your secrecy duty (art. 9 Ambtenarenwet 2017), also after you leave.',
    persoonsgegevens:
      'This is about someone you know through your work. Even without a surname that person can be recognised. Your secrecy duty (art. 9 Ambtenarenwet 2017) and the GDPR apply.',
    belediging:
      'Insulting, disqualifying or discriminating is not allowed, not even as a joke or in a closed group (art. 10 and 6 Ambtenarenwet 2017).',
    'namens-werkgever':
      'This way you speak for your employer without a mandate. That is for the spokespeople or your administrators.',
    staatsgeheim:
      'This concerns state or operational security. Never share it (art. 9 Ambtenarenwet 2017, art. 98 Criminal Code).',
    misstand:
      'You want to raise a wrong. Report it internally or to the integrity officer first, or ask the Huis voor Klokkenluiders for advice. Going public is protected only under the conditions of the Whistleblowers Act (art. 17ea).',
  },
};

export const RELATION_CONDITION: Record<Language, Record<Relation, (evidence: string) => string>> = {
  nl: {
    'eigen-dossier': (evidence) =>
      `Dit gaat over je eigen werk${evidence ? ` (${evidence})` : ''}. Hoe dichter bij je werk, hoe meer je moet afwegen: blijf feitelijk, zeg dat je op persoonlijke titel spreekt en gebruik geen kennis die je alleen via je werk hebt.`,
    'eigen-organisatie': (evidence) =>
      `Dit onderwerp hoort bij het werk van je organisatie of je minister${evidence ? ` (${evidence})` : ''}. Dan kan je uiting het werk van je organisatie raken: weeg af, blijf feitelijk en zeg dat je op persoonlijke titel spreekt.`,
    'eigen-werkgever': (evidence) =>
      `Dit gaat over je eigen werkgever${evidence ? ` (${evidence})` : ''}. Kritiek mag, maar blijf zakelijk en val geen personen aan: de samenwerking moet mogelijk blijven.`,
    'los-van-werk': (evidence) =>
      `Het onderwerp ligt ver van je werk${evidence ? ` (${evidence})` : ''}. Dan heb je dezelfde ruimte als iedere burger.`,
    onbekend: () =>
      'Het hangt vooral af van één vraag: werk je zelf aan dit onderwerp, of doet je organisatie dat? Zo ja, dan moet je meer afwegen. Zo nee, dan heb je dezelfde ruimte als iedere burger.',
  },
  en: {
    'eigen-dossier': (evidence) =>
      `This is about your own work${evidence ? ` (${evidence})` : ''}. The closer to your work, the more you must weigh: stay factual, say you speak in a private capacity and use no knowledge you only have through work.`,
    'eigen-organisatie': (evidence) =>
      `This topic belongs to the work of your organisation or minister${evidence ? ` (${evidence})` : ''}. Your words can affect that work: weigh them, stay factual and say you speak in a private capacity.`,
    'eigen-werkgever': (evidence) =>
      `This is about your own employer${evidence ? ` (${evidence})` : ''}. Criticism is allowed, but stay businesslike and do not attack people: working together must remain possible.`,
    'los-van-werk': (evidence) =>
      `The topic is far from your work${evidence ? ` (${evidence})` : ''}. You have the same room as any citizen.`,
    onbekend: () =>
      'It mainly depends on one question: do you or does your organisation work on this topic? If so, you must weigh more. If not, you have the same room as any citizen.',
  },
};

export const FACTOR_CONDITION: Record<Language, Partial<Record<FactorKind, string>>> = {
  nl: {
    'gevoelige-functie':
      'Je functie weegt mee: wie een leidinggevende, vertegenwoordigende of politiek gevoelige functie heeft, of in uniform werkt, moet terughoudender zijn.',
    hoedanigheid:
      'Je bent herkenbaar als ambtenaar (uniform, logo, functie of werkaccount). Maak duidelijk dat je op persoonlijke titel spreekt, of laat die herkenbaarheid weg.',
    inhuur:
      'Je bent ingehuurd. Ook dan geldt geheimhouding (artikel 2:5 Algemene wet bestuursrecht) en meestal ook je contract: zeg niets over je opdracht dat niet openbaar is.',
    media:
      'Via de pers, radio, tv of een podcast bereik je veel mensen. Dat weegt zwaarder als het onderwerp dicht bij je werk ligt.',
    'politiek-gevoelig':
      'Het onderwerp ligt politiek gevoelig. Dat weegt zwaarder als het dicht bij je werk ligt.',
    timing: 'Er loopt een besluit, debat of campagne. Dan weegt een uiting over je eigen werk zwaarder.',
    nevenwerk:
      'Doe je dit (betaald) naast je werk en raakt het je vakgebied? Meld het dan als nevenwerk (artikel 8 Ambtenarenwet 2017).',
    'scherpe-toon': 'Let op je toon: scherpe kritiek op beleid mag, iemand wegzetten of beledigen niet.',
    'politiek-contact':
      'Contact met politici over je werk loopt via je leidinggevende of bestuurder. Over je eigen werk geef je geen informatie buiten die lijn om.',
  },
  en: {
    'gevoelige-functie':
      'Your function weighs in: people in senior, representative or politically sensitive functions, or in uniform, must show more restraint.',
    hoedanigheid:
      'You can be recognised as a civil servant (uniform, logo, job title or work account). Make clear you speak in a private capacity, or drop that link.',
    inhuur:
      'You are hired staff. Secrecy still applies (art. 2:5 General Administrative Law Act) and usually your contract too: say nothing about your assignment that is not public.',
    media:
      'Press, radio, TV or a podcast reach many people. That weighs more when the topic is close to your work.',
    'politiek-gevoelig':
      'The subject is politically sensitive. That weighs more when it is close to your work.',
    timing: 'A decision, debate or campaign is under way. Then speaking about your own work weighs more.',
    nevenwerk:
      'Do you do this (paid) next to your job, and does it touch your field? Then report it as a side activity (art. 8 Ambtenarenwet 2017).',
    'scherpe-toon':
      'Mind your tone: sharp criticism of a policy is allowed, disqualifying or insulting people is not.',
    'politiek-contact':
      'Contact with politicians about your work goes through your manager or administrator. Give no information about your own work outside that line.',
  },
};

/** The one question that decides when a fact is missing; offered as quick replies in chat. */
export const MISSING_QUESTION: Record<
  Language,
  Record<MissingFact, { question: string; options: { label: string; value: string }[] }>
> = {
  nl: {
    'relatie-werk': {
      question: 'Werk je zelf aan dit onderwerp, of doet je organisatie dat?',
      options: [
        { label: 'Ja, het is mijn eigen werk', value: 'eigen-dossier' },
        { label: 'Mijn organisatie doet het, ik niet', value: 'eigen-organisatie' },
        { label: 'Nee, het staat los van mijn werk', value: 'los-van-werk' },
      ],
    },
    werkgever: {
      question: 'Bij welke overheid werk je?',
      options: [
        { label: 'Rijk', value: 'rijk' },
        { label: 'Gemeente', value: 'gemeente' },
        { label: 'Provincie of waterschap', value: 'provincie' },
        { label: 'Politie of Defensie', value: 'politie' },
      ],
    },
    hoedanigheid: {
      question: 'Ben je herkenbaar als ambtenaar (functie, logo of uniform)?',
      options: [
        { label: 'Ja', value: 'ja' },
        { label: 'Nee, op persoonlijke titel', value: 'nee' },
      ],
    },
  },
  en: {
    'relatie-werk': {
      question: 'Do you work on this topic yourself, or does your organisation?',
      options: [
        { label: 'Yes, it is my own work', value: 'eigen-dossier' },
        { label: 'My organisation does, I do not', value: 'eigen-organisatie' },
        { label: 'No, it is unrelated to my work', value: 'los-van-werk' },
      ],
    },
    werkgever: {
      question: 'Which government do you work for?',
      options: [
        { label: 'Central government', value: 'rijk' },
        { label: 'Municipality', value: 'gemeente' },
        { label: 'Province or water authority', value: 'provincie' },
        { label: 'Police or Defence', value: 'politie' },
      ],
    },
    hoedanigheid: {
      question: 'Can people recognise you as a civil servant (title, logo or uniform)?',
      options: [
        { label: 'Yes', value: 'ja' },
        { label: 'No, in a private capacity', value: 'nee' },
      ],
    },
  },
};

export const UNDERSTOOD_LABEL: Record<Language, string> = {
  nl: 'Wat ik begrijp',
  en: 'What I understand',
};

export const CORRECT_HINT: Record<Language, string> = {
  nl: 'Klopt dit niet? Vertel het me, bijvoorbeeld: "ik werk er zelf aan" of "het staat los van mijn werk".',
  en: 'Not right? Tell me, for example: "I work on it myself" or "it is unrelated to my work".',
};

/** "Mag" because the user shares what is already public or a milestone, even though it is about the own work. */
/** Grounds for someone who has left: the function norm ends with the job, the secrecy duty does not. */
export const FORMER_GROUNDS: Record<Language, string> = {
  nl: 'Je werkt er niet meer. De grens van artikel 10 Ambtenarenwet 2017 geldt voor wie in dienst is; je geheimhoudingsplicht (artikel 9) loopt wel door. Gebruik niets uit je oude werk dat niet openbaar is.',
  en: 'You no longer work there. The limit of art. 10 Ambtenarenwet 2017 applies to those in service; your secrecy duty (art. 9) continues. Use nothing from your former work that is not public.',
};

export const PUBLISHED_GROUNDS: Record<Language, string> = {
  nl: 'Je deelt wat al openbaar is, of een mijlpaal. Dat mag, ook over je eigen werk. Voeg er geen informatie uit je werk aan toe die nog niet openbaar is.',
  en: 'You share what is already public, or a milestone. That is allowed, also about your own work. Add no information from work that is not yet public.',
};

/** Said when the learned second opinion made the verdict or risk stricter than the rules. */
export const LEARNED_STRICTER: Record<Language, (label: string, percent: number) => string> = {
  nl: (label, percent) =>
    `Een tweede lezing, geleerd van voorbeelden die HR heeft beoordeeld, vindt dit strenger ("${label}", ${percent}% zeker) dan de regels alleen. Ik volg de strengste lezing.`,
  en: (label, percent) =>
    `A second reading, learned from examples HR has judged, finds this stricter ("${label}", ${percent}% sure) than the rules alone. I follow the strictest reading.`,
};

/** When the second opinion saw no specific hazard but still finds it not allowed. */
export const LEARNED_GENERIC: Record<Language, string> = {
  nl: 'Kijk goed of het gaat om informatie die nog niet openbaar is, om iemand die je via je werk kent, om beledigen, of om spreken namens je werkgever. Dan mag het niet.',
  en: 'Check whether it involves information that is not yet public, someone you know through work, insulting people, or speaking for your employer. Then it is not allowed.',
};

/** Where a relation came from when the user answered the question the bot asked back. */
export const ANSWERED: Record<Language, string> = { nl: 'zoals je aangaf', en: 'as you said' };
