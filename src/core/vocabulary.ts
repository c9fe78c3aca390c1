// The controlled vocabulary shared with the evaluation: verdicts, risk levels, finding categories and
// legal basis ids. Answers and findings carry exactly these ids. Copied from the eval vocabulary;
// test/vocabulary.test.ts keeps the two in step when the shared file is present.
import { z } from 'zod';

export const VERDICTS_DESCRIPTIONS = {
  mag: 'Allowed with ordinary care: the same room any citizen has (topic far from own work, no confidential information, respectful, clearly private capacity), or an explicitly protected right (e.g. party or union membership).',
  voorwaardelijk:
    'Allowed only if conditions hold, or it depends on factors the user must weigh (own policy area, political sensitivity, timing, manner, capacity, function sensitivity). The answer names the conditions.',
  'mag-niet':
    'Not allowed: sharing confidential information obtained through the job, speaking on behalf of the employer without mandate, insulting or discriminatory utterances, state secrets.',
  'buiten-scope':
    'The question is not about what a civil servant may say, write, share, like, join or demonstrate; the bot says so and points to where to go.',
} as const;

export const RISKS_DESCRIPTIONS = {
  laag: 'No signal of a problem; publish with ordinary care.',
  middel:
    'One or more weighing factors raise risk; rephrase, state private capacity, or check with manager / integrity officer first.',
  hoog: 'A hard stop (confidential information, personal data of citizens, insults or discrimination, speaking for the employer without mandate) or several aggravating factors together; do not publish as written.',
} as const;

export const CATEGORIES_DESCRIPTIONS = {
  geheimhouding:
    'Confidential or not-yet-public information obtained through the job (AW 2017 art. 9, Sr 272, Sr 98).',
  'eigen-beleidsterrein':
    "The topic is the author's own work, directorate or minister's portfolio (distance function-topic).",
  'namens-werkgever': 'Speaks for the employer, or the capacity (private or official) is unclear.',
  toon: 'Manner: insulting, disqualifying, discriminatory, sarcastic attacks on people, calls to disobey.',
  'politieke-gevoeligheid':
    'Politically sensitive subject, named politicians, election campaigning, pending decision-making.',
  persoonsgegevens: 'Personal data of citizens or colleagues (names with cases, BSN, addresses, health).',
  misstand:
    'The author reports suspected wrongdoing: the whistleblowing route applies (internal procedure, Huis voor Klokkenluiders).',
} as const;

export const BASIS_DESCRIPTIONS = {
  'aw2017-art4': 'Ambtenarenwet 2017 art. 4: integriteitsbeleid en gedragscode (employer duty)',
  'aw2017-art5':
    'Ambtenarenwet 2017 art. 5: employer duties incl. procedure for suspected wrongdoing, registration of side activities',
  'aw2017-art6': 'Ambtenarenwet 2017 art. 6: goed ambtenaarschap',
  'aw2017-art7': 'Ambtenarenwet 2017 art. 7: eed of belofte',
  'aw2017-art8': 'Ambtenarenwet 2017 art. 8: nevenwerkzaamheden, financiële belangen, geschenken',
  'aw2017-art9': 'Ambtenarenwet 2017 art. 9: geheimhoudingsplicht',
  'aw2017-art10':
    'Ambtenarenwet 2017 art. 10: uitingsvrijheid en haar grens (functioneringsnorm); lid 2 party/union membership',
  'aw-art125a': 'Old Ambtenarenwet art. 125a (until 2020), predecessor of AW 2017 art. 9 and 10',
  'gw-art7': 'Grondwet art. 7: vrijheid van meningsuiting, no prior censorship',
  'gw-art8': 'Grondwet art. 8: recht van vereniging',
  'gw-art9': 'Grondwet art. 9: recht van vergadering en betoging',
  'evrm-art10': 'EVRM (ECHR) art. 10: freedom of expression',
  'sr-art272': 'Wetboek van Strafrecht art. 272: schending van geheimhoudingsplicht',
  'sr-art98': 'Wetboek van Strafrecht art. 98-98b: state secrets',
  'awb-art2-5':
    "Algemene wet bestuursrecht art. 2:5: secrecy for those involved in an administrative body's tasks",
  'woo-art5-1': 'Wet open overheid art. 5.1: grounds for not disclosing information',
  'woo-art5-2': 'Wet open overheid art. 5.2: persoonlijke beleidsopvattingen in internal deliberation',
  wbk: 'Wet bescherming klokkenluiders: definitions, internal procedure (art. 2), protection',
  'wbk-art17ea': 'Wet bescherming klokkenluiders art. 17ea: when public disclosure is protected',
  'aanwijzingen-externe-contacten':
    'Aanwijzingen inzake externe contacten van rijksambtenaren (1998 text incl. aanwijzing 15 factors; replaced 2020)',
  gir: 'Gedragscode Integriteit Rijk',
  'politiewet-art47': 'Politiewet 2012 art. 47: AW 2017 provisions apply to the police',
  'wad-art12a': 'Wet ambtenaren defensie art. 12a: the same norm for military personnel',
  'rob-2012': "Rob-advies 'In gesprek of verkeerd verbonden?' (2012)",
  avg: 'Algemene verordening gegevensbescherming: personal data of others',
  jurisprudentie: "Case law (CRvB and others) on civil servants' utterances",
} as const;

/** The keys of a description table as a non-empty tuple, the shape z.enum needs. */
function keysOf<T extends Record<string, string>>(table: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}

export const VERDICTS = keysOf(VERDICTS_DESCRIPTIONS);
export const RISKS = keysOf(RISKS_DESCRIPTIONS);
export const CATEGORIES = keysOf(CATEGORIES_DESCRIPTIONS);
export const BASIS_IDS = keysOf(BASIS_DESCRIPTIONS);

export const verdictSchema = z.enum(VERDICTS);
export const riskSchema = z.enum(RISKS);
export const categorySchema = z.enum(CATEGORIES);
export const basisIdSchema = z.enum(BASIS_IDS);

/** mag | voorwaardelijk | mag-niet | buiten-scope */
export type Verdict = z.infer<typeof verdictSchema>;
/** laag | middel | hoog */
export type Risk = z.infer<typeof riskSchema>;

/** How strict a verdict is: out of scope (the law not applied at all) is the most lenient, mag-niet the strictest. */
export const VERDICT_STRICTNESS: Readonly<Record<Verdict, number>> = {
  'buiten-scope': 0,
  mag: 1,
  voorwaardelijk: 2,
  'mag-niet': 3,
};

/** The more serious of two risks (RISKS runs from laag to hoog). */
export function higherRisk(a: Risk, b: Risk): Risk {
  return RISKS.indexOf(a) >= RISKS.indexOf(b) ? a : b;
}
/** A finding category of the draft check. */
export type Category = z.infer<typeof categorySchema>;
/** A legal basis id such as aw2017-art10. */
export type BasisId = z.infer<typeof basisIdSchema>;
