// Slack's request signature, checked before anything reads the body: an unsigned caller gets 401 and
// learns nothing about the shapes we accept. v0 is an HMAC-SHA256 of "v0:<timestamp>:<body>" with the
// signing secret. Stricter than Bolt's own check (which is off in HTTP mode: this is the only one): a timestamp
// more than five minutes in the future is refused too, not only one more than five minutes old.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';

/** How far Slack's clock and ours may differ, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

const signedHeadersSchema = z.object({
  'x-slack-request-timestamp': z.string().regex(/^\d{1,12}$/),
  'x-slack-signature': z.string().regex(/^v0=[0-9a-f]{64}$/),
});

export type SignatureCheck = 'valid' | 'missing' | 'stale' | 'future' | 'mismatch';

export function verifySlackSignature(
  signingSecret: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  nowMs: number = Date.now(),
): SignatureCheck {
  const parsed = signedHeadersSchema.safeParse(headers);
  if (!parsed.success) return 'missing';
  const timestamp = Number(parsed.data['x-slack-request-timestamp']);
  const now = Math.floor(nowMs / 1000);
  if (timestamp < now - MAX_CLOCK_SKEW_SECONDS) return 'stale';
  if (timestamp > now + MAX_CLOCK_SKEW_SECONDS) return 'future';
  const expected = createHmac('sha256', signingSecret)
    .update(`v0:${parsed.data['x-slack-request-timestamp']}:`)
    .update(body)
    .digest();
  const given = Buffer.from(parsed.data['x-slack-signature'].slice(3), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'mismatch';
}
