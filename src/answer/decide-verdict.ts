// The decision model in code: hard stops first, then the weighing factors, then the room every citizen
// has. The rules themselves (which words signal what) are data in knowledge/signals/.
import type { BasisId, Verdict } from '../core/vocabulary.ts';
import type { CompiledRegime } from '../knowledge/build-knowledge-base.ts';
import type { SignalEffect } from '../knowledge/knowledge-schemas.ts';
import type { FiredSignal } from '../rules/find-signals.ts';
import { mapBasis } from '../rules/map-basis.ts';

export interface VerdictDecision {
  verdict: Verdict;
  /** The signals that decide the verdict, most decisive first. */
  deciding: FiredSignal[];
  /** Every fired signal, most decisive first. */
  fired: FiredSignal[];
}

/** Order in which signals are reported and their basis collected. */
const EFFECT_ORDER: SignalEffect[] = [
  'hard-stop',
  'whistleblowing',
  'weighing',
  'aggravating',
  'protected',
  'context',
  'expression',
  'out-of-scope',
];

export function sortSignals(fired: FiredSignal[]): FiredSignal[] {
  return [...fired].sort(
    (a, b) => EFFECT_ORDER.indexOf(a.signal.meta.effect) - EFFECT_ORDER.indexOf(b.signal.meta.effect),
  );
}

export function decideVerdict(fired: FiredSignal[]): VerdictDecision {
  const sorted = sortSignals(fired);
  const withEffect = (...effects: SignalEffect[]) =>
    sorted.filter((item) => effects.includes(item.signal.meta.effect));
  const hardStops = withEffect('hard-stop');
  const protectedRights = withEffect('protected');
  // The author's own work found only from the profile does not outweigh a protected right (party or
  // union membership can never be restricted), unless the question is also about campaigning or another
  // politically sensitive act; said in so many words, it does.
  const political = withEffect('aggravating').some((item) =>
    item.signal.meta.categories.includes('politieke-gevoeligheid'),
  );
  const weighing = withEffect('whistleblowing', 'weighing').filter(
    (item) => protectedRights.length === 0 || political || item.matches.length > 0,
  );
  const outOfScope = withEffect('out-of-scope');
  const inScope = sorted.filter((item) => item.signal.meta.effect !== 'out-of-scope');
  // Out of scope: nothing about expression at all, or a clear out-of-scope request (a private employer,
  // a task for an assistant) that no hard stop or weighing factor ties to a civil servant's expression.
  if (inScope.length === 0 || (outOfScope.length > 0 && hardStops.length === 0 && weighing.length === 0)) {
    return { verdict: 'buiten-scope', deciding: outOfScope, fired: sorted };
  }
  if (hardStops.length > 0) return { verdict: 'mag-niet', deciding: hardStops, fired: sorted };
  if (weighing.length > 0) return { verdict: 'voorwaardelijk', deciding: weighing, fired: sorted };
  return { verdict: 'mag', deciding: withEffect('protected', 'context', 'expression'), fired: sorted };
}

/** Basis ids of the answer: the deciding signals', mapped to the regime, plus the baseline for expression. */
export function collectBasis(
  decision: VerdictDecision,
  regime: CompiledRegime | undefined,
  maxIds = 5,
): BasisId[] {
  if (decision.verdict === 'buiten-scope') return [];
  const general: BasisId[] = [];
  const add = (ids: readonly BasisId[]) => {
    for (const id of ids) if (!general.includes(id)) general.push(id);
  };
  for (const fired of decision.deciding) add(fired.signal.meta.basis);
  if (decision.verdict !== 'mag-niet') {
    // Aggravating factors and protected rights add their own basis to a weighed answer.
    for (const fired of decision.fired) {
      if (fired.signal.meta.effect === 'protected') add(fired.signal.meta.basis);
    }
    add(['aw2017-art10']);
    if (decision.verdict === 'mag') add(['gw-art7']);
  }
  const mapped = mapBasis(general, regime);
  if (mapped.length === 0 && regime) mapped.push(...regime.meta.expressionBasis);
  return mapped.slice(0, maxIds);
}
