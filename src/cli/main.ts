// The command line: `uitingswijzer ask|check|kb check`. Talks to the core through bot.handle only.
import { parseArgs } from 'node:util';
import { defaultKnowledgeDir } from '../config/default-knowledge-dir.ts';
import { BotError, isBotError } from '../core/bot-error.ts';
import { createBot } from '../core/create-bot.ts';
import { replyToJson } from '../core/reply-json.ts';
import type { Profile } from '../core/types.ts';
import { DRAFT_LABELS } from '../draft/draft-messages.ts';
import { checkKnowledge, formatProblems } from '../knowledge/check-knowledge.ts';
import { loadKnowledgeStore } from '../knowledge/knowledge-store.ts';
import { createLogger } from '../logging/create-logger.ts';
import type { ModelStarter } from '../server/start-server.ts';
import { markSpans } from './mark-spans.ts';
import { readProfile } from './read-profile.ts';
import { runJsonl } from './run-jsonl.ts';

const USAGE = `Uitingswijzer: what may a Dutch civil servant say, post, like, share or join?

Usage:
  uitingswijzer ask "<vraag>" [--json] [--profile profile.json] [--organisation ID]
  uitingswijzer ask --jsonl            read {"id","text","profile"?} lines on stdin, write one JSON result per line
  uitingswijzer check "<concept>" [--json] [--profile profile.json] [--organisation ID]
  uitingswijzer check --jsonl
  uitingswijzer kb check [DIR]         validate a knowledge folder (default: the bundled one or KNOWLEDGE_DIR)

Options:
  --json              print the reply as JSON
  --jsonl             JSON Lines on stdin and stdout
  --profile FILE      a JSON profile: {"sector": "rijk", "role": "...", "portfolio": ["..."]}
  --organisation ID   answer for this organisation (knowledge/organisaties/<ID>/), e.g. gemeente-voorbeeld
  --knowledge DIR     the knowledge folder (default: KNOWLEDGE_DIR or the bundled knowledge/)
  -h, --help          this help
`;

/** What the composition root adds: the optional language model. */
export interface CliOptions {
  model?: ModelStarter;
}

export async function main(argv: string[], options: CliOptions = {}): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  const knowledgeDir = values.knowledge ?? defaultKnowledgeDir();
  try {
    return await runCommand(command, rest, values, knowledgeDir, options);
  } catch (error) {
    if (isBotError(error)) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function runCommand(
  command: string,
  rest: string[],
  values: ReturnType<typeof parse>['values'],
  knowledgeDir: string,
  options: CliOptions,
): Promise<number> {
  if (command === 'kb') {
    if (rest[0] !== 'check') {
      process.stderr.write(`Unknown kb command "${rest[0] ?? ''}". Use: uitingswijzer kb check [DIR]\n`);
      return 2;
    }
    const report = await checkKnowledge(rest[1] ?? knowledgeDir);
    process.stdout.write(formatProblems(report));
    return report.errors > 0 ? 1 : 0;
  }
  if (command !== 'ask' && command !== 'check') {
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  // Logs go to stderr and only warnings by default, so stdout stays clean for JSON.
  const level = process.env.LOG_LEVEL ?? 'warn';
  if (!LOG_LEVELS.includes(level)) {
    throw new BotError('config_invalid', `LOG_LEVEL "${level}" is not one of ${LOG_LEVELS.join(', ')}.`);
  }
  const logger = createLogger({ level });
  const profile: Profile | undefined = values.profile ? await readProfile(values.profile) : undefined;
  const model = await options.model?.({ logger, env: process.env });
  const bot = createBot({
    knowledge: await loadKnowledgeStore(knowledgeDir, logger),
    logger,
    ...(model ? { model } : {}),
  });
  if (values.jsonl) {
    const result = await runJsonl(bot, command, process.stdin, (line) => process.stdout.write(`${line}\n`));
    return result.failed > 0 ? 1 : 0;
  }
  const text = rest.join(' ');
  if (text.trim() === '') {
    throw new BotError(
      'input_empty',
      command === 'ask'
        ? 'Give a question, for example: uitingswijzer ask "Mag ik liken wat mijn minister zegt?"'
        : 'Give a draft, for example: uitingswijzer check "Mijn tekst …"',
    );
  }
  const reply = await bot.handle({
    channel: 'cli',
    text,
    profile,
    ...(values.organisation ? { organisation: values.organisation } : {}),
    command,
    userId: 'cli',
    conversationId: 'cli',
  });
  if (values.json) process.stdout.write(`${JSON.stringify(replyToJson(reply), null, 2)}\n`);
  else if (reply.intent === 'draft' && reply.findings.length > 0) {
    // The draft goes back to its author only (this terminal), under the risk line, with the risky words marked.
    const [headline, ...rest] = reply.answer.split('\n');
    const label = DRAFT_LABELS[reply.language].draft;
    process.stdout.write(
      `${headline}\n\n${label}:\n${markSpans(text, reply.findings)}\n${rest.join('\n')}\n`,
    );
  } else process.stdout.write(`${reply.answer}\n`);
  if (reply.error) {
    if (!values.json) process.stderr.write(`error: ${reply.error.message}\n`);
    return 1;
  }
  return 0;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      profile: { type: 'string' },
      organisation: { type: 'string' },
      knowledge: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
