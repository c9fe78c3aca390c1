// What the "Bronnen" button carries, so the modal with the quotes can be built when it is pressed, on any
// instance and after a restart: the language, where each cited passage sits (file and section) and what the
// glance left out. Slack allows 2,000 characters in a button value; the explanation is cut to fit, the
// references always fit (a reply cites at most seven sources). Checked with zod when it comes back.
import { z } from 'zod';
import type { CitationReference } from '../../src/answer/select-citations.ts';
import type { Citation, Reply } from '../../src/core/types.ts';

const MAX_VALUE = 2000;

const sourcesPayloadSchema = z.object({
  l: z.enum(['nl', 'en']),
  /** [file id, section heading] per citation, in the reply's order. */
  c: z.array(z.tuple([z.string().max(200), z.string().max(300)])).max(12),
  /** What the glance left out, in full where it fits. */
  m: z.array(z.string().max(MAX_VALUE)).max(20).default([]),
});

export interface SourcesPayload {
  language: Reply['language'];
  references: CitationReference[];
  more: string[];
}

export function encodeSources(
  language: Reply['language'],
  citations: readonly Citation[],
  more: readonly string[],
): string {
  const payload = {
    l: language,
    c: citations.slice(0, 12).map((citation) => [citation.fileId, citation.section] as const),
    m: [] as string[],
  };
  for (const item of more) {
    const room = MAX_VALUE - JSON.stringify(payload).length - 8;
    if (room <= 40) break;
    // JSON escapes quotes and the like: measure the item as it will be written.
    let text = item;
    while (JSON.stringify(text).length > room)
      text = `${text.slice(0, Math.floor(text.length * 0.9)).trimEnd()}…`;
    payload.m.push(text);
    if (text !== item) break;
  }
  return JSON.stringify(payload);
}

/** The button's value back, or undefined when it is not one of ours. */
export function decodeSources(raw: string): SourcesPayload | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = sourcesPayloadSchema.safeParse(data);
  if (!parsed.success) return undefined;
  return {
    language: parsed.data.l,
    references: parsed.data.c.map(([fileId, section]) => ({ fileId, section })),
    more: parsed.data.m,
  };
}
