// Marks the risky parts of a draft for the terminal: ⟦…⟧ around every span a finding points at.
import type { Finding } from '../core/types.ts';

export function markSpans(draft: string, findings: Finding[]): string {
  const spans = findings
    .flatMap((finding) => finding.spans)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping spans merge, so the marks never nest.
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  let marked = '';
  let at = 0;
  for (const span of merged) {
    marked += `${draft.slice(at, span.start)}⟦${draft.slice(span.start, span.end)}⟧`;
    at = span.end;
  }
  return marked + draft.slice(at);
}
