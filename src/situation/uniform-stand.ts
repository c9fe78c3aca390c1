// A uniformed officer (police, military) who takes a public stand on a politically hot subject weighs it
// even far from the own tasks: the neutral, exemplary role is visible (decision model F8). Questions and
// drafts read it the same way.
import { PRIVATE_DOMAIN } from './read-speaker.ts';
import type { Situation } from './situation-schema.ts';

/** "pride", "optocht", "defilé op Veteranendag": a festive parade or commemoration, not a protest. */
const FESTIVE =
  /pride|parade|optocht|carnaval|intocht|koningsdag|bevrijdingsdag|defil|veteranen|herdenk|taptoe/i;

export interface UniformStandInput {
  /** The subject is politically hot, timed (a debate, a campaign) or party-political. */
  political: boolean;
  /** The text gives an opinion. */
  opinion: boolean;
}

/** True when a uniformed speaker's public stand weighs (the factor `gevoelige-functie`). */
export function uniformStandWeighs(situation: Situation, input: UniformStandInput): boolean {
  const uniform = situation.speaker.functions.some((item) => item.sensitivity.includes('uniform'));
  if (!uniform) return false;
  const has = (kind: string) => situation.factors.some((item) => item.kind === kind);
  const protesting = isProtesting(situation);
  // Standing for election is a public political stand in itself.
  const publicStand = protesting || input.opinion || has('media') || standsForElection(situation);
  const policyMarch = joinsPolicyMarch(situation);
  return (
    (input.political && publicStand) ||
    policyMarch ||
    ((input.political || protesting) && situation.relation.kind !== 'los-van-werk')
  );
}

/** Standing as a candidate: the act, or the rule that reads a place on a list ("op de lijst voor de raad"). */
export function standsForElection(situation: Situation): boolean {
  return (
    situation.acts.some((act) => act.kind === 'kandidaat') ||
    situation.factors.some((factor) => factor.ruleId === 'kandidaatstelling')
  );
}

/** Marching for or against something, not a festive parade (Pride, a liberation-day parade). */
function isProtesting(situation: Situation): boolean {
  // The act's word is often only "meelopen": the parade is named elsewhere ("meelopen in de pride walk").
  const festive = [
    ...situation.acts.map((act) => act.evidence),
    ...situation.factors.flatMap((factor) => factor.evidence),
    ...situation.topic.domains.map((domain) => domain.evidence),
  ].some((evidence) => FESTIVE.test(evidence.text));
  return !festive && situation.acts.some((act) => act.kind === 'demonstratie' || act.kind === 'staking');
}

/** Marching for or against a policy: itself a public stand on politics (a farmers' or climate march). */
export function joinsPolicyMarch(situation: Situation): boolean {
  return isProtesting(situation) && situation.topic.domains.some((domain) => domain.id !== PRIVATE_DOMAIN);
}

/** A text about a festive parade or a commemoration (Pride, a defilé on Veterans' Day), not a protest. */
export function isFestive(text: string): boolean {
  return FESTIVE.test(text);
}
