// The neutral types of the core: what a channel hands to bot.handle and what it gets back.
// Every type is inferred from its zod schema, so the schema is the single source of truth.
import { z } from 'zod';
import { REVIEW_STATUSES } from '../knowledge/review-schema.ts';
import { missingFactSchema, situationSchema } from '../situation/situation-schema.ts';
import { identifierSchema } from './identifier-schema.ts';
import { organisationIdSchema } from './organisation-id.ts';
import { profileSchema } from './profile.ts';
import { basisIdSchema, categorySchema, riskSchema, verdictSchema } from './vocabulary.ts';

export { type Profile, profileSchema } from './profile.ts';
export { SECTORS, type Sector, sectorSchema } from './sectors.ts';

/** Maximum length of a message the core accepts (characters). */
export const MAX_TEXT_LENGTH = 4000;

export const channelSchema = z.enum(['cli', 'http', 'slack', 'teams', 'test']);
export type Channel = z.infer<typeof channelSchema>;

/** The platform's identity of where a message came from; every field optional. */
export const workspaceSchema = z.object({
  /** Slack workspace (team) id, "T…". */
  slackTeam: z.string().max(40).optional().catch(undefined),
  /** Slack Enterprise Grid id, "E…". */
  slackEnterprise: z.string().max(40).optional().catch(undefined),
  /** Microsoft Entra tenant id of a Teams activity (a GUID). */
  teamsTenant: z.string().max(100).optional().catch(undefined),
  /** The domain of the author's e-mail address, when the channel knows it. */
  emailDomain: z.string().max(253).optional().catch(undefined),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** A message from any channel, in the core's own terms. */
export const incomingMessageSchema = z.object({
  /** Which channel delivered it (for metrics and wording only; the logic never branches on it). */
  channel: channelSchema,
  /** The user's text, without platform mark-up or bot mentions. */
  text: z.string(),
  /** A stable, opaque id of the author within the channel. */
  userId: identifierSchema(200).default('anonymous'),
  /** Conversation id (DM, channel or CLI session); context is kept per conversation and thread. */
  conversationId: identifierSchema(300).default('default'),
  /**
   * The network address of the client, when the channel serves clients directly (the HTTP API): rate-limited
   * besides the user, so a client that picks a new user id for every call is limited all the same.
   */
  address: identifierSchema(100).optional(),
  /** Thread id inside the conversation, when the channel has threads. */
  threadId: identifierSchema(300).optional(),
  /** What the author told us about themselves. */
  profile: profileSchema.optional(),
  /**
   * The author's organisation (an overlay id, knowledge/organisaties/<id>/), when the channel or the API
   * knows it. An id no overlay serves is ignored: the answer is then the generic one. Its knowledge gaps and
   * feedback are recorded for that organisation (an id is not personal data).
   */
  organisation: organisationIdSchema.optional(),
  /**
   * Where the message came from, as the platform identifies it; the core recognises the organisation from
   * these (each overlay lists its ids). An id that does not fit is ignored, not refused.
   */
  workspace: workspaceSchema.optional(),
  /**
   * Who sees the reply: only the author (`private`, the default: a direct message, an ephemeral message, a
   * modal) or others too (`shared`: a channel or group chat). A shared answer says what the saved profile
   * implies, never what it holds.
   */
  audience: z.enum(['private', 'shared']).optional(),
  /**
   * The author's language setting in the channel (BCP 47, e.g. "nl-NL"), when the channel tells. Used only
   * where the words of a message do not tell its language; one that does not fit is ignored, not refused.
   */
  locale: z.string().max(35).optional().catch(undefined),
  /**
   * What the author asked for explicitly (a slash command or CLI sub-command); without it the core
   * recognises the intent from the text.
   */
  command: z.enum(['ask', 'check', 'help', 'feedback']).optional(),
  /** Feedback on an earlier reply, when the message is a button press. */
  feedback: z.object({ replyId: identifierSchema(200), rating: z.enum(['up', 'down']) }).optional(),
  /**
   * The answer to a question the bot asked back (a quick reply): which fact, its value, and the question it
   * was about (carried by the button when it fits; otherwise the reply id or the thread tells).
   */
  clarification: z
    .object({
      fact: missingFactSchema,
      value: z.enum(['eigen-dossier', 'eigen-organisatie', 'eigen-werkgever', 'los-van-werk']),
      question: z.string().max(MAX_TEXT_LENGTH).optional(),
      replyId: identifierSchema(200).optional(),
    })
    .optional(),
});
export type IncomingMessage = z.input<typeof incomingMessageSchema>;
export type ParsedMessage = z.output<typeof incomingMessageSchema>;

export const intentSchema = z.enum(['question', 'draft', 'help', 'feedback', 'out-of-scope', 'invalid']);
/** What the bot understood the message to be. */
export type Intent = z.infer<typeof intentSchema>;

/** A source a reply rests on. */
export const citationSchema = z.object({
  /** Id of the knowledge file (its front matter id). */
  fileId: z.string(),
  /** Title of the knowledge file. */
  title: z.string(),
  /** The article or reference, e.g. "Ambtenarenwet 2017, art. 10". */
  article: z.string(),
  /** The passage quoted (verbatim from the knowledge file). */
  quote: z.string(),
  /** Heading of the passage inside the file. */
  section: z.string(),
  /** Basis ids the file carries. */
  basis: z.array(basisIdSchema),
  /** When the file was last reviewed (YYYY-MM-DD). */
  reviewed: z.string(),
  /** True when the review date is older than the freshness limit. */
  stale: z.boolean(),
  /** current law, historical text or a summary of secondary sources. */
  status: z.enum(['current', 'historical', 'summary']),
  /** Set when the source is an organisation's own (its code of conduct, FAQ or guide), not shared knowledge. */
  organisation: z.object({ id: z.string(), name: z.string() }).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/** One thing in a draft that carries risk, with the exact characters it rests on. */
export const findingSchema = z.object({
  category: categorySchema,
  /** Id of the rule (signal) that fired. */
  ruleId: z.string(),
  severity: riskSchema,
  /** Character spans in the draft: start inclusive, end exclusive. */
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
  basis: z.array(basisIdSchema),
  /** One line: why this is a risk. */
  message: z.string(),
  /** A concrete way to say it more safely. */
  suggestion: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

/** A button or follow-up the channel may offer. */
export const suggestedActionSchema = z.object({
  kind: z.enum([
    'feedback-up',
    'feedback-down',
    'confidential-help',
    'example-question',
    'remember-portfolio',
  ]),
  label: z.string(),
  value: z.string(),
});
export type SuggestedAction = z.infer<typeof suggestedActionSchema>;

/** The core's answer: data only, never platform formatting. */
export const replySchema = z.object({
  /** Unique id of this reply (feedback refers to it). */
  id: z.string(),
  intent: intentSchema,
  /** Language of the reply text. */
  language: z.enum(['nl', 'en']),
  /** Which engine wrote the answer. */
  engine: z.enum(['embedded', 'model']),
  /** For questions: the verdict. */
  verdict: verdictSchema.optional(),
  /** For drafts: the risk level. */
  risk: riskSchema.optional(),
  /** The verdict or risk in one line. */
  summary: z.string(),
  /** The conditions that decide the answer. */
  conditions: z.array(z.string()),
  /** Concrete next steps. */
  nextSteps: z.array(z.string()),
  /** Legal basis ids the answer rests on (empty when out of scope). */
  basis: z.array(basisIdSchema),
  citations: z.array(citationSchema),
  /** Draft findings (drafts only). */
  findings: z.array(findingSchema),
  /** The full text a user reads, plain text with simple line structure. */
  answer: z.string(),
  /** A few sentences that explain the verdict (written by the language model, checked against the sources). */
  explanation: z.string().optional(),
  /**
   * For drafts: a full safer version that keeps the author's point (built by the rules where they can, or
   * written by the language model; either way checked by the rules).
   */
  rewrite: z.string().optional(),
  /**
   * For drafts: the draft as checked, so a channel can show it back to its author with the findings' words
   * marked. `offset` is where it starts in the message as sent, which the spans point into. Never logged and
   * never in the JSON of the API or the CLI.
   */
  draft: z.object({ text: z.string(), offset: z.number().int() }).optional(),
  /** The situation as the bot understood it (questions and drafts). */
  situation: situationSchema.optional(),
  /** What the learned second opinion read; `applied` when it made the answer stricter. */
  secondOpinion: z.object({ label: z.string(), confidence: z.number(), applied: z.boolean() }).optional(),
  /** The one question the bot asks back when a decisive fact is missing, with quick replies. */
  clarification: z
    .object({
      fact: missingFactSchema,
      question: z.string(),
      options: z.array(z.object({ label: z.string(), value: z.string() })),
      /** The question this is about, for the channel to carry on its buttons. */
      about: z.string(),
    })
    .optional(),
  /** Decisive facts the message did not tell; the verdict is conditional until they are known. */
  missing: z.array(missingFactSchema).optional(),
  /** Content hash of the knowledge base version that answered (with the organisation's overlay version). */
  knowledgeVersion: z.string(),
  /**
   * The organisation the answer was given for (its id and display name), when one was recognised: its own
   * rules, FAQs and contacts were used, and its knowledge gaps and the votes on this reply are recorded for it.
   */
  organisation: z
    .object({
      /** The organisation id ("gemeente-voorbeeld"). */
      id: z.string(),
      /** Its name as its users read it ("Gemeente Voorbeeld"). */
      name: z.string(),
    })
    .optional(),
  /**
   * The legal review of the knowledge the answer rests on (its rules and cited files): `concept` when any of
   * them has not been reviewed by Juridische Zaken, with their ids.
   */
  review: z.object({ status: z.enum(REVIEW_STATUSES), unreviewed: z.array(z.string()) }).optional(),
  /** True when the message was read as a follow-up to the previous question in the thread. */
  followUp: z.boolean(),
  suggestedActions: z.array(suggestedActionSchema),
  /**
   * For a vote (👍 / 👎 on an earlier reply): the vote now counted for this user on that reply, and the one it
   * replaced (absent for a first vote, or without a state store). Channels show it, and let the user change it.
   */
  vote: z
    .object({
      replyId: z.string(),
      rating: z.enum(['up', 'down']),
      previous: z.enum(['up', 'down']).optional(),
    })
    .optional(),
  /** Set when the input was rejected: a stable code and a message for the user. */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type Reply = z.infer<typeof replySchema>;
