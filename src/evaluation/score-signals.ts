// How well each rule agrees with HR's labelled examples: for every signal, how often it fires on an example
// whose label it supports (a hard stop on mag-niet / hoog, a weighing rule on voorwaardelijk or stricter)
// and how often it fires on one it contradicts. Rules that mostly fire on harmless examples need work.
import { detectLanguage } from '../answer/detect-language.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { readText } from '../rules/read-text.ts';

export interface SignalAgreement {
  id: string;
  effect: string;
  fired: number;
  /** Fired on an example whose label is at least as strict as the rule's effect. */
  agreed: number;
  /** A few example texts where it fired against the label (for HR to look at). */
  against: string[];
}

const STRICT_ENOUGH: Record<string, (label: string) => boolean> = {
  'hard-stop': (label) => label === 'mag-niet' || label === 'hoog',
  weighing: (label) => label !== 'mag' && label !== 'laag' && label !== 'buiten-scope',
  whistleblowing: (label) => label !== 'mag' && label !== 'laag' && label !== 'buiten-scope',
};

export function scoreSignals(knowledge: KnowledgeBase): SignalAgreement[] {
  const byId = new Map<string, SignalAgreement>();
  for (const document of knowledge.documents) {
    const { meta } = document;
    if (meta.kind !== 'examples') continue;
    for (const example of meta.examples) {
      const label = (meta.appliesTo === 'question' ? example.verdict : example.risk) ?? '';
      const { fired } = readText(
        knowledge,
        example.text,
        example.profile,
        meta.appliesTo,
        detectLanguage(example.text),
      );
      for (const item of fired) {
        const { id, effect } = item.signal.meta;
        const judge = STRICT_ENOUGH[effect];
        if (!judge) continue;
        const entry = byId.get(id) ?? { id, effect, fired: 0, agreed: 0, against: [] };
        entry.fired++;
        if (judge(label)) entry.agreed++;
        else if (entry.against.length < 5) entry.against.push(`[${label}] ${example.text.slice(0, 140)}`);
        byId.set(id, entry);
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.agreed / a.fired - b.agreed / b.fired);
}
