// The HR console per organisation: which organisation's rows a page lists (a scoped login: always its own;
// the admin: all, one, or those without an organisation), and the organisations' own knowledge (overlays).
import type { IncomingMessage } from 'node:http';
import { ORGANISATION_ID_PATTERN } from '../core/organisation-id.ts';
import type { OrganisationFilter } from '../state/state-store.ts';
import type { AdminScope } from './admin-session.ts';
import { escapeHtml } from './html.ts';

/** An organisation's own knowledge as the knowledge store reports it. */
export type OrganisationStatus = {
  id: string;
  name: string;
  files: number;
  version: string;
  loadedAt: string;
  problems: string[];
};

/** The query value that lists the rows recorded without an organisation (no organisation id starts with "-"). */
const WITHOUT = '-';

export type ListChoice = { filter: OrganisationFilter } | { refused: 400 | 403 };

/**
 * Whose rows a page lists, from `?organisatie=`: a scoped login always gets its own, and asking for another
 * organisation's is refused (403); the admin gets all, one organisation's, or those without one (`-`).
 */
export function listChoice(request: IncomingMessage, scope: AdminScope): ListChoice {
  return organisationChoice(
    new URL(request.url ?? '/', 'http://console').searchParams.get('organisatie') || undefined,
    scope,
  );
}

/** The organisation a login asks for (`asked`: an id, `-` for none, undefined for all), as `listChoice`. */
export function organisationChoice(asked: string | undefined, scope: AdminScope): ListChoice {
  if (scope.role === 'organisation') {
    return asked === undefined || asked === scope.organisation
      ? { filter: scope.organisation }
      : { refused: 403 };
  }
  if (asked === undefined) return { filter: undefined };
  if (asked === WITHOUT) return { filter: null };
  return ORGANISATION_ID_PATTERN.test(asked) ? { filter: asked } : { refused: 400 };
}

/** The admin's choice of organisation above a list (a GET form, so the choice is in the address). */
export function filterForm(
  action: string,
  filter: OrganisationFilter,
  statuses: OrganisationStatus[],
): string {
  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const known = statuses.map((status) => status.id);
  const ids = filter && !known.includes(filter) ? [...known, filter] : known;
  return `<form method="get" action="${action}"><label for="organisatie">Organisatie</label>
<select id="organisatie" name="organisatie">${option('', 'Alle organisaties', filter === undefined)}${ids
    .map((id) => option(id, nameOf(id, statuses), filter === id))
    .join('')}${option(WITHOUT, 'Zonder organisatie', filter === null)}</select>
<button type="submit">Toon</button></form>`;
}

/** An organisation's display name, or its id when the knowledge does not name it. */
export function nameOf(id: string | undefined, statuses: OrganisationStatus[]): string {
  if (id === undefined) return 'zonder organisatie';
  return statuses.find((status) => status.id === id)?.name ?? id;
}

/** Who is logged in, for the page header. */
export function scopeLabel(scope: AdminScope, statuses: OrganisationStatus[]): string {
  return scope.role === 'admin' ? 'beheerder (alle organisaties)' : nameOf(scope.organisation, statuses);
}

const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' });
};

/** The organisations' own knowledge: files, version, when loaded, and what is wrong with it. */
export function organisationTable(statuses: OrganisationStatus[]): string {
  if (statuses.length === 0) return '<p>Er is (nog) geen eigen kennis van een organisatie geladen.</p>';
  const rows = statuses
    .map(
      (status) =>
        `<tr><th scope="row">${escapeHtml(status.name)} <code>${escapeHtml(status.id)}</code></th><td>${status.files}</td><td><code>${escapeHtml(status.version)}</code></td><td>${escapeHtml(when(status.loadedAt))}</td><td>${
          status.problems.length
            ? `<ul>${status.problems.map((problem) => `<li class="fout">${escapeHtml(problem)}</li>`).join('')}</ul>`
            : '<span class="ok">Geen problemen</span>'
        }</td></tr>`,
    )
    .join('');
  return `<table><caption>Eigen kennis per organisatie</caption><thead><tr><th scope="col">Organisatie</th><th scope="col">Bestanden</th><th scope="col">Versie</th><th scope="col">Geladen op</th><th scope="col">Problemen</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The status page of a login scoped to one organisation: its own knowledge, and the shared version. */
export function ownStatusPage(
  organisation: string,
  statuses: OrganisationStatus[],
  sharedVersion: string,
): string {
  const own = statuses.filter((status) => status.id === organisation);
  return `<p>Je bent ingelogd voor <strong>${escapeHtml(nameOf(organisation, statuses))}</strong>. Je ziet hier de eigen kennis van je organisatie, en bij Kennisgaten en Feedback alleen wat jouw organisatie betreft. De gedeelde kennis (versie <code>${escapeHtml(sharedVersion)}</code>) beheert de beheerder.</p>
${own.length ? organisationTable(own) : '<p>Voor jouw organisatie is (nog) geen eigen kennis geladen.</p>'}`;
}
