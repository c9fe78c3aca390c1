// The project's own labelled sets (test/fixtures) stay above a floor, so a knowledge edit cannot silently
// make the answers worse. `npm run eval` prints the full figures; these floors sit a little below them.
// blind2 was written by someone who never saw the engine or its knowledge, and is only ever scored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  labelledDraftSchema,
  labelledQuestionSchema,
  parseLabelled,
  scoreDrafts,
  scoreQuestions,
} from '../src/evaluation/score-labelled.ts';
import { PROJECT_DIR, realBot } from './support/real-knowledge.ts';

interface Floor {
  verdict: number;
  /** Questions answered more leniently than the label, at most. */
  tooLenient: number;
  risk: number;
  categoryRecall: number;
  falseAlarms: number;
}

/** Measured on 2026-12-02 (see the session note); each floor a few points below the measurement. */
const FLOORS: Record<string, Floor> = {
  blind: { verdict: 0.84, tooLenient: 2, risk: 0.75, categoryRecall: 0.55, falseAlarms: 0.25 },
  blind2: { verdict: 0.77, tooLenient: 6, risk: 0.78, categoryRecall: 0.48, falseAlarms: 0.2 },
  challenge: { verdict: 0.85, tooLenient: 2, risk: 0.7, categoryRecall: 0.8, falseAlarms: 0.55 },
  holdout: { verdict: 0.82, tooLenient: 3, risk: 0.77, categoryRecall: 0.65, falseAlarms: 0.2 },
  dev2: { verdict: 0.86, tooLenient: 2, risk: 0.78, categoryRecall: 0.5, falseAlarms: 0.3 },
  dev3: { verdict: 0.8, tooLenient: 3, risk: 0.72, categoryRecall: 0.6, falseAlarms: 0.5 },
  // Written 2026-12-03 by a helper who saw only the decision model and the vocabulary; used to find classes.
  dev4: { verdict: 0.8, tooLenient: 4, risk: 0.88, categoryRecall: 0.62, falseAlarms: 0.2 },
  // Written the same way at the end of that session and only scored then (one draft read).
  dev5: { verdict: 0.8, tooLenient: 3, risk: 0.85, categoryRecall: 0.55, falseAlarms: 0.15 },
  // Written 2026-12-04 the same way; its errors were read to find classes (88.0% / 84.0% before them).
  dev6: { verdict: 0.84, tooLenient: 2, risk: 0.86, categoryRecall: 0.68, falseAlarms: 0.15 },
  // Written 2026-12-04 (evening) the same way; its errors were read to find classes (78.3% / 76.0% before).
  dev7: { verdict: 0.82, tooLenient: 2, risk: 0.8, categoryRecall: 0.66, falseAlarms: 0.3 },
  // Written the same way later that evening; scored before reading (80.0% / 85.0%), then its errors read.
  dev8: { verdict: 0.77, tooLenient: 3, risk: 0.86, categoryRecall: 0.7, falseAlarms: 0.15 },
  // Written 2026-12-04 (night) the same way; scored before reading (76.0% / 80.0%), then its errors read.
  dev9: { verdict: 0.82, tooLenient: 2, risk: 0.88, categoryRecall: 0.78, falseAlarms: 0.12 },
  // Written the same night the same way; scored before reading (76.0% / 71.7%), then its errors read.
  dev10: { verdict: 0.74, tooLenient: 2, risk: 0.8, categoryRecall: 0.6, falseAlarms: 0.3 },
  // Written 2026-12-05 the same way (drafts: subtle category pairs and traps); scored before reading
  // (78.0% / 83.3%, category recall 51%), then its errors read.
  dev11: { verdict: 0.76, tooLenient: 3, risk: 0.86, categoryRecall: 0.68, falseAlarms: 0.15 },
  // Written the same day the same way (chat style, context-heavy, English); scored before reading
  // (76.0% / 78.0%, category recall 52%), then its errors read.
  dev12: { verdict: 0.76, tooLenient: 2, risk: 0.86, categoryRecall: 0.64, falseAlarms: 0.12 },
  // Written the same day the same way (questions where the relation is only implied); scored before reading
  // (73.3% / 77.5%, category recall 49%), then its question errors read.
  // (Its draft errors read 2026-12-05, next session: 77.5% / recall 49% before, 87.5% / 71% after.)
  dev13: { verdict: 0.8, tooLenient: 2, risk: 0.82, categoryRecall: 0.64, falseAlarms: 0.28 },
  // Written 2026-12-05 (second session) the same way (all sectors, acts and traps); scored before reading
  // (86.7% / 91.1%, category recall 61%, false alarms 21%), then its errors read.
  dev14: { verdict: 0.88, tooLenient: 3, risk: 0.88, categoryRecall: 0.58, falseAlarms: 0.3 },
  // Written the same day the same way (drafts as people write them, risk in innocent words); scored before
  // reading (90.0% / 73.3%, category recall 55%, false alarms 11%), then its draft errors read.
  dev15: { verdict: 0.92, tooLenient: 2, risk: 0.82, categoryRecall: 0.55, falseAlarms: 0.15 },
  // Written 2026-12-06 by a helper from the sources only (risk in innocent words, the job said in passing);
  // scored before reading (78.0% / 71.7%, 10 too-lenient drafts, 4 dangerous, recall 63%), then its errors read.
  dev16: { verdict: 0.8, tooLenient: 2, risk: 0.78, categoryRecall: 0.7, falseAlarms: 0.3 },
  // Written 2026-12-06 (second session) by a helper from the sources only (implicit "we", figurative secrecy,
  // internal reporting); scored before reading (78.0% / 81.7%, recall 57%, false alarms 10%), then read.
  dev17: { verdict: 0.8, tooLenient: 2, risk: 0.86, categoryRecall: 0.66, falseAlarms: 0.1 },
  // Written 2026-12-06 (third session) by a helper from the sources only (all sectors, acts and traps); scored
  // before reading (80.0% / 78.3%, 7 too-lenient drafts, 3 dangerous, recall 58%, false alarms 19%), then read.
  dev18: { verdict: 0.82, tooLenient: 2, risk: 0.82, categoryRecall: 0.6, falseAlarms: 0.25 },
  // Written 2026-12-06 (fourth session) by a helper from the sources only (all sectors, acts and traps); scored
  // before reading (76.0% / 78.3%, 5 too-lenient drafts, 3 dangerous, recall 63%, false alarms 14%), then read.
  dev19: { verdict: 0.84, tooLenient: 2, risk: 0.8, categoryRecall: 0.68, falseAlarms: 0.16 },
  // Written the same session the same way, drafts first (casual leaks, personal data, insults, traps); scored
  // before reading (92.5% / 78.8%, 8 too-lenient drafts, 4 dangerous, recall 55%, false alarms 15%), then read.
  dev20: { verdict: 0.88, tooLenient: 2, risk: 0.8, categoryRecall: 0.55, falseAlarms: 0.18 },
  // Written 2026-12-06 (fifth session) by a helper from the sources only (risk in indirect words, traps);
  // scored before reading (82.5% / 67.5%, 14 too-lenient drafts, 8 dangerous, recall 49%, false alarms 33%).
  dev21: { verdict: 0.86, tooLenient: 2, risk: 0.84, categoryRecall: 0.6, falseAlarms: 0.2 },
  // Written the same session the same way (60 questions on concrete acts, 60 drafts); scored before reading,
  // with the dev21 changes in place (80.0% / 75.0%, 11 too-lenient drafts, 6 dangerous, recall 54%).
  dev22: { verdict: 0.84, tooLenient: 2, risk: 0.9, categoryRecall: 0.6, falseAlarms: 0.14 },
  // Written 2026-12-06 (sixth session) by a helper from the sources only (informal chat style, all sectors
  // and acts, traps); scored before reading (88.0% / 75.7%, 9 too-lenient drafts, 3 dangerous, recall 62%).
  dev23: { verdict: 0.92, tooLenient: 2, risk: 0.8, categoryRecall: 0.64, falseAlarms: 0.2 },
  // Written the same session the same way, drafts with two or three categories, a fifth in English; scored
  // before reading (87.5% / 78.8%, 10 too-lenient drafts, 3 dangerous, recall 63%).
  dev24: { verdict: 0.95, tooLenient: 2, risk: 0.85, categoryRecall: 0.68, falseAlarms: 0.25 },
  // Written 2026-12-06 (seventh session) by a helper from the sources only (all sectors and acts, a fifth in
  // English, the job often only in the text); scored before reading (78.0% / 95.7%, 4 too-lenient questions).
  dev25: { verdict: 0.84, tooLenient: 2, risk: 0.94, categoryRecall: 0.74, falseAlarms: 0.08 },
  // Written the same session the same way, drafts as people post them (90 drafts, a third harmless traps);
  // scored before reading (93.3% / 85.6%, 5 too-lenient drafts, 1 dangerous, recall 64%, false alarms 15%).
  dev26: { verdict: 0.9, tooLenient: 2, risk: 0.87, categoryRecall: 0.62, falseAlarms: 0.15 },
  // Written 2026-12-06 (eighth session) by a helper from the sources only (all sectors and acts, the job
  // mostly only in the text, a quarter in English); scored before reading (91.7% / 81.3%, 8 too-lenient
  // drafts, 4 dangerous, recall 57%, false alarms 22%).
  dev27: { verdict: 0.95, tooLenient: 3, risk: 0.9, categoryRecall: 0.63, falseAlarms: 0.13 },
  // Written the same session the same way, situations from the case law moved to everyday posts (90 drafts,
  // 40% harmless traps); scored before reading (80.0% / 80.0%, 4 too-lenient questions, 1 dangerous;
  // 10 too-lenient drafts, 4 dangerous; recall 65%, false alarms 14%).
  dev28: { verdict: 0.9, tooLenient: 3, risk: 0.88, categoryRecall: 0.73, falseAlarms: 0.1 },
  // Written the same session the same way, questions as people type them in a DM (short, the decisive fact
  // often missing); scored before reading (88.6% / 88.6%, 5 too-lenient drafts, 1 dangerous, recall 69%).
  dev29: { verdict: 0.87, tooLenient: 6, risk: 0.85, categoryRecall: 0.66, falseAlarms: 0.15 },
  // Written the same session the same way, 100 drafts across platforms, 40% harmless; scored before reading
  // (87.5% / 86.0%, 3 too-lenient questions, 6 too-lenient drafts, 2 dangerous, recall 79%, false alarms 3%).
  dev30: { verdict: 0.9, tooLenient: 2, risk: 0.89, categoryRecall: 0.8, falseAlarms: 0.05 },
  // Written 2026-12-07 (ninth session) by a helper from the sources only, 95 drafts of which half harmless
  // traps with work words; scored before reading (86.7% / 86.3%, 3 too-lenient drafts, recall 72%, false
  // alarms 21%).
  dev31: { verdict: 0.9, tooLenient: 2, risk: 0.88, categoryRecall: 0.68, falseAlarms: 0.13 },
  // Written the same session the same way, 80 questions as typed in a DM over many acts; scored before
  // reading (83.8% / 76.0%, 3 too-lenient questions, 5 too-lenient drafts, 1 dangerous, false alarms 25%).
  dev32: { verdict: 0.92, tooLenient: 3, risk: 0.86, categoryRecall: 0.69, falseAlarms: 0.2 },
  // Written 2026-12-07 (tenth session) by a helper from the sources only: 80 drafts of which half harmless
  // texts full of alarming words, the risky half carried by subtle cues; scored before reading (90.0% /
  // 77.5%, 2 too-lenient questions, 5 too-lenient drafts, 3 dangerous, recall 58%, false alarms 15%).
  dev33: { verdict: 0.9, tooLenient: 2, risk: 0.78, categoryRecall: 0.58, falseAlarms: 0.2 },
  // Written the same session the same way, 90 questions where the author says who they are in the message
  // (special regimes, sensitive functions); scored before reading (86.7% / 78.0%, 2 too-lenient questions,
  // 5 too-lenient drafts, 3 dangerous, false alarms 35%).
  dev34: { verdict: 0.9, tooLenient: 2, risk: 0.9, categoryRecall: 0.68, falseAlarms: 0.25 },
  // Written the same session the same way, sectors that are easy to forget (water boards, executive agencies,
  // prisons, control rooms, schools) with near-identical pairs; scored before reading (80.0% / 80.0%, 5
  // too-lenient questions, 6 too-lenient drafts, 1 dangerous, recall 74%, false alarms 17%).
  dev35: { verdict: 0.84, tooLenient: 2, risk: 0.82, categoryRecall: 0.75, falseAlarms: 0.2 },
  // Written 2026-12-07 the same way, emphasis on provinces, schools, police, defence, care and executive
  // agencies, and on acts (likes, reposts, podcasts, petitions); scored before reading (88.0% / 78.6%,
  // 2 too-lenient questions, 5 too-lenient drafts, 2 dangerous, recall 70%, false alarms 29%).
  dev36: { verdict: 0.9, tooLenient: 1, risk: 0.79, categoryRecall: 0.69, falseAlarms: 0.32 },
  // Written the same session, very informal chat, a quarter in English, senior and sensitive roles, the own
  // employer as subject, timing and capacity; scored before reading (86.0% / 81.4%, 1 too-lenient question,
  // 7 too-lenient drafts, 4 dangerous, recall 56%, false alarms 11%).
  dev37: { verdict: 0.86, tooLenient: 1, risk: 0.82, categoryRecall: 0.58, falseAlarms: 0.14 },
  // Written the same session, mostly drafts (80) with traps that must stay low and hazards told without the
  // word "vertrouwelijk"; scored before reading (96.7% / 88.8%, 3 too-lenient drafts, 0 dangerous, recall
  // 69%, false alarms 13%).
  dev38: { verdict: 0.93, tooLenient: 1, risk: 0.86, categoryRecall: 0.64, falseAlarms: 0.16 },
  // Written the same session, mostly questions (60) as people type them, a third in English, with plainly
  // harmless ones that must get "mag"; scored before reading (83.3% / 82.5%, 2 too-lenient questions,
  // 2 too-lenient drafts, 2 dangerous, recall 62%, false alarms 13%).
  dev39: { verdict: 0.9, tooLenient: 1, risk: 0.84, categoryRecall: 0.66, falseAlarms: 0.16 },
  // Written last that session, a free mix of everything as people type it; scored before reading (84.4% /
  // 74.5%, 2 too-lenient questions, 5 too-lenient drafts, 1 dangerous, recall 66%, false alarms 18%).
  dev40: { verdict: 0.9, tooLenient: 1, risk: 0.78, categoryRecall: 0.7, falseAlarms: 0.22 },
  // Written 2026-12-07 (twelfth session) by a helper from the sources only: 70 drafts as posted on many
  // platforms, 45% harmless traps; scored before reading (76.7% / 77.1%, 2 too-lenient questions, 9 too-lenient
  // drafts, 3 dangerous, recall 77%, false alarms 16%).
  dev41: { verdict: 0.9, tooLenient: 1, risk: 0.85, categoryRecall: 0.8, falseAlarms: 0.13 },
  // Written the same session the same way, staff close to the citizen typing fast (municipalities, agencies,
  // prisons, schools, police); scored before reading (78.0% / 78.0%, 3 too-lenient questions, 1 dangerous,
  // 3 too-lenient drafts, recall 61%, false alarms 22%).
  dev42: { verdict: 0.84, tooLenient: 1, risk: 0.82, categoryRecall: 0.58, falseAlarms: 0.2 },
  // Written the same session the same way, the political and senior end and the internal side (spokespeople,
  // senior staff, griffie, intelligence, reorganisations, elections); scored before reading (80.0% / 81.7%,
  // 2 too-lenient questions, 3 too-lenient drafts, recall 75%, false alarms 25%).
  dev43: { verdict: 0.87, tooLenient: 1, risk: 0.88, categoryRecall: 0.77, falseAlarms: 0.16 },
  // Written 2026-12-07 (thirteenth session) by helpers from the sources only, each scored before reading.
  // dev44: micro-acts (likes, follows, reposts, groups) and out-of-scope look-alikes (90.0% / 84.0%,
  // 1 too-lenient question, 1 dangerous, 2 too-lenient drafts, recall 68%, false alarms 22%).
  dev44: { verdict: 0.9, tooLenient: 1, risk: 0.84, categoryRecall: 0.66, falseAlarms: 0.2 },
  // dev45: local and regional government close to the citizen (80.0% / 78.0%, 2 too-lenient questions,
  // 4 too-lenient drafts, 2 dangerous, recall 63%, false alarms 35%).
  dev45: { verdict: 0.86, tooLenient: 2, risk: 0.8, categoryRecall: 0.64, falseAlarms: 0.3 },
  // dev46: national government and its agencies, senior and sensitive roles (88.0% / 78.0%, 0 too-lenient
  // questions, 4 too-lenient drafts, 3 dangerous, recall 60%, false alarms 28%).
  dev46: { verdict: 0.96, tooLenient: 1, risk: 0.84, categoryRecall: 0.64, falseAlarms: 0.24 },
  // Written later the same session, scored before reading.
  // dev47: 70 drafts about the working day, where an anecdote and a leak are close (90.0% / 78.6%, 1 too-lenient
  // question, 6 too-lenient drafts, 2 dangerous, recall 63%, false alarms 25%).
  dev47: { verdict: 0.9, tooLenient: 1, risk: 0.77, categoryRecall: 0.61, falseAlarms: 0.26 },
  // dev48: English-speaking and international staff (82.0% / 80.0%, 5 too-lenient questions, 3 too-lenient
  // drafts, recall 69%, false alarms 24%).
  dev48: { verdict: 0.84, tooLenient: 3, risk: 0.78, categoryRecall: 0.66, falseAlarms: 0.25 },
  // dev49: the special regimes and sensitive functions (76.0% / 86.0%, 4 too-lenient questions, 4 too-lenient
  // drafts, 3 dangerous, recall 63%, false alarms 11%).
  dev49: { verdict: 0.74, tooLenient: 4, risk: 0.86, categoryRecall: 0.62, falseAlarms: 0.13 },
  // Session 14 (2026-12-07): twelve more sets, each scored before anyone read it (in brackets); floors sit a
  // little below the end of the session.
  // dev50: the social domain close to citizens (86.0% / 82.0%, 1 too-lenient question, 6 too-lenient drafts, 3 dangerous; scored after the first fixes of the session).
  dev50: { verdict: 0.84, tooLenient: 2, risk: 0.88, categoryRecall: 0.62, falseAlarms: 0.18 },
  // dev51: long-form and professional expression (72.0% / 90.0%, 4 too-lenient questions, 1 too-lenient draft).
  dev51: { verdict: 0.84, tooLenient: 1, risk: 0.88, categoryRecall: 0.6, falseAlarms: 0.18 },
  // dev52: elections and politics (76.0% / 74.0%, 3 too-lenient questions, 7 too-lenient drafts, 1 dangerous).
  dev52: { verdict: 0.88, tooLenient: 1, risk: 0.86, categoryRecall: 0.62, falseAlarms: 0.12 },
  // dev53: information not yet public, leaks and whistleblowing (70.0% / 80.0%, 2 too-lenient questions, 5 too-lenient drafts).
  dev53: { verdict: 0.82, tooLenient: 1, risk: 0.8, categoryRecall: 0.54, falseAlarms: 0.24 },
  // dev54: closed circles, memes and humour (83.3% / 87.1%, 2 too-lenient drafts).
  dev54: { verdict: 0.82, tooLenient: 1, risk: 0.84, categoryRecall: 0.62, falseAlarms: 0.26 },
  // dev55: technical, security and infrastructure roles (84.0% / 88.0%, 1 too-lenient question, 3 too-lenient drafts).
  dev55: { verdict: 0.88, tooLenient: 1, risk: 0.88, categoryRecall: 0.56, falseAlarms: 0.18 },
  // dev56: a broad mix in quick chat style (86.0% / 86.0%, 1 too-lenient question, 4 too-lenient drafts, 1 dangerous; round two).
  dev56: { verdict: 0.84, tooLenient: 2, risk: 0.88, categoryRecall: 0.66, falseAlarms: 0.06 },
  // dev57: everyday posts that look risky or are (90.0% / 87.1%, 1 too-lenient question, 3 too-lenient drafts, 2 dangerous; round two).
  dev57: { verdict: 0.88, tooLenient: 1, risk: 0.84, categoryRecall: 0.62, falseAlarms: 0.24 },
  // dev58: international and mixed-language staff (78.0% / 73.0% on the first 37 drafts, 4 too-lenient questions, 6 too-lenient drafts, 4 dangerous; round two).
  dev58: { verdict: 0.84, tooLenient: 1, risk: 0.84, categoryRecall: 0.56, falseAlarms: 0.12 },
  // dev59: a representative spread (92.0% / 84.0%, 1 too-lenient question, 4 too-lenient drafts, 1 dangerous; round three).
  dev59: { verdict: 0.88, tooLenient: 1, risk: 0.82, categoryRecall: 0.76, falseAlarms: 0.12 },
  // dev60: what a careful reader sees and a quick one misses (86.0% / 90.0%, 2 too-lenient questions, 3 too-lenient drafts, 1 dangerous; round three).
  dev60: { verdict: 0.88, tooLenient: 2, risk: 0.88, categoryRecall: 0.62, falseAlarms: 0.06 },
  // dev61: senior, visible and junior roles (82.0% / 82.0%, 2 too-lenient questions, 4 too-lenient drafts; round three).
  dev61: { verdict: 0.76, tooLenient: 3, risk: 0.84, categoryRecall: 0.58, falseAlarms: 0.12 },
  // Session 15 (2026-12-07), round one: scored before reading, then mined for classes.
  // dev62: several categories at once (86.7% / 78.6%, 1 too-lenient question, 4 too-lenient drafts, 1 dangerous).
  dev62: { verdict: 0.83, tooLenient: 2, risk: 0.77, categoryRecall: 0.69, falseAlarms: 0.2 },
  // dev63: provinces, water boards, agencies (92.0% / 84.0%, 2 too-lenient questions, 1 dangerous each).
  dev63: { verdict: 0.94, tooLenient: 1, risk: 0.84, categoryRecall: 0.81, falseAlarms: 0.15 },
  // dev64: police, military, Justice (80.0% / 80.0%, 2 too-lenient questions, 5 too-lenient drafts, 2 dangerous).
  dev64: { verdict: 0.84, tooLenient: 2, risk: 0.78, categoryRecall: 0.6, falseAlarms: 0.25 },
  // dev65: schools, universities, GGD, youth care (74.0% / 82.0%, 4 too-lenient questions, 4 drafts, 2 dangerous).
  dev65: { verdict: 0.76, tooLenient: 3, risk: 0.82, categoryRecall: 0.64, falseAlarms: 0.2 },
  // dev66: acts other than a post (90.0% / 76.0%, 1 too-lenient question (dangerous), 4 too-lenient drafts).
  dev66: { verdict: 0.9, tooLenient: 2, risk: 0.76, categoryRecall: 0.72, falseAlarms: 0.2 },
  // dev67: long and messy messages (62.0% / 82.0%, 0 too-lenient questions, 1 too-lenient draft, dangerous).
  dev67: { verdict: 0.7, tooLenient: 1, risk: 0.78, categoryRecall: 0.78, falseAlarms: 0.4 },
  // Round two, written while round one was fixed and scored before reading.
  // dev68: a representative week (86.0% / 82.0%, 2 too-lenient questions, 2 too-lenient drafts, 1 dangerous).
  dev68: { verdict: 0.84, tooLenient: 3, risk: 0.82, categoryRecall: 0.75, falseAlarms: 0.15 },
  // dev69 (30 q / 70 d): everyday posts (76.7% / 90.0%, 2 too-lenient questions, 1 dangerous; 5 drafts, 1 dangerous).
  dev69: { verdict: 0.86, tooLenient: 2, risk: 0.89, categoryRecall: 0.69, falseAlarms: 0.08 },
  // dev70 (70 q / 30 d): the job only in the text (87.1% / 83.3%, 1 too-lenient question, 4 too-lenient drafts).
  dev70: { verdict: 0.84, tooLenient: 2, risk: 0.83, categoryRecall: 0.65, falseAlarms: 0.15 },
  // dev71: international and English-speaking staff (86.0% / 84.0%, 1 and 5 too lenient, 1 dangerous draft).
  dev71: { verdict: 0.82, tooLenient: 2, risk: 0.82, categoryRecall: 0.56, falseAlarms: 0.1 },
  // Round three, written after rounds one and two were fixed and scored before reading.
  // dev72: a representative spread (84.0% / 84.0%, 2 too-lenient questions, 3 too-lenient drafts, 1 dangerous).
  dev72: { verdict: 0.84, tooLenient: 2, risk: 0.88, categoryRecall: 0.64, falseAlarms: 0.2 },
  // dev73 (30 q / 70 d): details in the middle of a draft (90.0% / 90.0%, 1 and 3 too lenient, 1 dangerous).
  dev73: { verdict: 0.9, tooLenient: 2, risk: 0.87, categoryRecall: 0.63, falseAlarms: 0.2 },
  // dev74: local government and the police (80.0% / 90.0%, 4 too-lenient questions, 3 too-lenient drafts).
  dev74: { verdict: 0.78, tooLenient: 4, risk: 0.86, categoryRecall: 0.58, falseAlarms: 0.1 },
};

const fixture = (name: string) => join(PROJECT_DIR, 'test', 'fixtures', name);

describe('the labelled sets stay above their floor', () => {
  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}: questions and drafts`, async () => {
      const bot = await realBot();
      const questionsFile = fixture(`${name}-questions.jsonl`);
      const draftsFile = fixture(`${name}-drafts.jsonl`);
      const questions = await scoreQuestions(
        bot,
        parseLabelled(readFileSync(questionsFile, 'utf8'), labelledQuestionSchema, questionsFile),
      );
      const drafts = await scoreDrafts(
        bot,
        parseLabelled(readFileSync(draftsFile, 'utf8'), labelledDraftSchema, draftsFile),
      );
      expect(questions.verdictAccuracy).toBeGreaterThanOrEqual(floor.verdict);
      expect(questions.tooLenient).toBeLessThanOrEqual(floor.tooLenient);
      expect(drafts.riskAccuracy).toBeGreaterThanOrEqual(floor.risk);
      expect(drafts.categoryRecall).toBeGreaterThanOrEqual(floor.categoryRecall);
      expect(drafts.falseAlarms).toBeLessThanOrEqual(floor.falseAlarms);
    });
  }
});
