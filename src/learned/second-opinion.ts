// The learned second opinion: small classifiers trained on HR's labelled examples (knowledge/examples)
// whenever the knowledge loads. They read the message, the profile and the situation the rules built, and
// may only ever make an answer stricter than the rules: a verdict up the scale mag < voorwaardelijk <
// mag-niet, a draft risk up laag < middel < hoog. The reply says when they did.
import type { Profile } from '../core/types.ts';
import { CATEGORIES, type Category, RISKS, type Risk, type Verdict } from '../core/vocabulary.ts';
import type { Example } from '../knowledge/situation-schemas.ts';
import { POLITICALLY_SENSITIVE } from '../situation/decide-question.ts';
import { OTHER_FIELD } from '../situation/read-relation.ts';
import { ASKS_OWN_LEAVE } from '../situation/read-stakes.ts';
import {
  CLOSE_RELATIONS,
  INTERNAL_ROUTE_RULES,
  inPrivateEmployment,
  type Situation,
  sharesPublicOrMilestone,
} from '../situation/situation-schema.ts';
import { featurize, type SparseVector } from './featurize.ts';
import {
  type MultiLabelModel,
  predictSoftmax,
  predictTags,
  type SoftmaxModel,
  trainMultiLabelInSteps,
  trainSoftmaxInSteps,
} from './softmax-regression.ts';

/** Out-of-scope rules that name a request as something else than expression. */
const TASK_RULES = new Set([
  'taakverzoek',
  'it-en-faciliteiten',
  'kennisvraag-of-profiel',
  'arbeidsvoorwaarden',
  'melding-openbare-ruimte',
]);

/** Draft categories of a hard stop the category model may hint at (grounds for raising to hoog). */
const HARD_CATEGORIES = new Set<string>(['geheimhouding', 'persoonsgegevens']);

/** Reasons for "far from the work" that the model may not turn into "it depends". */
const STRONG_GROUNDS = new Set(['said-unrelated', 'private-life', 'education-national-policy']);

/** Changes whenever features or training change, so models trained by an older version are not reused. */
export const LEARNING_VERSION = 'features-2';

export const QUESTION_CLASSES = ['mag', 'voorwaardelijk', 'mag-niet', 'buiten-scope'] as const;

/**
 * How sure the model must be before it overrides the rules. The scale is ordinal, so it is read as "at
 * least this strict": P(voorwaardelijk or mag-niet), P(mag-niet); P(middel or hoog), P(hoog).
 */
export interface Thresholds {
  /** Raise to the middle of the scale (voorwaardelijk, middel). */
  middle: number;
  /** The same, where the rules had explicit grounds: the subject, with its words, far from the work. */
  middleOverGrounds: number;
  /**
   * A draft with explicit grounds that gives an opinion and has nothing else at stake (no hazard, no factor
   * beyond the function): an opinion far from the work is the citizen's room the law leaves.
   */
  middleOverGroundsOpinion: number;
  /** Raise to the top of the scale (mag-niet, hoog). */
  top: number;
  /** Raise to the top (voorwaardelijk to mag-niet, middel to hoog) where nothing grounds a hard stop. */
  topWithoutGrounds: number;
  /** A category-model score for secrecy or personal data that counts as grounds for hoog. */
  hardCategoryHint: number;
  /** …and one that counts even in a closed circle or over mockery alone. */
  hardCategorySure: number;
  /** Raise a draft from laag straight to hoog (cross-validated on the examples: 0.7 costs half a point). */
  jump: number;
  /** laag → hoog where nothing of the author's work is known and the rules found nothing at all. */
  jumpBlank: number;
  /** laag → middel in the same blank case. */
  middleBlank: number;
  /** Give a verdict where the rules found the question out of scope. */
  intoScope: number;
  /** Add a draft category the rules did not flag (only when the risk is not laag). */
  category: number;
  /** Find a question out of scope that the rules could only answer with "it depends on your work". */
  outOfScope: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  middle: 0.5,
  middleOverGrounds: 0.8,
  middleOverGroundsOpinion: 0.85,
  top: 0.5,
  topWithoutGrounds: 0.85,
  hardCategoryHint: 0.3,
  hardCategorySure: 0.9,
  jump: 0.7,
  jumpBlank: 0.95,
  middleBlank: 0.9,
  intoScope: 0.75,
  category: 0.6,
  outOfScope: 0.9,
};

/** Below this many words the model does not raise a draft the rules found nothing in. */
const MIN_WORDS_TO_RAISE = 6;

/** Hazard tags of question examples that get a yes/no model of their own (to name what the model saw). */
export const HAZARD_TAGS = [
  'niet-openbaar',
  'persoonsgegevens',
  'belediging',
  'namens-werkgever',
  'staatsgeheim',
  'misstand',
] as const;
export type HazardTag = (typeof HAZARD_TAGS)[number];

export interface LearnedModels {
  question?: SoftmaxModel;
  /** Yes/no per hazard tag of the question examples. */
  hazards?: MultiLabelModel;
  draft?: SoftmaxModel;
  /** Yes/no per draft category. */
  categories?: MultiLabelModel;
  counts: { questions: number; drafts: number };
  thresholds: Thresholds;
}

export interface LabelledItem {
  example: Example;
  /** The situation the rules read for this example (features), when available. */
  situation?: Situation;
}

export interface SecondOpinion {
  /** What the model would answer. */
  label: string;
  /** Its probability. */
  confidence: number;
  /** True when it changed the answer (always stricter). */
  applied: boolean;
}

export const EMPTY_MODELS: LearnedModels = {
  counts: { questions: 0, drafts: 0 },
  thresholds: DEFAULT_THRESHOLDS,
};

/** Below this many examples a model is not trained: too few to say anything. */
const MIN_EXAMPLES = 40;
/** A tag or category needs this many positive examples to get a model. */
const MIN_POSITIVES = 10;

export function* trainLearnedModels(
  questions: LabelledItem[],
  drafts: LabelledItem[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Generator<undefined, LearnedModels, undefined> {
  const models: LearnedModels = {
    counts: { questions: questions.length, drafts: drafts.length },
    thresholds,
  };
  if (questions.length >= MIN_EXAMPLES) {
    const vectors = questions.map((item) =>
      vectorOf(item.example.text, item.example.profile, item.situation),
    );
    models.question = yield* trainSoftmaxInSteps(
      questions.map((item, index) => ({
        vector: vectors[index] as SparseVector,
        label: QUESTION_CLASSES.indexOf(item.example.verdict ?? 'voorwaardelijk'),
      })),
      QUESTION_CLASSES,
    );
    const tags = HAZARD_TAGS.filter(
      (tag) => questions.filter((item) => item.example.tags.includes(tag)).length >= MIN_POSITIVES,
    );
    if (tags.length > 0)
      models.hazards = yield* trainMultiLabelInSteps(
        questions.map((item, index) => ({ vector: vectors[index] as SparseVector, tags: item.example.tags })),
        tags,
      );
  }
  if (drafts.length >= MIN_EXAMPLES) {
    const vectors = drafts.map((item) => vectorOf(item.example.text, item.example.profile, item.situation));
    models.draft = yield* trainSoftmaxInSteps(
      drafts.map((item, index) => ({
        vector: vectors[index] as SparseVector,
        label: RISKS.indexOf(item.example.risk ?? 'laag'),
      })),
      RISKS,
    );
    const categories = CATEGORIES.filter(
      (category) =>
        drafts.filter((item) => item.example.categories.includes(category)).length >= MIN_POSITIVES,
    );
    if (categories.length > 0)
      models.categories = yield* trainMultiLabelInSteps(
        drafts.map((item, index) => ({
          vector: vectors[index] as SparseVector,
          tags: item.example.categories,
        })),
        categories,
      );
  }
  return models;
}

export function vectorOf(
  text: string,
  profile: Profile | undefined,
  situation: Situation | undefined,
): SparseVector {
  return featurize(text, profile, situation);
}

/** The verdict after the second opinion: the rules' verdict, or a stricter one the model is sure of. */
export function questionOpinion(
  models: LearnedModels,
  text: string,
  profile: Profile | undefined,
  situation: Situation | undefined,
  rulesVerdict: Verdict,
  /**
   * The rules found nothing at stake and could only say "mag" or "it depends on your work": then a
   * confident reading that the question is not about expression at all may say so (it grants nothing).
   */
  openToOutOfScope = false,
): { verdict: Verdict; opinion?: SecondOpinion; hazards: HazardTag[] } {
  if (!models.question) return { verdict: rulesVerdict, hazards: [] };
  const vector = vectorOf(text, profile, situation);
  const probabilities = predictSoftmax(models.question, vector);
  const [, pConditional = 0, pNot = 0, pOut = 0] = probabilities;
  const best = argmax(probabilities);
  const label = QUESTION_CLASSES[best] as Verdict;
  const confidence = probabilities[best] as number;
  const opinion = { label, confidence, applied: false };
  // Read at most once: the gate below and a raise's explanation both ask for it.
  let seenHazards: HazardTag[] | undefined;
  const hazards = (): HazardTag[] => {
    if (seenHazards) return seenHazards;
    const model = models.hazards;
    const scores = model ? predictTags(model, vector) : [];
    seenHazards = (model?.tags.filter((_, index) => (scores[index] as number) >= 0.5) ?? []) as HazardTag[];
    return seenHazards;
  };
  const { middle, top, intoScope } = models.thresholds;
  const raised = (verdict: Verdict, sure: number) => ({
    verdict,
    opinion: { label: verdict, confidence: sure, applied: true },
    hazards: hazards(),
  });

  if (rulesVerdict === 'buiten-scope') {
    // Out of scope is not on the scale: a confident in-scope, strict reading gives the user guidance instead
    // (not for someone who is no civil servant at all: the rules know that from who they say they are).
    // Nor where a rule named the request as a task or an IT or HR question.
    const named = TASK_RULES.has(situation?.outOfScope?.reason ?? '');
    // Nor a question for facts that names no act and asks no leave ("wat is de beslistermijn voor …?",
    // "in welke salarisschaal hoor ik?"): the model read such questions as "it depends" on the job alone.
    const factual =
      situation?.outOfScope?.reason === 'geen-uiting' &&
      situation.acts.length === 0 &&
      !ASKS_OWN_LEAVE.test(text);
    if (situation?.speaker.notCivilServant !== undefined || named || factual || pOut > 1 - intoScope)
      return { verdict: rulesVerdict, opinion, hazards: [] };
    if (pNot >= top && pNot >= intoScope) return raised('mag-niet', pNot);
    if (pConditional + pNot >= intoScope) return raised('voorwaardelijk', pConditional + pNot);
    return { verdict: rulesVerdict, opinion, hazards: [] };
  }
  // From "it depends" to "no" the model needs grounds beside its verdict: a hazard the rules read, or one
  // its own hazard model names. Without either it must be as sure as topWithoutGrounds (a weighing read
  // as a hard stop is the error it made most on unseen sets, 2026-12-04).
  // Over a protected right (party or union membership and action) with nothing else at stake it must be
  // as sure, whatever its hazard model says: the law exempts the membership itself.
  // Nor over a task the line or the administration gave ("mijn teamleider vraagt of ik namens de gemeente …
  // presenteer") with nothing at stake: speaking for the employer with a mandate is no breach.
  const ungrounded =
    (rulesVerdict === 'voorwaardelijk' && (situation?.hazards.length ?? 0) === 0 && hazards().length === 0) ||
    (rulesVerdict === 'mag' && (protectedRoom(situation) || mandated(situation)));
  if (rulesVerdict !== 'mag-niet' && pNot >= (ungrounded ? models.thresholds.topWithoutGrounds : top))
    return raised('mag-niet', pNot);
  if (openToOutOfScope && pOut >= models.thresholds.outOfScope) return raised('buiten-scope', pOut);
  // Where the rules found the subject, with its words, to be far from the work, the model must be surer
  // before it says "it depends" after all (it still catches a relation the rules misread).
  const grounded = situation?.relation.kind === 'los-van-werk';
  // Grounds the text alone cannot weaken: the user said so, it is private life, or the limit of the
  // Ambtenarenwet does not apply (teachers on national education policy).
  const strong = grounded && STRONG_GROUNDS.has(situation?.relation.reason ?? '');
  if (
    rulesVerdict === 'mag' &&
    !strong &&
    !citizensRoom(situation) &&
    // A protected right with nothing at stake or weighing (party or union membership and action): the law
    // exempts it, the model may not make it "it depends" (it may still see a hard stop, above).
    !protectedRoom(situation) &&
    !calmShare(situation) &&
    !settledByRule(situation) &&
    pConditional + pNot >= (grounded ? models.thresholds.middleOverGrounds : middle)
  )
    return raised('voorwaardelijk', pConditional + pNot);
  return { verdict: rulesVerdict, opinion, hazards: [] };
}

/** The risk after the second opinion, and the categories it adds when it raised the risk. */
export function draftOpinion(
  models: LearnedModels,
  text: string,
  profile: Profile | undefined,
  situation: Situation | undefined,
  rulesRisk: Risk,
  rulesCategories: readonly Category[],
): { risk: Risk; addedCategories: Category[]; opinion?: SecondOpinion } {
  if (!models.draft) return { risk: rulesRisk, addedCategories: [] };
  const vector = vectorOf(text, profile, situation);
  const probabilities = predictSoftmax(models.draft, vector);
  const [, pMiddle = 0, pHigh = 0] = probabilities;
  const best = argmax(probabilities);
  const { middle, top } = models.thresholds;
  let risk = rulesRisk;
  let sure = probabilities[best] as number;
  // As for questions: over a subject the rules found far from the work, the model must be surer.
  const grounded = situation?.relation.kind === 'los-van-werk';
  // From laag straight to hoog the model must be surer, and not over a celebration or public facts: a
  // hard stop the rules found no words for is the model's least reliable call.
  const calm = situation ? sharesPublicOrMilestone(situation) : false;
  const jump = rulesRisk === 'laag';
  // A few words ("ik kan niks vinden") give the model too little to go on: it scored such lines near
  // certain on the profile alone. A hard stop in so few words is the rules' to find.
  const terse = text.trim().split(/\s+/).filter(Boolean).length < MIN_WORDS_TO_RAISE;
  // A milestone of private life (a race run, a pet, a holiday) with nothing at stake and nothing near the
  // work stays the rules' call: the model raised such posts on a word or two ("killed it").
  const privateMilestone =
    calm &&
    situation?.topic.privateLife === true &&
    situation.hazards.length === 0 &&
    !CLOSE_RELATIONS.has(situation.relation.kind);
  const scores = models.categories ? predictTags(models.categories, vector) : undefined;
  // Tone is the rules' to weigh: where they found sharp words (with at most the own work beside them) and
  // no hard stop, the model does not raise to hoog (it over-raised mild jabs at a manager or a TV star).
  const toneLed =
    rulesRisk === 'middel' &&
    rulesCategories.includes('toon') &&
    rulesCategories.every((category) => category === 'toon' || category === 'eigen-beleidsterrein');
  // From middel to hoog the model needs grounds too: a hazard the rules read, or a hint of secrecy or
  // personal data from its category model; without them it must be as sure as topWithoutGrounds (it
  // over-raised opinions on the own field and sharp jabs to hoog on unseen sets, 2026-12-04).
  // The strongest hint of secrecy or personal data from the category model (-Infinity without such a tag).
  const hardHint = Math.max(
    ...(models.categories?.tags ?? []).flatMap((tag, index) =>
      HARD_CATEGORIES.has(tag) ? [scores?.[index] ?? 0] : [],
    ),
  );
  const hinted = hardHint >= models.thresholds.hardCategoryHint;
  // A subject the rules found far from the work, with nothing at stake and nothing weighing, where the model's
  // likeliest reason is politics alone: a calm opinion on another field is the citizen's room (it raised
  // such posts on unseen sets, 2026-12-04: six of seven raises of this kind were wrong).
  const politicsOnly =
    grounded &&
    (situation?.hazards.length ?? 0) === 0 &&
    !(situation?.factors.some((item) => item.weighs || item.kind === 'timing') ?? false) &&
    !(situation && visibleFunction(situation)) &&
    likeliestCategory(models.categories, scores, false) === 'politieke-gevoeligheid';
  // An opinion or a jab in a closed circle (a colleagues' or friends' app group), or mockery of something
  // that is not the own dossier, with nothing at stake the rules can point at: a weighing (middel), not a
  // hard stop, unless the model is all but sure of a secret or personal data (it raised sarcasm about a
  // manager, an alderman or a minister to hoog on unseen sets, 2026-12-06: five of seven such raises wrong).
  const opinionOnly =
    rulesRisk === 'middel' &&
    situation !== undefined &&
    situation.hazards.length === 0 &&
    hardHint < models.thresholds.hardCategorySure &&
    !visibleFunction(situation) &&
    (closedCircle(situation, text) ||
      (situation.markers.some((marker) => marker.kind === 'spot') &&
        !['eigen-dossier', 'eigen-organisatie'].includes(situation.relation.kind)));
  const ungrounded = rulesRisk === 'middel' && (situation?.hazards.length ?? 0) === 0 && !hinted;
  // Nothing known of the author's work and nothing found in the words: the model's call rests on words alone.
  const blank =
    situation?.relation.reason === 'no-work' &&
    situation.speaker.sector === undefined &&
    situation.speaker.ownWork.length === 0 &&
    quiet(situation);
  // Someone who says they work for themselves or a private firm, with no government employer known: the
  // model learnt from civil servants, so its reading of such a post says nothing (a freelancer on VAT rules).
  const privateWorker = situation !== undefined && inPrivateEmployment(situation);
  const needed = jump
    ? blank
      ? models.thresholds.jumpBlank
      : models.thresholds.jump
    : ungrounded
      ? models.thresholds.topWithoutGrounds
      : top;
  if (
    !privateWorker &&
    !politicsOnly &&
    !opinionOnly &&
    rulesRisk !== 'hoog' &&
    !toneLed &&
    pHigh >= needed &&
    !(jump && calm) &&
    !(jump && terse)
  ) {
    risk = 'hoog';
    sure = pHigh;
  } else if (
    rulesRisk === 'laag' &&
    !terse &&
    !privateWorker &&
    !politicsOnly &&
    !privateMilestone &&
    !pointsToPublic(situation) &&
    !(grounded && STRONG_GROUNDS.has(situation?.relation.reason ?? '')) &&
    !protectedRoom(situation) &&
    pMiddle + pHigh >=
      (blank
        ? models.thresholds.middleBlank
        : grounded && quiet(situation, true)
          ? models.thresholds.middleOverGroundsOpinion
          : grounded || quiet(situation)
            ? models.thresholds.middleOverGrounds
            : middle)
  ) {
    risk = 'middel';
    sure = pMiddle + pHigh;
  }
  const applied = risk !== rulesRisk;
  // Categories the model adds explain a risk it raised; where the rules already carry the risk, their
  // findings (on the words) stand.
  const addedCategories: Category[] = [];
  if (applied && models.categories && scores) {
    const close = situation === undefined || !['los-van-werk', 'onbekend'].includes(situation.relation.kind);
    models.categories.tags.forEach((tag, index) => {
      const category = tag as Category;
      if (category === 'eigen-beleidsterrein' && !close) return;
      if (!rulesCategories.includes(category) && (scores[index] as number) >= models.thresholds.category)
        addedCategories.push(category);
    });
    // Nothing sure enough: the category the model finds likeliest explains the raise (never a guess).
    if (addedCategories.length === 0) {
      const likeliest = likeliestCategory(models.categories, scores, close);
      if (likeliest && !rulesCategories.includes(likeliest)) addedCategories.push(likeliest);
    }
  }
  return {
    risk,
    addedCategories,
    opinion: applied
      ? { label: risk, confidence: sure, applied }
      : { label: RISKS[best] as Risk, confidence: sure, applied },
  };
}

/** Acts that are a membership in themselves, with nothing said (art. 10 lid 2 AW 2017). */
const MEMBERSHIP_ACTS: ReadonlySet<string> = new Set(['partij', 'vakbond']);
const MEMBERSHIP_WORD = /\b(lid|leden|lidmaatschap|member|members|membership)\b/i;

/** The question is about being a member, and nothing else is done or said (no march, post or speech). */
function membershipOnly(situation: Situation): boolean {
  return (
    situation.acts.length > 0 &&
    situation.acts.every((act) => MEMBERSHIP_ACTS.has(act.kind)) &&
    situation.factors.some(
      (factor) =>
        factor.kind === 'beschermd-recht' && factor.evidence.some((item) => MEMBERSHIP_WORD.test(item.text)),
    )
  );
}

/** Posted in an app group of colleagues or friends (not a neighbourhood app, which reaches the public). */
function closedCircle(situation: Situation, text: string): boolean {
  return (
    situation.acts.some((act) => act.kind === 'appgroep' && GROUP_WORD.test(act.evidence.text)) &&
    !NEIGHBOURHOOD.test(text)
  );
}

/** The act names a group chat, not an app as such ("de parkeer-app"). */
const GROUP_WORD = /groep|group|teamapp|whatsapp|signal|telegram|chat/i;
/** A neighbourhood, street or village group reaches the public. */
const NEIGHBOURHOOD = /buurt\w*|\w*wijk\w*|straat\w*|dorp\w*|neighbou?rhood|village/i;

/** Functions whose holder's politics is visible as such (decision model F8): they keep the model's raise. */
const VISIBLE_FUNCTIONS = new Set([...POLITICALLY_SENSITIVE, 'uniform']);

/** The speaker holds a function whose politics is visible as such. */
function visibleFunction(situation: Situation): boolean {
  return situation.speaker.functions.some((item) =>
    item.sensitivity.some((value) => VISIBLE_FUNCTIONS.has(value)),
  );
}

/** Factors that make a question more than a citizen's opinion, even on another field. */
const BEYOND_OPINION = new Set(['timing', 'media', 'inhuur', 'hoedanigheid', 'oud-medewerker']);

/** Acts that pass on what others made, with at most a short reply. */
const PASSING_ON: ReadonlySet<string> = new Set(['delen', 'liken', 'reactie']);

/**
 * A draft that points to what is public ("het persbericht staat online", "hieronder het besluit") with no
 * opinion, nothing at stake and nothing weighing: the model raised such posts to middel on a word of the
 * subject (parking fees, a cycling plan), 2026-12-07.
 */
function pointsToPublic(situation: Situation | undefined): boolean {
  if (!situation) return false;
  return situation.markers.some((marker) => marker.kind === 'openbaar') && nothingAtStake(situation);
}

/** No opinion or mockery, no hazard and no weighing factor: nothing the rules found at stake. */
function nothingAtStake(situation: Situation): boolean {
  return (
    situation.hazards.length === 0 &&
    !situation.markers.some((marker) => marker.kind === 'mening' || marker.kind === 'spot') &&
    !situation.factors.some((item) => item.weighs)
  );
}

/**
 * Passing on what is already public, or a milestone, with no opinion, mockery, hazard or weighing factor
 * ("mag ik het persbericht delen, zonder commentaar?"): the rules' "mag" rests on that, and the model,
 * which learnt "sharing" mostly from harder cases, may not make it "it depends".
 */
function calmShare(situation: Situation | undefined): boolean {
  if (!situation || !sharesPublicOrMilestone(situation)) return false;
  // Only passing something on (sharing, liking), not a demonstration, an explanation or a reply of one's
  // own; and not on the own dossier, where even a share can read as the official line.
  const passingOn =
    situation.acts.some((act) => act.kind === 'delen' || act.kind === 'liken') &&
    situation.acts.every((act) => PASSING_ON.has(act.kind));
  return (
    passingOn &&
    situation.relation.kind !== 'eigen-dossier' &&
    nothingAtStake(situation) &&
    !visibleFunction(situation)
  );
}

/**
 * A question about another field than the speaker's own (read from the words), with nothing at stake, nothing
 * weighing, no appearance in the media, no election and no function whose politics is visible: the room every
 * citizen has (decision model F1, toelichting aanwijzing 15). The model may not make it "it depends" on a
 * word or two: it did so in 14 of 23 raises of this kind on the labelled sets, 2026-12-06, mostly on calm
 * opinions about national politics (climate, housing, the cabinet) from staff far from that field.
 */
function citizensRoom(situation: Situation | undefined): boolean {
  if (situation?.relation.kind !== 'los-van-werk') return false;
  if (!OTHER_FIELD.has(situation.relation.reason ?? '')) return false;
  // A sensitive organisation with no function named (an intelligence service): all its people are visible.
  const sensitiveOrganisation =
    situation.speaker.functions.length === 0 &&
    situation.factors.some((item) => item.kind === 'gevoelige-functie');
  return (
    situation.hazards.length === 0 &&
    !situation.factors.some((item) => item.weighs || BEYOND_OPINION.has(item.kind)) &&
    !situation.markers.some((marker) => marker.kind === 'spot') &&
    !visibleFunction(situation) &&
    !sensitiveOrganisation &&
    !situation.acts.some((act) => act.kind === 'kandidaat' || act.kind === 'partij')
  );
}

/** The category the model finds likeliest; the own field counts only for a subject near the work. */
function likeliestCategory(
  model: MultiLabelModel | undefined,
  scores: number[] | undefined,
  close: boolean,
): Category | undefined {
  if (!model || !scores) return undefined;
  let bestIndex = -1;
  model.tags.forEach((tag, index) => {
    if (tag === 'eigen-beleidsterrein' && !close) return;
    if (bestIndex < 0 || (scores[index] as number) > (scores[bestIndex] as number)) bestIndex = index;
  });
  return model.tags[bestIndex] as Category | undefined;
}

function argmax(values: number[]): number {
  let best = 0;
  for (let index = 1; index < values.length; index++)
    if ((values[index] as number) > (values[best] as number)) best = index;
  return best;
}

/**
 * A question a rule answers by itself (`grounds`: no prior approval is needed, naming the job on a profile),
 * with nothing at stake or weighing beside it: the rule's answer stands against the model's "it depends".
 */
function settledByRule(situation: Situation | undefined): boolean {
  return (
    situation?.factors.some((item) => item.kind === 'grondslag') === true &&
    situation.hazards.length === 0 &&
    !situation.factors.some((item) => item.weighs)
  );
}

/** Asked by the line or the administration to speak (a mandate), with no hazard read. */
function mandated(situation: Situation | undefined): boolean {
  return (
    situation !== undefined &&
    situation.hazards.length === 0 &&
    situation.markers.some((marker) => marker.kind === 'opdracht')
  );
}

/**
 * A question or draft about a protected right (union or party membership and action, art. 10 lid 2) where
 * the rules found nothing at stake, nothing weighing and no mockery: the model may still see a hard stop
 * (mag niet, hoog), not a weighing the law exempts. (Doing the same for every subject read as far from the
 * work made the model miss weighings on an unseen set; measured and left out.)
 */
function protectedRoom(situation: Situation | undefined): boolean {
  if (!situation) return false;
  return (
    situation.factors.some((factor) => factor.kind === 'beschermd-recht') &&
    // Asking the confidential adviser about a suspected wrong: the wrong is what the route is for.
    situation.hazards.every(
      (hazard) =>
        hazard.kind === 'misstand' &&
        situation.factors.some((factor) => INTERNAL_ROUTE_RULES.has(factor.ruleId ?? '')),
    ) &&
    !situation.markers.some((marker) => marker.kind === 'spot') &&
    !situation.factors.some((factor) => factor.weighs) &&
    // An opinion on the own dossier is a weighing of its own, with or without the union beside it; but a
    // membership asked about alone ("lid van een partij die kritisch is op de politie") voices nothing.
    !(
      situation.relation.kind === 'eigen-dossier' &&
      situation.markers.some((marker) => marker.kind === 'mening') &&
      !membershipOnly(situation)
    )
  );
}

/**
 * Nothing for the model to go on but the words: no hazard, no opinion or mockery, no factor beyond the
 * function (a Christmas drink with the team, a bike ride). There it must be as sure as over explicit grounds.
 */
function quiet(situation: Situation | undefined, opinionAllowed = false): boolean {
  if (!situation) return false;
  return (
    situation.hazards.length === 0 &&
    !situation.markers.some(
      (marker) => (marker.kind === 'mening' && !opinionAllowed) || marker.kind === 'spot',
    ) &&
    !situation.factors.some((factor) => factor.kind !== 'gevoelige-functie')
  );
}
