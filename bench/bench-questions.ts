// Questions and drafts the benchmark sends through bot.handle (written for the benchmark, not the eval).
export const BENCH_QUESTIONS = [
  'Mag ik op LinkedIn reageren op het debat over stikstof?',
  'Mag ik een petitie tegen windmolens tekenen? Ik werk zelf aan energiebeleid.',
  'Mag ik liken wat een Kamerlid over woningbouw zegt?',
  'Mag ik een interne memo over de reorganisatie delen op X?',
  'Ik ben agent. Mag ik posten dat de politie te weinig mensen heeft?',
  'Mag ik meelopen in een klimaatmars in Den Haag?',
  'Een journalist wil me interviewen over mijn werk bij de gemeente. Mag dat?',
  'Mag ik lid zijn van de PvdA en dat op Facebook zetten?',
  'Kan ik anoniem op Reddit schrijven over de sfeer op mijn afdeling?',
  'Ik zie fraude met subsidies bij ons. Mag ik dat op sociale media zetten?',
  'Mag ik een betaalde column schrijven over natuur?',
  'Hoe vraag ik verlof aan?',
  'Can I share an article about housing prices on LinkedIn?',
  'Mag ik in onze teamapp grappen maken over de wethouder?',
  'Moet communicatie mijn tweet over vogels eerst goedkeuren?',
  'Ik ben docent op een ROC. Mag ik kritiek geven op het onderwijsbeleid?',
  'Ik ben korporaal. Mag ik schrijven dat Defensie meer geld moet krijgen?',
  'Mag ik namens de provincie reageren op een klacht op Facebook?',
  'Mag ik op een congres vertellen hoe wij onze systemen beveiligen?',
  'Ik noemde mijn teamleider een sukkel op LinkedIn. Wat nu?',
];

const SENTENCES = [
  'Vandaag was een mooie dag op het werk en ik wil iets delen over wat we doen.',
  'Ik vind dat er meer aandacht moet komen voor de woningnood in onze regio.',
  'De nieuwe regels voor parkeren zijn wat mij betreft niet handig voor bewoners.',
  'Gisteren sprak ik met collega’s over de plannen voor de binnenstad.',
  'Persoonlijke noot: het openbaar vervoer kan echt beter in de avonduren.',
  'We hebben een mooie open dag gehad met veel bezoekers en goede gesprekken.',
];

/** A draft of about `length` characters. */
export function benchDraft(length: number): string {
  let text = '';
  let index = 0;
  while (text.length < length) text += `${SENTENCES[index++ % SENTENCES.length]} `;
  return text.slice(0, length);
}
