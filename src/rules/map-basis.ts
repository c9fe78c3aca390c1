// Translates the general basis ids of the rules into the ids of the regime that applies
// (defence staff: Wet ambtenaren defensie art. 12a; schools: Grondwet and EVRM; police: + Politiewet).
import type { BasisId } from '../core/vocabulary.ts';
import type { CompiledRegime } from '../knowledge/build-knowledge-base.ts';

export function mapBasis(ids: readonly BasisId[], regime: CompiledRegime | undefined): BasisId[] {
  const mapped: BasisId[] = [];
  for (const id of ids) {
    for (const target of regime?.meta.basisMap[id] ?? [id]) if (!mapped.includes(target)) mapped.push(target);
  }
  if (regime && ids.some((id) => id.startsWith('aw2017-'))) {
    for (const id of [...regime.meta.basisAdd].reverse()) if (!mapped.includes(id)) mapped.unshift(id);
  }
  return mapped;
}
