// The JSON Lines contract: one {"id","text","profile"?} object per input line, one result per output
// line. A bad line gets an error object with its line number; the other lines are still answered.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Bot } from '../core/create-bot.ts';
import { replyToJson } from '../core/reply-json.ts';
import { profileSchema } from '../core/types.ts';

const itemSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  profile: profileSchema.optional(),
});

export interface JsonlResult {
  answered: number;
  failed: number;
}

export async function runJsonl(
  bot: Bot,
  command: 'ask' | 'check',
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
): Promise<JsonlResult> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let answered = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      failed++;
      write(
        JSON.stringify(
          errorLine(lineNumber, undefined, 'input_invalid', `line ${lineNumber}: not valid JSON`),
        ),
      );
      continue;
    }
    const parsed = itemSchema.safeParse(data);
    if (!parsed.success) {
      failed++;
      const rawId = (data as { id?: unknown } | null)?.id;
      const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
      const issue = parsed.error.issues[0];
      const message = `line ${lineNumber}: ${issue?.path.join('.') || 'item'}: ${issue?.message}; expected {"id","text","profile"?}`;
      write(JSON.stringify(errorLine(lineNumber, id, 'input_invalid', message)));
      continue;
    }
    const { id, text, profile } = parsed.data;
    const reply = await bot.handle({
      channel: 'cli',
      text,
      profile,
      command,
      conversationId: `jsonl-${lineNumber}`,
      userId: 'cli',
    });
    if (reply.error) failed++;
    else answered++;
    write(JSON.stringify({ ...replyToJson(reply, id), ...(reply.error ? { line: lineNumber } : {}) }));
  }
  return { answered, failed };
}

function errorLine(line: number, id: string | undefined, code: string, message: string) {
  return { id: id ?? null, line, error: { code, message } };
}
