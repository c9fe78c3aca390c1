// Measures the situation reader against the tags of the labelled question examples: how often the relation
// to the work is read as HR tagged it, and the recall and precision of each hazard and factor.
import { detectLanguage } from '../answer/detect-language.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { readText } from '../rules/read-text.ts';
import { RELATIONS } from '../situation/situation-schema.ts';

export interface SituationScore {
  /** Examples with a relation tag, and how many of those the reader got right. */
  relation: { items: number; right: number; confusion: Record<string, Record<string, number>> };
  /** Per hazard or factor tag: tagged, found, both. */
  elements: Record<string, { tagged: number; found: number; both: number }>;
}

const ELEMENT_TAGS = [
  'niet-openbaar',
  'persoonsgegevens',
  'belediging',
  'namens-werkgever',
  'staatsgeheim',
  'misstand',
  'politiek-gevoelig',
  'timing',
  'hoedanigheid',
  'gevoelige-functie',
  'media',
  'beschermd-recht',
  'nevenwerk',
  'inhuur',
  'oud-medewerker',
] as const;

export function scoreSituation(knowledge: KnowledgeBase): SituationScore {
  const score: SituationScore = { relation: { items: 0, right: 0, confusion: {} }, elements: {} };
  for (const tag of ELEMENT_TAGS) score.elements[tag] = { tagged: 0, found: 0, both: 0 };
  for (const document of knowledge.documents) {
    const { meta } = document;
    if (meta.kind !== 'examples' || meta.appliesTo !== 'question') continue;
    for (const example of meta.examples) {
      const { situation } = readText(
        knowledge,
        example.text,
        example.profile,
        'question',
        detectLanguage(example.text),
      ).reading;
      const tagged = example.tags.find((tag) => (RELATIONS as readonly string[]).includes(tag));
      if (tagged) {
        score.relation.items++;
        if (situation.relation.kind === tagged) score.relation.right++;
        score.relation.confusion[tagged] ??= {};
        const row = score.relation.confusion[tagged] as Record<string, number>;
        row[situation.relation.kind] = (row[situation.relation.kind] ?? 0) + 1;
      }
      const found = new Set<string>([
        ...situation.hazards.map((hazard) => hazard.kind),
        ...situation.factors.map((factor) => factor.kind),
      ]);
      if (situation.speaker.hired) found.add('inhuur');
      if (situation.speaker.former) found.add('oud-medewerker');
      for (const tag of ELEMENT_TAGS) {
        const element = score.elements[tag] as SituationScore['elements'][string];
        const isTagged = example.tags.includes(tag);
        const isFound = found.has(tag);
        if (isTagged) element.tagged++;
        if (isFound) element.found++;
        if (isTagged && isFound) element.both++;
      }
    }
  }
  return score;
}
