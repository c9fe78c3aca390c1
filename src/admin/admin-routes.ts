// The HR console at /admin: login with a configured token, then four pages (knowledge status, try it,
// knowledge gaps, feedback). Server-rendered HTML, forms without script; every page but the login needs
// a valid session. The admin (ADMIN_TOKEN) sees every organisation. A login for one organisation
// (ADMIN_ORGANISATION_TOKENS) sees its own gaps, feedback and knowledge, and tries as its own users; what
// concerns the shared knowledge or other organisations is refused (403): the shared status page (every file's
// problems, owners and the folder), another organisation's rows, and labelling an example (which trains the
// second opinion every organisation is answered with).
import type { ServerResponse } from 'node:http';
import { type Bot, type BotOptions, createBot } from '../core/create-bot.ts';
import { profileSchema } from '../core/types.ts';
import { verdictSchema } from '../core/vocabulary.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { type KnowledgeStore, staticKnowledgeStore } from '../knowledge/knowledge-store.ts';
import { type GoldenResult, runGoldenQuestions } from '../knowledge/run-golden-questions.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { Route } from '../server/create-server.ts';
import type { StateStore } from '../state/state-store.ts';
import { type AdminScope, createAdminSession } from './admin-session.ts';
import { createConsoleAccess, loginPage } from './console-access.ts';
import { escapeHtml, page } from './html.ts';
import { examplePage, feedbackPage, gapsPage, type ListView, themeOf } from './insight-pages.ts';
import { createLoginLimit } from './login-limit.ts';
import {
  filterForm,
  listChoice,
  nameOf,
  type OrganisationStatus,
  organisationChoice,
  organisationTable,
  ownStatusPage,
} from './organisation-pages.ts';
import { readForm, redirect, send } from './respond.ts';
import { statusPage } from './status-page.ts';
import { type TryInput, tryForm, tryResult } from './try-page.ts';

export interface AdminOptions {
  /** ADMIN_TOKEN; without it the console is off. */
  token: string | undefined;
  /** ADMIN_ORGANISATION_TOKENS: logins scoped to one organisation, by organisation id. */
  organisationTokens?: ReadonlyMap<string, string>;
  /**
   * The organisations' own knowledge (overlays), from the knowledge store; without it the console shows
   * none. A scoped login sees its own row only.
   */
  organisationStatuses?: () => Array<{
    id: string;
    name: string;
    files: number;
    version: string;
    loadedAt: string;
    problems: string[];
  }>;
  /** How try-it answers: the live bot's settings, without a store (tries are not recorded). */
  botOptions?: Omit<
    BotOptions,
    'knowledge' | 'state' | 'onHandled' | 'onFeedback' | 'rateLimitPerMinute' | 'rateLimitPerAddressPerMinute'
  >;
  knowledge: KnowledgeStore;
  state: StateStore;
  logger: Logger;
  staleAfterDays: number;
  now?: () => Date;
}

/** The pages show the newest this many gaps and reactions. */
const LIST_LIMIT = 2000;

export function createAdminRoutes(options: AdminOptions): Route[] {
  const now = options.now ?? (() => new Date());
  const paths = [
    '/admin',
    '/admin/login',
    '/admin/logout',
    '/admin/proberen',
    '/admin/kennisgaten',
    '/admin/voorbeeld',
    '/admin/feedback',
  ];
  if (!options.token) {
    const off: Route['handle'] = (_request, response) =>
      send(
        response,
        404,
        page(
          'Beheer staat uit',
          '',
          '<p>Het beheerscherm staat uit. Zet <code>ADMIN_TOKEN</code> in de instellingen om het aan te zetten.</p>',
          { loggedIn: false },
        ),
      );
    return paths.flatMap((path) => [
      { method: 'GET' as const, path, handle: off },
      { method: 'POST' as const, path, handle: off },
    ]);
  }
  const { knowledge, state, logger } = options;
  const session = createAdminSession(
    { admin: options.token, organisations: options.organisationTokens ?? new Map() },
    state,
  );
  const statuses = (): OrganisationStatus[] => options.organisationStatuses?.() ?? [];
  const { sameSite, guarded, show, refuse, adminOnly } = createConsoleAccess(session, now, statuses);
  logger.info('HR console on at /admin');
  // Login attempts, counted before each is checked: per address and token start, and per address.
  const loginLimit = createLoginLimit(options.token, state);
  // Themes of gap questions per knowledge version: one search per question, not one per page view.
  let themes = { version: '', byQuestion: new Map<string, string>() };

  // Golden results and the try-it bot per knowledge version (computed once per version).
  let cached: { version: string; golden: GoldenResult; bot: Bot } | undefined;
  const forVersion = async (current: KnowledgeBase) => {
    if (cached?.version !== current.version) {
      cached = {
        version: current.version,
        golden: await runGoldenQuestions(current, now()),
        // The shared snapshot, with the organisations' knowledge in service: a try as an organisation
        // answers with its overlay, as its users are answered.
        bot: createBot({
          ...options.botOptions,
          knowledge: {
            ...staticKnowledgeStore(current),
            organisation: (id) => knowledge.organisation(id),
            recogniseOrganisation: (workspace) => knowledge.recogniseOrganisation(workspace),
            organisationStatuses: () => knowledge.organisationStatuses(),
          },
          now,
        }),
      };
    }
    return cached;
  };

  /** How a list shows its rows: the admin labels questions and sees each row's organisation. */
  const listView = (scope: AdminScope): ListView =>
    scope.role === 'admin'
      ? { labelForms: true, organisationName: (id) => nameOf(id, statuses()) }
      : { labelForms: false };

  const showTry = async (response: ServerResponse, scope: AdminScope, input?: TryInput) => {
    const current = knowledge.current();
    const as = scope.role === 'organisation' ? scope.organisation : input?.organisation;
    let result = '';
    if (input) {
      const { bot } = await forVersion(current);
      const reply = await bot.handle({
        channel: 'http',
        text: input.text,
        command: input.mode === 'concept' ? 'check' : 'ask',
        userId: 'admin',
        conversationId: `admin-${Math.random()}`,
        ...(input.profile ? { profile: input.profile } : {}),
        // As that organisation's users are answered (a login for one organisation: always its own).
        ...(input.organisation ? { organisation: input.organisation } : {}),
      });
      result = tryResult(input, reply, current, { wholeKnowledge: scope.role === 'admin' });
    }
    show(
      response,
      scope,
      'Probeer het',
      '/admin/proberen',
      `<p>Stel een vraag of toets een concept tegen de kennis die nu in gebruik is (versie <code>${escapeHtml(current.version)}</code>). Wat je hier probeert, telt niet mee in de kennisgaten.</p>${as ? `<p>Je krijgt het antwoord dat een medewerker van <strong>${escapeHtml(nameOf(as, statuses()))}</strong> krijgt.</p>` : ''}${tryForm(input, scope.role === 'admin' ? statuses() : [])}${result}`,
    );
  };

  return [
    {
      method: 'GET',
      path: '/admin/login',
      handle: (_request, response) => send(response, 200, loginPage()),
    },
    {
      method: 'POST',
      path: '/admin/login',
      handle: sameSite(async (request, response) => {
        const address = request.socket.remoteAddress ?? 'unknown';
        const candidate = (await readForm(request)).get('token') ?? '';
        const attempt = await loginLimit.attempt(address, candidate);
        if (!attempt.allowed) {
          logger.warn({ source: address, limit: attempt.limit }, 'admin login limited');
          send(
            response,
            429,
            loginPage('Te veel pogingen om in te loggen. Wacht een minuut en probeer het opnieuw.'),
          );
          return;
        }
        const scope = session.scopeOf(candidate);
        if (!scope) {
          logger.warn({ source: address }, 'admin login refused');
          send(response, 401, loginPage('Dat token klopt niet.'));
          return;
        }
        logger.info(
          { source: address, ...(scope.role === 'organisation' ? { organisation: scope.organisation } : {}) },
          'admin login',
        );
        redirect(response, '/admin', session.issue(scope, now().getTime()));
      }),
    },
    {
      method: 'POST',
      path: '/admin/logout',
      handle: sameSite(async (request, response) => {
        redirect(response, '/admin/login', await session.revoke(request, now().getTime()));
      }),
    },
    {
      method: 'GET',
      path: '/admin',
      handle: guarded(async (_request, response, scope) => {
        const current = knowledge.current();
        if (scope.role === 'organisation') {
          show(
            response,
            scope,
            'Kennisstatus',
            '/admin',
            ownStatusPage(scope.organisation, statuses(), current.version),
          );
          return;
        }
        const { golden } = await forVersion(current);
        show(
          response,
          scope,
          'Kennisstatus',
          '/admin',
          `${statusPage(knowledge.status(), current, golden, options.staleAfterDays, now())}
<section aria-labelledby="organisaties"><h2 id="organisaties">Organisaties</h2>${organisationTable(statuses())}</section>`,
        );
      }),
    },
    {
      method: 'GET',
      path: '/admin/proberen',
      handle: guarded((_request, response, scope) => showTry(response, scope)),
    },
    {
      method: 'POST',
      path: '/admin/proberen',
      handle: guarded(async (request, response, scope) => {
        const form = await readForm(request);
        const portfolio = (form.get('portfolio') ?? '')
          .split(',')
          .map((topic) => topic.trim())
          .filter(Boolean);
        const profile = profileSchema.safeParse({
          ...(form.get('sector') ? { sector: form.get('sector') } : {}),
          ...(portfolio.length ? { portfolio } : {}),
        });
        // A login for one organisation tries as its own; asking for another's is refused (403).
        const choice = organisationChoice(form.get('organisation') || undefined, scope);
        if ('refused' in choice) return refuse(response, scope, choice.refused, '/admin/proberen');
        await showTry(response, scope, {
          organisation: typeof choice.filter === 'string' ? choice.filter : undefined,
          text: (form.get('text') ?? '').slice(0, 4000),
          mode: form.get('mode') === 'concept' ? 'concept' : 'vraag',
          profile: profile.success && Object.keys(profile.data).length ? profile.data : undefined,
        });
      }),
    },
    {
      method: 'GET',
      path: '/admin/kennisgaten',
      handle: guarded(async (request, response, scope) => {
        const choice = listChoice(request, scope);
        if ('refused' in choice) return refuse(response, scope, choice.refused, '/admin/kennisgaten');
        const gaps = await state.listKnowledgeGaps(LIST_LIMIT, choice.filter);
        const current = knowledge.current();
        if (themes.version !== current.version) themes = { version: current.version, byQuestion: new Map() };
        const themeFor = (question: string | undefined) => {
          const key = question ?? '';
          let theme = themes.byQuestion.get(key);
          if (theme === undefined) {
            theme = themeOf(current, question);
            themes.byQuestion.set(key, theme);
          }
          return theme;
        };
        show(
          response,
          scope,
          'Kennisgaten',
          '/admin/kennisgaten',
          `${scope.role === 'admin' ? filterForm('/admin/kennisgaten', choice.filter, statuses()) : ''}${gapsPage(gaps, themeFor, now(), LIST_LIMIT, listView(scope))}`,
        );
      }),
    },
    {
      method: 'POST',
      path: '/admin/voorbeeld',
      handle: guarded(
        adminOnly('/admin/kennisgaten', async (request, response) => {
          const form = await readForm(request);
          const question = (form.get('question') ?? '').trim().slice(0, 4000);
          const verdict = form.get('verdict') ?? '';
          const valid = verdictSchema.safeParse(verdict);
          if (!question || !valid.success) {
            send(
              response,
              400,
              page(
                'Label dit',
                '/admin/kennisgaten',
                '<p>Kies een vraag uit de kennisgaten en een oordeel.</p>',
              ),
            );
            return;
          }
          send(response, 200, page('Label dit', '/admin/kennisgaten', examplePage(question, valid.data)));
        }),
      ),
    },
    {
      method: 'GET',
      path: '/admin/feedback',
      handle: guarded(async (request, response, scope) => {
        const choice = listChoice(request, scope);
        if ('refused' in choice) return refuse(response, scope, choice.refused, '/admin/feedback');
        const feedback = await state.listFeedback(LIST_LIMIT, choice.filter);
        show(
          response,
          scope,
          'Feedback',
          '/admin/feedback',
          `${scope.role === 'admin' ? filterForm('/admin/feedback', choice.filter, statuses()) : ''}${feedbackPage(feedback, now(), LIST_LIMIT, listView(scope))}`,
        );
      }),
    },
  ];
}
