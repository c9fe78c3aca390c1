// "Kennisgaten" and "Feedback": what the bot could not answer well, grouped by theme and counted, and how
// users rated the answers, over time. Nothing here carries a user's identity; questions are masked.
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { FeedbackEntry, KnowledgeGap } from '../state/state-store.ts';
import { escapeHtml } from './html.ts';
import { barChart, barsPerDay } from './svg-chart.ts';

const NO_THEME = 'Zonder passend onderwerp';
const UNKNOWN_QUESTION = 'Vraag onbekend (niet nuttig, op een andere server of van lang geleden)';

/** The theme of a question: the title of the FAQ, guide or case that fits it best (on its first 300 characters). */
export function themeOf(knowledge: KnowledgeBase, question: string | undefined): string {
  if (!question) return UNKNOWN_QUESTION;
  const hit = knowledge.index.search(question.slice(0, 300), {
    kinds: ['faq', 'guide', 'case'],
    limit: 1,
  })[0];
  return hit && hit.score >= 4 ? hit.passage.title : NO_THEME;
}

export interface ListView {
  /** "Label dit" on each question (the admin only: a labelled example trains every organisation's bot). */
  labelForms: boolean;
  /** The organisation of each row by name (the admin's view of every organisation); absent: not shown. */
  organisationName?: (id: string | undefined) => string;
}

export function gapsPage(
  gaps: KnowledgeGap[],
  themeFor: (question: string | undefined) => string,
  now: Date,
  limit: number,
  view: ListView,
): string {
  const groups = new Map<string, KnowledgeGap[]>();
  for (const gap of gaps) {
    const theme = themeFor(gap.question);
    const group = groups.get(theme);
    if (group) group.push(gap);
    else groups.set(theme, [gap]);
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const chart = barChart(
    'Kennisgaten per dag (laatste 30 dagen)',
    [
      { name: 'geen passend antwoord', color: '#154273' },
      { name: 'niet nuttig gevonden', color: '#f4a259' },
    ],
    barsPerDay(now, 30, gaps, (gap) => gap.at, [
      (gap) => gap.reason === 'no-match',
      (gap) => gap.reason === 'feedback-down',
    ]),
  );
  const rows = sorted
    .map(([theme, items]) => {
      const examples = [
        ...new Set(
          items.map((item) => item.question).filter((question): question is string => Boolean(question)),
        ),
      ]
        .slice(0, 3)
        .map((question) => `<li>${escapeHtml(question)}${view.labelForms ? labelForm(question) : ''}</li>`)
        .join('');
      const down = items.filter((item) => item.reason === 'feedback-down').length;
      return `<tr><th scope="row">${escapeHtml(theme)}</th><td>${items.length}</td><td>${items.length - down} / ${down}</td><td>${examples ? `<ul>${examples}</ul>` : '—'}</td></tr>`;
    })
    .join('');
  return `<p>Vragen waarop de bot geen goed antwoord had (geen regel en geen bron paste) of die "niet nuttig" kregen. Persoonsgegevens zijn gemaskeerd; wie de vraag stelde, wordt niet bewaard. Concepten worden nooit bewaard.</p>
${chart}
<h2>Per onderwerp (${gaps.length >= limit ? `de laatste ${limit}` : `${gaps.length} in totaal`})</h2>
${view.organisationName ? perOrganisation(gaps, view.organisationName) : ''}
${sorted.length ? `<table><thead><tr><th scope="col">Onderwerp</th><th scope="col">Aantal</th><th scope="col">Geen antwoord / niet nuttig</th><th scope="col">Voorbeelden</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>Nog geen kennisgaten. Mooi zo.</p>'}`;
}

/** How many gaps each organisation has (the admin's view). */
function perOrganisation(gaps: KnowledgeGap[], name: (id: string | undefined) => string): string {
  const counts = new Map<string, number>();
  for (const gap of gaps) counts.set(name(gap.organisation), (counts.get(name(gap.organisation)) ?? 0) + 1);
  if (counts.size === 0) return '';
  return `<table><caption>Per organisatie</caption><thead><tr><th scope="col">Organisatie</th><th scope="col">Aantal</th></tr></thead><tbody>${[
    ...counts,
  ]
    .sort((a, b) => b[1] - a[1])
    .map(([organisation, count]) => `<tr><td>${escapeHtml(organisation)}</td><td>${count}</td></tr>`)
    .join('')}</tbody></table>`;
}

export function feedbackPage(feedback: FeedbackEntry[], now: Date, limit: number, view: ListView): string {
  const up = feedback.filter((entry) => entry.rating === 'up').length;
  const down = feedback.length - up;
  const chart = barChart(
    'Reacties per dag (laatste 30 dagen)',
    [
      { name: 'nuttig', color: '#154273' },
      { name: 'niet nuttig', color: '#f4a259' },
    ],
    barsPerDay(now, 30, feedback, (entry) => entry.at, [
      (entry) => entry.rating === 'up',
      (entry) => entry.rating === 'down',
    ]),
  );
  const latest = feedback
    .slice(0, 20)
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.at.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' }))}</td><td>${entry.rating === 'up' ? 'nuttig' : 'niet nuttig'}</td><td>${escapeHtml(entry.channel)}</td><td><code>${escapeHtml(entry.replyId)}</code></td>${view.organisationName ? `<td>${escapeHtml(view.organisationName(entry.organisation))}</td>` : ''}</tr>`,
    )
    .join('');
  const share = feedback.length ? Math.round((up / feedback.length) * 100) : 0;
  return `<p>${feedback.length >= limit ? `De laatste ${limit} reacties` : `${feedback.length} reacties`}: <strong>${up}</strong> keer nuttig en <strong>${down}</strong> keer niet nuttig${feedback.length ? ` (${share}% nuttig)` : ''}. Een "niet nuttig" komt ook bij de kennisgaten, met de vraag als die nog bekend is.</p>
${chart}
<h2>Laatste reacties</h2>
${latest ? `<table><thead><tr><th scope="col">Wanneer</th><th scope="col">Oordeel</th><th scope="col">Kanaal</th><th scope="col">Antwoord-id</th>${view.organisationName ? '<th scope="col">Organisatie</th>' : ''}</tr></thead><tbody>${latest}</tbody></table>` : '<p>Nog geen reacties.</p>'}`;
}

const VERDICT_CHOICES: [string, string][] = [
  ['mag', 'mag'],
  ['voorwaardelijk', 'mag onder voorwaarden'],
  ['mag-niet', 'mag niet'],
  ['buiten-scope', 'buiten mijn terrein'],
];

/** "Label dit": HR gives the right verdict, and gets a labelled example to add to the knowledge. */
function labelForm(question: string): string {
  return `<form method="post" action="/admin/voorbeeld" class="label"><input type="hidden" name="question" value="${escapeHtml(question)}"><label>Juiste oordeel <select name="verdict">${VERDICT_CHOICES.map(([value, label]) => `<option value="${value}">${escapeHtml(label)}</option>`).join('')}</select></label> <button type="submit">Label dit</button></form>`;
}

/** The labelled example as it goes into a knowledge file, with what HR does next. */
export function examplePage(question: string, verdict: string): string {
  const quoted = JSON.stringify(question);
  const snippet = `  - text: ${quoted}\n    verdict: ${verdict}\n    note: "Gelabeld vanuit de kennisgaten"`;
  return `<p>Zo wordt deze vraag een voorbeeld waar de bot van leert (de tweede, geleerde lezing). Plak het blok hieronder onder <code>examples:</code> in <code>knowledge/examples/hr-gelabeld.md</code> (of een ander voorbeeldbestand met <code>appliesTo: question</code>), draai <code>npx --no-install uitingswijzer kb check</code> en zet de wijziging door. De bot leert het bij de volgende keer laden. Een voorbeeld kan een antwoord alleen strenger maken.</p>
<label for="voorbeeld">Voorbeeld</label>
<textarea id="voorbeeld" readonly rows="4" cols="100">${escapeHtml(snippet)}</textarea>
<p><a href="/admin/kennisgaten">Terug naar de kennisgaten</a></p>`;
}
