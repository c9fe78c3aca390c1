// The verdict of a question, derived from its situation in the order of the decision model: scope, the hard
// stops, the weighing factors, and only then the room every citizen has. "Mag" needs grounds: the subject is
// known to be far from the work (or it is a protected right), with nothing at stake and nothing weighing.
import type { Verdict } from '../core/vocabulary.ts';
import type { Sensitivity } from '../knowledge/situation-schemas.ts';
import { PUPILS_FOLLOW_RULE, relationWeighs } from './build-situation.ts';
import { OTHER_FIELD } from './read-relation.ts';
import {
  CLOSE_RELATIONS,
  type FactorKind,
  type HazardKind,
  hasLeftTheService,
  INTERNAL_ROUTE_RULES,
  type Relation,
  type Situation,
  sharesPublicOrMilestone,
} from './situation-schema.ts';
import { standsForElection, uniformStandWeighs } from './uniform-stand.ts';

/** Why the verdict is what it is; the answer's conditions follow these, most decisive first. */
export type DecisionReason =
  | { kind: 'out-of-scope'; reason: string }
  | { kind: 'hazard'; hazard: HazardKind; ruleId?: string }
  | { kind: 'relation'; relation: Relation }
  | { kind: 'factor'; factor: FactorKind; ruleId?: string }
  | { kind: 'unknown'; missing: Situation['missing'][number] }
  | { kind: 'protected'; ruleId?: string }
  | { kind: 'grounds'; relation: Relation }
  /** The learned second opinion made the verdict stricter; the hazards it saw, when it names any. */
  | { kind: 'learned'; label: string; confidence: number; hazards: HazardKind[] };

export interface QuestionDecision {
  verdict: Verdict;
  reasons: DecisionReason[];
}

const HARD_HAZARDS: HazardKind[] = [
  'niet-openbaar',
  'persoonsgegevens',
  'belediging',
  'namens-werkgever',
  'staatsgeheim',
];
/** Hazards that are a secret held by office (art. 272 Sr), not a rule of the Ambtenarenwet alone. */
const OFFICE_SECRETS: ReadonlySet<HazardKind> = new Set([
  'niet-openbaar',
  'persoonsgegevens',
  'staatsgeheim',
]);
/** Functions where a sharp, disqualifying tone about politics or people is a hard stop (AGFA 2021-00251). */
const TONE_SENSITIVE: Sensitivity[] = [
  'representatief',
  'inlichtingen',
  'politiek-nabij',
  'neutraal',
  'woordvoering',
  'leiding',
];
/** Functions that weigh on any politically sensitive utterance, near the work or not. */
export const POLITICALLY_SENSITIVE: Sensitivity[] = [
  'representatief',
  'inlichtingen',
  'neutraal',
  'politiek-nabij',
  'woordvoering',
  'leiding',
];

/**
 * Rules that weigh only for a subject near the work, not for one plainly far from it: talking to the press
 * (Aanwijzing 12 is about requests on the work) and posting anonymously (the rules stay the same, so a
 * subject far from the work stays free).
 */
const NEAR_WORK_RULES = new Set(['perscontact', 'anoniem']);
/** Acts that are membership only: joining a union or a party. */
const MEMBERSHIP_ACTS: ReadonlySet<string> = new Set(['vakbond', 'partij']);
/** The rule that reads working at an intelligence or security service as a secret in itself. */
const SERVICE_EMPLOYMENT_RULE = 'inlichtingendienst';
/** Out-of-scope rules for administrative and knowledge questions (pay, leave, defects to report, a term or a
 * difference to explain); their patterns skip permission questions ("mag ik", "can I post"). */
const ADMIN_RULES: ReadonlySet<string> = new Set([
  'arbeidsvoorwaarden',
  'melding-openbare-ruimte',
  'kennisvraag-of-profiel',
  'taakverzoek',
]);
/** What a report through the internal route may carry: the people and the facts it is about. */
const INSIDE_THE_ROUTE: ReadonlySet<HazardKind> = new Set(['persoonsgegevens', 'niet-openbaar']);
/** The rule that reads one's own candidacy (it leaves out a relative or friend on the list). */
const CANDIDACY_RULE = 'kandidaatstelling';
/** Words that name a candidacy itself: a place on a list, standing, being eligible. */
const CANDIDACY_WORDS =
  /\b(kandida\w*|kieslijst\w*|lijst\w*|plek|plaats|nummer|verkiesbaar|candidate\w*|list|ballot|run|running|stand|standing)\b/i;
/** Far from the work in so many words: the user said so, or it is private life. */
const SAID_FAR = new Set(['said-unrelated', 'private-life']);
/** Contact with journalists or an appearance on air, as opposed to one's own piece in a paper or podcast. */
const PRESS_CONTACT =
  /\b(journalist\w*|interview\w*|pers|press|persvra\w*|reporter\w*|verslaggever\w*|off the record|talkshow\w*|tv|televisie|radio|omroep\w*|rtv|media)\b/i;

export function decideQuestion(situation: Situation): QuestionDecision {
  const reasons: DecisionReason[] = [];
  // Joining a union or a party is no disclosure: that one works at a security service stays a secret from
  // the public, not from one's union (art. 8 and 9 AW 2017 leave membership free; Gw art. 8).
  const joiningOnly =
    situation.acts.length > 0 && situation.acts.every((act) => MEMBERSHIP_ACTS.has(act.kind));
  // Reporting inside the organisation ("mag ik dit melden buiten mijn teamchef om?") discloses nothing to the
  // public: the person or the case a report is about is what the internal route is for (Wbk art. 2).
  const reportingInside =
    situation.factors.some((item) => INTERNAL_ROUTE_RULES.has(item.ruleId ?? '')) &&
    situation.acts.length === 0;
  const hazards = situation.hazards.filter(
    (hazard) =>
      HARD_HAZARDS.includes(hazard.kind) &&
      !(joiningOnly && hazard.ruleId === SERVICE_EMPLOYMENT_RULE) &&
      !(reportingInside && INSIDE_THE_ROUTE.has(hazard.kind)),
  );
  const factor = (kind: FactorKind) => situation.factors.filter((item) => item.kind === kind);
  const has = (kind: FactorKind) => factor(kind).length > 0;
  const sensitivities = new Set(situation.speaker.functions.flatMap((item) => item.sensitivity));
  // A security or intelligence service makes every one of its people sensitive.
  if (situation.speaker.functions.length === 0 && has('gevoelige-functie')) sensitivities.add('inlichtingen');
  const relation = situation.relation.kind;
  const close = CLOSE_RELATIONS.has(relation) && relationWeighs(situation);

  // Out of scope: not a civil servant, or not about expression at all, and nothing at stake.
  // "Not about expression" only holds when a rule says what else it is about (pay, IT, a task) or nothing in
  // the message is an act; a permission question about an act is in scope.
  const noActOnly = situation.outOfScope?.reason === 'geen-uiting' && situation.acts.length > 0;
  // Someone who says they are no civil servant (a council member, a shop worker) is outside the
  // Ambtenarenwet, whatever is at stake: they get the pointer, not a verdict on rules that do not bind them.
  // Except a judge or prosecutor about to tell a secret of the office: art. 272 Sr binds anyone who holds a
  // secret by office, whatever the act on their legal position says.
  const officeSecret =
    situation.speaker.notCivilServant?.reason === 'rechterlijk' &&
    hazards.some((hazard) => OFFICE_SECRETS.has(hazard.kind));
  if (
    situation.speaker.notCivilServant &&
    situation.speaker.notCivilServant.reason !== 'prive' &&
    !situation.speaker.former &&
    situation.outOfScope &&
    !officeSecret
  )
    return {
      verdict: 'buiten-scope',
      reasons: [{ kind: 'out-of-scope', reason: situation.outOfScope.reason }],
    };
  // A new private employer does not end the secrecy duty of a former civil servant (art. 9 AW 2017).
  const formerNowPrivate =
    situation.speaker.former !== undefined && situation.outOfScope?.reason === 'prive-werkgever';
  if (situation.outOfScope && hazards.length === 0 && !noActOnly && !formerNowPrivate) {
    // Nothing in the message is about expression: a sensitive function alone weighs nothing ("als boa: in
    // welke salarisschaal hoor ik?").
    const noExpression = situation.outOfScope.reason === 'geen-uiting';
    const weighing = situation.factors.some(
      (item) => item.weighs && !(noExpression && item.kind === 'gevoelige-functie'),
    );
    // Closeness to the work alone does not make a question about expression ("can you translate our
    // directorate's newsletter?"): it takes an act of expression or something weighing.
    const expressing = situation.acts.length > 0;
    // "Ik werk bij een bank, mag ik kritiek geven op onze CEO?": the own employer is the private one, so
    // closeness to that work ties nothing to a government employer.
    const privateEmployer =
      situation.outOfScope.reason === 'prive-werkgever' &&
      situation.speaker.sector === undefined &&
      situation.speaker.organisation === undefined;
    // An office-holder by their own words ("ben sinds deze maand wethouder") is outside the Ambtenarenwet too,
    // even when the speaker reader did not take the office as their job.
    const officeHolder = situation.outOfScope.reason === 'politiek-ambtsdrager';
    // Pay, leave, a broken lamp post, a knowledge question or a task, asked without "mag ik": the question
    // is for HR, the municipality's reports or a reference, whatever talk or work it is about ("overuren voor
    // dat panel?", "wat is het verschil tussen de Wob en de Woo? moet er een presentatie over geven"). (IT
    // questions are not on this list: their words, "update", "the IT department", also come up in questions
    // about expression.)
    const adminQuestion = ADMIN_RULES.has(situation.outOfScope.reason);
    if (
      situation.speaker.notCivilServant ||
      officeHolder ||
      adminQuestion ||
      (!weighing && (privateEmployer || !close || !expressing))
    ) {
      return {
        verdict: 'buiten-scope',
        reasons: [{ kind: 'out-of-scope', reason: situation.outOfScope.reason }],
      };
    }
  }

  // Hard stops.
  for (const hazard of hazards)
    reasons.push({
      kind: 'hazard',
      hazard: hazard.kind,
      ...(hazard.ruleId ? { ruleId: hazard.ruleId } : {}),
    });
  const sharpTone = factor('scherpe-toon');
  if (sharpTone.length > 0 && [...sensitivities].some((item) => TONE_SENSITIVE.includes(item))) {
    reasons.push({
      kind: 'hazard',
      hazard: 'belediging',
      ...(sharpTone[0]?.ruleId ? { ruleId: sharpTone[0].ruleId } : {}),
    });
  }
  if (reasons.length > 0) return { verdict: 'mag-niet', reasons };

  // Someone who has left is no longer bound by the function norm of art. 10: closeness to the former work
  // no longer weighs, only the secrecy duty of art. 9 lasts (a hazard above, when the words show one).
  const former = hasLeftTheService(situation);
  // Weighing: closeness to the work, a wrong to report, weighing rules, sensitive function, capacity.
  if (close && !former) reasons.push({ kind: 'relation', relation });
  for (const hazard of situation.hazards)
    if (hazard.kind === 'misstand')
      reasons.push({
        kind: 'hazard',
        hazard: 'misstand',
        ...(hazard.ruleId ? { ruleId: hazard.ruleId } : {}),
      });
  const saidFar = relation === 'los-van-werk' && SAID_FAR.has(situation.relation.reason ?? '');
  // Read as another field than the own (not said): the author's own piece in a paper or podcast on it is a
  // citizen's, but a journalist's request or an interview still goes through communications (aanwijzing 12).
  const otherField = relation === 'los-van-werk' && OTHER_FIELD.has(situation.relation.reason ?? '');
  for (const item of situation.factors) {
    const farFromWork =
      NEAR_WORK_RULES.has(item.ruleId ?? '') &&
      (saidFar ||
        (otherField &&
          item.ruleId === 'perscontact' &&
          !item.evidence.some((evidence) => PRESS_CONTACT.test(evidence.text))));
    if (
      item.weighs &&
      item.kind !== 'beschermd-recht' &&
      !farFromWork &&
      !(former && FUNCTION_NORM.has(item.kind))
    )
      reasons.push({ kind: 'factor', factor: item.kind, ...(item.ruleId ? { ruleId: item.ruleId } : {}) });
  }
  // Standing for election oneself (not a relative on the list): a public political role beside the job, to
  // report as a side activity and to keep apart from the work (art. 8 and 10 AW 2017).
  // (Election words alone, "de gemeenteraadsverkiezingen", say only when; the candidacy needs its own words.)
  const candidacy = situation.factors.find(
    (item) =>
      item.ruleId === CANDIDACY_RULE && item.evidence.some((evidence) => CANDIDACY_WORDS.test(evidence.text)),
  );
  // (Not at a school: the Ambtenarenwet does not bind a teacher, whose candidacy is any citizen's.)
  if (candidacy && !former && situation.speaker.sector !== 'onderwijs')
    reasons.push({ kind: 'factor', factor: candidacy.kind, ruleId: CANDIDACY_RULE });
  const opinion = situation.markers.some((marker) => marker.kind === 'mening');
  const protectedRight = situation.factors.find((item) => item.kind === 'beschermd-recht');
  // Party-political activity beyond the protected membership (liking, sharing or campaigning for a party)
  // is politically visible, whatever the subject.
  // Standing as a candidate is a public political role, never covered by the protected membership.
  // Posting one's party life (a photo from the congress) shows it to everyone: more than the membership.
  const party = situation.acts.some((act) => act.kind === 'partij');
  const showsIt = situation.acts.some((act) => act.kind === 'delen' || act.kind === 'bericht');
  const partyActivity = standsForElection(situation) || (party && (!protectedRight || showsIt));
  const political =
    has('politiek-gevoelig') ||
    has('timing') ||
    partyActivity ||
    (situation.topic.level === 'landelijk' && opinion);
  const sensitiveFunction =
    [...sensitivities].some((item) => POLITICALLY_SENSITIVE.includes(item)) ||
    // A teacher whose pupils follow the account, on a political subject with an opinion.
    (situation.factors.some((item) => item.ruleId === PUPILS_FOLLOW_RULE) && opinion);
  // Membership itself is protected (art. 10 lid 2): the function weighs on what is said, not on joining.
  const nearOrUnknown = close || relation === 'onbekend';
  // Passing on what is public, or a milestone, with no opinion of one's own is what such a function does.
  const calmOnly = sharesPublicOrMilestone(situation) && !opinion;
  // The press alone weighs only on what is near the work: a letter to the paper about the local pool is
  // any citizen's, also for a court clerk or a director.
  const media = has('media') && relation !== 'los-van-werk';
  if (sensitiveFunction && (political || media || (nearOrUnknown && !protectedRight && !calmOnly)))
    reasons.push({ kind: 'factor', factor: 'gevoelige-functie' });
  // A talk, interview, book or op-ed about the own work is easily taken as given in function, even with
  // public facts only: in which capacity one speaks must be clear (toelichting aanwijzing 13 and 15 onder d).
  const appearance = situation.acts.some((act) => APPEARANCES.has(act.kind));
  if (
    (has('hoedanigheid') && !situation.topic.privateLife) ||
    // (Not for someone who has left: the function norm of art. 10 no longer binds a former employee.)
    (appearance && CLOSE_RELATIONS.has(relation) && !former)
  )
    reasons.push({ kind: 'factor', factor: 'hoedanigheid' });
  // Hired staff weigh their words like civil servants, except in a milestone or public facts without an
  // opinion ("my assignment ends, I am open for a new one").
  if (has('inhuur') && relation !== 'los-van-werk' && !calmOnly)
    reasons.push({ kind: 'factor', factor: 'inhuur' });
  // A uniformed officer taking a public stand on politics weighs it even far from the own tasks (F8).
  if (uniformStandWeighs(situation, { political, opinion }))
    reasons.push({ kind: 'factor', factor: 'gevoelige-functie' });

  // Party or union membership can never be restricted (art. 10 lid 2): closeness to the work alone does
  // not weigh against it; a weighing rule (campaigning, a sensitive function) still does.
  // Raising a suspected wrong through the internal route is what the route is for (Wbk art. 2, art. 5 AW 2017):
  // the wrong itself does not weigh against asking the confidential adviser.
  const internalRoute = INTERNAL_ROUTE_RULES.has(protectedRight?.ruleId ?? '');
  // Membership alone (no strike, march, view or politics beside it): a neutral or sensitive function weighs on
  // what its holder says, not on joining ("ik ben griffier, mag ik lid zijn van een partij?").
  const membershipOnly =
    protectedRight !== undefined &&
    !internalRoute &&
    !political &&
    !opinion &&
    !situation.acts.some((act) => act.kind === 'staking' || act.kind === 'demonstratie');
  // A talk or a piece on the own work, given at the party or the union, is expression on that work: the
  // membership does not cover it ("een workshop over mijn dossier op het partijcongres").
  const speaksOnOwnWork = close && situation.acts.some((act) => APPEARANCES.has(act.kind));
  if (
    protectedRight &&
    !speaksOnOwnWork &&
    reasons.every(
      (reason) =>
        reason.kind === 'relation' ||
        (membershipOnly && reason.kind === 'factor' && reason.factor === 'gevoelige-functie') ||
        (internalRoute && reason.kind === 'hazard' && reason.hazard === 'misstand') ||
        (internalRoute && reason.kind === 'factor' && reason.factor === 'inhuur'),
    )
  )
    return {
      verdict: 'mag',
      reasons: [{ kind: 'protected', ...(protectedRight.ruleId ? { ruleId: protectedRight.ruleId } : {}) }],
    };
  if (reasons.length > 0) {
    if (protectedRight)
      reasons.push({
        kind: 'protected',
        ...(protectedRight.ruleId ? { ruleId: protectedRight.ruleId } : {}),
      });
    return { verdict: 'voorwaardelijk', reasons: dedupe(reasons) };
  }
  // A protected right (party or union membership) holds without further grounds.
  if (protectedRight)
    return {
      verdict: 'mag',
      reasons: [{ kind: 'protected', ...(protectedRight.ruleId ? { ruleId: protectedRight.ruleId } : {}) }],
    };
  // A question about procedure that a rule settles on its own ("must my blog be approved first?").
  const settled = situation.factors.find((item) => item.kind === 'grondslag');
  const policyTopic = situation.topic.domains.some((domain) => domain.id !== 'prive');
  if (settled && relation === 'onbekend' && !policyTopic)
    return {
      verdict: 'mag',
      reasons: [{ kind: 'protected', ...(settled.ruleId ? { ruleId: settled.ruleId } : {}) }],
    };
  // Sharing what is already public, or a milestone, without an opinion of one's own.
  const marked = (kind: string) => situation.markers.some((marker) => marker.kind === kind);
  if ((marked('openbaar') || marked('viering')) && !marked('mening'))
    return {
      verdict: 'mag',
      reasons: [{ kind: 'grounds', relation: relation === 'onbekend' ? 'eigen-organisatie' : relation }],
    };
  // Not known whether the subject touches the work: it depends on that.
  if (relation === 'onbekend')
    return { verdict: 'voorwaardelijk', reasons: [{ kind: 'unknown', missing: 'relatie-werk' }] };
  return { verdict: 'mag', reasons: [{ kind: 'grounds', relation }] };
}

/** Factors that weigh only under the function norm of art. 10, which ends when one leaves. */
const FUNCTION_NORM = new Set(['media', 'politiek-gevoelig', 'timing', 'gevoelige-functie', 'hoedanigheid']);

/** Acts in which one speaks to an audience under one's own name. */
const APPEARANCES = new Set(['optreden', 'interview', 'boek', 'opiniestuk']);

function dedupe(reasons: DecisionReason[]): DecisionReason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = JSON.stringify(reason);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
