// Reads a question the way the decision model does: who speaks, about what and how close to their work,
// what is at stake; the verdict and legal basis follow from that situation.
import type { Profile } from '../core/types.ts';
import type { BasisId, Verdict } from '../core/vocabulary.ts';
import { readPersonFromWork } from '../draft/person-from-work.ts';
import type { CompiledRegime, KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { questionOpinion, type SecondOpinion } from '../learned/second-opinion.ts';
import type { FiredSignal } from '../rules/find-signals.ts';
import { mapBasis } from '../rules/map-basis.ts';
import { readText } from '../rules/read-text.ts';
import type { KnownFacts } from '../situation/build-situation.ts';
import { type DecisionReason, decideQuestion } from '../situation/decide-question.ts';
import type { FactorKind, HazardKind, Situation } from '../situation/situation-schema.ts';
import { sortSignals } from './decide-verdict.ts';
import type { OwnArea } from './detect-own-area.ts';

export interface QuestionAssessment {
  verdict: Verdict;
  basis: BasisId[];
  regime: CompiledRegime | undefined;
  regimeSource: 'profile' | 'text' | 'fallback' | 'none';
  ownArea: OwnArea;
  situation: Situation;
  /** What the learned second opinion read (also when it changed nothing). */
  secondOpinion: SecondOpinion | undefined;
  /** Why the verdict is what it is, most decisive first. */
  reasons: DecisionReason[];
  /** Signals behind the deciding reasons, most decisive first. */
  deciding: FiredSignal[];
  /** All fired signals, most decisive first. */
  fired: FiredSignal[];
}

/** Acts that make something public: a post, a reply, a share, a piece, an interview, a talk. */
const PUBLIC_ACTS = new Set(['bericht', 'reactie', 'delen', 'opiniestuk', 'interview', 'optreden', 'boek']);
const PERSON_FROM_WORK = 'situatie-persoon-uit-werk';

/** Acts the Ambtenarenwet names itself (association, assembly, demonstration): never out of scope. */
const IN_SCOPE_ACTS = new Set(['demonstratie', 'petitie', 'partij', 'vakbond', 'staking', 'kandidaat']);

export function assessQuestion(
  knowledge: KnowledgeBase,
  text: string,
  profile: Profile | undefined,
  language: 'nl' | 'en' = 'nl',
  known?: KnownFacts,
): QuestionAssessment {
  const { regime, source, ownArea, fired, reading, words, hits } = readText(
    knowledge,
    text,
    profile,
    'question',
    language,
    [],
    known,
  );
  const { situation } = reading;
  // A question about posting a case from a job that meets people, about one person who can be pointed at
  // ("met zijn voornaam en klas erbij", "die bekende gedetineerde"): the same hard stop as in a draft.
  if (
    situation.acts.some((act) => PUBLIC_ACTS.has(act.kind)) &&
    !situation.hazards.some((hazard) => hazard.kind === 'persoonsgegevens')
  ) {
    const person = readPersonFromWork(text, words, hits, situation);
    if (person)
      situation.hazards.push({ kind: 'persoonsgegevens', evidence: person, ruleId: PERSON_FROM_WORK });
  }
  const rules = decideQuestion(situation);
  // Demonstrating, petitions, parties, unions, strikes and candidacy are in scope by law (art. 10 AW 2017).
  const civic = situation.acts.some((act) => IN_SCOPE_ACTS.has(act.kind));
  // A civil servant asking whether they may post criticism or a view asks about expression, whatever the
  // model reads (not someone whose employer is unknown: a relative's or a shop's staff are out of scope).
  const voicing =
    (situation.speaker.organisation !== undefined ||
      (situation.speaker.sector !== undefined && situation.speaker.sector !== 'overig')) &&
    situation.acts.length > 0 &&
    situation.markers.some((marker) => marker.kind === 'mening');
  // Party membership the rules read is in scope by law too, whatever the act words ("lid van een andere
  // partij"). (Not every protected reading: a collective agreement named in a question about leave hours is
  // a question for HR.)
  const protectedRight = situation.factors.some(
    (factor) => factor.kind === 'beschermd-recht' && factor.ruleId === 'partijlidmaatschap',
  );
  const openToOutOfScope =
    situation.hazards.length === 0 &&
    !civic &&
    !protectedRight &&
    !voicing &&
    (rules.verdict === 'mag' ||
      (rules.verdict === 'voorwaardelijk' &&
        (rules.reasons.every((reason) => reason.kind === 'unknown') ||
          (situation.acts.length === 0 && rules.reasons.every((reason) => reason.kind === 'relation')))));
  const second = questionOpinion(
    knowledge.learned,
    text,
    profile,
    situation,
    rules.verdict,
    openToOutOfScope,
  );
  if (second.verdict === 'buiten-scope' && rules.verdict !== 'buiten-scope') {
    situation.outOfScope = { reason: 'learned-not-about-expression', evidence: [] };
    situation.missing = [];
  }
  const decision =
    second.verdict === 'buiten-scope' && rules.verdict !== 'buiten-scope'
      ? { verdict: 'buiten-scope' as const, reasons: [{ kind: 'out-of-scope' as const, reason: 'learned' }] }
      : second.opinion?.applied === true
        ? {
            verdict: second.verdict,
            reasons: [
              {
                kind: 'learned' as const,
                label: second.opinion.label,
                confidence: second.opinion.confidence,
                hazards: second.hazards,
              },
              ...rules.reasons.filter(
                (reason) => reason.kind !== 'grounds' && reason.kind !== 'out-of-scope',
              ),
            ],
          }
        : rules;
  const sorted = sortSignals(fired);
  const decidingIds = new Set(
    decision.reasons.flatMap((reason) => ('ruleId' in reason && reason.ruleId ? [reason.ruleId] : [])),
  );
  return {
    verdict: decision.verdict,
    basis: collectBasis(decision.verdict, decision.reasons, situation, fired, regime),
    regime,
    regimeSource: source,
    ownArea,
    situation,
    secondOpinion: second.opinion,
    reasons: decision.reasons,
    deciding: sorted.filter((item) => decidingIds.has(item.signal.meta.id)),
    fired: sorted,
  };
}

const HAZARD_BASIS: Record<HazardKind, BasisId[]> = {
  'niet-openbaar': ['aw2017-art9', 'sr-art272'],
  persoonsgegevens: ['aw2017-art9', 'avg'],
  belediging: ['aw2017-art10', 'aw2017-art6'],
  'namens-werkgever': ['aw2017-art10', 'aw2017-art6'],
  staatsgeheim: ['aw2017-art9', 'sr-art98'],
  misstand: ['wbk', 'wbk-art17ea'],
};
const FACTOR_BASIS: Partial<Record<FactorKind, BasisId[]>> = {
  inhuur: ['awb-art2-5'],
  nevenwerk: ['aw2017-art8'],
  'politiek-contact': ['aanwijzingen-externe-contacten'],
  hoedanigheid: ['aw2017-art10', 'aw2017-art6'],
};

/** Basis ids that bind civil servants only (the Ambtenarenwet and the codes under it), not judicial officers. */
const CIVIL_SERVICE_ONLY = /^(aw2017-|aw-art|aanwijzingen-externe-contacten$|gir$|politiewet-|wad-)/;

/** The legal basis of the answer: the deciding rules' and reasons', mapped to the regime. */
function collectBasis(
  verdict: Verdict,
  reasons: DecisionReason[],
  situation: Situation,
  fired: FiredSignal[],
  regime: CompiledRegime | undefined,
  maxIds = 5,
): BasisId[] {
  if (verdict === 'buiten-scope') return [];
  const general: BasisId[] = [];
  const add = (ids: readonly BasisId[]) => {
    for (const id of ids) if (!general.includes(id)) general.push(id);
  };
  const ruleBasis = (ruleId: string | undefined) =>
    fired.find((item) => item.signal.meta.id === ruleId)?.signal.meta.basis ?? [];
  for (const reason of reasons) {
    if (reason.kind === 'hazard') {
      const own = ruleBasis(reason.ruleId);
      add(own.length > 0 ? own : HAZARD_BASIS[reason.hazard]);
    } else if (reason.kind === 'factor') {
      add(ruleBasis(reason.ruleId));
      add(FACTOR_BASIS[reason.factor] ?? ['aw2017-art10']);
    } else if (reason.kind === 'protected') add(ruleBasis(reason.ruleId));
    else if (reason.kind === 'learned') {
      for (const hazard of reason.hazards) add(HAZARD_BASIS[hazard]);
      if (verdict === 'mag-niet' && reason.hazards.length === 0) add(['aw2017-art9', 'aw2017-art10']);
    }
  }
  if (verdict !== 'mag-niet') {
    add(['aw2017-art10']);
    if (situation.acts.some((act) => act.kind === 'demonstratie')) add(['gw-art9']);
    if (verdict === 'mag') add(['gw-art7']);
  }
  // A judge or prosecutor: the criminal code binds, the Ambtenarenwet and the regime's codes do not.
  if (situation.speaker.notCivilServant?.reason === 'rechterlijk') {
    const judicial = general.filter((id) => !CIVIL_SERVICE_ONLY.test(id));
    return (judicial.length > 0 ? judicial : (['sr-art272'] as BasisId[])).slice(0, maxIds);
  }
  const mapped = mapBasis(general, regime);
  if (mapped.length === 0 && regime) mapped.push(...regime.meta.expressionBasis);
  return mapped.slice(0, maxIds);
}
