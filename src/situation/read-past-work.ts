// A former employee who says so in the past tense: "ik werkte bij de Belastingdienst", "ik heb tien jaar bij
// DUO gewerkt", "I worked at the IND", "ik werkte als jurist bij …". The `oud-medewerker` cues in the knowledge
// catch the explicit phrases ("tot vorig jaar", "I used to work"); tense is grammar, so it is read here.
// Not former: the present ("ik werk al 10 jaar bij"), the English present perfect ("I've worked at … for
// years"), a day's work ("ik werkte vandaag thuis", "I worked at the office yesterday"), working on something
// ("ik werkte aan een nota voor de IND"), a hypothesis ("als ik bij de IND werkte") and "ik heb altijd bij …
// gewerkt". An employer or job must follow bij / voor / als / at / for / as … in the same sentence.
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { sentenceIndexes, textEvidence } from './evidence.ts';
import type { Evidence } from './situation-schema.ts';
import type { TermHit } from './term-index.ts';

export interface PastWork {
  evidence: Evidence;
  /** The employer's or job's words: the speaker's own, not the subject. */
  wordIndexes: number[];
}

/** Simple past (with its subject next to it) and the past participle (with "heb" / "had" next to "ik"). */
const SIMPLE_PAST = new Set(['werkte', 'werkten', 'worked']);
const PARTICIPLE = new Set(['gewerkt']);
const SUBJECT = new Set(['ik', 'i', 'wij', 'we']);
const AUXILIARY = new Set(['heb', 'had', 'hebben', 'hadden']);
/** "I've worked", "I have worked": the English present perfect goes on to now. */
const PRESENT_PERFECT = new Set(['ive', 'have', 'weve', 'has']);
/** The past of one day, or a lasting one: not a job left behind. */
const NOT_LEFT = new Set(
  'vandaag gisteren eergisteren vanochtend vanmorgen vanmiddag vanavond vannacht zojuist altijd today yesterday tonight morning afternoon evening always'.split(
    ' ',
  ),
);
const HYPOTHETICAL = new Set(['zou', 'zouden', 'stel', 'indien', 'mocht', 'would', 'suppose', 'if']);
/** How far back the subject or auxiliary of a verb at the end of a clause may stand. */
const CLAUSE_SPAN = 10;
/**
 * What may stand between "ik" and a clause-final "werkte": the employer, its link, and when ("toen ik nog
 * tot 2020 bij de IND werkte"); any other word may be another subject ("dat ik denk dat hij bij … werkte").
 */
const IN_CLAUSE = /^(bij|voor|op|als|in|de|het|een|nog|ooit|toen|tot|jaar|jaren|lang|\d+)$/;
const CLAUSE_BREAKS = new Set(['dat', 'die', 'wat', 'that', 'who', 'which', 'maar', 'but', 'omdat', 'want']);
/** Words that link a verb of working to an employer ("bij DUO") or a job ("als jurist"); "worked for the
 * minister" is whom one worked for, not what one was. */
const EMPLOYER_LINKS = new Set(['bij', 'voor', 'op', 'in', 'at', 'for']);
const JOB_LINKS = new Set(['als', 'as']);
/** Words that may stand between the link and the name ("bij de", "for the", "as a"). */
const DETERMINERS = new Set(['de', 'het', 'een', 'the', 'a', 'an']);
/** "werkte aan", "worked on": working on something, not somewhere. */
const WORKING_ON = new Set(['aan', 'on', 'about', 'over', 'thuis', 'home']);

export function findPastWork(
  text: string,
  words: AnalyzedWord[],
  hits: { organisations: TermHit<string>[]; functions: TermHit<string>[] },
): PastWork | undefined {
  const sentences = sentenceIndexes(words);
  const folded = (index: number) => words[index]?.folded ?? '';
  const employers = [...hits.organisations, ...hits.functions];
  const employerWords = new Set(employers.flatMap((hit) => hit.wordIndexes));
  for (const [verb, word] of words.entries()) {
    const subject = subjectOf(verb, word.folded, folded, sentences, employerWords);
    if (subject === undefined) continue;
    const sentence = [...words.keys()].filter((index) => sentences[index] === sentences[verb]);
    if (sentence.some((index) => NOT_LEFT.has(folded(index)) || HYPOTHETICAL.has(folded(index)))) continue;
    // "als ik bij de IND werkte": "als" before the subject makes it a condition.
    if (folded(subject - 1) === 'als') continue;
    const employer = employers.find((hit) => {
      const first = hit.wordIndexes[0] ?? -1;
      if (sentences[first] !== sentences[verb]) return false;
      const link = DETERMINERS.has(folded(first - 1)) ? first - 2 : first - 1;
      const links = hits.organisations.includes(hit) ? EMPLOYER_LINKS : JOB_LINKS;
      if (!links.has(folded(link))) return false;
      // Nothing between them may say what was worked on ("ik heb aan een nota voor de IND gewerkt").
      const from = Math.min(subject, verb, link);
      const to = Math.max(subject, verb, link);
      for (let index = from; index <= to; index++) if (WORKING_ON.has(folded(index))) return false;
      return true;
    });
    if (!employer) continue;
    const indexes = [subject, verb, ...employer.wordIndexes];
    return {
      evidence: textEvidence(text, words, [Math.min(...indexes), Math.max(...indexes)]),
      wordIndexes: employer.wordIndexes,
    };
  }
  return undefined;
}

/** The index of the subject "ik" / "I" of a past form of working, or undefined when it is not the speaker's. */
function subjectOf(
  verb: number,
  form: string,
  folded: (index: number) => string,
  sentences: number[],
  employerWords: Set<number>,
): number | undefined {
  const near = (index: number) => sentences[index] === sentences[verb];
  if (SIMPLE_PAST.has(form)) {
    if (PRESENT_PERFECT.has(folded(verb - 1))) return undefined;
    // "ik werkte", "werkte ik", "I had worked", "I'd worked".
    if (SUBJECT.has(folded(verb - 1)) && near(verb - 1)) return verb - 1;
    if (folded(verb - 1) === 'id' && near(verb - 1)) return verb - 1;
    if (folded(verb - 1) === 'had' && SUBJECT.has(folded(verb - 2)) && near(verb - 2)) return verb - 2;
    if (form === 'worked') return undefined;
    if (SUBJECT.has(folded(verb + 1)) && near(verb + 1)) return verb + 1;
    // At the end of a clause: "toen ik nog bij de IND werkte", "omdat ik tot 2020 bij DUO werkte".
    for (let index = verb - 1; index >= verb - CLAUSE_SPAN && near(index); index--) {
      if (SUBJECT.has(folded(index))) return index;
      if (!IN_CLAUSE.test(folded(index)) && !employerWords.has(index)) return undefined;
    }
    return undefined;
  }
  if (!PARTICIPLE.has(form)) return undefined;
  // "ik heb … gewerkt", "heb ik … gewerkt": the auxiliary next to the subject, earlier in the same clause.
  for (let index = verb - 1; index >= verb - CLAUSE_SPAN && near(index); index--) {
    if (CLAUSE_BREAKS.has(folded(index))) return undefined;
    if (!AUXILIARY.has(folded(index))) continue;
    if (SUBJECT.has(folded(index - 1)) && near(index - 1)) return index - 1;
    if (SUBJECT.has(folded(index + 1))) return index + 1;
  }
  return undefined;
}
