// The core's zod schema as the JSON schema of OpenAI's structured output (strict mode): every property
// required, no extra properties, and without the keywords strict mode does not accept. The length limits
// dropped here are still enforced when the core parses the answer with the same zod schema.
import { type ZodType, z } from 'zod';

const UNSUPPORTED = new Set([
  '$schema',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'format',
]);

function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (UNSUPPORTED.has(key)) continue;
    out[key] = clean(value);
  }
  if (out.type === 'object') {
    out.additionalProperties = false;
    out.required = Object.keys((out.properties as Record<string, unknown>) ?? {});
  }
  return out;
}

export function toStrictJsonSchema(schema: ZodType): Record<string, unknown> {
  return clean(z.toJSONSchema(schema, { io: 'output' })) as Record<string, unknown>;
}
