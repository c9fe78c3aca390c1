// Reads whether a text is English or Dutch from its words; Dutch is the default.
import { splitWords } from '../text/fold-text.ts';

const ENGLISH = new Set(
  'the a an i my is are can may should what how do does am we our you your it this that on in at for with about of and to be post share like teach work hello hi thanks thank please help'.split(
    ' ',
  ),
);
// "help" is Dutch as well as English: on its own it does not tell the language.
const DUTCH = new Set(
  'de het een ik mijn is zijn mag kan moet wat hoe doe wij onze je jouw dit dat op in bij voor met over van en te werk niet als ook help hoi hallo bedankt'.split(
    ' ',
  ),
);

/** The opening of a text tells its language; long drafts need not be read whole. */
const SAMPLE_LENGTH = 600;

/**
 * The language the words tell, or undefined when they do not: no English or Dutch word, or as many of each
 * ("help", "?", an emoji). The caller then decides from what else it knows (src/conversation/choose-language.ts).
 */
export function readLanguage(text: string): 'nl' | 'en' | undefined {
  let english = 0;
  let dutch = 0;
  for (const word of splitWords(text.slice(0, SAMPLE_LENGTH))) {
    if (ENGLISH.has(word.folded)) english++;
    if (DUTCH.has(word.folded)) dutch++;
  }
  return english > dutch ? 'en' : dutch > english ? 'nl' : undefined;
}

/** The language of a text, Dutch when its words do not tell. */
export function detectLanguage(text: string): 'nl' | 'en' {
  return readLanguage(text) ?? 'nl';
}
