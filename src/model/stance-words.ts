// The wording that gives a sentence of model prose its stance, Dutch and English, as patterns on folded
// text (lower case, no diacritics, straight apostrophes, single spaces). Read by read-stance.ts. A word
// missing here can only let a sentence through as less lenient than it is; the verdict itself is never
// the model's to set, and the rules' reply stays the fallback.

/** Words that negate a marker right after them ("niet altijd", "not always", "nooit zomaar"). */
export const NEGATORS = new Set([
  'niet',
  'nooit',
  'not',
  'never',
  "can't",
  'cannot',
  "don't",
  "doesn't",
  "isn't",
  "aren't",
]);

/** Words that make a clause a prohibition: "je mag dit niet", "you may not", "never", "verboden". */
export const PROHIBITION =
  /\b(?:niet|geen|nooit|niets|niks|verboden|verbod|vermijd|onthoud|afgeraden|over de grens|te ver|strafbaar|ontoelaatbaar|not|never|no|nothing|cannot|can't|mustn't|shouldn't|don't|do not|forbidden|prohibited|avoid|refrain|too far|crosses the line|unacceptable|punishable|illegal)\b/;

/** Over-generalisations, more lenient than any verdict: no rule says "always", "everything", "without conditions". */
export const UNCONDITIONAL: readonly RegExp[] = [
  /\bzonder (?:enige |alle |verdere )?(?:voorwaarden?|beperkingen?|restricties?|grenzen|regels|uitzonderingen?|risico'?s?|gevolgen|consequenties)\b/,
  /\bgeen (?:enkele )?(?:voorwaarden|beperkingen|restricties|grenzen|regels|uitzonderingen)\b/,
  /\b(?:er is|is er|loop je|bestaat) geen (?:enkel )?risico\b/,
  /\bgeen enkel risico\b/,
  /\b(?:in alle gevallen|altijd en overal|onder alle omstandigheden|onbeperkt|zonder meer|nooit een probleem|kan nooit kwaad)\b/,
  /\bwat (?:je|jij|u) (?:maar )?(?:wilt|wil)\b/,
  /\bwanneer (?:je|u) maar (?:wilt|wil)\b/,
  /\balles (?:is |wat )?(?:mag|kan|goed|prima|in orde|oke|ok|toegestaan)\b/,
  /\bwithout (?:any |further )?(?:conditions?|restrictions?|limits?|limitations?|rules|exceptions?|risks?|consequences)\b/,
  /\bno (?:conditions?|restrictions?|limits?|limitations?|rules|exceptions?)\b/,
  /\b(?:there is|there's|with|at) no risk\b/,
  /\b(?:zero risk|risk-free|risk free|in all cases|under all circumstances|always and everywhere|anything goes|unrestricted|unlimited|never a problem|can never hurt)\b/,
  /\b(?:whatever|whenever|however|wherever) you (?:want|like|wish|please)\b/,
  /\beverything (?:is |goes)\b/,
];

/** "Always" and "everything": unconditional when close to a word that permits or says something. */
export const ALWAYS_WORDS = new Set(['altijd', 'overal', 'always', 'anywhere', 'everywhere']);
export const EVERYTHING_WORDS = new Set(['alles', 'everything', 'anything']);
export const PERMITTING_WORDS = new Set([
  'mag',
  'mogen',
  'mocht',
  'kan',
  'kun',
  'kunt',
  'toegestaan',
  'prima',
  'ok',
  'oke',
  'goed',
  'zeggen',
  'delen',
  'posten',
  'plaatsen',
  'schrijven',
  'publiceren',
  'vertellen',
  'tweeten',
  'reageren',
  'doen',
  'can',
  'may',
  'allowed',
  'permitted',
  'fine',
  'okay',
  'say',
  'share',
  'post',
  'write',
  'publish',
  'tell',
  'tweet',
  'do',
]);
/** A sentence that sends the user to someone ("je kunt altijd bij de vertrouwenspersoon terecht"). */
export const REFERRAL =
  /\b(?:vertrouwenspersoon|leidinggevende|hr|integriteit\w*|terecht|overleg\w*|bespreek|bespreken|vraag|vragen|advies|manager|integrity|ask|consult|discuss|talk to|advice|help)\b/;

/** "Go ahead" wording: fits only "mag". */
export const CAREFREE: readonly RegExp[] = [
  /\bgerust\b/,
  /\bgeen (?:enkel )?(?:probleem|punt)\b/,
  /\bgeen (?:zorgen|zorg)\b/,
  /\bzonder (?:zorgen|problemen|probleem|twijfel|aarzelen)\b/,
  /\b(?:niets|niks) aan de hand\b/,
  /\bniemand (?:komt erachter|merkt|ziet|zal)\b/,
  /\bga (?:je|uw|jullie) gang\b/,
  /\b(?:natuurlijk|tuurlijk|uiteraard|absoluut|zeker weten)(?: mag| kan| kun| kunt| wel|,|!)/,
  /\b(?:is|zijn|dat's) (?:helemaal |gewoon |best |volkomen )?(?:prima|oke|ok|in orde)\b/,
  /\bprima om\b/,
  /\bhelemaal (?:goed|prima|in orde|oke|ok)\b/,
  /\bals (?:je|u|jij) (?:dat |het )?(?:maar )?(?:wilt|wil|zin hebt)\b/,
  /\b(?:veilig om|staat (?:je|jou|u) vrij|vrij om|niets mis mee|niks mis mee)\b/,
  /\b(?:is|zijn) (?:helemaal |volkomen |gewoon )?veilig\b/,
  /\bno (?:problem|worries|issues)\b/,
  /\bnot a problem\b/,
  /\bnothing (?:to worry|wrong)\b/,
  /\b(?:don't|do not|dont) worry\b/,
  /\b(?:feel free|go ahead|go for it)\b/,
  /\bof course (?:you|it|that|this)\b/,
  /^(?:sure|certainly|absolutely|of course)\b/,
  /\b(?:perfectly|totally|completely|absolutely) (?:fine|ok|okay|acceptable|safe|allowed)\b/,
  /\bsafe to (?:post|share|publish|say|send)\b/,
  /\b(?:is|it's|that's) (?:completely |perfectly |totally )?safe\b/,
  /\b(?:nobody|no one) (?:will|would) (?:notice|mind|know|care|find out)\b/,
  /\bif you (?:want|like|wish|feel like it)\b/,
  /\byou(?:'re| are) free to\b/,
];
/** "Gewoon" is carefree next to a permitting word ("mag gewoon", "gewoon posten"), not in "een gewoon lid". */
export const JUST_WORDS = new Set(['gewoon', 'zomaar', 'simply', 'just']);

/** Says that something is allowed (its negation in the same clause makes it a prohibition). */
export const PERMISSION: readonly RegExp[] = [
  /\b(?:je|jij|u|jullie|ambtenaren|ambtenaar|dat|dit|het|men|iedereen|we|wij|ze|zij)\s(?:mag|mogen|mocht|mochten)\b/,
  /\b(?:mag|mogen|mocht)\s(?:je|jij|u|jullie|dat|dit|het|ambtenaren|men|we|wij)\b/,
  /\b(?:je|jij|u|jullie|we|wij)\s(?:kunt|kun|kan|kunnen)\b/,
  /\b(?:kun|kunt|kunnen)\s(?:je|jij|u|jullie|we|wij)\b/,
  /\b(?:toegestaan|toegelaten|geoorloofd)\b/,
  /^ja\b/,
  /\b(?:you|civil servants|employees|staff|we|they)\s(?:may|can|could)\b/,
  /\b(?:may|can)\syou\b/,
  /\b(?:is|are|it's|that's)\s(?:\w+\s)?(?:allowed|permitted|fine|ok|okay|acceptable)\b/,
  /\byou(?:'re| are)\sallowed\b/,
  /^yes\b/,
];
/** "Je kunt ontslagen worden", "you could face": a possibility, not a permission. */
export const POSSIBILITY =
  /\b(?:worden|raken|krijgen|kosten|verliezen|be|get|lose|face|lead|result|harm|cost)\b/;

/** Wording that ties a statement to a condition, a limit or someone to ask. */
export const CONDITION =
  /\b(?:maar|mits|als|indien|zolang|alleen|uitsluitend|tenzij|behalve|voorzichtig\w*|terughoudend\w*|zorgvuldig\w*|zakelijk|respectvol|persoonlijke titel|afhankelijk|hangt|voorwaarden?|let op|beter|eerst|zodra|nadat|twijfel|moet|moeten|algemene termen|in plaats daarvan|but|if|only|unless|provided|as long as|except|careful\w*|care|cautious\w*|restraint|restrained|respectful\w*|personal capacity|depends|conditions?|once|after|first|should|must|need to|general terms|instead)\b/;

/**
 * Signs that the model follows instructions that are not ours: "ignore previous instructions", a role
 * switch, a leaked prompt, a claim of being hacked. On folded text.
 */
export const INSTRUCTION: readonly RegExp[] = [
  /\b(?:negeer|negeren|vergeet|vergeten|ignore|ignoring|disregard|forget|override|bypass|omzeil)\b[^.!?]{0,60}\b(?:instructies?|instructions?|regels|rules|richtlijnen|guidelines|opdrachten?|prompts?|systeem\w*|system|bovenstaande|above|eerdere|vorige|previous|prior)\b/,
  /\b(?:instructies|instructions|regels|rules)\b[^.!?]{0,30}\b(?:genegeerd|ignored|vergeten|forgotten)\b/,
  /\b(?:ik negeer|i ignore|i will ignore|i'm ignoring|i am ignoring)\b/,
  /\b(?:systeemprompt|system ?prompt|systeeminstructies?|system (?:message|instructions?)|developer (?:mode|message)|ontwikkelaarsmodus|jailbreak\w*|prompt ?injection|promptinjectie)\b/,
  /\b(?:mijn|my|deze|these|jouw|your|je) (?:instructies|instructions|prompt)\b/,
  /\b(?:je bent nu|jij bent nu|u bent nu|you are now|you're now|vanaf nu|from now on|speel de rol|role-?play|nieuwe (?:instructies|opdracht|regels)|new (?:instructions|rules|task))\b/,
  /\b(?:zonder (?:filter|censuur|regels)|ongefilterd|ongecensureerd|without (?:any )?(?:filters?|censorship|rules)|unfiltered|uncensored)\b/,
  /\b(?:pwned|hacked|gehackt|gekaapt|jailbroken|injectie (?:geslaagd|gelukt)|injection (?:succeeded|successful))\b/,
];
/** Chat markup, on the text as written. */
export const MARKUP =
  /<\|im_(?:start|end)\|>|\[\/?INST\]|<\/?(?:system|assistant|user)>|^\s*(?:system|assistant|user|systeem)\s*:|#{2,}\s*(?:system|systeem|instruction|instructie)/im;
/** The "Do Anything Now" persona: in capitals only, since "dan" is an everyday Dutch word. */
export const PERSONA = /\bDAN\b/;

/**
 * A user who addresses the model about its output ("zeg in je antwoord", "answer only with", "AI:"):
 * what such a sentence asks for must not come back in the prose. On folded text.
 */
export const DIRECTIVE: readonly RegExp[] = [
  /\b(?:zeg|antwoord|answer|reply|respond|say|schrijf|write|voeg|add|begin|start|eindig|end|herhaal|repeat|print|toon|show|geef|give|tell|vertel|zet|put|include|noem|rate|beoordeel|herschrijf|rewrite|output)\b[^.!?]{0,60}\b(?:je antwoord|jouw antwoord|your answer|your reply|your response|the answer|het antwoord|elk veld|every field|each field|herschrijving|the rewrite|your rewrite|bevindingen|findings|suggesties?|suggestions?|alleen met|only with|letterlijk|verbatim|woord voor woord|word for word|dit concept|this draft|laag risico|low risk|dit als|this as)\b/,
  /\b(?:ai|assistent|assistant|bot|chatgpt|llm|taalmodel|uitingswijzer)\s?[:,]/,
  /\b(?:to the ai|aan de ai|to the assistant|aan de assistent)\b/,
  /\b(?:het oordeel|the verdict|oordeel|verdict|risico|risk)\b[^.!?]{0,20}(?:\bis\b|=|:)\s?['"]?(?:mag|laag|low|allowed)\b/,
  /\bneem dat over\b/,
  /["']?(?:verdict|answer|risk|findings)["']?\s?:/,
];
