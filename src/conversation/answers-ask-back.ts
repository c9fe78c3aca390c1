// After the bot asked back ("Werk je zelf aan dit onderwerp, of doet je organisatie dat?"), is the next typed
// message the answer, to be read with the question, or a question of its own? It is the answer when it is
// short and plausibly answers: a quick reply typed out (its label or value), a yes / no / hedge ("ja", "nee
// hoor", "deels", "not really"), or words about the relation to the own work — who does the work ("een collega
// doet dat", "my team"), the knowledge's cues for the own dossier, the own employer or unrelated work ("ik werk
// er zelf aan", "los van mijn werk"), or a self-description naming a job or employer ("ik ben
// beleidsmedewerker stikstof"). A message that asks something itself ("mag ik een petitie tekenen?") is a new
// question, and so is anything else ("hoi", "bedankt", a topic of its own).
import { incomingMessageSchema, type ParsedMessage } from '../core/types.ts';
import type { SituationLexicon } from '../situation/situation-lexicon.ts';
import { MISSING_QUESTION } from '../situation/situation-messages.ts';
import type { Analyzer } from '../text/analyze-text.ts';
import { splitWords } from '../text/fold-text.ts';

/** After asking back, a message longer than this is never read as the answer. */
const MAX_ANSWER_WORDS = 14;

/** First words (or word pairs) that answer a yes/no question, or hedge one. */
const ANSWER_OPENERS = new Set([
  ...'ja jawel jazeker jep nee neen nope klopt zeker inderdaad precies correct wel geen niet zelf deels gedeeltelijk beetje soms misschien indirect'.split(
    ' ',
  ),
  ...'yes yeah yep no nah sure partly partially somewhat maybe sometimes indirectly not myself unrelated'.split(
    ' ',
  ),
  ...['ik niet', 'ik wel', 'ik zelf', 'een beetje', 'weet ik', 'weet niet', 'i do', 'i dont', 'not me'],
  ...['kind of', 'sort of', 'no idea', 'dont know', 'im not', 'not sure'],
]);
/** First words of a question of its own ("mag ik …?", "can I …?"). */
const QUESTION_OPENERS = new Set(
  'mag mogen kan kun kunnen moet moeten mocht wil wat hoe waarom wanneer welke wie waar is zijn geldt zou may can could should must are am do does did what how why when which who where would'.split(
    ' ',
  ),
);
/** "Mag ik …" without a question mark is still a question. */
const SUBJECTS = new Set(['ik', 'je', 'jij', 'we', 'wij', 'i', 'you']);
const RELATION_CUES = new Set(['eigen-dossier', 'eigen-werkgever', 'los-van-werk']);
/** Words about who does the work ("een collega doet dat", "andere afdeling", "my team does"). */
const RELATION_WORDS = new Set(
  'werk dossier portefeuille taak taken vakgebied collega collegas team afdeling directie organisatie werkgever work job file portfolio field role colleague colleagues department unit organisation organization employer'.split(
    ' ',
  ),
);

type QuickReply = NonNullable<ParsedMessage['clarification']>;
const relationReplySchema = incomingMessageSchema.shape.clarification.unwrap().shape.value;
const asWords = (text: string) =>
  splitWords(text)
    .map((word) => word.folded)
    .join(' ');
/** Every quick reply's label and value, in both languages, as words. */
const QUICK_REPLIES = new Set(
  Object.values(MISSING_QUESTION)
    .flatMap((questions) => Object.values(questions))
    .flatMap((question) => question.options)
    .flatMap((option) => [asWords(option.label), asWords(option.value)]),
);
/** The relation quick replies by their label or value as words ("mijn organisatie doet het ik niet"). */
const RELATION_REPLIES = new Map(
  Object.values(MISSING_QUESTION)
    .flatMap((questions) => questions['relatie-werk'].options)
    .flatMap((option) => {
      const value = relationReplySchema.parse(option.value);
      return [[asWords(option.label), value] as const, [asWords(option.value), value] as const];
    }),
);

/** A relation quick reply typed out instead of clicked ("Mijn organisatie doet het, ik niet"): the same fact. */
export function typedQuickReply(text: string): QuickReply | undefined {
  const value = RELATION_REPLIES.get(asWords(text));
  return value ? { fact: 'relatie-werk', value } : undefined;
}

export interface AskBackKnowledge {
  analyzer: Analyzer;
  situation: SituationLexicon;
}

export function answersAskBack(text: string, knowledge: AskBackKnowledge): boolean {
  const words = splitWords(text).map((word) => word.folded);
  if (words.length === 0 || words.length > MAX_ANSWER_WORDS) return false;
  if (QUICK_REPLIES.has(words.join(' '))) return true;
  const [first = '', second = ''] = words;
  if (QUESTION_OPENERS.has(first) && (text.includes('?') || SUBJECTS.has(second))) return false;
  if (ANSWER_OPENERS.has(first) || ANSWER_OPENERS.has(`${first} ${second}`)) return true;
  if (words.some((word) => RELATION_WORDS.has(word))) return true;
  const analysed = knowledge.analyzer.analyze(text);
  const cues = knowledge.situation.cueIndex.find(analysed).map((hit) => hit.value);
  if (cues.some((cue) => RELATION_CUES.has(cue))) return true;
  // "ik werk bij de gemeente", "ik ben beleidsmedewerker stikstof": who one is decides the relation too.
  return (
    cues.includes('zelf-werk') &&
    (knowledge.situation.organisationIndex.find(analysed).length > 0 ||
      knowledge.situation.functionIndex.find(analysed).length > 0)
  );
}
