// Recognises what a message is: a greeting or request for help, feedback, a draft to check, or a
// question (whether the question is in scope is decided by the answerer).
import type { ParsedMessage } from '../core/types.ts';

export type DetectedIntent =
  | { intent: 'help' }
  | { intent: 'feedback'; rating: 'up' | 'down' | undefined }
  | { intent: 'draft'; draft: string }
  | { intent: 'question'; question: string };

const GREETING =
  /^(hallo|hoi|hey|hi|hello|hoe gaat het|goedemorgen|goedemiddag|goedenavond|good morning|help|hulp|\?|wat kun je( allemaal)?( doen)?|wat doe je|what can you do|wie ben je|who are you|start|menu)[\s!.?]*$/i;
/** Thanks as people type it: "bedankt!", "oké, dank je wel 🙏", "top, thx", "thanks for the help". */
const THANKS_UP =
  /^(?:(?:ok[eé]?|okay|ah|aha|helder|duidelijk|top|super|prima|fijn|mooi|great|perfect|cool|nice)[\s,!.]+)?(?:👍|🙏|bedankt|dank(?:je|jewel|uwel)?|dank (?:je|u)(?: wel)?|thanks?|thx|thnx|tnx|merci|thank you|top|super|nuttig|helpful|duidelijk)(?:\s+(?:voor|for)\s+(?:je|jouw|uw|het|de|the|your)\s+(?:antwoord|hulp|uitleg|reactie|answer|help|reply))?(?:\s*(?:hoor|!|\.|👍|🙏|🙂|😊))*\s*$/iu;
const THANKS_DOWN = /^(👎|niet nuttig|not helpful|klopt niet|dat klopt niet|wrong)[\s!.]*$/i;
// "toets: …", "check: …", "controleer dit: …", "kun je deze tweet checken: …"
const DRAFT_PREFIX =
  /^\s*(?:toets|check|controleer|concept|draft|review)(?:\s+(?:dit|deze|mijn|this|my)(?:\s+(?:tekst|bericht|post|tweet|concept|text|message))?)?\s*[:\n]\s*([\s\S]+)$/i;
const DRAFT_REQUEST =
  /^\s*(?:kun je|kan je|wil je|can you|could you)\s+(?:deze|dit|mijn|this|my)\s+(?:tekst|bericht|post|tweet|concept|text|message|draft)\s+(?:even\s+)?(?:checken|toetsen|controleren|nakijken|check|review)\??\s*[:\n]\s*([\s\S]+)$/i;

export function detectIntent(message: ParsedMessage): DetectedIntent {
  const text = message.text.trim();
  if (message.command === 'help') return { intent: 'help' };
  if (message.command === 'feedback' || message.feedback) {
    return { intent: 'feedback', rating: message.feedback?.rating };
  }
  // With the check command the whole text is the draft, even when it opens with "Concept:".
  if (message.command === 'check') return { intent: 'draft', draft: text };
  if (message.command === 'ask')
    return GREETING.test(text) ? { intent: 'help' } : { intent: 'question', question: text };
  if (GREETING.test(text)) return { intent: 'help' };
  if (THANKS_UP.test(text)) return { intent: 'feedback', rating: 'up' };
  if (THANKS_DOWN.test(text)) return { intent: 'feedback', rating: 'down' };
  const draft = DRAFT_PREFIX.exec(text)?.[1] ?? DRAFT_REQUEST.exec(text)?.[1];
  if (draft?.trim()) return { intent: 'draft', draft: draft.trim() };
  return { intent: 'question', question: text };
}
