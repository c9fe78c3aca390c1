// Who may do what in the HR console: a POST must come from the console itself, every page but the login
// needs a session, and some pages are the admin's alone. Pages are framed for the login that sees them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../server/create-server.ts';
import type { AdminScope, AdminSession } from './admin-session.ts';
import { escapeHtml, page } from './html.ts';
import { isCrossSite } from './is-cross-site.ts';
import { type OrganisationStatus, scopeLabel } from './organisation-pages.ts';
import { redirect, send } from './respond.ts';

/** A console page's handler, with the scope of the session that asked. */
export type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
  scope: AdminScope,
) => Promise<void> | void;

export function loginPage(message?: string): string {
  return page(
    'Inloggen',
    '',
    `${message ? `<p class="melding" role="alert">${escapeHtml(message)}</p>` : ''}
<form method="post" action="/admin/login">
<label for="token">Beheertoken</label>
<input id="token" name="token" type="password" autocomplete="current-password" required size="40">
<button type="submit">Inloggen</button>
</form>`,
    { loggedIn: false },
  );
}

export function createConsoleAccess(
  session: AdminSession,
  now: () => Date,
  statuses: () => OrganisationStatus[],
) {
  /** Refuses a POST that did not come from the console itself (another site, a sibling domain). */
  const sameSite =
    (handler: Route['handle']): Route['handle'] =>
    (request, response) => {
      if (request.method === 'POST' && isCrossSite(request)) {
        send(response, 403, loginPage('Dit verzoek kwam niet van het beheerscherm zelf.'));
        return;
      }
      return handler(request, response);
    };

  /** A page that needs a session: without one, GET goes to the login and POST gets 401. */
  const guarded = (handler: Handler): Route['handle'] =>
    sameSite(async (request, response) => {
      const scope = await session.scopeOfRequest(request, now().getTime());
      if (!scope) {
        if (request.method === 'GET') redirect(response, '/admin/login');
        else
          send(
            response,
            401,
            page('Niet ingelogd', '', '<p>Log eerst in.</p><p><a href="/admin/login">Naar inloggen</a></p>', {
              loggedIn: false,
            }),
          );
        return;
      }
      await handler(request, response, scope);
    });

  /** A page of the console, framed for the login that sees it. */
  const show = (response: ServerResponse, scope: AdminScope, title: string, current: string, body: string) =>
    send(response, 200, page(title, current, body, { who: scopeLabel(scope, statuses()) }));

  /** 403: not for this login; 400: an organisation that is no organisation id. */
  const refuse = (response: ServerResponse, scope: AdminScope, status: 400 | 403, current: string) =>
    send(
      response,
      status,
      page(
        status === 403 ? 'Geen toegang' : 'Onbekende organisatie',
        current,
        status === 403
          ? '<p>Dit kan alleen de beheerder van de Uitingswijzer: het gaat over de gedeelde kennis of over een andere organisatie dan de jouwe.</p>'
          : '<p>Kies een organisatie uit de lijst.</p>',
        { who: scopeLabel(scope, statuses()) },
      ),
    );

  /** Only the admin: what changes or shows the shared knowledge or other organisations' data. */
  const adminOnly =
    (current: string, handler: Handler): Handler =>
    (request, response, scope) =>
      scope.role === 'admin' ? handler(request, response, scope) : refuse(response, scope, 403, current);

  return { sameSite, guarded, show, refuse, adminOnly };
}
