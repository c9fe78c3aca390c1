// "Kennisstatus": did HR's last push load, what is wrong where (file:line), which files are past their
// review date, and do the golden questions still get their answers.
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import type { KnowledgeStatus } from '../knowledge/knowledge-store.ts';
import { countReviews } from '../knowledge/review-status.ts';
import type { GoldenResult } from '../knowledge/run-golden-questions.ts';
import { escapeHtml } from './html.ts';

const KIND_LABEL: Record<string, string> = {
  law: 'Wetteksten',
  faq: 'Veelgestelde vragen',
  case: 'Uitspraken en adviezen',
  guide: 'Uitleg',
  signal: 'Regels (signalen)',
  regime: 'Sectoren',
  synonyms: 'Synoniemen',
  golden: 'Gouden vragen',
};

const when = (iso: string) => new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' });

export function statusPage(
  status: KnowledgeStatus,
  knowledge: KnowledgeBase,
  golden: GoldenResult,
  staleAfterDays: number,
  now: Date,
): string {
  const kinds = new Map<string, number>();
  for (const document of knowledge.documents)
    kinds.set(document.meta.kind, (kinds.get(document.meta.kind) ?? 0) + 1);
  const reload = status.lastReload;
  const reloadLine = reload
    ? reload.ok
      ? `<p><span class="ok">Geladen</span> op ${escapeHtml(when(reload.at))}: versie <code>${escapeHtml(reload.version)}</code>.</p>`
      : `<p class="melding"><span class="fout">Geweigerd</span> op ${escapeHtml(when(reload.at))}: de nieuwe versie <code>${escapeHtml(reload.version)}</code> heeft fouten. De vorige versie blijft in gebruik. Los de fouten hieronder op en push opnieuw.</p>`
    : '<p>Nog niet herladen sinds de start.</p>';
  const trainingLine = status.training
    ? '<p>Het lerende tweede oordeel wordt nu opnieuw getraind op de nieuwe regels en voorbeelden. Tot het klaar is (meestal binnen een minuut) werkt de nieuwe versie met het tweede oordeel van de vorige versie.</p>'
    : '';
  const problems = [
    ...(reload && !reload.ok
      ? reload.problems.map((problem) => ({ ...problem, of: 'geweigerde versie' }))
      : []),
    ...status.problems.map((problem) => ({ ...problem, of: 'versie in gebruik' })),
  ];
  const unique = problems.filter(
    (problem, index) =>
      problems.findIndex(
        (other) =>
          other.file === problem.file && other.line === problem.line && other.message === problem.message,
      ) === index,
  );
  const problemRows = unique
    .map(
      (problem) =>
        `<tr><td><code>${escapeHtml(problem.file)}:${problem.line}</code></td><td class="${problem.severity === 'error' ? 'fout' : 'waarschuwing'}">${problem.severity === 'error' ? 'fout' : 'waarschuwing'}</td><td>${escapeHtml(problem.message)}</td><td>${problem.of}</td></tr>`,
    )
    .join('');
  const limit = now.getTime() - staleAfterDays * 86_400_000;
  const stale = knowledge.documents
    .filter((document) => Date.parse(document.meta.reviewed) < limit)
    .sort((a, b) => a.meta.reviewed.localeCompare(b.meta.reviewed));
  const review = countReviews(knowledge);
  const waitingRows = review.waiting
    .map(
      (item) =>
        `<tr><td><code>${escapeHtml(item.path)}</code></td><td>${escapeHtml(KIND_LABEL[item.kind] ?? item.kind)}</td><td>${escapeHtml(item.title)}</td></tr>`,
    )
    .join('');
  const goldenProblems = golden.problems
    .map(
      (problem) =>
        `<li><code>${escapeHtml(problem.file)}:${problem.line}</code> ${escapeHtml(problem.message)}</li>`,
    )
    .join('');
  return `
<section aria-labelledby="versie"><h2 id="versie">Versie in gebruik</h2>
<p>Versie <code>${escapeHtml(status.version)}</code>, geladen op ${escapeHtml(when(status.loadedAt))}: ${status.files} bestanden, ${status.passages} passages, uit <code>${escapeHtml(status.dir)}</code>.</p>
${reloadLine}
${trainingLine}
<table><caption class="skip">Bestanden per soort</caption><thead><tr><th scope="col">Soort</th><th scope="col">Bestanden</th></tr></thead><tbody>
${[...kinds.entries()].map(([kind, count]) => `<tr><td>${escapeHtml(KIND_LABEL[kind] ?? kind)}</td><td>${count}</td></tr>`).join('')}
</tbody></table></section>
<section aria-labelledby="problemen"><h2 id="problemen">Problemen (${unique.length})</h2>
${unique.length ? `<table><thead><tr><th scope="col">Bestand:regel</th><th scope="col">Soort</th><th scope="col">Wat er mis is</th><th scope="col">In</th></tr></thead><tbody>${problemRows}</tbody></table>` : '<p class="ok">Geen problemen.</p>'}
</section>
<section aria-labelledby="verlopen"><h2 id="verlopen">Te lang niet gecontroleerd (${stale.length})</h2>
<p>Bestanden die langer dan ${staleAfterDays} dagen niet zijn gecontroleerd. Gebruikers zien bij deze bronnen een waarschuwing.</p>
${stale.length ? `<table><thead><tr><th scope="col">Bestand</th><th scope="col">Gecontroleerd op</th><th scope="col">Eigenaar</th></tr></thead><tbody>${stale.map((document) => `<tr><td><code>${escapeHtml(document.path)}</code></td><td>${escapeHtml(document.meta.reviewed)}</td><td>${escapeHtml(document.meta.owner)}</td></tr>`).join('')}</tbody></table>` : '<p class="ok">Alle bestanden zijn op tijd gecontroleerd.</p>'}
</section>
<section aria-labelledby="toets"><h2 id="toets">Wacht op juridische toets (${review.concept})</h2>
<p>${review.reviewed} bestand(en) juridisch getoetst, ${review.concept} concept. Een antwoord dat op een conceptbestand rust, zegt dat in één regel. Juridische Zaken zet na de toets in het bestand: <code>review: { status: juridisch-getoetst, reviewer: "&lt;rol&gt;", date: JJJJ-MM-DD }</code>.</p>
${review.concept ? `<details><summary>Toon de ${review.concept} bestanden</summary><table><thead><tr><th scope="col">Bestand</th><th scope="col">Soort</th><th scope="col">Titel</th></tr></thead><tbody>${waitingRows}</tbody></table></details>` : '<p class="ok">Alles is juridisch getoetst.</p>'}
</section>
<section aria-labelledby="gouden"><h2 id="gouden">Gouden vragen</h2>
<p>${golden.cases === 0 ? 'Er zijn nog geen gouden vragen (map <code>golden/</code>).' : `${golden.cases} vragen gecontroleerd: ${golden.failed === 0 ? '<span class="ok">alle antwoorden kloppen nog</span>' : `<span class="fout">${golden.failed} antwoord(en) veranderd</span>`}.`}</p>
${goldenProblems ? `<ul>${goldenProblems}</ul>` : ''}
</section>`;
}
