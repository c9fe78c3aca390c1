// The one entry point into the core: bot.handle(IncomingMessage) → Reply. Channels translate in, call
// this, and translate out; nothing here knows which channel it serves.
import { createHash, randomUUID } from 'node:crypto';
import { assessQuestion } from '../answer/assess-question.ts';
import { composeAnswer, renderAnswerText } from '../answer/compose-answer.ts';
import { readLanguage } from '../answer/detect-language.ts';
import {
  CONFIDENTIAL_HELP,
  DEFAULT_NEXT_STEP,
  EXAMPLE_QUESTIONS,
  FEEDBACK_THANKS,
  HARD_STOP_NEXT_STEP,
  HELP_TEXT,
  LABELS,
  type Language,
} from '../answer/messages.ts';
import { organisationContactStep } from '../answer/organisation-contact.ts';
import { type CitationOptions, citeBasis, citeRelated, speakerSectors } from '../answer/select-citations.ts';
import { answersAskBack, typedQuickReply } from '../conversation/answers-ask-back.ts';
import { chooseLanguage, fallbackLanguage } from '../conversation/choose-language.ts';
import { type ConversationTurn, conversationKey } from '../conversation/conversation-store.ts';
import { detectIntent } from '../conversation/detect-intent.ts';
import { hideProfile } from '../conversation/hide-profile.ts';
import { isFollowUp, mergeFollowUp } from '../conversation/merge-follow-up.ts';
import { assessDraft } from '../draft/assess-draft.ts';
import { composeDraftReply } from '../draft/compose-draft-reply.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { KnowledgeStore } from '../knowledge/knowledge-store.ts';
import type { OrganisationKnowledge } from '../knowledge/organisation-knowledge.ts';
import { reviewOfAnswer } from '../knowledge/review-status.ts';
import { createSilentLogger, type Logger } from '../logging/create-logger.ts';
import { createMasker } from '../model/create-masker.ts';
import type { ModelEngine } from '../model/model-engine.ts';
import { MISSING_QUESTION } from '../situation/situation-messages.ts';
import type { MissingFact } from '../situation/situation-schema.ts';
import { createMemoryStateStore } from '../state/memory-state-store.ts';
import type { StateStore, VoteKey } from '../state/state-store.ts';
import { BotError, isBotError } from './bot-error.ts';
import { countCharacters, isBlank } from './measure-text.ts';
import {
  type IncomingMessage,
  incomingMessageSchema,
  MAX_TEXT_LENGTH,
  type ParsedMessage,
  type Reply,
  type SuggestedAction,
} from './types.ts';
import { RISKS, VERDICT_STRICTNESS } from './vocabulary.ts';

/** One vote on a reply, as handed to `onFeedback` (a changed vote again, with its new rating). */
export type FeedbackRecord = NonNullable<ParsedMessage['feedback']> & { channel: string; at: Date };

export interface BotOptions {
  knowledge: KnowledgeStore;
  logger?: Logger;
  /** The clock (tests pin it). */
  now?: () => Date;
  /** Sources reviewed longer ago than this are flagged as stale. Default 365 days. */
  staleAfterDays?: number;
  /** How long a thread's context is kept (in the state store). Default 30 minutes. */
  conversationTtlMs?: number;
  /** Called with every piece of feedback (besides the state store, when one is given). */
  onFeedback?: (feedback: FeedbackRecord) => void | Promise<void>;
  /** Shared state: feedback, knowledge gaps and rate-limit counters go here. */
  state?: StateStore;
  /** Messages per user per minute (needs `state`; 0 or absent: no limit). */
  rateLimitPerMinute?: number;
  /** Messages per minute from one `address` (the HTTP API's clients; needs `state`; 0 or absent: no limit). */
  rateLimitPerAddressPerMinute?: number;
  /** Called after every message with what happened (metrics); never with user text. */
  onHandled?: (event: HandledEvent) => void;
  /**
   * How to reach the integrity officer or HR in this organisation (e.g. an e-mail address or intranet
   * page); shown after the fixed text when a user asks to discuss an answer in confidence.
   */
  confidentialContact?: string;
  /** The optional language model; without it (the default) the rules answer everything. */
  model?: ModelEngine;
  /**
   * Keep an organisation's answers at least as strict as the shared knowledge's (default true). Only `kb check`
   * turns it off, to find and report where an overlay would loosen an answer.
   */
  organisationFloor?: boolean;
}

/** What the metrics see of a handled message. */
export interface HandledEvent {
  channel: string;
  intent: Reply['intent'];
  verdict: string | undefined;
  risk: string | undefined;
  engine: Reply['engine'];
  errorCode: string | undefined;
  seconds: number;
}

export interface Bot {
  handle(message: IncomingMessage): Promise<Reply>;
  /** Version of the knowledge currently served. */
  knowledgeVersion(): string;
}

export function createBot(options: BotOptions): Bot {
  const logger = options.logger ?? createSilentLogger();
  const now = options.now ?? (() => new Date());
  // Recent questions by reply id, in memory only and without the user, so a 👎 can record which question it
  // was about. Masked once, when a gap is recorded (recordGap), not for every question.
  const recentQuestions = new Map<
    string,
    { question: string; verdict: Reply['verdict']; organisation: string | undefined }
  >();
  // A thread's context lives in the state store, so every instance, and one restarted, reads the same; without
  // a store (the CLI, tests) it is kept in this process.
  const contexts: StateStore = options.state ?? createMemoryStateStore();
  const conversationTtlMs = options.conversationTtlMs ?? 30 * 60 * 1000;
  const floor = options.organisationFloor !== false;

  /** The thread's context; a store that fails costs the context, never the answer. */
  async function loadTurn(key: string): Promise<ConversationTurn | undefined> {
    try {
      return await contexts.getConversation(key);
    } catch (error) {
      logger.error({ err: error }, 'could not read a thread’s context');
      return undefined;
    }
  }

  async function saveTurn(key: string, turn: ConversationTurn): Promise<void> {
    await contexts
      .setConversation(key, turn, conversationTtlMs)
      .catch((error: unknown) => logger.error({ err: error }, 'could not keep a thread’s context'));
  }

  async function handle(input: IncomingMessage): Promise<Reply> {
    const shared = options.knowledge.current();
    const base = { id: randomUUID(), knowledgeVersion: shared.version };
    const parsed = incomingMessageSchema.safeParse(input);
    if (!parsed.success) {
      return errorReply(base, 'nl', new BotError('input_invalid', 'Het bericht kon niet worden gelezen.'));
    }
    // The author's organisation, when an overlay in service is theirs: its own rules, FAQs and contacts
    // apply on top of the shared knowledge; for anyone else the answer is the generic one.
    const organisation = resolveOrganisation(options.knowledge, parsed.data);
    const knowledge = organisation?.knowledge ?? shared;
    base.knowledgeVersion = knowledge.version;
    const message = withOrganisation(parsed.data, organisation);
    // The thread's context is read once, and only when needed: for the language of words that do not tell
    // it ("help"), and for a question.
    let turn: Promise<ConversationTurn | undefined> | undefined;
    const previousTurn = () => {
      turn ??= loadTurn(conversationKey(message.conversationId, message.threadId, message.userId));
      return turn;
    };
    const languageOf = async (text: string): Promise<Language> =>
      readLanguage(text) ??
      fallbackLanguage({
        thread: (await previousTurn())?.language,
        profile: message.profile,
        locale: message.locale,
      });
    const language = await languageOf(message.text);
    const started = performance.now();
    const observe = (reply: Reply): Reply => {
      options.onHandled?.({
        channel: message.channel,
        intent: reply.intent,
        verdict: reply.verdict,
        risk: reply.risk,
        engine: reply.engine,
        errorCode: reply.error?.code,
        seconds: (performance.now() - started) / 1000,
      });
      return reply;
    };
    try {
      validateText(message, language);
      await checkRateLimit(message, language);
      const detected = detectIntent(message);
      let reply: Reply;
      /** The rules a question's answer rests on (a draft's are in its findings). */
      let restsOn: string[] = [];
      switch (detected.intent) {
        case 'help':
          reply = helpReply(base, language);
          break;
        case 'feedback':
          reply = await feedbackReply(knowledge, base, language, message, detected.rating);
          break;
        case 'draft': {
          const offset = Math.max(0, message.text.indexOf(detected.draft));
          const draftLanguage = await languageOf(detected.draft);
          const checkWith = (source: KnowledgeBase, profile: ParsedMessage['profile']) =>
            composeDraftReply(source, detected.draft, profile, draftLanguage, {
              ...base,
              citationOptions: citationOptions(),
              ...(organisation ? { organisation: organisation.organisation } : {}),
            });
          let checked = checkWith(knowledge, message.profile);
          // The floor: an organisation's knowledge never gives a lower risk than the shared knowledge alone.
          // Only the risk is compared (the assessment, not a whole reply with its safer version).
          const genericProfile = withOrganisation(parsed.data, undefined).profile;
          if (
            organisation &&
            floor &&
            mayBeLooser(checked, parsed.data.profile) &&
            RISKS.indexOf(assessDraft(shared, detected.draft, genericProfile, draftLanguage).risk) >
              RISKS.indexOf(checked.risk ?? 'laag')
          ) {
            logger.warn(
              { organisation: organisation.id },
              'organisation answer was more lenient: the shared one is given',
            );
            checked = checkWith(shared, genericProfile);
          }
          // Spans point into the message as sent, not into the draft after a "toets:" prefix.
          reply = shiftSpans(checked, offset);
          reply.suggestedActions = answerActions(reply.language, options.confidentialContact);
          if (options.model) {
            reply = await options.model.reviewDraft({
              knowledge,
              draft: detected.draft,
              profile: message.profile,
              rulesReply: reply,
              offset,
            });
          }
          break;
        }
        case 'question': {
          let answered = await answerQuestion(
            knowledge,
            base,
            message,
            detected.question,
            await previousTurn(),
            organisation,
          );
          // The floor: an organisation's knowledge (its rules, its sector and domains in the situation) never
          // gives a more lenient verdict than the shared knowledge alone; then the shared answer is given,
          // with the organisation's contact.
          // Only the verdict is compared (the reading, not the reply), and not at all after a "mag niet".
          const strictness = (verdict: Reply['verdict']) => (verdict ? VERDICT_STRICTNESS[verdict] : 0);
          const genericMessage = withOrganisation(parsed.data, undefined);
          if (
            organisation &&
            floor &&
            mayBeLooser(answered.reply, parsed.data.profile) &&
            strictness(
              assessQuestion(
                shared,
                answered.question,
                genericMessage.profile ??
                  (answered.reply.followUp
                    ? withoutOrganisation((await previousTurn())?.profile)
                    : undefined),
                answered.reply.language,
                answered.known,
              ).verdict,
            ) > strictness(answered.reply.verdict)
          ) {
            logger.warn(
              { organisation: organisation.id },
              'organisation answer was more lenient: the shared one is given',
            );
            answered = await answerQuestion(
              shared,
              base,
              genericMessage,
              detected.question,
              await previousTurn(),
              organisation,
              false,
            );
          }
          reply = answered.reply;
          restsOn = answered.restsOn;
          if (answered.weak)
            await recordGap(
              knowledge,
              message,
              reply,
              answered.question,
              'no-match',
              reply.verdict,
              undefined,
              reply.organisation?.id ?? message.organisation,
            );
          if (options.model) {
            reply = await options.model.answer({
              knowledge,
              question: answered.question,
              rulesReply: reply,
              citationOptions: citationOptions(),
            });
          }
          break;
        }
      }
      if (reply.intent === 'question' || reply.intent === 'draft')
        reply = withReview(knowledge, reply, restsOn);
      if (organisation) reply = { ...reply, organisation: { id: organisation.id, name: organisation.name } };
      if (reply.intent === 'question')
        remember(
          reply,
          detected.intent === 'question' ? detected.question : '',
          reply.organisation?.id ?? message.organisation,
        );
      // Log what happened, never what was written; the user only as a hash.
      logger.info(
        {
          channel: message.channel,
          user: hashUser(message.userId),
          intent: reply.intent,
          verdict: reply.verdict,
          risk: reply.risk,
          engine: reply.engine,
          categories: reply.findings.map((finding) => finding.category),
          followUp: reply.followUp,
          ms: Math.round((performance.now() - started) * 100) / 100,
        },
        'handled message',
      );
      return observe(reply);
    } catch (error) {
      if (isBotError(error)) {
        logger.warn(
          { code: error.code, channel: message.channel, user: hashUser(message.userId) },
          'message rejected',
        );
        return observe(errorReply(base, language, error));
      }
      logger.error({ err: error, channel: message.channel }, 'failed to handle message');
      return observe(
        errorReply(
          base,
          language,
          new BotError(
            'internal',
            language === 'en'
              ? 'Something went wrong on my side. Please try again in a moment.'
              : 'Er ging bij mij iets mis. Probeer het zo nog eens.',
          ),
        ),
      );
    }
  }

  async function checkRateLimit(message: ParsedMessage, language: Language): Promise<void> {
    const state = options.state;
    if (!state) return;
    // Per user, and per address where the channel has one: a client that picks a new user id for every
    // call still shares its address's counter.
    const limits: [string, number][] = [[`rate:${message.userId}`, options.rateLimitPerMinute ?? 0]];
    if (message.address)
      limits.push([`rate-address:${message.address}`, options.rateLimitPerAddressPerMinute ?? 0]);
    const results = await Promise.all(
      limits.filter(([, limit]) => limit > 0).map(([key, limit]) => state.hitRateLimit(key, 60_000, limit)),
    );
    const refused = results.filter((result) => !result.allowed);
    if (refused.length === 0) return;
    const retryAfterMs = Math.max(...refused.map((result) => result.retryAfterMs));
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    throw new BotError(
      'rate_limited',
      language === 'en'
        ? `You are sending messages faster than I can answer them well. Please wait ${seconds} seconds and try again.`
        : `Je stuurt meer berichten dan ik goed kan beantwoorden. Wacht ${seconds} seconden en probeer het dan opnieuw.`,
      { retryAfterMs },
    );
  }

  function remember(reply: Reply, question: string, organisation: string | undefined): void {
    if (!options.state || !question) return;
    recentQuestions.set(reply.id, { question, verdict: reply.verdict, organisation });
    if (recentQuestions.size > 5000) recentQuestions.delete(recentQuestions.keys().next().value as string);
  }

  /** Stores a question the knowledge could not answer well, masked like what goes to the model. */
  async function recordGap(
    knowledge: KnowledgeBase,
    message: ParsedMessage,
    reply: Reply,
    question: string | undefined,
    reason: 'no-match' | 'feedback-down',
    verdict: Reply['verdict'],
    vote: VoteKey | undefined,
    /** The organisation the gap is recorded for (none when undefined). */
    organisation: string | undefined,
  ): Promise<void> {
    if (!options.state) return;
    await options.state
      .addKnowledgeGap(
        {
          at: now(),
          channel: message.channel,
          reason,
          question: question === undefined ? undefined : createMasker(knowledge)(question),
          verdict,
          knowledgeVersion: reply.knowledgeVersion,
          ...(organisation ? { organisation } : {}),
        },
        vote,
      )
      .catch((error: unknown) => logger.error({ err: error }, 'could not record a knowledge gap'));
  }

  function citationOptions(): CitationOptions {
    return { now: now(), staleAfterDays: options.staleAfterDays ?? 365 };
  }

  async function answerQuestion(
    knowledge: KnowledgeBase,
    base: ReplyBase,
    message: ParsedMessage,
    text: string,
    previous: ConversationTurn | undefined,
    organisation: OrganisationKnowledge | undefined,
    /** False for the shared answer computed only to compare with the organisation's: it keeps no context. */
    keepContext = true,
  ): Promise<{
    reply: Reply;
    question: string;
    weak: boolean;
    restsOn: string[];
    /** What the user answered when asked back, as the answer used it. */
    known: ConversationTurn['known'];
  }> {
    const key = conversationKey(message.conversationId, message.threadId, message.userId);
    let question: string;
    let followUp: boolean;
    let known: ConversationTurn['known'];
    // A quick reply typed out after asking back counts as the quick reply.
    const clarification =
      message.clarification ?? (previous?.pending === true ? typedQuickReply(text) : undefined);
    if (clarification) {
      // A quick reply to the question the bot asked back: answer the original question with that fact.
      question =
        clarification.question ??
        (clarification.replyId ? recentQuestions.get(clarification.replyId)?.question : undefined) ??
        previous?.question ??
        text;
      known = { relation: clarification.value };
      followUp = true;
    } else {
      // After the bot asked back, a short message that answers is the answer ("ik werk er zelf aan"); a new
      // short question ("mag ik een petitie tekenen?") is not.
      const answersBack = previous?.pending === true && answersAskBack(text, knowledge);
      followUp = previous !== undefined && (isFollowUp(text) || answersBack);
      question = followUp && previous ? mergeFollowUp(previous.question, text) : text;
      // What the user told when asked back is about that question: it holds for its follow-ups, not for a
      // new question with its own subject. A Teams 1:1 chat or a Slack DM has no threads, so there the
      // thread's context is the whole chat, and only being a follow-up tells the two apart.
      known = followUp ? previous?.known : undefined;
    }
    const profile = message.profile ?? (followUp ? previous?.profile : undefined);
    const language = chooseLanguage(clarification ? question : text, {
      thread: previous?.language,
      profile,
      locale: message.locale,
    });
    const assessed = assessQuestion(knowledge, question, profile, language, known);
    // Others read a shared answer: it rests on the profile all the same, but shows only what it implies.
    const assessment =
      message.audience === 'shared' && profile
        ? {
            ...assessed,
            situation: hideProfile(assessed.situation, knowledge.situation, language, 'question'),
          }
        : assessed;
    const composed = composeAnswer(assessment, language);
    const inScope = assessment.verdict !== 'buiten-scope';
    if (organisation && inScope)
      composed.nextSteps = withContactStep(
        composed.nextSteps,
        organisationContactStep(
          organisation.organisation,
          assessment.situation,
          assessment.verdict,
          language,
        ),
        language,
      );
    const citationOptionsNow = citationOptions();
    const citations = inScope ? citeBasis(knowledge, assessment.basis, question, citationOptionsNow) : [];
    const missing = assessment.verdict === 'voorwaardelijk' ? assessment.situation.missing : [];
    if (inScope) {
      const cited = new Set(citations.map((citation) => citation.fileId));
      citations.push(
        ...citeRelated(knowledge, question, cited, {
          ...citationOptionsNow,
          limit: 2,
          minScore: 8,
          verdict: assessment.verdict,
          language,
          sectors: speakerSectors(assessment.situation, assessment.regime),
        }),
      );
      // Keep the original question of the thread, not the merged text: context never grows.
      const original = clarification ? question : followUp && previous ? previous.question : text;
      if (keepContext)
        await saveTurn(key, {
          question: original,
          ...(profile ? { profile } : {}),
          ...(missing.length > 0 ? { pending: true } : {}),
          ...(known ? { known } : {}),
          language,
        });
    }
    const actions = inScope ? answerActions(language, options.confidentialContact) : [];
    const remember =
      clarification?.value === 'eigen-dossier'
        ? portfolioSuggestion(knowledge, assessment, language)
        : undefined;
    if (remember) actions.unshift(remember);
    const reply: Reply = {
      ...base,
      intent: inScope ? 'question' : 'out-of-scope',
      language,
      engine: 'embedded',
      verdict: assessment.verdict,
      summary: composed.summary,
      conditions: composed.conditions,
      nextSteps: composed.nextSteps,
      basis: assessment.basis,
      citations,
      findings: [],
      situation: assessment.situation,
      ...(assessment.secondOpinion ? { secondOpinion: assessment.secondOpinion } : {}),
      ...(missing.length > 0
        ? { missing, clarification: clarificationFor(missing, language, question) }
        : {}),
      answer: renderAnswerText(composed, citations, {
        language,
        knowledgeVersion: base.knowledgeVersion,
        followUp,
        inScope,
      }),
      followUp,
      suggestedActions: actions,
    };
    // Weak: in scope, yet no rule decided and no explanation matched — a question for HR's next FAQ.
    // (The generic "this is an utterance" signals do not count as a match.)
    const weak =
      inScope &&
      assessment.deciding.every((fired) => GENERIC_EFFECTS.has(fired.signal.meta.effect)) &&
      citations.every((citation) => isLaw(knowledge, citation.fileId));
    return {
      reply,
      question,
      weak,
      restsOn: assessment.deciding.map((fired) => fired.signal.meta.id),
      known,
    };
  }

  async function feedbackReply(
    knowledge: KnowledgeBase,
    base: ReplyBase,
    language: Language,
    message: ParsedMessage,
    rating: 'up' | 'down' | undefined,
  ): Promise<Reply> {
    let vote: Reply['vote'];
    if (message.feedback) {
      const recent = recentQuestions.get(message.feedback.replyId);
      // A vote belongs to the organisation of the reply voted on, as remembered here; only when the reply is
      // not known here (another instance, a restart) to the voter's. The 👎's knowledge gap carries the
      // question of that reply: filed under the voter's organisation it could show one organisation's
      // question to another's HR (a reply seen in a channel shared by two organisations).
      const organisation = recent ? recent.organisation : message.organisation;
      const record = {
        replyId: message.feedback.replyId,
        rating: message.feedback.rating,
        channel: message.channel,
        at: now(),
        ...(organisation ? { organisation } : {}),
      };
      await options.onFeedback?.(record);
      // One vote per person per reply, changeable: the store keeps the latest, and says what it replaced.
      const voter = { replyId: record.replyId, voter: message.userId };
      const { previous } = options.state
        ? await options.state.recordVote({ ...record, voter: voter.voter })
        : { previous: undefined };
      // A 👎 (new, or changed from 👍) is a knowledge gap; the same 👎 again is not a second one.
      if (record.rating === 'down' && previous !== 'down') {
        await recordGap(
          knowledge,
          message,
          base as Reply,
          recent?.question,
          'feedback-down',
          recent?.verdict,
          voter,
          organisation,
        );
      }
      vote = { replyId: record.replyId, rating: record.rating, ...(previous ? { previous } : {}) };
    }
    logger.info({ rating, channel: message.channel }, 'feedback received');
    const text = FEEDBACK_THANKS[language];
    return { ...plainReply(base, language, 'feedback', text), ...(vote ? { vote } : {}) };
  }

  return { handle, knowledgeVersion: () => options.knowledge.current().version };
}

type ReplyBase = { id: string; knowledgeVersion: string };

/**
 * The organisation whose overlay applies: the one the channel or API names, else the one its workspace ids
 * belong to; the profile's only when the channel tells neither (a channel's identity is not the user's to
 * change). Undefined when no overlay in service is theirs.
 */
function resolveOrganisation(
  store: KnowledgeStore,
  message: ParsedMessage,
): OrganisationKnowledge | undefined {
  const fromChannel =
    (message.organisation ? store.organisation(message.organisation) : undefined) ??
    (() => {
      const id = store.recogniseOrganisation(message.workspace);
      return id ? store.organisation(id) : undefined;
    })();
  if (fromChannel) return fromChannel;
  const told =
    message.organisation !== undefined || store.recogniseOrganisation(message.workspace) !== undefined;
  return !told && message.profile?.organisation
    ? store.organisation(message.profile.organisation)
    : undefined;
}

/**
 * The message as the organisation's knowledge reads it: the profile names the organisation (the situation
 * model reads it as the employer when the text names none) and its sector when the user gave none. Without
 * an organisation, a profile's organisation that no overlay serves is dropped, so the answer is the generic one.
 */
/**
 * Whether an organisation's answer could be more lenient than the shared one, so the floor must compare. Its
 * own rules can only add hard stops and weighings (check-overlay-leniency.ts; `kb check` compares the answers
 * too), so what could loosen is its reading of the speaker: the sector it adds to a profile without one, and
 * the employer with its domains, which can place a subject far from the work (`los-van-werk` for a reason
 * that rests on the employer). A "mag niet" or a high risk cannot be stricter.
 */
/**
 * The readings of "far from the work" that rest on knowing the employer (read-relation.ts): a subject outside
 * the organisation's domains, or a civic cause when the work is known. The others (said so, private life, a
 * portfolio or job whose field is known, a teacher on national policy) do not depend on the organisation.
 */
const EMPLOYER_FAR_REASONS = new Set(['other-domain', 'other-cause']);

function mayBeLooser(reply: Reply, ownProfile: ParsedMessage['profile']): boolean {
  if (reply.verdict === 'mag-niet' || reply.risk === 'hoog') return false;
  const relation = reply.situation?.relation;
  return (
    ownProfile?.sector === undefined ||
    reply.verdict === 'buiten-scope' ||
    (relation?.kind === 'los-van-werk' && EMPLOYER_FAR_REASONS.has(relation.reason))
  );
}

/** A profile without the organisation (what the shared knowledge reads). */
function withoutOrganisation(profile: ParsedMessage['profile']): ParsedMessage['profile'] {
  if (profile?.organisation === undefined) return profile;
  const { organisation: _organisation, ...rest } = profile;
  return rest;
}

function withOrganisation(
  message: ParsedMessage,
  organisation: OrganisationKnowledge | undefined,
): ParsedMessage {
  if (!organisation) {
    if (message.profile?.organisation === undefined) return message;
    return { ...message, profile: withoutOrganisation(message.profile) };
  }
  return {
    ...message,
    profile: {
      ...message.profile,
      sector: message.profile?.sector ?? organisation.organisation.sector,
      organisation: organisation.id,
    },
  };
}

/** The organisation's contact first, in place of the generic "talk to the vertrouwenspersoon" step. */
function withContactStep(steps: string[], contact: string | undefined, language: Language): string[] {
  if (!contact) return steps;
  const generic = new Set([DEFAULT_NEXT_STEP[language], HARD_STOP_NEXT_STEP[language]]);
  return [contact, ...steps.filter((step) => !generic.has(step))];
}

/**
 * The review status of what an answer rests on (its rules, findings and cited files); when any of it is
 * still `concept`, the answer says so in one short line.
 */
function withReview(knowledge: KnowledgeBase, reply: Reply, restsOn: string[]): Reply {
  const review = reviewOfAnswer(knowledge, [
    ...restsOn,
    ...reply.findings.map((finding) => finding.ruleId),
    ...reply.citations.map((citation) => citation.fileId),
  ]);
  if (!review) return reply;
  const note = review.status === 'concept' ? `\n${LABELS[reply.language].unreviewed}` : '';
  return { ...reply, review, answer: `${reply.answer}${note}` };
}

/** The question the bot asks back, with its quick replies and the question it is about. */
function clarificationFor(
  missing: MissingFact[],
  language: Language,
  about: string,
): NonNullable<Reply['clarification']> {
  const fact = missing[0] as MissingFact;
  const { question, options } = MISSING_QUESTION[language][fact];
  return { fact, question, options, about };
}

/** After "it is my own work": offer to remember the topic in the profile, so the next answer knows it. */
function portfolioSuggestion(
  knowledge: KnowledgeBase,
  assessment: ReturnType<typeof assessQuestion>,
  language: Language,
): SuggestedAction | undefined {
  const domain = assessment.situation.topic.domains.find((item) => item.id !== 'prive');
  const label = domain ? knowledge.situation.domains.get(domain.id)?.label[language] : undefined;
  if (!label) return undefined;
  return {
    kind: 'remember-portfolio',
    label: language === 'en' ? `Remember: I work on ${label}` : `Onthoud: ik werk aan ${label}`,
    value: label,
  };
}

const GENERIC_EFFECTS = new Set<string>(['expression', 'context']);

function isLaw(knowledge: KnowledgeBase, fileId: string): boolean {
  return knowledge.documentsById.get(fileId)?.meta.kind === 'law';
}

/** A short, stable, one-way id of a user for logs (not reversible to the platform id). */
function hashUser(userId: string): string {
  return createHash('sha256').update(`uitingswijzer:${userId}`).digest('hex').slice(0, 12);
}

function shiftSpans(reply: Reply, offset: number): Reply {
  if (offset === 0) return reply;
  if (reply.draft) reply.draft = { ...reply.draft, offset: reply.draft.offset + offset };
  for (const finding of reply.findings) {
    finding.spans = finding.spans.map((span) => ({
      ...span,
      start: span.start + offset,
      end: span.end + offset,
    }));
  }
  return reply;
}

function validateText(message: ParsedMessage, language: Language): void {
  const text = message.text.trim();
  // Only invisible characters (zero-width spaces, a byte-order mark, …) is as empty as nothing at all.
  if (isBlank(text) && !message.feedback && message.command !== 'help') {
    throw new BotError(
      'input_empty',
      language === 'en'
        ? 'Your message is empty. Ask a question, or paste a draft after "check:".'
        : 'Je bericht is leeg. Stel een vraag of plak een concept achter "toets:".',
    );
  }
  // Characters as the user counts them: an emoji is one, not two UTF-16 units.
  const length = countCharacters(text);
  if (length > MAX_TEXT_LENGTH) {
    throw new BotError(
      'input_too_long',
      language === 'en'
        ? `Your message is too long (${length} characters). The maximum is ${MAX_TEXT_LENGTH} characters: shorten your text or split it up.`
        : `Je bericht is te lang (${length} tekens). Het maximum is ${MAX_TEXT_LENGTH} tekens: kort je tekst in of deel hem op.`,
      { length, max: MAX_TEXT_LENGTH },
    );
  }
}

function answerActions(language: Language, contact: string | undefined): SuggestedAction[] {
  const confidential = contact ? `${CONFIDENTIAL_HELP[language]} ${contact}` : CONFIDENTIAL_HELP[language];
  return language === 'en'
    ? [
        { kind: 'feedback-up', label: '👍 Helpful', value: 'up' },
        { kind: 'feedback-down', label: '👎 Not helpful', value: 'down' },
        { kind: 'confidential-help', label: 'Discuss in confidence', value: confidential },
      ]
    : [
        { kind: 'feedback-up', label: '👍 Nuttig', value: 'up' },
        { kind: 'feedback-down', label: '👎 Niet nuttig', value: 'down' },
        { kind: 'confidential-help', label: 'Bespreek vertrouwelijk', value: confidential },
      ];
}

function helpReply(base: ReplyBase, language: Language): Reply {
  const reply = plainReply(base, language, 'help', HELP_TEXT[language]);
  reply.suggestedActions = EXAMPLE_QUESTIONS[language].map(({ label, question }) => ({
    kind: 'example-question' as const,
    label,
    value: question,
  }));
  return reply;
}

function plainReply(base: ReplyBase, language: Language, intent: Reply['intent'], text: string): Reply {
  return {
    ...base,
    intent,
    language,
    engine: 'embedded',
    summary: text.split('\n')[0] ?? text,
    conditions: [],
    nextSteps: [],
    basis: [],
    citations: [],
    findings: [],
    answer: `${text}\n\n${LABELS[language].version}: ${base.knowledgeVersion}`,
    followUp: false,
    suggestedActions: [],
  };
}

function errorReply(base: ReplyBase, language: Language, error: BotError): Reply {
  const reply = plainReply(base, language, 'invalid', error.message);
  reply.error = { code: error.code, message: error.message };
  return reply;
}
