// Scores the bot on labelled questions and drafts, with the same measures as the shared evaluation
// (../shared/eval/score.mjs): accuracy, too lenient, dangerous, basis recall and precision, category
// recall and precision, false alarms; plus a confusion matrix and the errors by class of situation.
import { z } from 'zod';
import type { Bot } from '../core/create-bot.ts';
import { profileSchema } from '../core/profile.ts';
import type { Reply } from '../core/types.ts';
import { categorySchema, riskSchema, verdictSchema } from '../core/vocabulary.ts';

export const labelledQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  profile: profileSchema.optional(),
  verdict: verdictSchema,
  verdict_ok: z.array(verdictSchema).optional(),
  basis_any: z.array(z.string()).default([]),
  basis_ok: z.array(z.string()).default([]),
  must_mention: z.array(z.string()).default([]),
});
export type LabelledQuestion = z.infer<typeof labelledQuestionSchema>;

export const labelledDraftSchema = z.object({
  id: z.string(),
  text: z.string(),
  profile: profileSchema.optional(),
  risk: riskSchema,
  risk_ok: z.array(riskSchema).optional(),
  categories: z.array(categorySchema).default([]),
});
export type LabelledDraft = z.infer<typeof labelledDraftSchema>;

const VERDICT_ORDER = ['mag', 'voorwaardelijk', 'mag-niet'];
const RISK_ORDER = ['laag', 'middel', 'hoog'];

/** Milder than the label and every accepted alternative, on the scale. */
export function isMilder(order: string[], got: string, want: string, alternatives: string[] = []): boolean {
  const at = order.indexOf(got);
  const accepted = [want, ...alternatives].map((value) => order.indexOf(value)).filter((index) => index >= 0);
  return at >= 0 && accepted.length > 0 && accepted.every((index) => at < index);
}

export interface QuestionScore {
  items: number;
  verdictAccuracy: number;
  tooLenient: number;
  dangerous: number;
  basisRecall: number;
  basisPrecision: number;
  mustMention: number;
  confusion: Record<string, Record<string, number>>;
  /** Wrong answers grouped by class of situation ("label=mag", "relation=onbekend", "sector=rijk" …). */
  errorsByClass: Record<string, number>;
  errors: { id: string; want: string; got: string; relation?: string }[];
}

export interface DraftScore {
  items: number;
  riskAccuracy: number;
  tooLenient: number;
  dangerous: number;
  categoryRecall: number;
  categoryPrecision: number;
  falseAlarms: number;
  confusion: Record<string, Record<string, number>>;
  errorsByClass: Record<string, number>;
  errors: { id: string; want: string; got: string; missed: string[]; extra: string[] }[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export async function scoreQuestions(bot: Bot, items: LabelledQuestion[]): Promise<QuestionScore> {
  let correct = 0;
  let tooLenient = 0;
  let dangerous = 0;
  let basisHits = 0;
  let precisionSum = 0;
  let precisionItems = 0;
  let mentionHits = 0;
  let mentionTotal = 0;
  const confusion: QuestionScore['confusion'] = {};
  const errorsByClass: Record<string, number> = {};
  const errors: QuestionScore['errors'] = [];
  for (const item of items) {
    const reply = await ask(bot, item.text, item.profile, 'ask');
    const got = reply.verdict ?? 'none';
    const accepted = [item.verdict, ...(item.verdict_ok ?? [])];
    confusion[item.verdict] ??= {};
    const row = confusion[item.verdict] as Record<string, number>;
    row[got] = (row[got] ?? 0) + 1;
    if (accepted.includes(got as never)) correct++;
    else {
      const relation = reply.situation?.relation.kind;
      errors.push({ id: item.id, want: item.verdict, got, ...(relation ? { relation } : {}) });
      for (const key of classesOf(item.verdict, got, reply, item.profile?.sector))
        errorsByClass[key] = (errorsByClass[key] ?? 0) + 1;
    }
    if (isMilder(VERDICT_ORDER, got, item.verdict, item.verdict_ok)) {
      tooLenient++;
      if (got === 'mag' && item.verdict === 'mag-niet') dangerous++;
    }
    const basis = reply.basis as string[];
    if (item.verdict === 'buiten-scope') {
      if (basis.length === 0) basisHits++;
    } else if (basis.some((id) => item.basis_any.includes(id))) basisHits++;
    if (basis.length > 0) {
      const ok = new Set([...item.basis_any, ...item.basis_ok]);
      precisionSum +=
        item.verdict === 'buiten-scope' ? 0 : ratio(basis.filter((id) => ok.has(id)).length, basis.length);
      precisionItems++;
    }
    for (const term of item.must_mention) {
      mentionTotal++;
      if (reply.answer.toLowerCase().includes(term.toLowerCase())) mentionHits++;
    }
  }
  return {
    items: items.length,
    verdictAccuracy: ratio(correct, items.length),
    tooLenient,
    dangerous,
    basisRecall: ratio(basisHits, items.length),
    basisPrecision: ratio(precisionSum, precisionItems),
    mustMention: mentionTotal === 0 ? 1 : ratio(mentionHits, mentionTotal),
    confusion,
    errorsByClass,
    errors,
  };
}

export async function scoreDrafts(bot: Bot, items: LabelledDraft[]): Promise<DraftScore> {
  let correct = 0;
  let tooLenient = 0;
  let dangerous = 0;
  let flaggedRight = 0;
  let labelled = 0;
  let flagged = 0;
  let lowItems = 0;
  let falseAlarms = 0;
  const confusion: DraftScore['confusion'] = {};
  const errorsByClass: Record<string, number> = {};
  const errors: DraftScore['errors'] = [];
  for (const item of items) {
    const reply = await ask(bot, item.text, item.profile, 'check');
    const got = reply.risk ?? 'none';
    confusion[item.risk] ??= {};
    const row = confusion[item.risk] as Record<string, number>;
    row[got] = (row[got] ?? 0) + 1;
    const categories = [...new Set(reply.findings.map((finding) => finding.category))];
    const missed = item.categories.filter((category) => !categories.includes(category));
    const extra = categories.filter((category) => !item.categories.includes(category));
    labelled += item.categories.length;
    flagged += categories.length;
    flaggedRight += categories.length - extra.length;
    if ([item.risk, ...(item.risk_ok ?? [])].includes(got as never)) correct++;
    else {
      errors.push({ id: item.id, want: item.risk, got, missed, extra });
      for (const key of classesOf(item.risk, got, reply, item.profile?.sector))
        errorsByClass[key] = (errorsByClass[key] ?? 0) + 1;
      for (const category of missed)
        errorsByClass[`missed=${category}`] = (errorsByClass[`missed=${category}`] ?? 0) + 1;
    }
    if (isMilder(RISK_ORDER, got, item.risk, item.risk_ok)) {
      tooLenient++;
      if (got === 'laag' && item.risk === 'hoog') dangerous++;
    }
    if (item.risk === 'laag') {
      lowItems++;
      if (got !== 'laag') falseAlarms++;
    }
  }
  return {
    items: items.length,
    riskAccuracy: ratio(correct, items.length),
    tooLenient,
    dangerous,
    categoryRecall: ratio(flaggedRight, labelled),
    categoryPrecision: ratio(flaggedRight, flagged),
    falseAlarms: ratio(falseAlarms, lowItems),
    confusion,
    errorsByClass,
    errors,
  };
}

/** The classes a wrong answer belongs to: label and answer, the relation read, the sector, the language. */
function classesOf(want: string, got: string, reply: Reply, sector: string | undefined): string[] {
  const situation = reply.situation;
  const classes = [`label=${want}`, `${want}->${got}`, `language=${reply.language}`];
  classes.push(`sector=${sector ?? situation?.speaker.sector ?? 'onbekend'}`);
  if (situation) {
    classes.push(`relation=${situation.relation.kind}`);
    classes.push(
      `speaker=${situation.speaker.organisation ? 'organisation' : situation.speaker.sector ? 'sector' : 'unknown'}`,
    );
    for (const hazard of situation.hazards) classes.push(`hazard=${hazard.kind}`);
  }
  if (reply.secondOpinion?.applied) classes.push('second-opinion=applied');
  return classes;
}

async function ask(
  bot: Bot,
  text: string,
  profile: LabelledQuestion['profile'],
  command: 'ask' | 'check',
): Promise<Reply> {
  return bot.handle({
    channel: 'cli',
    text,
    profile,
    command,
    userId: 'eval',
    conversationId: `eval-${Math.random()}`,
  });
}

/** Reads a JSON Lines file of labelled items; a bad line is an error with its line number. */
export function parseLabelled<T>(content: string, schema: z.ZodType<T>, file: string): T[] {
  return content
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${number}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}
