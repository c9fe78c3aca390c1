// Fixed wording around a draft assessment, in Dutch (B1) and English.

import type { Language } from '../answer/messages.ts';
import type { Category, Risk } from '../core/vocabulary.ts';

export const RISK_HEADLINE: Record<Language, Record<Risk, string>> = {
  nl: {
    laag: 'Risico laag: ik zie geen probleem. Plaats het met de gewone zorg.',
    middel: 'Risico middel: pas je tekst aan of overleg eerst.',
    hoog: 'Risico hoog: plaats dit niet zo.',
  },
  en: {
    laag: 'Risk low: I see no problem. Post it with ordinary care.',
    middel: 'Risk medium: rephrase it or check first.',
    hoog: 'Risk high: do not post this as written.',
  },
};

export const DRAFT_LABELS: Record<
  Language,
  { draft: string; findings: string; suggestion: string; norm: string; privacy: string; rewrite: string }
> = {
  nl: {
    draft: 'Je concept',
    findings: 'Wat ik zie',
    rewrite: 'Een veiligere versie',
    suggestion: 'Zo kan het veiliger',
    norm: 'Regel',
    privacy: 'Je concept is alleen gebruikt voor deze toets. Ik bewaar het niet.',
  },
  en: {
    draft: 'Your draft',
    findings: 'What I see',
    rewrite: 'A safer version',
    suggestion: 'A safer way',
    norm: 'Rule',
    privacy: 'Your draft was used only for this check. I do not keep it.',
  },
};

/** The next step for a draft by someone in private employment: only the hard stops were weighed. */
export const PRIVATE_DRAFT_NOTE: Record<Language, string> = {
  nl: 'Je werkt niet bij de overheid, dus de Ambtenarenwet geldt niet voor jou. Ik heb alleen gekeken naar harde grenzen die voor iedereen gelden, zoals een beroepsgeheim en gegevens van anderen. Wat je werkgever van je vraagt, staat in je contract of de gedragscode van je bedrijf.',
  en: "You do not work for the government, so the Ambtenarenwet does not apply to you. I only checked hard limits that bind anyone, such as professional secrecy and other people's data. What your employer asks of you is in your contract or your company's code of conduct.",
};

/** The next step for a draft by an elected office-holder: only the hard stops were weighed. */
export const POLITICIAN_DRAFT_NOTE: Record<Language, string> = {
  nl: 'Je schrijft als politiek ambtsdrager, niet als ambtenaar. De grens van de Ambtenarenwet voor uitingen geldt niet voor jou; ik heb alleen gekeken naar harde grenzen, zoals vertrouwelijke informatie en gegevens van anderen. Kijk voor de rest in de gedragscode van je eigen raad, staten of Kamer.',
  en: "You write as an elected office-holder, not as a civil servant. The limit the Ambtenarenwet sets on expression does not apply to you; I only checked hard limits, such as confidential information and other people's data. For the rest, see the code of conduct of your own council or parliament.",
};

export const DRAFT_DEFAULT_ADVICE: Record<Language, Record<Risk, string>> = {
  nl: {
    laag: 'Let er wel op dat je op persoonlijke titel spreekt en geen informatie uit je werk deelt.',
    middel:
      'Herschrijf de gemarkeerde delen, of leg je tekst eerst voor aan je leidinggevende of de vertrouwenspersoon integriteit. Dat is vrijwillig.',
    hoog: 'Plaats dit niet. Haal de gemarkeerde delen weg of overleg eerst met je leidinggevende of de vertrouwenspersoon integriteit.',
  },
  en: {
    laag: 'Do make clear that you speak in a private capacity and share no information from work.',
    middel:
      'Rewrite the marked parts, or show your text to your manager or the integrity officer first. That is voluntary.',
    hoog: 'Do not post this. Remove the marked parts or talk to your manager or the integrity officer first.',
  },
};

/** Short names of the finding categories, for headings in the channels. */
export const CATEGORY_LABEL: Record<Language, Record<Category, string>> = {
  nl: {
    geheimhouding: 'Vertrouwelijke informatie',
    'eigen-beleidsterrein': 'Je eigen werkterrein',
    'namens-werkgever': 'Namens je werkgever',
    toon: 'Toon',
    'politieke-gevoeligheid': 'Politiek gevoelig',
    persoonsgegevens: 'Persoonsgegevens',
    misstand: 'Melding van een misstand',
  },
  en: {
    geheimhouding: 'Confidential information',
    'eigen-beleidsterrein': 'Your own policy area',
    'namens-werkgever': 'On behalf of your employer',
    toon: 'Tone',
    'politieke-gevoeligheid': 'Politically sensitive',
    persoonsgegevens: 'Personal data',
    misstand: 'Reporting wrongdoing',
  },
};
