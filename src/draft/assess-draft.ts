// Checks a draft post: the same situation as a question (who writes, about what, how close to their work,
// what is at stake), with the words each finding rests on; and so which risk level.

import { roleTopics } from '../answer/detect-own-area.ts';
import type { Language } from '../answer/messages.ts';
import type { Finding, Profile } from '../core/types.ts';
import { type BasisId, type Category, higherRisk, RISKS, type Risk } from '../core/vocabulary.ts';
import type { CompiledRegime, KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { SignalEffect } from '../knowledge/knowledge-schemas.ts';
import type { Sensitivity } from '../knowledge/situation-schemas.ts';
import { draftOpinion, type SecondOpinion } from '../learned/second-opinion.ts';
import type { FiredSignal } from '../rules/find-signals.ts';
import { mapBasis } from '../rules/map-basis.ts';
import { readText } from '../rules/read-text.ts';
import { relationWeighs } from '../situation/build-situation.ts';
import { headerEnd, textEvidence } from '../situation/evidence.ts';
import type { TextHits } from '../situation/read-speaker.ts';
import { secrecyFromPrivateLife } from '../situation/read-stakes.ts';
import {
  FACTOR_CONDITION,
  HAZARD_CONDITION,
  LEARNED_STRICTER,
  RELATION_CONDITION,
} from '../situation/situation-messages.ts';
import {
  CLOSE_RELATIONS,
  type Evidence,
  inPrivateEmployment,
  type Situation,
  sharesPublicOrMilestone,
} from '../situation/situation-schema.ts';
import { isFestive, joinsPolicyMarch } from '../situation/uniform-stand.ts';
import type { AnalyzedWord } from '../text/analyze-text.ts';
import { CATEGORY_LABEL } from './draft-messages.ts';
import { readOrganisationWe } from './organisation-we.ts';
import { readPersonFromWork } from './person-from-work.ts';
import { readPerson } from './person-in-secret.ts';

export interface DraftAssessment {
  risk: Risk;
  findings: Finding[];
  categories: Category[];
  basis: BasisId[];
  regime: CompiledRegime | undefined;
  situation: Situation;
  secondOpinion: SecondOpinion | undefined;
  /** Written by an elected office-holder: only the hard stops that bind anyone were weighed. */
  electedWriter: boolean;
  /** Written by someone in private employment: only the hard stops that bind anyone were weighed. */
  privateWriter: boolean;
}

/** Hard stops about the civil servant's route to the press or elected members: an office-holder's own job. */
const OFFICE_HOLDER_ROUTES: ReadonlySet<string> = new Set([
  'informatie-buiten-de-lijn',
  'perscontact-buiten-communicatie',
]);

/**
 * The writer is an elected office-holder: said in the profile, or in a self-description right before the
 * office ("ik ben wethouder", "als wethouder"), not an office named in passing ("als de burgemeester dit leest").
 */
function electedWriter(situation: Situation, text: string): boolean {
  const office = situation.speaker.notCivilServant;
  if (office?.reason !== 'politiek-ambtsdrager') return false;
  if (office.evidence.source === 'profile') return true;
  const before = text.slice(Math.max(0, (office.evidence.start ?? 0) - 20), office.evidence.start ?? 0);
  return /\b(ik ben|ben ik|ik was|als|i am|i'm|im|as)\s+$/i.test(before);
}

const SEVERITY_BY_EFFECT: Partial<Record<SignalEffect, Risk>> = {
  'hard-stop': 'hoog',
  whistleblowing: 'middel',
  weighing: 'middel',
  aggravating: 'middel',
};
export function assessDraft(
  knowledge: KnowledgeBase,
  draft: string,
  profile: Profile | undefined,
  language: Language,
): DraftAssessment {
  const { words, regime, ownArea, fired, reading, hits } = readText(
    knowledge,
    draft,
    profile,
    'draft',
    language,
    roleTopics(profile),
  );
  const { situation } = reading;
  const findings: Finding[] = [];
  const aggravating: Finding[] = [];
  const ownWorkWeighs = relationWeighs(situation, 'draft');
  // An elected office-holder (a wethouder, a Kamerlid) speaks in politics as the job: the Ambtenarenwet's
  // weighing is not theirs, and the learned model learnt from civil servants. Only hard stops (a secret, a
  // person's data, an insult) still count.
  const politician = electedWriter(situation, draft);
  // Someone who works for a private firm or for themselves is no civil servant: the Ambtenarenwet's weighing
  // is not theirs either, and the learned model learnt from civil servants. The hard stops that bind anyone
  // (a secret of the profession, a person's data, an insult) still count, as for an office-holder.
  const privateAuthor = !politician && inPrivateEmployment(situation);
  const outsider = politician || privateAuthor;
  for (const item of fired) {
    // Speaking for the council, the college or one's firm is not a civil servant's speaking for the employer:
    // only the hard stops that bind anyone who holds what is secret or personal remain.
    if (
      outsider &&
      (item.signal.meta.effect !== 'hard-stop' ||
        (item.signal.meta.categories ?? []).includes('namens-werkgever') ||
        OFFICE_HOLDER_ROUTES.has(item.signal.meta.id))
    )
      continue;
    // Rules that only say "this is your own work" follow the situation's reading of that.
    if (OWN_WORK_RULES.has(item.signal.meta.id) && !ownWorkWeighs) continue;
    // The job named in a calm post gives nothing weight: the capacity it is said in does not matter.
    if (item.signal.meta.id === 'hoedanigheid-onduidelijk' && calmInFunction(situation)) continue;
    // A wrong to report in a post about private life is a joke ("de klokkenluider van ons gezin").
    if (item.signal.meta.effect === 'whistleblowing' && situation.topic.privateLife) continue;
    // Nor is a confidence from private life ("een vertrouwelijk gesprek met mijn coach", "het recept blijft
    // staatsgeheim 😎") a secret of the work.
    if (secrecyFromPrivateLife(item.signal.meta.id, situation.topic, situation.relation)) continue;
    const list = item.signal.meta.effect === 'aggravating' ? aggravating : findings;
    list.push(...toFindings(item, draft, words, ownArea.wordIndexes, regime, language));
  }
  // The demonstration rule (not a word alone: "demonstratie: zo plak je een band") says someone marches.
  const marching = fired.some((item) => item.signal.meta.id === 'demonstratie') && !isFestive(draft);
  if (!outsider) {
    findings.push(
      ...situationFindings(
        situation,
        findings,
        regime,
        language,
        marching,
        CHAT_HEADER.test(draft.trim()),
        reading.speaker.namedInText,
      ),
    );
    findings.push(...organisationWeFindings(draft, words, situation, findings, regime, language));
    findings.push(...personFromWorkFindings(draft, words, hits, situation, findings, regime, language));
  }
  const rulesRisk = outsider
    ? highestSeverity(findings)
    : decideDraftRisk(findings, aggravating, fired, situation);
  const rulesCategories = [...new Set([...findings, ...aggravating].map((finding) => finding.category))];
  const second = outsider
    ? { risk: rulesRisk, addedCategories: [] as Category[], opinion: undefined }
    : draftOpinion(knowledge.learned, draft, profile, situation, rulesRisk, rulesCategories);
  const risk = second.risk;
  // Aggravating factors are reported only when something else already carries risk.
  if (risk !== 'laag')
    findings.push(
      ...aggravating,
      ...politicalFindings(situation, findings, aggravating, regime, language, draft, words),
    );
  if (second.opinion?.applied || second.addedCategories.length > 0)
    findings.push(...learnedFindings(second, risk, findings, regime, language));
  // After the model's findings: a secret it found about one person is personal data as well.
  findings.push(...personInSecretFindings(draft, words, hits, findings, regime, language));
  findings.sort((a, b) => RISKS.indexOf(b.severity) - RISKS.indexOf(a.severity));
  const merged = mergeByCategory(risk === 'laag' ? [] : findings);
  const categories = merged.map((finding) => finding.category);
  const basis = [...new Set(merged.flatMap((finding) => finding.basis))];
  return {
    risk,
    findings: merged,
    categories,
    basis,
    regime,
    situation,
    secondOpinion: second.opinion,
    electedWriter: politician,
    privateWriter: privateAuthor,
  };
}

const CATEGORY_BASIS: Record<Category, BasisId[]> = {
  geheimhouding: ['aw2017-art9', 'sr-art272'],
  persoonsgegevens: ['aw2017-art9', 'avg'],
  toon: ['aw2017-art10', 'aw2017-art6'],
  'namens-werkgever': ['aw2017-art10', 'aw2017-art6'],
  'eigen-beleidsterrein': ['aw2017-art10'],
  'politieke-gevoeligheid': ['aw2017-art10'],
  misstand: ['wbk', 'wbk-art17ea'],
};

/** Findings for what only the learned second opinion saw: its categories, at the risk it gave. */
function learnedFindings(
  second: ReturnType<typeof draftOpinion>,
  risk: Risk,
  findings: Finding[],
  regime: CompiledRegime | undefined,
  language: Language,
): Finding[] {
  const categories = [...second.addedCategories];
  // The rules' own finding carries the raised risk when the model adds no category of its own.
  if (categories.length === 0 && !findings.some((finding) => finding.severity === risk)) {
    const strongest = findings[0]?.category;
    categories.push(strongest ?? (risk === 'hoog' ? 'geheimhouding' : 'eigen-beleidsterrein'));
  }
  const percent = Math.round((second.opinion?.confidence ?? 0) * 100);
  return categories.map((category) => ({
    category,
    ruleId: `geleerd-${category}`,
    severity: risk === 'laag' ? 'middel' : risk,
    spans: [],
    basis: mapBasis(CATEGORY_BASIS[category], regime),
    message: `${LEARNED_STRICTER[language](second.opinion?.label ?? risk, percent)} ${CATEGORY_LABEL[language][category]}.`,
    suggestion:
      language === 'en'
        ? 'Check this part of your text before you post it.'
        : 'Kijk dit deel van je tekst goed na voor je het plaatst.',
  }));
}

/**
 * A calm post in which the job is named: thanks, a milestone, what is public, or a protected membership, with
 * no view, mockery, politics or hazard beside it ("als boa wil ik iedereen bedanken …", "als militair ben ik
 * lid van de bond"). The capacity it is said in then gives nothing weight.
 */
function calmInFunction(situation: Situation): boolean {
  const calm =
    situation.markers.some((marker) => marker.kind === 'viering' || marker.kind === 'openbaar') ||
    situation.factors.some((factor) => factor.kind === 'beschermd-recht');
  const weighty =
    situation.markers.some((marker) => marker.kind === 'mening' || marker.kind === 'spot') ||
    situation.hazards.length > 0 ||
    situation.factors.some(
      (factor) =>
        factor.kind === 'politiek-gevoelig' ||
        factor.kind === 'timing' ||
        factor.kind === 'scherpe-toon' ||
        factor.kind === 'kritiek-werkgever',
    );
  return calm && !weighty;
}

/** Rules that fire on the author's own work as such; the situation decides whether that weighs. */
const OWN_WORK_RULES = new Set([
  'mening-over-eigen-werk',
  'eigen-werk-vertrouwelijk',
  'eigen-beleidsterrein',
  'kritiek-eigen-organisatie',
]);

/** Functions whose public opinions on their field or on politics weigh heavily (decision model F8). */
const SENIOR: Sensitivity[] = [
  'leiding',
  'representatief',
  'woordvoering',
  'politiek-nabij',
  'inlichtingen',
  'neutraal',
];

/** Findings the situation adds where no rule fired: closeness to the work, and sharp tone of a sensitive function. */
function situationFindings(
  situation: Situation,
  existing: Finding[],
  regime: CompiledRegime | undefined,
  language: Language,
  marching: boolean,
  closedChat: boolean,
  namedInText: Evidence | undefined,
): Finding[] {
  const added: Finding[] = [];
  const has = (category: Category, severity?: Risk) =>
    [...existing, ...added].some(
      (finding) => finding.category === category && (!severity || finding.severity === severity),
    );
  const add = (finding: SituationFinding) => added.push(toFinding(finding, regime, language));
  if (relationWeighs(situation, 'draft') && !has('eigen-beleidsterrein')) {
    add({
      category: 'eigen-beleidsterrein',
      ruleId: `situatie-${situation.relation.kind}`,
      severity: 'middel',
      evidence: situation.relation.evidence,
      basis: ['aw2017-art10'],
      message: RELATION_CONDITION[language][situation.relation.kind](''),
      suggestion: {
        en: 'Keep it factual, say you write in a private capacity, and leave out details from work.',
        nl: 'Houd het feitelijk, zet erbij dat je op persoonlijke titel schrijft, en laat details uit je werk weg.',
      },
    });
  }
  for (const hazard of situation.hazards) {
    // A sharp word the rules weigh as manner only (middel) is an insult when it is aimed at someone the work
    // is close to, at a politician, or comes from someone who enforces (the situation made it a hazard): the
    // hard stop of the decision model (§3), at its severity.
    if (
      hazard.ruleId &&
      hazard.kind === 'belediging' &&
      !has('toon', 'hoog') &&
      hazard.evidence.some((item) => STRONG_EPITHET.test(item.text)) &&
      !closedChat
    )
      add({
        category: 'toon',
        ruleId: 'situatie-belediging',
        severity: 'hoog',
        evidence: hazard.evidence,
        basis: ['aw2017-art10', 'aw2017-art6'],
        message: HAZARD_CONDITION[language].belediging,
      });
    if (hazard.ruleId) continue;
    const category: Category =
      hazard.kind === 'persoonsgegevens'
        ? 'persoonsgegevens'
        : hazard.kind === 'belediging'
          ? 'toon'
          : hazard.kind === 'namens-werkgever'
            ? 'namens-werkgever'
            : hazard.kind === 'misstand'
              ? 'misstand'
              : 'geheimhouding';
    if (has(category)) continue;
    add({
      category,
      ruleId: `situatie-${hazard.kind}`,
      severity: hazard.kind === 'misstand' ? 'middel' : 'hoog',
      evidence: hazard.evidence,
      basis: ['aw2017-art9'],
      message: HAZARD_CONDITION[language][hazard.kind],
    });
  }
  const sensitive = situation.speaker.functions.some((item) =>
    item.sensitivity.some((value) => SENIOR.includes(value)),
  );
  const sharp = situation.factors.find((item) => item.kind === 'scherpe-toon');
  if (sharp && sensitive && !has('toon')) {
    add({
      category: 'toon',
      ruleId: 'situatie-toon-gevoelige-functie',
      severity: 'hoog',
      evidence: sharp.evidence,
      basis: ['aw2017-art10', 'aw2017-art6'],
      message: FACTOR_CONDITION[language]['gevoelige-functie'] ?? '',
      suggestion: {
        en: 'Criticise the policy, not the people, and leave out disqualifying words.',
        nl: 'Bekritiseer het beleid, niet de mensen, en laat woorden weg die iemand wegzetten.',
      },
    });
  }
  const mockery = situation.markers.find((marker) => marker.kind === 'spot');
  if (mockery && !has('toon')) {
    add({
      category: 'toon',
      ruleId: 'situatie-spot',
      severity: 'middel',
      evidence: [mockery.evidence],
      basis: ['aw2017-art10', 'aw2017-art6'],
      message: FACTOR_CONDITION[language]['scherpe-toon'] ?? '',
      suggestion: {
        en: 'Say what bothers you without mocking the people involved; leave out the eye-rolling or laughing emoji.',
        nl: 'Zeg wat je dwarszit zonder de mensen belachelijk te maken; laat de spottende emoji weg.',
      },
    });
  }
  // A senior, representative or press function cannot step out of its role by saying "personal view":
  // an opinion on policy or politics is read as the employer's (decision model F8; art. 10 AW 2017).
  const representative = situation.speaker.functions.find((item) =>
    item.sensitivity.some((value) => REPRESENTATIVE.includes(value)),
  );
  const opinion = situation.markers.some((marker) => marker.kind === 'mening');
  const political = situation.factors.some((item) => item.kind === 'politiek-gevoelig');
  // (National education policy is no school's own dossier, but a school leader's view of it, signed as
  // such, is read as the school's.)
  const farFromWork =
    (situation.relation.kind === 'los-van-werk' &&
      situation.relation.reason !== 'education-national-policy') ||
    situation.topic.privateLife;
  // Handing over or sharing what is already public, with no opinion, is what such a function is for.
  // Taking sides in party politics is never far from such a function's work: an ambassador or a director who
  // disqualifies a party speaks with the office's weight whatever the subject (decision model §3, F2 and F8).
  const partyAct = situation.acts.some((act) => act.kind === 'partij' || act.kind === 'kandidaat');
  const partyPolitics = opinion && partyAct;
  if (
    representative &&
    (opinion || (political && !sharesPublicOrMilestone(situation))) &&
    (!farFromWork || partyPolitics) &&
    !has('namens-werkgever')
  ) {
    add({
      category: 'namens-werkgever',
      ruleId: 'situatie-vertegenwoordigende-functie',
      severity: 'middel',
      evidence: [representative.evidence],
      basis: ['aw2017-art10', 'aw2017-art6'],
      message: REPRESENTATIVE_CONDITION[language],
      suggestion: {
        en: 'Leave your opinion on this policy to the official channels, or ask communications first.',
        nl: 'Laat je mening over dit beleid via de officiële lijn lopen, of overleg eerst met communicatie.',
      },
    });
  }
  // The writer names the job or the employer in the post itself ("As a policy advisor at the Ministry of
  // Finance I have to say: … vote wisely") and takes a side in politics: readers hear the employer, whatever
  // the subject (decision model F5, capacity; art. 10 AW 2017). Not someone who has left.
  // (Hired staff and private employees speak for no government when they name their job.)
  const governmentStaff = situation.speaker.sector !== 'inhuur' && !situation.speaker.notCivilServant;
  const named = governmentStaff ? (selfNamed(situation) ?? namedInText) : undefined;
  if (
    named &&
    !situation.speaker.former &&
    !situation.topic.privateLife &&
    // (A teacher on national education policy is not bound by the limit of the Ambtenarenwet.)
    situation.relation.reason !== 'education-national-policy' &&
    opinion &&
    situation.factors.some((item) => item.kind === 'timing' || item.kind === 'politiek-gevoelig') &&
    !has('namens-werkgever')
  ) {
    add({
      category: 'namens-werkgever',
      ruleId: 'situatie-functie-in-bericht',
      severity: 'middel',
      evidence: [named],
      basis: ['aw2017-art10', 'aw2017-art6'],
      message: NAMED_JOB_CONDITION[language],
      suggestion: {
        en: 'Leave your job and employer out of a political opinion, or keep the opinion off public channels.',
        nl: 'Laat je functie en werkgever weg bij een politieke mening, of houd die mening buiten openbare kanalen.',
      },
    });
  }
  // A reply to the public that names the own job or employer and then tells about that employer's work
  // ("Ik werk bij het waterschap: die dijk wordt pas in 2026 versterkt"): it reads as the organisation's
  // answer, or leaves unclear in which capacity one answers (decision model F5). Pointing calmly to what is
  // published is not it.
  const replying = situation.acts.some((act) => act.kind === 'reactie');
  // (Or a reply on the own dossier, job named or not: "@Bewoners de procedure is zorgvuldig doorlopen".)
  const addressedReply = situation.acts.some(
    (act) => act.kind === 'reactie' && act.evidence.text.startsWith('@'),
  );
  const onOwnDossier =
    situation.relation.kind === 'eigen-dossier' &&
    governmentStaff &&
    addressedReply &&
    !sharesPublicOrMilestone(situation);
  if (
    (named || onOwnDossier) &&
    replying &&
    CLOSE_RELATIONS.has(situation.relation.kind) &&
    !situation.speaker.former &&
    !situation.topic.privateLife &&
    !(sharesPublicOrMilestone(situation) && !opinion) &&
    !has('namens-werkgever')
  ) {
    add({
      category: 'namens-werkgever',
      ruleId: 'situatie-antwoord-als-medewerker',
      severity: 'middel',
      evidence: named ? [named] : situation.relation.evidence,
      basis: ['aw2017-art10', 'aw2017-art6'],
      message: ANSWER_AS_STAFF_CONDITION[language],
      suggestion: {
        en: 'Refer the person to the official channel, or answer without presenting yourself as staff.',
        nl: 'Verwijs naar het officiële kanaal, of reageer zonder je als medewerker te presenteren.',
      },
    });
  }
  // A function that must stay politically neutral (griffie, Kiesraad, a rekenkamer, CBS) taking a side in
  // politics ("helemaal mee eens, iedereen stemmen!"): weighs even far from the own tasks (decision model F8).
  const neutral = situation.speaker.functions.find((item) => item.sensitivity.includes('neutraal'));
  // (Pointing to the official result or a published fact, without an opinion, is the neutral job itself.)
  const campaign = (partyAct && !(sharesPublicOrMilestone(situation) && !opinion)) || callsToVote(situation);
  if (neutral && (campaign || (political && opinion)) && !has('politieke-gevoeligheid')) {
    add({
      category: 'politieke-gevoeligheid',
      ruleId: 'situatie-neutrale-functie',
      severity: 'middel',
      evidence: [
        neutral.evidence,
        ...situation.factors
          .filter((item) => item.kind === 'politiek-gevoelig')
          .flatMap((item) => item.evidence),
      ],
      basis: ['aw2017-art10'],
      message: FACTOR_CONDITION[language]['gevoelige-functie'] ?? '',
      suggestion: {
        en: 'Your function asks you to stay visibly neutral: keep your political preference off public channels.',
        nl: 'Je functie vraagt dat je zichtbaar neutraal blijft: houd je politieke voorkeur buiten openbare kanalen.',
      },
    });
  }
  // A uniformed officer's public stand on politics (a protest march, an opinion on a hot subject) weighs even
  // far from the own tasks: the neutral role is visible (decision model F8), as it is for questions.
  // (Only the march: an opinion far from the work is the decision model's green light for a draft, §8.)
  const uniformed = situation.speaker.functions.find((item) => item.sensitivity.includes('uniform'));
  if (uniformed && marching && !has('politieke-gevoeligheid') && joinsPolicyMarch(situation)) {
    add({
      category: 'politieke-gevoeligheid',
      ruleId: 'situatie-uniform-standpunt',
      severity: 'middel',
      evidence: [uniformed.evidence],
      basis: ['aw2017-art10'],
      message: FACTOR_CONDITION[language]['gevoelige-functie'] ?? '',
      suggestion: {
        en: 'Take part as a private citizen without making your uniform or job visible, or keep your political stand off public channels.',
        nl: 'Doe mee als burger zonder je uniform of functie zichtbaar te maken, of houd je politieke standpunt buiten openbare kanalen.',
      },
    });
  }
  // The uniform, the logo or the job title in view ("in uniform", "foto in dienstkleding") while taking a
  // public stand (marching, striking, a party or a vote, an opinion on politics): the stand reads as the
  // service's, or the capacity is unclear (decision model F5, F8). Not a festive parade, and not when the
  // text says the mark is absent ("zonder uniform"; read-stakes).
  const markInView = situation.factors.find(
    (item) => item.kind === 'hoedanigheid' && item.ruleId === undefined,
  );
  const civicStand = situation.acts.some((act) => STAND_ACTS.has(act.kind));
  // (Pride in a party is still a stand: "trots dat deze partij …"; only pointing to what is public is not.)
  const pointsToPublicOnly = situation.markers.some((marker) => marker.kind === 'openbaar') && !opinion;
  const standTaken = (civicStand && !pointsToPublicOnly) || callsToVote(situation) || (opinion && political);
  if (markInView && standTaken && !isFestiveSituation(situation) && !has('namens-werkgever')) {
    add({
      category: 'namens-werkgever',
      ruleId: 'situatie-functie-zichtbaar',
      severity: 'middel',
      evidence: markInView.evidence,
      basis: ['aw2017-art10', 'aw2017-art6'],
      message: MARK_IN_VIEW_CONDITION[language],
      suggestion: {
        en: 'Take part or speak as a private citizen, without your uniform, logo or job title in view.',
        nl: 'Doe mee of spreek als burger, zonder je uniform, logo of functietitel in beeld.',
      },
    });
    if (
      (political || partyAct || callsToVote(situation) || joinsPolicyMarch(situation)) &&
      !has('politieke-gevoeligheid')
    )
      add({
        category: 'politieke-gevoeligheid',
        ruleId: 'situatie-functie-zichtbaar',
        severity: 'middel',
        evidence: markInView.evidence,
        basis: ['aw2017-art10'],
        message: FACTOR_CONDITION[language]['gevoelige-functie'] ?? '',
        suggestion: {
          en: 'Keep your political stand apart from your uniform and your job.',
          nl: 'Houd je politieke standpunt los van je uniform en je functie.',
        },
      });
  }
  return added;
}

/**
 * "We" of the organisation telling the public what it did, will do or stands for: speaking for the employer
 * (decision model F5). It is the author's own work too, unless that was read already.
 */
function organisationWeFindings(
  draft: string,
  words: AnalyzedWord[],
  situation: Situation,
  existing: Finding[],
  regime: CompiledRegime | undefined,
  language: Language,
): Finding[] {
  const has = (category: Category) => existing.some((finding) => finding.category === category);
  if (has('namens-werkgever')) return [];
  const we = readOrganisationWe(draft, words, situation);
  if (!we) return [];
  const added: Finding[] = [
    toFinding(
      {
        category: 'namens-werkgever',
        ruleId: 'situatie-wij-de-organisatie',
        severity: 'middel',
        evidence: we.evidence,
        basis: ['aw2017-art10', 'aw2017-art6'],
        message: WE_CONDITION[language],
        suggestion: {
          en: 'Write "I" and in a private capacity, or leave announcements and answers to the public to the official channel.',
          nl: 'Schrijf "ik" en op persoonlijke titel, of laat aankondigingen en antwoorden aan het publiek over aan het officiële kanaal.',
        },
      },
      regime,
      language,
    ),
  ];
  if (!has('eigen-beleidsterrein'))
    added.push(
      toFinding(
        {
          category: 'eigen-beleidsterrein',
          ruleId: 'situatie-wij-eigen-werk',
          severity: 'middel',
          evidence: we.evidence,
          basis: ['aw2017-art10'],
          message: RELATION_CONDITION[language]['eigen-organisatie'](''),
        },
        regime,
        language,
      ),
    );
  return added;
}
/**
 * A secret of the work that is about one person (a family, a client, a well-known Dutch person) is personal
 * data as well: reported beside the secrecy finding, at its severity, on the words that name the person.
 */
function personInSecretFindings(
  draft: string,
  words: AnalyzedWord[],
  hits: TextHits,
  existing: Finding[],
  regime: CompiledRegime | undefined,
  language: Language,
): Finding[] {
  if (existing.some((finding) => finding.category === 'persoonsgegevens')) return [];
  const secrets = existing.filter((finding) => finding.category === 'geheimhouding');
  if (secrets.length === 0) return [];
  const severity = highestSeverity(secrets);
  // (Not a word of the leading "[familie-app]": the platform or the group, not a person.)
  const header = headerEnd(draft);
  const person = readPerson(draft, words, hits)?.filter((evidence) => (evidence.start ?? 0) > header);
  if (!person || person.length === 0) return [];
  return [
    toFinding(
      {
        category: 'persoonsgegevens',
        ruleId: 'situatie-persoon-in-geheim',
        severity,
        evidence: person,
        basis: CATEGORY_BASIS.persoonsgegevens,
        message: PERSON_CONDITION[language],
        suggestion: {
          nl: 'Laat alles weg waaraan iemand te herkennen is (wie, waar, leeftijd, gezin) en deel niets uit een dossier.',
          en: 'Leave out everything that makes someone recognisable (who, where, age, family) and share nothing from a file.',
        },
      },
      regime,
      language,
    ),
  ];
}
/** A case from a job that meets people, told about one recognisable person: personal data and the job's secret. */
function personFromWorkFindings(
  draft: string,
  words: AnalyzedWord[],
  hits: TextHits,
  situation: Situation,
  existing: Finding[],
  regime: CompiledRegime | undefined,
  language: Language,
): Finding[] {
  if (existing.some((finding) => finding.category === 'persoonsgegevens')) return [];
  const evidence = readPersonFromWork(draft, words, hits, situation);
  if (!evidence) return [];
  const findings = [
    toFinding(
      {
        category: 'persoonsgegevens',
        ruleId: 'situatie-persoon-uit-werk',
        severity: 'hoog',
        evidence,
        basis: CATEGORY_BASIS.persoonsgegevens,
        message: PERSON_FROM_WORK_CONDITION[language],
        suggestion: {
          nl: 'Laat alles weg waaraan iemand te herkennen is (wie, waar, klas, leeftijd, bekendheid). Vertel over je werk in het algemeen.',
          en: 'Leave out everything that makes someone recognisable (who, where, class, age, fame). Talk about your work in general terms.',
        },
      },
      regime,
      language,
    ),
  ];
  if (!existing.some((finding) => finding.category === 'geheimhouding'))
    findings.push(
      toFinding(
        {
          category: 'geheimhouding',
          ruleId: 'situatie-persoon-uit-werk',
          severity: 'hoog',
          evidence,
          basis: ['aw2017-art9'],
          message: HAZARD_CONDITION[language]['persoonsgegevens'],
        },
        regime,
        language,
      ),
    );
  return findings;
}
const PERSON_FROM_WORK_CONDITION: Record<Language, string> = {
  nl: 'Je vertelt iets uit je werk over één persoon die te herkennen is (een straat, een klas, een naam of bekendheid). Wat je via je werk over burgers, leerlingen of cliënten weet, is vertrouwelijk en een persoonsgegeven (artikel 9 Ambtenarenwet 2017, AVG).',
  en: 'You tell something from your work about one person who can be recognised (a street, a class, a name or fame). What you know through your work about citizens, pupils or clients is confidential and personal data (art. 9 Ambtenarenwet 2017, GDPR/AVG).',
};
const PERSON_CONDITION: Record<Language, string> = {
  nl: 'Wat je via je werk weet, gaat hier over één persoon of gezin. Ook zonder naam is dat voor buren of volgers vaak te herkennen: dan deel je een persoonsgegeven (artikel 9 Ambtenarenwet 2017, AVG).',
  en: 'What you know through your work is about one person or family here. Even without a name, neighbours or followers can often tell who it is: then you share personal data (art. 9 Ambtenarenwet 2017, GDPR/AVG).',
};

const WE_CONDITION: Record<Language, string> = {
  nl: 'Je schrijft als "wij" van je organisatie: wat jullie deden, gaan doen of vinden. Dan lijkt het een standpunt of toezegging van je werkgever. Dat doen alleen mensen die daarvoor zijn aangewezen (artikel 10 en 6 Ambtenarenwet 2017).',
  en: 'You write as "we" of your organisation: what you did, will do or stand for. That reads as your employer\'s position or promise. Only people assigned to it do that (art. 10 and 6 Ambtenarenwet 2017).',
};

/** A finding read from the situation: the evidence it rests on, its norm and, where there is one, a suggestion. */
interface SituationFinding {
  category: Category;
  ruleId: string;
  severity: Risk;
  evidence: Evidence[];
  basis: BasisId[];
  message: string;
  suggestion?: Record<Language, string>;
}

function toFinding(
  finding: SituationFinding,
  regime: CompiledRegime | undefined,
  language: Language,
): Finding {
  return {
    category: finding.category,
    ruleId: finding.ruleId,
    severity: finding.severity,
    spans: evidenceSpans(finding.evidence),
    basis: mapBasis(finding.basis, regime),
    message: finding.message,
    suggestion: finding.suggestion?.[language] ?? '',
  };
}

/** The text evidence as character spans of the draft (profile evidence has none). */
function evidenceSpans(evidence: Evidence[]): Finding['spans'] {
  return evidence.flatMap((item) =>
    item.source === 'text' && item.start !== undefined && item.end !== undefined
      ? [{ start: item.start, end: item.end, text: item.text }]
      : [],
  );
}

/** Name-calling, as opposed to a sharp judgement ("gek geworden", "nonsense"). */
const STRONG_EPITHET =
  /\b(clowns?|zakkenvull\w*|leugenaar\w*|beunha\w*|wereldvreemd\w*|knuffelaar\w*|kotsmisselijk|nepnieuwsfabriek\w*|leugenfabriek\w*|minkukel\w*|prutser\w*|walgelijk\w*|domme?|idioot|idioten|debiel\w*|sukkel\w*|klootzak\w*|tuig|schoft\w*|hufter\w*|eikel\w*|losers?|incompetent\w*|oplichter\w*|liars?|idiots?|morons?|scum\w*|imbeciles?|crooks?|thugs?|parasites?)\b/i;
/** A header that names a chat among colleagues or friends ("[teamapp]", "[Teams, 1-op-1 chat]", "[WhatsApp]"). */
const CHAT_HEADER =
  /^\[[^\]]*\b(app|teamapp|appgroep|groepsapp|whatsapp|signal|teams|chat|dm|1-op-1|mail)\b[^\]]*\]/i;

/** Where the writer names their own employer or job in the text (not the profile): its evidence. */
function selfNamed(situation: Situation): Evidence | undefined {
  const organisation = situation.speaker.organisation?.evidence;
  if (organisation?.source === 'text') return organisation;
  return situation.speaker.functions.find((item) => item.evidence.source === 'text' && !item.support)
    ?.evidence;
}
const NAMED_JOB_CONDITION: Record<Language, string> = {
  nl: 'Je noemt je functie of werkgever in het bericht zelf. Een politieke mening leest dan als die van je werkgever, of het is onduidelijk in welke hoedanigheid je schrijft (artikel 10 Ambtenarenwet 2017).',
  en: "You name your job or employer in the post itself. A political opinion then reads as your employer's, or it is unclear in which capacity you write (art. 10 Ambtenarenwet 2017).",
};

const ANSWER_AS_STAFF_CONDITION: Record<Language, string> = {
  nl: 'Je reageert als medewerker op een vraag of bericht over het werk van je organisatie. Dat leest als het antwoord van je werkgever, of het is onduidelijk in welke hoedanigheid je reageert (artikel 10 Ambtenarenwet 2017).',
  en: "You reply as a member of staff about your organisation's work. That reads as your employer's answer, or leaves unclear in which capacity you reply (art. 10 Ambtenarenwet 2017).",
};

/** Acts that take a public stand: marching, striking, signing, a party or a candidacy. */
const STAND_ACTS = new Set(['demonstratie', 'staking', 'petitie', 'partij', 'kandidaat', 'vakbond']);
const MARK_IN_VIEW_CONDITION: Record<Language, string> = {
  nl: 'Je uniform, logo of functie is in beeld terwijl je een standpunt inneemt. Dan lijkt het het standpunt van je dienst, of is onduidelijk in welke hoedanigheid je meedoet (artikel 10 Ambtenarenwet 2017).',
  en: "Your uniform, logo or job is in view while you take a stand. It then looks like your service's stand, or leaves unclear in which capacity you take part (art. 10 Ambtenarenwet 2017).",
};
/** A festive parade or commemoration named anywhere in what was read. */
function isFestiveSituation(situation: Situation): boolean {
  return [
    ...situation.acts.map((act) => act.evidence),
    ...situation.topic.domains.map((domain) => domain.evidence),
  ].some((evidence) => isFestive(evidence.text));
}

/** Functions that speak for the organisation by what they are (leadership, representation, the press). */
const REPRESENTATIVE: Sensitivity[] = ['leiding', 'representatief', 'woordvoering', 'politiek-nabij'];
const REPRESENTATIVE_CONDITION: Record<Language, string> = {
  nl: 'In jouw functie lezen mensen je mening over beleid of politiek als die van je werkgever, ook als je "persoonlijk" schrijft (artikel 10 Ambtenarenwet 2017).',
  en: 'In your function people read your opinion on policy or politics as your employer\'s, even when you write "personally" (art. 10 Ambtenarenwet 2017).',
};

/** Who governs a policy: the cabinet, a council, a minister, "Den Haag", the province or municipality. */
const GOVERNING = new Set(
  `kabinet regering coalitie kamer tweede college raad gemeenteraad staten minister ministers staatssecretaris
  wethouder wethouders gedeputeerde gedeputeerden burgemeester politiek politici provincie gemeente haag
  cabinet government parliament council ministers politicians`.split(/\s+/),
);

/** Timing words that name a decision or a vote still to come. */
const PENDING_DECISION = /\b(besl|besluit|decision|decide|stemm|vote|voting|debat|debate|behandel)/i;

/** A politically sensitive subject is reported once something else carries risk. */
function politicalFindings(
  situation: Situation,
  findings: Finding[],
  aggravating: Finding[],
  regime: CompiledRegime | undefined,
  language: Language,
  text: string,
  words: AnalyzedWord[],
): Finding[] {
  // Leaking a decision that is still to be taken is political in itself: its timing (decision model F3).
  // A pending award or appointment is not; it takes a decision or a vote.
  const leaked = [...findings, ...aggravating].some((finding) => finding.category === 'geheimhouding');
  // So is an opinion on the own work while the debate or decision on it is pending (F1 with F3).
  const ownOpinion =
    findings.some((finding) => finding.category === 'eigen-beleidsterrein') &&
    situation.markers.some((marker) => marker.kind === 'mening' || marker.kind === 'spot');
  const pendingDecision =
    leaked || ownOpinion
      ? situation.factors.find(
          (item) =>
            item.kind === 'timing' && item.evidence.some((evidence) => PENDING_DECISION.test(evidence.text)),
        )
      : undefined;
  // An opinion on the own work that names who governs it or the policy itself ("de provincie moet ophouden
  // met …", "dit spreidingsbeleid werkt niet", "the cabinet"): a judgement of government policy in one's own
  // field is politically sensitive (decision model F1 with F2).
  const governing = ownOpinion
    ? words.findIndex((word) => GOVERNING.has(word.folded) || /beleid$/.test(word.folded))
    : -1;
  const judged: { evidence: Evidence[] } | undefined =
    governing >= 0 ? { evidence: [textEvidence(text, words, [governing])] } : undefined;
  const political =
    situation.factors.find((item) => item.kind === 'politiek-gevoelig' && !item.ruleId) ??
    pendingDecision ??
    judged;
  if (
    !political ||
    [...findings, ...aggravating].some((finding) => finding.category === 'politieke-gevoeligheid')
  )
    return [];
  return [
    toFinding(
      {
        category: 'politieke-gevoeligheid',
        ruleId: 'situatie-politiek-gevoelig',
        severity: 'middel',
        evidence: political.evidence,
        basis: ['aw2017-art10'],
        message: FACTOR_CONDITION[language]['politiek-gevoelig'] ?? '',
        suggestion: {
          en: 'Keep to the facts and leave out your own role in this subject.',
          nl: 'Houd het bij de feiten en laat je eigen rol in dit onderwerp weg.',
        },
      },
      regime,
      language,
    ),
  ];
}

/**
 * The traffic light of the decision model: a hard stop is high; the author's own work on a politically
 * sensitive subject with an aggravating factor (timing, seniority) is high too; any other weighing factor
 * is medium; aggravating factors alone are low.
 */
/** The most severe of the findings (laag for none). */
function highestSeverity(findings: readonly Finding[]): Risk {
  return findings.reduce<Risk>((most, finding) => higherRisk(most, finding.severity), 'laag');
}

function decideDraftRisk(
  findings: Finding[],
  aggravating: Finding[],
  fired: FiredSignal[],
  situation: Situation,
): Risk {
  if (findings.some((finding) => finding.severity === 'hoog')) return 'hoog';
  if (findings.length === 0) return 'laag';
  const all = [...findings, ...aggravating];
  const ownWork = findings.some((finding) => finding.category === 'eigen-beleidsterrein');
  const political =
    all.some((finding) => finding.category === 'politieke-gevoeligheid') ||
    situation.factors.some((item) => item.kind === 'politiek-gevoelig');
  const senior = situation.speaker.functions.some((item) =>
    item.sensitivity.some((value) => SENIOR.includes(value)),
  );
  // Inspraak on a plan in one's own dossier: a decision one prepares, still to be taken, in public (F1-F3).
  // (Not at a school: a teacher does not prepare the board's decisions.)
  const inspraak =
    situation.relation.kind === 'eigen-dossier' &&
    situation.speaker.sector !== 'onderwijs' &&
    situation.markers.some((marker) => marker.kind === 'mening') &&
    situation.acts.some((act) => act.kind === 'inspreken');
  // (Timing alone does not escalate: the decision model's red is the own portfolio with political sensitivity
  // or timing *and* a senior function, §8; own work, politics and timing without it are amber.)
  const escalating = fired.some((item) => item.signal.meta.escalates) || senior || inspraak;
  if (ownWork && (political || inspraak) && escalating) return 'hoog';
  // A senior function named as the capacity in which one speaks, in a campaign ("als teamleider bij de
  // provincie zeg ik: stem op …"): the office lends its weight to a side (F5, F3 and F8 together).
  const inFunction = situation.factors.some((item) => item.kind === 'hoedanigheid' && item.weighs);
  return senior && inFunction && callsToVote(situation) && political ? 'hoog' : 'middel';
}

/** A call to vote, or a vote still to come, read by the timing rule ("stem op 18 maart op …"). */
function callsToVote(situation: Situation): boolean {
  return situation.factors.some((item) => item.ruleId === 'timing-stemming');
}

/**
 * One finding per category: the most severe rule's message and suggestion, with the spans and legal
 * basis of every rule that found the same kind of risk.
 */
function mergeByCategory(findings: Finding[]): Finding[] {
  const byCategory = new Map<string, Finding>();
  for (const finding of findings) {
    const existing = byCategory.get(finding.category);
    if (!existing) {
      byCategory.set(finding.category, { ...finding, spans: [...finding.spans], basis: [...finding.basis] });
      continue;
    }
    for (const span of finding.spans) {
      if (!existing.spans.some((known) => known.start === span.start && known.end === span.end))
        existing.spans.push(span);
    }
    for (const id of finding.basis) if (!existing.basis.includes(id)) existing.basis.push(id);
  }
  for (const finding of byCategory.values()) finding.spans.sort((a, b) => a.start - b.start);
  return [...byCategory.values()];
}

function toFindings(
  fired: FiredSignal,
  draft: string,
  words: AnalyzedWord[],
  ownAreaWords: number[],
  regime: CompiledRegime | undefined,
  language: Language,
): Finding[] {
  const { meta } = fired.signal;
  const severity = meta.severity ?? SEVERITY_BY_EFFECT[meta.effect];
  if (!severity || severity === 'laag') return [];
  const indexes =
    fired.matches.length > 0 ? fired.matches.flatMap((match) => match.wordIndexes) : ownAreaWords;
  return meta.categories.map((category) => ({
    category,
    ruleId: meta.id,
    severity,
    spans: toSpans(indexes, words, draft),
    basis: mapBasis(meta.basis, regime),
    message: meta.condition?.[language] ?? meta.title,
    suggestion: meta.suggestion?.[language] ?? meta.advice?.[language] ?? '',
  }));
}

/** Character spans of the matched words; neighbouring words merge into one span. */
function toSpans(indexes: number[], words: AnalyzedWord[], draft: string): Finding['spans'] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const spans: { startIndex: number; endIndex: number }[] = [];
  for (const index of sorted) {
    const last = spans[spans.length - 1];
    if (last && index === last.endIndex + 1) last.endIndex = index;
    else spans.push({ startIndex: index, endIndex: index });
  }
  return spans.flatMap(({ startIndex, endIndex }) => {
    const first = words[startIndex];
    const last = words[endIndex];
    if (!first || !last) return [];
    return [{ start: first.start, end: last.end, text: draft.slice(first.start, last.end) }];
  });
}
