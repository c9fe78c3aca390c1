// Fixed wording of the embedded answerer, in Dutch (B1) and English. Rule-specific wording lives in
// the knowledge files; this file holds only the frame around it.
import type { Reply } from '../core/types.ts';
import type { Verdict } from '../core/vocabulary.ts';

/** The languages the bot answers in (the reply schema's). */
export type Language = Reply['language'];

export const VERDICT_HEADLINE: Record<Language, Record<Verdict, string>> = {
  nl: {
    mag: 'Mag: dit mag je, met de gewone zorg die iedere burger heeft.',
    voorwaardelijk: 'Mag onder voorwaarden: het hangt af van de punten hieronder.',
    'mag-niet': 'Mag niet: doe dit niet.',
    'buiten-scope': 'Daar kan ik je niet mee helpen.',
  },
  en: {
    mag: 'Allowed: you may do this, with the ordinary care every citizen takes.',
    voorwaardelijk: 'Allowed under conditions: it depends on the points below.',
    'mag-niet': 'Not allowed: do not do this.',
    'buiten-scope': 'I cannot help you with that.',
  },
};

export const LABELS: Record<
  Language,
  {
    conditions: string;
    nextSteps: string;
    sources: string;
    reviewed: string;
    reviewedAll: string;
    stale: string;
    historical: string;
    summary: string;
    version: string;
    followUp: string;
    readAlso: string;
    /** Heading of what the glance left out, after the sources. */
    more: string;
    /** Heading of the quotes from the sources. */
    quotes: string;
    /** The action that shows the quotes and the rest of the explanation (Teams' toggle). */
    showQuotes: string;
    /** One short line when the answer rests on content Juridische Zaken has not reviewed. */
    unreviewed: string;
  }
> = {
  nl: {
    conditions: 'Waar het van afhangt',
    nextSteps: 'Wat kun je nu doen',
    sources: 'Bronnen',
    reviewed: 'gecontroleerd op',
    reviewedAll: 'laatst gecontroleerd',
    stale: 'let op: deze bron is langer dan een jaar niet gecontroleerd',
    historical: 'oude regel, geldt niet meer',
    summary: 'samenvatting',
    version: 'Kennisversie',
    followUp: 'Ik lees je vraag als vervolg op je vorige vraag.',
    readAlso: 'Lees ook',
    more: 'Meer uitleg',
    quotes: 'Uit de bronnen',
    showQuotes: 'Citaten en uitleg',
    unreviewed: 'Deze uitleg is nog niet juridisch getoetst.',
  },
  en: {
    conditions: 'What it depends on',
    nextSteps: 'What you can do now',
    sources: 'Sources',
    reviewed: 'reviewed on',
    reviewedAll: 'last reviewed',
    stale: 'note: this source has not been reviewed for over a year',
    historical: 'old rule, no longer in force',
    summary: 'summary',
    version: 'Knowledge version',
    followUp: 'I read your question as a follow-up to your previous one.',
    readAlso: 'Read also',
    more: 'More explanation',
    quotes: 'From the sources',
    showQuotes: 'Quotes and explanation',
    unreviewed: 'This guidance has not yet been reviewed by legal affairs.',
  },
};

/** Conditions that always hold for a "mag": the room any citizen has. */
export const MAG_CONDITIONS: Record<Language, string[]> = {
  nl: [
    'Het onderwerp ligt ver van je eigen werk. Werk je er zelf aan, dan moet je meer afwegen.',
    'Je deelt geen vertrouwelijke informatie uit je werk.',
    'Je blijft respectvol en valt geen personen aan.',
    'Je laat duidelijk zien dat je op persoonlijke titel spreekt.',
  ],
  en: [
    'The topic is far from your own work. If you work on it yourself, more weighing is needed.',
    'You share no confidential information from your work.',
    'You stay respectful and do not attack people.',
    'You make clear that you speak in a private capacity.',
  ],
};

/** After a "mag niet": where to talk it through, without suggesting it might still be fine. */
export const HARD_STOP_NEXT_STEP: Record<Language, string> = {
  nl: 'Wil je dit bespreken, of denk je dat er een goede reden is? Neem vertrouwelijk contact op met de vertrouwenspersoon integriteit of je leidinggevende.',
  en: 'Want to talk it through, or do you think there is a good reason? Contact the integrity officer (vertrouwenspersoon integriteit) or your manager in confidence.',
};

export const DEFAULT_NEXT_STEP: Record<Language, string> = {
  nl: 'Twijfel je? Overleg dan vrijwillig met je leidinggevende of de vertrouwenspersoon integriteit.',
  en: 'In doubt? Talk it over with your manager or the integrity officer (vertrouwenspersoon integriteit), if you like.',
};

export const OWN_AREA_NOTE: Record<Language, (topics: string) => string> = {
  nl: (topics) => `Je profiel zegt dat je werkt aan: ${topics}. Dat telt mee.`,
  en: (topics) => `Your profile says you work on: ${topics}. That counts.`,
};

export const OUT_OF_SCOPE_TEXT: Record<Language, string> = {
  nl: 'Ik beantwoord alleen vragen over wat je als ambtenaar mag zeggen, schrijven, delen, liken of meedoen (zoals een demonstratie of petitie). Voor salaris, verlof, vergoedingen en andere arbeidsvoorwaarden kun je terecht bij HR. Voor IT en faciliteiten bij de servicedesk.',
  en: 'I only answer questions about what you, as a civil servant, may say, write, share, like or join (such as a demonstration or petition). For pay, leave, allowances and other employment conditions, ask HR. For IT and facilities, ask the service desk.',
};

/**
 * Out of scope because the Ambtenarenwet 2017 does not bind the speaker (art. 3): what applies instead, as
 * far as the sources tell, and where to ask.
 */
export const NOT_CIVIL_SERVANT_TEXT: Record<
  'politiek-ambtsdrager' | 'rechterlijk',
  Record<Language, string>
> = {
  rechterlijk: {
    nl: 'Rechters en officieren van justitie zijn rechterlijke ambtenaren. De Ambtenarenwet 2017 geldt niet voor hen (artikel 3 onder b); zij hebben een eigen wet (de Wet rechtspositie rechterlijke ambtenaren). Die staat niet in mijn bronnen, dus ik geef je geen oordeel. Vraag het je gerecht of parket, of de vertrouwenspersoon integriteit van de Rechtspraak of het OM.',
    en: 'Judges and public prosecutors are judicial officers. The Ambtenarenwet 2017 does not apply to them (art. 3(b)); they have their own act (the Wet rechtspositie rechterlijke ambtenaren). It is not in my sources, so I give no verdict. Ask your court or prosecutor’s office, or the integrity officer of the judiciary or the Public Prosecution Service.',
  },
  'politiek-ambtsdrager': {
    nl: 'Politieke ambtsdragers, zoals ministers, wethouders en raadsleden, zijn geen ambtenaren in de zin van de Ambtenarenwet 2017 (artikel 3 onder a). Voor hen gelden eigen gedragscodes, die niet in mijn bronnen staan. Vraag het de griffie of de integriteitsadviseur van je organisatie.',
    en: 'Political office-holders, such as ministers, aldermen and council members, are not civil servants under the Ambtenarenwet 2017 (art. 3(a)). Their own codes of conduct apply, which are not in my sources. Ask the clerk’s office or your organisation’s integrity adviser.',
  },
};

/**
 * A judge or prosecutor about to tell a secret of the office: the Ambtenarenwet does not bind them, the
 * criminal code does (art. 272 Sr: "uit hoofde van ambt").
 */
export const JUDICIAL_SECRET_TEXT: Record<Language, string> = {
  nl: 'De Ambtenarenwet 2017 geldt niet voor rechters en officieren van justitie (artikel 3 onder b), maar artikel 272 van het Wetboek van Strafrecht wel: wie een geheim schendt dat hij door zijn ambt kent, is strafbaar. Wat je eigen wet verder vraagt, staat niet in mijn bronnen; vraag het je gerecht of parket.',
  en: 'The Ambtenarenwet 2017 does not apply to judges and public prosecutors (art. 3(b)), but art. 272 of the Criminal Code does: breaching a secret known through one’s office is a crime. What your own act asks beyond that is not in my sources; ask your court or prosecutor’s office.',
};

export const NOT_ADVICE: Record<Language, string> = {
  nl: 'Dit is een advies, geen toestemming: je werkgever kijkt pas achteraf naar een uiting.',
  en: 'This is advice, not permission: your employer only reviews an utterance afterwards.',
};

export const HELP_TEXT: Record<Language, string> = {
  nl: [
    'Hoi! Ik ben de Uitingswijzer. Ik help je bepalen wat je als ambtenaar mag zeggen, posten, liken, delen of meedoen, op je werk en privé.',
    '',
    'Je kunt me op twee manieren gebruiken:',
    '• Stel een vraag, bijvoorbeeld: "Mag ik op LinkedIn reageren op het debat over stikstof?"',
    '• Laat een concept toetsen: begin je bericht met "toets:" en plak je tekst erachter.',
    '',
    'Vertel me in je vraag bij welke overheid je werkt en aan welke onderwerpen, dan wordt het antwoord preciezer.',
    'Ik bewaar je concepten niet. Mijn antwoord is een advies; bij twijfel kun je terecht bij de vertrouwenspersoon integriteit of HR.',
  ].join('\n'),
  en: [
    'Hi! I am Uitingswijzer. I help you decide what you, as a Dutch civil servant, may say, post, like, share or join, at work and in private.',
    '',
    'You can use me in two ways:',
    '• Ask a question, for example: "May I comment on LinkedIn on the nitrogen debate?"',
    '• Have a draft checked: start your message with "check:" and paste your text after it.',
    '',
    'Tell me which government you work for and on which topics: the answer gets more precise.',
    'I do not keep your drafts. My answer is advice; in doubt, talk to the integrity officer or HR.',
  ].join('\n'),
};

/**
 * Example questions offered as buttons: a short label that fits a button (Teams clips long titles without
 * an ellipsis; at most 30 characters) and the full question the button asks.
 */
export const EXAMPLE_QUESTIONS: Record<Language, { label: string; question: string }[]> = {
  nl: [
    {
      label: 'Petitie over mijn eigen werk?',
      question: 'Mag ik een petitie tekenen over een onderwerp waar ik zelf aan werk?',
    },
    { label: 'Werkgever op LinkedIn?', question: 'Mag ik in mijn LinkedIn-profiel zetten waar ik werk?' },
    { label: 'Meelopen in een demonstratie?', question: 'Mag ik meelopen in een demonstratie?' },
  ],
  en: [
    { label: 'Petition on my own work?', question: 'May I sign a petition on a topic I work on myself?' },
    { label: 'Employer on LinkedIn?', question: 'May I name my employer in my LinkedIn profile?' },
    { label: 'Join a demonstration?', question: 'May I join a demonstration?' },
  ],
};

export const FEEDBACK_THANKS: Record<Language, string> = {
  nl: 'Dank je voor je reactie! Daarmee maken we de antwoorden beter.',
  en: 'Thank you for your feedback! It helps us improve the answers.',
};

export const CONFIDENTIAL_HELP: Record<Language, string> = {
  nl: 'Wil je dit vertrouwelijk bespreken? Neem contact op met de vertrouwenspersoon integriteit van je organisatie of met HR.',
  en: 'Want to discuss this in confidence? Contact your organisation’s integrity officer (vertrouwenspersoon integriteit) or HR.',
};
