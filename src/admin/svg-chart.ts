// A bar chart as inline SVG, with the numbers also in a table for screen readers and keyboard users.
// No script, no build step.
import { escapeHtml } from './html.ts';

export interface ChartBar {
  label: string;
  /** Stacked values, in the order of `series`. */
  values: number[];
}

export function barChart(title: string, series: { name: string; color: string }[], bars: ChartBar[]): string {
  const width = 640;
  const height = 200;
  const padding = 28;
  const max = Math.max(1, ...bars.map((bar) => bar.values.reduce((sum, value) => sum + value, 0)));
  const slot = (width - padding * 2) / Math.max(1, bars.length);
  const barWidth = Math.max(2, slot * 0.7);
  const rects = bars
    .map((bar, index) => {
      let y = height - padding;
      return bar.values
        .map((value, seriesIndex) => {
          const h = ((height - padding * 2) * value) / max;
          y -= h;
          const x = padding + index * slot + (slot - barWidth) / 2;
          return value > 0
            ? `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${series[seriesIndex]?.color ?? '#154273'}"><title>${escapeHtml(bar.label)}: ${value} ${escapeHtml(series[seriesIndex]?.name ?? '')}</title></rect>`
            : '';
        })
        .join('');
    })
    .join('');
  const first = bars[0]?.label ?? '';
  const last = bars.at(-1)?.label ?? '';
  const legend = series
    .map(
      (item) =>
        `<span class="legend"><span class="swatch" style="background:${item.color}"></span>${escapeHtml(item.name)}</span>`,
    )
    .join(' ');
  const rows = bars
    .filter((bar) => bar.values.some((value) => value > 0))
    .map(
      (bar) =>
        `<tr><th scope="row">${escapeHtml(bar.label)}</th>${bar.values.map((value) => `<td>${value}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<figure class="chart">
<figcaption>${escapeHtml(title)} ${legend}</figcaption>
<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" width="100%">
<line x1="${padding}" y1="${height - padding}" x2="${width - padding}" y2="${height - padding}" stroke="#555"/>
<text x="${padding}" y="${height - 8}" font-size="12" fill="#333">${escapeHtml(first)}</text>
<text x="${width - padding}" y="${height - 8}" font-size="12" fill="#333" text-anchor="end">${escapeHtml(last)}</text>
<text x="${padding - 4}" y="${padding}" font-size="12" fill="#333" text-anchor="end">${max}</text>
${rects}
</svg>
<details><summary>Cijfers als tabel</summary>
<table><thead><tr><th scope="col">Dag</th>${series.map((item) => `<th scope="col">${escapeHtml(item.name)}</th>`).join('')}</tr></thead><tbody>${rows || `<tr><td colspan="${series.length + 1}">Nog geen gegevens.</td></tr>`}</tbody></table>
</details>
</figure>`;
}

/** The calendar day of a moment in the Netherlands, as YYYY-MM-DD. */
function dayOf(at: Date): string {
  return at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/** The last `days` calendar days in the Netherlands, oldest first, as YYYY-MM-DD. */
function lastDays(now: Date, days: number): string[] {
  return [
    ...new Set(
      Array.from({ length: days + 1 }, (_unused, index) =>
        dayOf(new Date(now.getTime() - (days - index) * 86_400_000)),
      ),
    ),
  ].slice(-days);
}

/**
 * Bars for the last `days` days: per day, how many entries fall in each series (a predicate). Each entry's
 * day is worked out once.
 */
export function barsPerDay<T>(
  now: Date,
  days: number,
  entries: T[],
  at: (entry: T) => Date,
  series: ((entry: T) => boolean)[],
): ChartBar[] {
  const counts = new Map<string, number[]>(lastDays(now, days).map((day) => [day, series.map(() => 0)]));
  for (const entry of entries) {
    const values = counts.get(dayOf(at(entry)));
    if (!values) continue;
    series.forEach((belongs, index) => {
      if (belongs(entry)) values[index] = (values[index] ?? 0) + 1;
    });
  }
  return [...counts.entries()].map(([label, values]) => ({ label, values }));
}
