// The reading both a question and a draft get: words, who speaks (and so which regime applies), whether
// the text is about the author's own work, which rules fire, and the situation built from all of that.
import { detectOwnArea, type OwnArea } from '../answer/detect-own-area.ts';
import { cueInSubject, detectRegime, type RegimeChoice } from '../answer/detect-regime.ts';
import { findSelfDescription } from '../answer/find-self-description.ts';
import type { Profile } from '../core/types.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { buildSituation, type KnownFacts, type SituationReading } from '../situation/build-situation.ts';
import { textEvidence } from '../situation/evidence.ts';
import { PRIVATE_DOMAIN, readSpeaker, type TextHits } from '../situation/read-speaker.ts';
import { CLOSE_RELATIONS, sharesPublicOrMilestone } from '../situation/situation-schema.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { type FiredSignal, findSignals } from './find-signals.ts';
import { matchPattern } from './match-pattern.ts';

export interface TextReading extends RegimeChoice {
  words: AnalyzedWord[];
  ownArea: OwnArea;
  fired: FiredSignal[];
  /** The situation: speaker, subject, relation to the work, hazards, factors. */
  reading: SituationReading;
  /** Where the situation lexicon (organisations, functions, domains, cues) matched the words. */
  hits: TextHits;
}

export function readText(
  knowledge: KnowledgeBase,
  text: string,
  profile: Profile | undefined,
  appliesTo: 'question' | 'draft',
  language: 'nl' | 'en',
  /** Extra topics of the author's own work (drafts: words from the role). */
  extraTopics: string[] = [],
  /** Facts the user told when asked back. */
  known?: KnownFacts,
): TextReading {
  const { analyzer } = knowledge;
  const lexicon = knowledge.situation;
  const words = analyzer.analyze(text);
  const hits: TextHits = {
    organisations: lexicon.organisationIndex.find(words),
    functions: lexicon.functionIndex.find(words),
    domains: lexicon.domainIndex.find(words),
    cues: lexicon.cueIndex.find(words),
  };
  // An organisation's name ("UWV-jaarverslag … 20.000") is never a person's name for #name in the rules.
  for (const hit of hits.organisations)
    for (const index of hit.wordIndexes) {
      const word = words[index];
      if (word) word.organisationName = true;
    }
  const speaker = readSpeaker(lexicon, analyzer, text, words, hits, profile);
  // The regime follows the speaker: profile, then the organisation or job the text names, then text cues.
  let choice = detectRegime(knowledge, analyzer, words, profile);
  const sector = speaker.speaker.sector;
  // A job that sets its own sector within its organisation (a civilian at Defence is under the
  // Ambtenarenwet 2017) wins over the organisation's cue words.
  const ownSector =
    sector !== undefined && speaker.organisation !== undefined && speaker.organisation.sector !== sector;
  // Nor does a subject word pick the regime of another sector: a municipal employee or a teacher writing
  // about "defensie" is not under the military regime.
  // (A cue that names the speaker's own employer stays: "ik werk bij de MIVD" keeps the regime its cue picks.)
  const speakerWords = () =>
    new Set([
      ...speaker.selfWords,
      ...hits.organisations
        .filter((hit) => hit.value === speaker.organisation?.id)
        .flatMap((hit) => hit.wordIndexes),
    ]);
  const otherSectorCue =
    sector !== undefined &&
    choice.source === 'text' &&
    choice.regime !== undefined &&
    !choice.regime.meta.sectors.includes(sector) &&
    !choice.regime.meta.sectors.includes('inhuur') &&
    cueInSubject(choice.regime, words, speakerWords());
  if (
    sector &&
    (choice.source === 'fallback' ||
      choice.source === 'none' ||
      sector === 'inhuur' ||
      (ownSector && choice.source !== 'profile') ||
      otherSectorCue)
  ) {
    const regime = knowledge.regimes.find((candidate) => candidate.meta.sectors.includes(sector));
    if (regime) choice = { regime, source: 'text' };
  }
  const { regime, source } = choice;
  const skip = findSelfDescription(text, words);
  for (const index of speaker.selfWords) skip.add(index);
  const ownArea = detectOwnArea(analyzer, words, skip, profile, regime, extraTopics);
  // A rule for one sector within the regime (the municipality's own council election) applies to the speaker's
  // sector when it is known: a province's employee is under the same regime, not the same council.
  const regimeSectors: readonly string[] =
    sector !== undefined && regime?.meta.sectors.includes(sector) ? [sector] : (regime?.meta.sectors ?? []);
  const fired = findSignals(knowledge, words, {
    appliesTo,
    sectors: regimeSectors,
    ownArea: ownArea.ownArea,
    noRegime: source === 'fallback' || source === 'none',
    text,
  });
  const regimeDomainMatches = (regime?.domain ?? []).flatMap((pattern) =>
    matchPattern(pattern, words, 1).filter((match) => !match.wordIndexes.some((index) => skip.has(index))),
  );
  const situationInput = {
    knowledge,
    text,
    words,
    hits,
    speaker,
    ownArea,
    regimeDomainMatches,
    appliesTo,
    language,
    ...(known ? { known } : {}),
  };
  let reading = buildSituation({ ...situationInput, fired });
  // In a text about private life only, a secrecy rule that fired on one lone word reads a figure of speech
  // ("undercover in de dierentuin", "een inval in de voorraadkast"): it is set aside and the situation is
  // read without it. A rule that matched words in a row, or the work named anywhere, keeps it.
  // Drafts only: a question that names family ("mag mijn moeder de vertrekdatum posten?") is about the work.
  if (appliesTo === 'draft' && reading.situation.relation.reason === 'private-life') {
    const figurative = fired.filter((item) => isLoneSecrecyWord(item, words));
    if (figurative.length > 0) {
      for (const item of figurative) fired.splice(fired.indexOf(item), 1);
      reading = buildSituation({ ...situationInput, fired });
    }
  }
  // The situation may find the text about the own work where the older own-area reading did not (a job
  // named in the text, the own organisation as subject). Rules that fire only on the own work then get
  // their turn, and an opinion they find in the words marks the text as one.
  const close = CLOSE_RELATIONS.has(reading.situation.relation.kind);
  if (close) {
    if (!ownArea.ownArea) {
      const firedIds = new Set(fired.map((item) => item.signal.meta.id));
      const more = findSignals(knowledge, words, {
        appliesTo,
        sectors: regimeSectors,
        ownArea: true,
        noRegime: source === 'fallback' || source === 'none',
        text,
      }).filter((item) => item.signal.meta.triggers.ownArea && !firedIds.has(item.signal.meta.id));
      fired.push(...more);
    }
    const opinion = fired
      .filter((item) => item.signal.meta.triggers.ownArea)
      .flatMap((item) => item.matches.flatMap((match) => match.wordIndexes));
    // Not in a celebration, a public fact or a post about private life ("84 km met de wind tegen").
    const { markers, topic } = reading.situation;
    const calm =
      topic.privateLife ||
      topic.domains.some((domain) => domain.id === PRIVATE_DOMAIN) ||
      sharesPublicOrMilestone(reading.situation);
    if (opinion.length > 0 && !calm && !markers.some((marker) => marker.kind === 'mening'))
      reading.situation.markers.push({ kind: 'mening', evidence: textEvidence(text, words, opinion) });
  }
  return { words, regime, source, ownArea, fired, reading, hits };
}

/** A general hard stop on secrecy or personal data whose every match is one meaningful word, with nothing else it needs beside it. */
function isLoneSecrecyWord(item: FiredSignal, words: AnalyzedWord[]): boolean {
  const { meta } = item.signal;
  // Short words ("is", "de", "op") carry no meaning of their own: "is gearresteerd" is one word that counts.
  const meaningful = (indexes: number[]) => indexes.filter((index) => (words[index]?.folded.length ?? 0) > 3);
  return (
    meta.effect === 'hard-stop' &&
    item.signal.with.length === 0 &&
    (meta.categories.includes('geheimhouding') || meta.categories.includes('persoonsgegevens')) &&
    item.matches.length > 0 &&
    item.matches.every((match) => meaningful(match.wordIndexes).length <= 1)
  );
}
