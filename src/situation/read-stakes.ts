// What is at stake: the hazards (the hard stops of the decision model), the weighing factors, the acts the
// user wants to do, and whether the message is about a civil servant's expression at all. The signal rules
// of the knowledge base are read as evidence of these; cue groups and the speaker add the rest.
import type { FiredSignal } from '../rules/find-signals.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { saidAbsent } from '../text/negations.ts';
import { textEvidence } from './evidence.ts';
import type { SpeakerReading, TextHits } from './read-speaker.ts';
import type { SubjectReading } from './read-subject.ts';
import type { ActKind, Evidence, FactorKind, HazardKind, Situation } from './situation-schema.ts';

/** Rules that read secrecy from the word "confidential" alone, which private life has too. */
export const PRIVATE_CONFIDENCE_RULES = new Set(['intern-document', 'kennis-uit-werk-delen']);
/**
 * Rules that fire on a word of secrecy alone ("staatsgeheim", "classified", "niet doorvertellen"): in a post
 * about private life only it is a figure of speech ("het recept blijft staatsgeheim") or the private news
 * itself ("nog niet doorvertellen: we zijn zwanger!").
 */
const FIGURATIVE_SECRET_RULES = new Set(['staatsgeheim-als-woord', 'voorkennis-lekken']);

/**
 * A rule that read secrecy from private life: "a confidential talk with my running coach" (the relation says
 * private life), or "het recept blijft staatsgeheim 😎" in a post about private life only, tied to no work.
 */
export function secrecyFromPrivateLife(
  ruleId: string,
  topic: Pick<Situation['topic'], 'privateLife'>,
  relation: Pick<Situation['relation'], 'kind' | 'reason'>,
): boolean {
  if (relation.reason === 'private-life' && PRIVATE_CONFIDENCE_RULES.has(ruleId)) return true;
  return (
    FIGURATIVE_SECRET_RULES.has(ruleId) &&
    topic.privateLife &&
    (relation.kind === 'los-van-werk' || relation.kind === 'onbekend')
  );
}

export interface StakesReading {
  acts: Situation['acts'];
  hazards: Situation['hazards'];
  factors: Situation['factors'];
  outOfScope: Situation['outOfScope'];
  /** A rule says the message is about expression (in scope). */
  aboutExpression: boolean;
}

const STATE_SECRET_RULES = new Set([
  'operationele-informatie',
  'staatsgeheim-beveiligingsdetails',
  'staatsgeheim-als-woord',
  'inlichtingendienst',
]);

/** Weighing rules that map to a factor of their own; the rest are "afweging" with their id. */
const FACTOR_BY_RULE: Record<string, FactorKind> = {
  kamerleden: 'politiek-contact',
  perscontact: 'media',
  nevenwerk: 'nevenwerk',
  'hoge-functie': 'gevoelige-functie',
  'neutrale-functie': 'gevoelige-functie',
  'herkenbaar-als-ambtenaar': 'hoedanigheid',
  'spreken-in-functie': 'hoedanigheid',
  'ondertekenen-met-functie': 'hoedanigheid',
  'symbool-op-het-werk': 'hoedanigheid',
  'hoedanigheid-onduidelijk': 'hoedanigheid',
  'timing-stemming': 'timing',
  'kritiek-eigen-organisatie': 'kritiek-werkgever',
  kandidaatstelling: 'politiek-gevoelig',
  // Breaking the law in protest weighs; it is not an insult, even in one's own field.
  'burgerlijke-ongehoorzaamheid': 'afweging',
};
/** Functions that enforce the law: uniformed and with public authority. */
const ENFORCING: ReadonlySet<string> = new Set(['uniform', 'gezag']);
/** Rules that only say the text is about the author's own work: the relation carries that. */
const RELATION_RULES = new Set([
  'eigen-beleidsterrein',
  'mening-over-eigen-werk',
  'eigen-werk-vertrouwelijk',
  'kritiek-eigen-organisatie',
]);
/** Context only: they neither weigh nor stop. */
const CONTEXT_RULES = new Set(['besloten-groep', 'beveiliging']);

/** Rules whose match is an act in itself. */
const ACT_RULES: Record<string, ActKind> = { demonstratie: 'demonstratie', staking: 'staking' };

/** Acts, by the concept or word that names them. */
const ACT_WORDS: [ActKind, RegExp][] = [
  ['staking', /^(staak|staken|staking|stakingen|strike|strikes|striking|werkonderbreking|actiedag)$/],
  [
    'demonstratie',
    /^(demonstr\w*|\w*demo|\w*demos|meedemonstreren|meelopen|betoging\w*|protest\w*|march\w*|sitin|blokkade\w*|blockade\w*|manifestatie\w*|rally|wake|optocht|\w*tocht|\w*mars|herdenking\w*|pride|canal|parade|staking\w*)$/,
  ],
  [
    'petitie',
    /^(petiti\w*|handtekening\w*|brandbrief\w*|zwartboek|burgerinitiatief\w*|ondertekenen|tekenen|sign)$/,
  ],
  ['vakbond', /^(vakbond\w*|bond|fnv|cnv|acp|afmp|union|kaderlid\w*|ondernemingsraad|or)$/],
  [
    'partij',
    /^(partij|partijen|partijlid\w*|partijcongres\w*|partijbijeenkomst\w*|lidmaatschap|party|flyer\w*|campagne\w*|campaign\w*|ledenvergadering\w*)$/,
  ],
  [
    'kandidaat',
    /^(kandida\w*|kieslijst\w*|lijsttrekker\w*|lijstduwer\w*|candidate\w*|raadslid|statenlid|verkiesbaar)$/,
  ],
  ['inspreken', /^(inspr\w*|inspraak\w*)$/],
  [
    'opiniestuk',
    /^(opiniestuk\w*|column\w*|\w*blog\w*|vlog\w*|oped|essay\w*|ingezonden|recensie\w*|review\w*|substack)$/,
  ],
  ['boek', /^(boek|boeken|book)$/],
  ['interview', /^(interview\w*|podcast\w*|talkshow\w*|documentaire\w*|journalist\w*|krant\w*|reporter\w*)$/],
  [
    'optreden',
    /^(\w*lezing\w*|panel\w*|congres\w*|speech\w*|presentatie\w*|gastcollege\w*|workshop\w*|talk|spreken|inspreken|lecture|praatje|toespraak\w*|voordracht\w*)$/,
  ],
  ['liken', /^(like|liken|liked|likes|duimpje)$/],
  [
    'delen',
    /^(delen|deel|gedeeld|share\w*|retweet\w*|repost\w*|doorsturen|forward\w*|posten|post|plaatsen|zetten|foto\w*|photo\w*|filmpje\w*|video\w*|story|stories|vertellen|zeggen|noemen|tweet\w*|tell|telling|say|mention|mentioning|appen|appt|geappt|texten|text)$/,
  ],
  ['reactie', /^(reager\w*|reageren|reactie\w*|comment\w*|reply\w*|antwoord\w*)$/],
  [
    'appgroep',
    /^(app|appgroep\w*|groepsapp\w*|whatsapp\w*|teamapp|buurtapp\w*|straatapp\w*|wijkapp\w*|signal|telegram|chat|groupchat|groepschat\w*)$/,
  ],
  ['document-doorsturen', /^(screenshot\w*|doorsturen|mailen|uitlekken|lekken|leak\w*)$/],
  ['contact-politiek', /^(kamerlid|kamerleden|raadslid|raadsleden|statenlid|statenleden|fractie\w*)$/],
  ['misstand-melden', /^(misstand\w*|klokkenluid\w*|whistleblow\w*|aankaarten)$/],
];

/**
 * Asking leave for oneself ("mag ik", "kunnen we", "is het ok", "can I", "mag dat", "I want to"), or about the
 * rules for civil servants themselves ("geldt artikel 12a ook voor …?").
 */
export const ASKS_OWN_LEAVE =
  /\b(mag|mogen|kan|kun|kunnen|moet|moeten|zou|zouden|zal|durf|can|could|may|might|should|shall|am|would)\s+(ik|we|wij|je|jij|i|you)\b|\b(ik|i|we|wij)\s+(mag|mogen|kan|can|may|should|wil|willen|want|would|ga|gaan|am)\b|\b(ok|oke|oké|okay|fine|verstandig|erg|slim|wise|allowed|toegestaan|netjes|handig|risky|riskant|probleem|problem|issue|gezeur|overweeg|overwegen|considering|wil|want)\b|\b(mag|kan|is) dat\b|\bwhat if\b|\bwat als\b|\b(ambtena\w*|civil servants?|artikel|regels|geldt|gelden|rules|applies)\b|\b(ik|we|wij)\b[^.?!\n]{0,40}\b(mag|mogen|kan|kunnen)\b|\b(i|we)\b[^.?!\n]{0,40}\b(can|may|allowed)\b/i;

/** Out-of-scope rules about who the speaker is: they read the self-description itself. */
const SPEAKER_RULES: ReadonlySet<string> = new Set([
  'politiek-ambtsdrager',
  'prive-werkgever',
  'prive-werkgever-onbekend',
]);

const OPEN_LETTER = /^(brief|letter)$/;
/**
 * Before the English "like": wanting, resembling or disliking ("I'd like", "feels like", "what it's like",
 * "I don't like"), not a Like.
 */
const NOT_A_LIKE =
  /^(id|wed|youd|would|feel|feels|felt|look|looks|looked|seem|seems|sound|sounds|something|things|stuff|exactly|more|its|it|whats|is|was|be|are|just|kinda|sorta|dont|didnt|doesnt)$/;
/** Before "partij": a party to a contract or a file exchange ("externe partij", "derde partijen"). */
const NOT_POLITICAL_PARTY =
  /^(extern\w*|derde|derden|andere|markt\w*|private|commerci\w*|leverende|betrokken|tegen|third|external|other)$/;
const OPEN = new Set(['open', 'openbare', 'gezamenlijke', 'ondertekende']);
/** Offices a candidacy aims at: one only when becoming it is said ("raadslid worden", "verkiesbaar als statenlid"). */
const OFFICES = /^(raadslid|statenlid)$/;
/** "kandidaat" and "candidate" alone: an exam candidate or an applicant as well as one who stands for election. */
const CANDIDATE = /^(kandida\w*|candidate\w*)$/;
/** Words of an election, which make a candidate one who stands. */
const ELECTION =
  /^(verkiez\w*|kieslijst\w*|lijst|list|stemmen|vote|voting|partij\w*|raad|gemeenteraad\w*|raadslid|statenlid|staten|provinciale|kamer|tweede|kamerlid|fractie\w*|election\w*|ballot|council|party|parliament|presidential|president\w*|primaries|primary|senate|congress)$/;
const BECOMING =
  /^(worden|word|wordt|werd|kandidaat|verkiesbaar|lijst|kieslijst|sta|staan|stellen|stel|kandideren|become|run)$/;

/** What a demo shows, not a protest: dogs, a rescue, a drone, software, a sport or a craft. */
const SHOWN =
  /^(hondenbrigade|brigade|honden|hond|brandweer\w*|reddings\w*|ehbo|reanimatie|reanimeren|drone\w*|robot\w*|systeem|systemen|app|apps|software|tool|tools|product\w*|apparatuur|voertuig\w*|blus\w*|judo|dans\w*|workshop\w*|techniek\w*|motor\w*|paard\w*|bereden|arrestatieteam|ambulance\w*|prototype\w*|dashboard\w*|feature\w*)$/;

/** A demo that shows something ("demo's van de hondenbrigade", "blusdemo"), not a protest march. */
function showsSomething(words: AnalyzedWord[], index: number): boolean {
  const demo = /^(\w*?)(demo|demos|demonstratie|demonstraties)$/.exec(words[index]?.folded ?? '');
  if (!demo) return false;
  // "blusdemo", "dronedemo": what is shown comes first in the compound.
  const prefix = demo[1];
  if (prefix && (SHOWN.test(prefix) || SHOWN_PREFIX.test(prefix))) return true;
  if ([index + 1, index + 2, index + 3, index + 4].some((at) => SHOWN.test(words[at]?.folded ?? '')))
    return true;
  // "de F-35 demo", "the helicopter demo": an aircraft or vehicle put through its paces.
  return [index - 1, index - 2].some((at) => AIRCRAFT.test(words[at]?.folded ?? ''));
}

/** Having cast one's vote. */
const VOTED = /^(voted|gestemd|stemde|stemden)$/;

/** Aircraft and vehicles shown at an air show or open day. */
const AIRCRAFT =
  /^(f35|f16|f|jet|jets|straaljager\w*|gevechtsvliegtuig\w*|vliegtuig\w*|helikopter\w*|helicopter\w*|apache|chinook|tank|tanks|aerobatic\w*|kunstvlieg\w*)$/;

/** The first part of a compound demo that shows something ("blusdemo", "reddingsdemo"). */
const SHOWN_PREFIX =
  /^(blus|red|reddings|honden|drone|robot|product|software|app|judo|dans|kook|brandweer|vlieg|heli|helikopter|f35|f16)$/;

function becoming(words: AnalyzedWord[], index: number): boolean {
  return [index - 3, index - 2, index - 1, index + 1, index + 2].some((at) =>
    BECOMING.test(words[at]?.folded ?? ''),
  );
}

/** Before the English month: "in March", "until March", "by 1 March". */
const BEFORE_MONTH =
  /^(in|until|till|by|from|since|early|late|mid|end|begin|beginning|next|last|this|of|on|before|after|\d+)$/;

/** "March" as a month: a day number beside it, or a word that dates ("in March", "until March"). */
function isMonth(words: AnalyzedWord[], index: number): boolean {
  return BEFORE_MONTH.test(words[index - 1]?.folded ?? '') || /^\d+$/.test(words[index + 1]?.folded ?? '');
}

/** True for a word that names an act (posting, demonstrating, signing …). */
export function isActWord(folded: string): boolean {
  return ACT_WORDS.some(([, pattern]) => pattern.test(folded));
}

export function readStakes(
  text: string,
  words: AnalyzedWord[],
  hits: TextHits,
  fired: FiredSignal[],
  speaker: SpeakerReading,
  subject: SubjectReading,
  appliesTo: 'question' | 'draft' = 'draft',
): StakesReading {
  const hazards: Situation['hazards'] = [];
  const factors: Situation['factors'] = [];
  const addHazard = (kind: HazardKind, evidence: Evidence[], ruleId?: string) => {
    const known = hazards.find((item) => item.kind === kind);
    if (known) {
      known.evidence.push(...evidence);
      // The hazard is named after its firmest rule: one that reads secrecy from "confidential" alone gives
      // way to one that reads it from the work (private life may clear the first, not the second).
      if (ruleId && PRIVATE_CONFIDENCE_RULES.has(known.ruleId ?? '') && !PRIVATE_CONFIDENCE_RULES.has(ruleId))
        known.ruleId = ruleId;
    } else hazards.push({ kind, evidence, ...(ruleId ? { ruleId } : {}) });
  };
  const addFactor = (kind: FactorKind, evidence: Evidence[], weighs: boolean, ruleId?: string) => {
    const known = factors.find((item) => item.kind === kind && item.ruleId === ruleId);
    if (known) {
      known.evidence.push(...evidence);
      known.weighs ||= weighs;
    } else factors.push({ kind, evidence, weighs, ...(ruleId ? { ruleId } : {}) });
  };
  let aboutExpression = false;
  const outOfScopeRules: FiredSignal[] = [];

  for (const item of fired) {
    const { meta } = item.signal;
    const evidence = item.matches.map((match) => textEvidence(text, words, match.wordIndexes));
    switch (meta.effect) {
      case 'hard-stop': {
        if (meta.categories.includes('persoonsgegevens')) addHazard('persoonsgegevens', evidence, meta.id);
        else if (STATE_SECRET_RULES.has(meta.id)) addHazard('staatsgeheim', evidence, meta.id);
        else if (meta.categories.includes('geheimhouding')) addHazard('niet-openbaar', evidence, meta.id);
        else if (meta.categories.includes('toon')) addHazard('belediging', evidence, meta.id);
        else if (meta.categories.includes('namens-werkgever'))
          addHazard('namens-werkgever', evidence, meta.id);
        else addHazard('niet-openbaar', evidence, meta.id);
        aboutExpression = true;
        break;
      }
      case 'whistleblowing':
        addHazard('misstand', evidence, meta.id);
        aboutExpression = true;
        break;
      case 'weighing':
      case 'aggravating': {
        aboutExpression = true;
        if (RELATION_RULES.has(meta.id) || CONTEXT_RULES.has(meta.id)) break;
        const weighs = meta.effect === 'weighing';
        // A police officer or enforcer breaking the law in protest: weighed as the old hard line, since the
        // own role is to uphold it (compare AGFA 2021-00219: an officer's statements on enforcing a demonstration
        // ban seriously damaged trust).
        const enforcerBreakingLaw =
          meta.id === 'burgerlijke-ongehoorzaamheid' &&
          speaker.speaker.functions.some((item) => item.sensitivity.some((value) => ENFORCING.has(value)));
        const kind = enforcerBreakingLaw
          ? 'scherpe-toon'
          : (FACTOR_BY_RULE[meta.id] ??
            (meta.categories.includes('toon')
              ? 'scherpe-toon'
              : meta.categories.includes('politieke-gevoeligheid')
                ? 'politiek-gevoelig'
                : meta.categories.includes('namens-werkgever')
                  ? 'hoedanigheid'
                  : 'afweging'));
        addFactor(kind, evidence, weighs, meta.id);
        break;
      }
      case 'protected':
        addFactor('beschermd-recht', evidence, false, meta.id);
        aboutExpression = true;
        break;
      case 'expression':
      case 'context':
        aboutExpression = true;
        if (meta.grounds) addFactor('grondslag', evidence, false, meta.id);
        break;
      case 'out-of-scope':
        // The job described ("ik werk bij de ICT-servicedesk") says who asks, not what the question is about.
        // (Rules about who the speaker is, a private employer or an office, are read there on purpose.)
        if (
          !SPEAKER_RULES.has(meta.id) &&
          item.matches.length > 0 &&
          item.matches.every((match) => match.wordIndexes.every((index) => speaker.selfWords.has(index)))
        )
          break;
        outOfScopeRules.push(item);
        break;
    }
  }

  // Cue groups outside the self-description.
  // An election one has just voted in ("gestemd voor de gemeenteraad", "voted today") is no campaign to sway.
  const voted = words.some((word) => VOTED.test(word.folded));
  for (const hit of hits.cues) {
    if (hit.wordIndexes.every((index) => speaker.selfWords.has(index))) continue;
    const evidence = [textEvidence(text, words, hit.wordIndexes)];
    if (hit.value === 'timing') {
      if (!voted) addFactor('timing', evidence, false);
    }
    // "niet in uniform", "zonder logo", "out of uniform": the mark of the job is said to be absent.
    else if (hit.value === 'hoedanigheid' && !saidAbsent(words, hit.wordIndexes[0] ?? 0))
      addFactor('hoedanigheid', evidence, false);
    else if (hit.value === 'media') addFactor('media', evidence, false);
  }
  if (subject.hot.length > 0) addFactor('politiek-gevoelig', subject.hot, false);
  const sensitive = speaker.speaker.functions.filter((item) => item.sensitivity.length > 0);
  if (sensitive.length > 0)
    addFactor(
      'gevoelige-functie',
      sensitive.map((item) => item.evidence),
      false,
    );
  else if (speaker.organisation?.sensitive && speaker.speaker.organisation)
    addFactor('gevoelige-functie', [speaker.speaker.organisation.evidence], false);
  if (speaker.speaker.hired) addFactor('inhuur', [speaker.speaker.hired], false);
  if (speaker.speaker.former) addFactor('oud-medewerker', [speaker.speaker.former], false);

  const acts: Situation['acts'] = [];
  words.forEach((word, index) => {
    for (const [kind, pattern] of ACT_WORDS) {
      if (!pattern.test(word.folded) || acts.some((act) => act.kind === kind)) continue;
      // "een externe partij", "derde partijen": a business party, not a political one.
      if (kind === 'partij' && NOT_POLITICAL_PARTY.test(words[index - 1]?.folded ?? '')) continue;
      // "or even to the paper": the works council is written OR, or "de or"; the English "or" is a conjunction.
      if (
        word.folded === 'or' &&
        text.slice(word.start, word.end) !== 'OR' &&
        words[index - 1]?.folded !== 'de'
      )
        continue;
      // "het verschil tussen een wethouder en een raadslid": an office named, not a candidacy ("raadslid worden").
      if (kind === 'kandidaat' && OFFICES.test(word.folded) && !becoming(words, index)) continue;
      // "de slechtste kandidaat van de dag", "the candidate for the vacancy": an exam or a job, no election.
      if (
        kind === 'kandidaat' &&
        CANDIDATE.test(word.folded) &&
        !words.some((other) => ELECTION.test(other.folded))
      )
        continue;
      // "demo's van de hondenbrigade", "een demo van de nieuwe app": a show of how something works.
      if (kind === 'demonstratie' && showsSomething(words, index)) continue;
      // "bids until 14 March", "in March": the month, not a march.
      if (kind === 'demonstratie' && word.folded === 'march' && isMonth(words, index)) continue;
      // "I'd like to tweet", "feels like", "something like this": wanting or resembling, not a Like.
      if (
        kind === 'liken' &&
        word.folded === 'like' &&
        (NOT_A_LIKE.test(words[index - 1]?.folded ?? '') || words[index + 1]?.folded === 'to')
      )
        continue;
      acts.push({ kind, evidence: textEvidence(text, words, [index]) });
    }
    // A letter is a civic act when it is an open one; a letter alone is often the government's own
    // (a Kamerbrief sent today), which is no petition.
    if (
      OPEN_LETTER.test(word.folded) &&
      OPEN.has(words[index - 1]?.folded ?? '') &&
      !acts.some((act) => act.kind === 'petitie')
    )
      acts.push({ kind: 'petitie', evidence: textEvidence(text, words, [index - 1, index]) });
  });
  // A post that opens by addressing someone ("@BewonersBuitenpolder Snap jullie zorgen …") is a reply.
  const addressed = /^\s*(?:\[[^\]]*\]\s*)?(@\w+)/.exec(text);
  if (addressed?.[1] && !acts.some((act) => act.kind === 'reactie')) {
    const start = text.indexOf(addressed[1]);
    acts.push({
      kind: 'reactie',
      evidence: { source: 'text', text: addressed[1], start, end: start + addressed[1].length },
    });
  }
  // A rule that names the act in other words ("ik sta zaterdag op het Malieveld"): the act it stands for.
  for (const item of fired) {
    const kind = ACT_RULES[item.signal.meta.id];
    const first = item.matches[0];
    if (kind && first && !acts.some((act) => act.kind === kind))
      acts.push({ kind, evidence: textEvidence(text, words, first.wordIndexes) });
  }
  if (acts.length === 0 && words.some((word) => word.concepts.includes('@sociale-media'))) {
    const index = words.findIndex((word) => word.concepts.includes('@sociale-media'));
    acts.push({ kind: 'bericht', evidence: textEvidence(text, words, [index]) });
  }
  if (acts.length > 0) aboutExpression = true;
  // A question that names no act, finds nothing at stake and asks no leave for the writer ("Mag een boa een
  // boete geven voor wildplassen?", "Klopt het dat de marechaussee ook aan de Duitse grens controleert?") asks
  // for facts about a task or a power, not about what the writer may say or do.
  else if (
    appliesTo === 'question' &&
    hazards.length === 0 &&
    factors.every((item) => item.kind === 'gevoelige-functie') &&
    !ASKS_OWN_LEAVE.test(text)
  )
    aboutExpression = false;

  let outOfScope: Situation['outOfScope'];
  const notCivil = speaker.speaker.notCivilServant;
  if (notCivil) outOfScope = { reason: notCivil.reason, evidence: [notCivil.evidence] };
  else if (outOfScopeRules.length > 0) {
    outOfScope = {
      reason: outOfScopeRules[0]?.signal.meta.id ?? 'geen-uiting',
      evidence: outOfScopeRules.flatMap((item) =>
        item.matches.map((match) => textEvidence(text, words, match.wordIndexes)),
      ),
    };
  } else if (!aboutExpression) outOfScope = { reason: 'geen-uiting', evidence: [] };

  return { acts, hazards, factors, outOfScope, aboutExpression };
}
