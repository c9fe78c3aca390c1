// The HR console at /admin: login with the configured token, then four pages (knowledge status, try it,
// knowledge gaps, feedback). Server-rendered HTML, forms without script; every page but the login needs
// a valid session.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Bot, type BotOptions, createBot } from '../core/create-bot.ts';
import { profileSchema } from '../core/types.ts';
import { verdictSchema } from '../core/vocabulary.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { type KnowledgeStore, staticKnowledgeStore } from '../knowledge/knowledge-store.ts';
import { type GoldenResult, runGoldenQuestions } from '../knowledge/run-golden-questions.ts';
import type { Logger } from '../logging/create-logger.ts';
import type { Route } from '../server/create-server.ts';
import { readRawBody } from '../server/read-json-body.ts';
import type { StateStore } from '../state/state-store.ts';
import { createAdminSession } from './admin-session.ts';
import { escapeHtml, page } from './html.ts';
import { examplePage, feedbackPage, gapsPage, themeOf } from './insight-pages.ts';
import { isCrossSite } from './is-cross-site.ts';
import { createLoginLimit } from './login-limit.ts';
import { statusPage } from './status-page.ts';
import { type TryInput, tryForm, tryResult } from './try-page.ts';

export interface AdminOptions {
  /** ADMIN_TOKEN; without it the console is off. */
  token: string | undefined;
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

const FORM_LIMIT = 32 * 1024;
/** The pages show the newest this many gaps and reactions. */
const LIST_LIMIT = 2000;

const SECURITY_HEADERS = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  // same-origin, not no-referrer: under no-referrer the browser sends "Origin: null" with the console's own
  // form posts, which the same-site check rightly refuses; other sites still get no referrer.
  'referrer-policy': 'same-origin',
};

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    ...SECURITY_HEADERS,
  });
  response.end(html);
}

function redirect(response: ServerResponse, location: string, cookie?: string): void {
  response.writeHead(303, {
    location,
    'cache-control': 'no-store',
    ...SECURITY_HEADERS,
    ...(cookie ? { 'set-cookie': cookie } : {}),
  });
  response.end();
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readRawBody(request, FORM_LIMIT)).toString('utf8'));
}

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
  const session = createAdminSession(options.token, state);
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
        bot: createBot({ ...options.botOptions, knowledge: staticKnowledgeStore(current), now }),
      };
    }
    return cached;
  };

  const guarded = (
    handler: (request: IncomingMessage, response: ServerResponse) => Promise<void> | void,
  ): Route['handle'] =>
    sameSite(async (request, response) => {
      if (!(await session.isValid(request, now().getTime()))) {
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
      await handler(request, response);
    });

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

  const loginPage = (message?: string) =>
    page(
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

  const showTry = async (response: ServerResponse, input?: TryInput) => {
    const current = knowledge.current();
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
      });
      result = tryResult(input, reply, current);
    }
    send(
      response,
      200,
      page(
        'Probeer het',
        '/admin/proberen',
        `<p>Stel een vraag of toets een concept tegen de kennis die nu in gebruik is (versie <code>${escapeHtml(current.version)}</code>). Wat je hier probeert, telt niet mee in de kennisgaten.</p>${tryForm(input)}${result}`,
      ),
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
        if (!session.tokenMatches(candidate)) {
          logger.warn({ source: address }, 'admin login refused');
          send(response, 401, loginPage('Dat token klopt niet.'));
          return;
        }
        logger.info({ source: address }, 'admin login');
        redirect(response, '/admin', session.issue(now().getTime()));
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
      handle: guarded(async (_request, response) => {
        const current = knowledge.current();
        const { golden } = await forVersion(current);
        send(
          response,
          200,
          page(
            'Kennisstatus',
            '/admin',
            statusPage(knowledge.status(), current, golden, options.staleAfterDays, now()),
          ),
        );
      }),
    },
    { method: 'GET', path: '/admin/proberen', handle: guarded((_request, response) => showTry(response)) },
    {
      method: 'POST',
      path: '/admin/proberen',
      handle: guarded(async (request, response) => {
        const form = await readForm(request);
        const portfolio = (form.get('portfolio') ?? '')
          .split(',')
          .map((topic) => topic.trim())
          .filter(Boolean);
        const profile = profileSchema.safeParse({
          ...(form.get('sector') ? { sector: form.get('sector') } : {}),
          ...(portfolio.length ? { portfolio } : {}),
        });
        await showTry(response, {
          text: (form.get('text') ?? '').slice(0, 4000),
          mode: form.get('mode') === 'concept' ? 'concept' : 'vraag',
          profile: profile.success && Object.keys(profile.data).length ? profile.data : undefined,
        });
      }),
    },
    {
      method: 'GET',
      path: '/admin/kennisgaten',
      handle: guarded(async (_request, response) => {
        const gaps = await state.listKnowledgeGaps(LIST_LIMIT);
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
        send(
          response,
          200,
          page('Kennisgaten', '/admin/kennisgaten', gapsPage(gaps, themeFor, now(), LIST_LIMIT)),
        );
      }),
    },
    {
      method: 'POST',
      path: '/admin/voorbeeld',
      handle: guarded(async (request, response) => {
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
    },
    {
      method: 'GET',
      path: '/admin/feedback',
      handle: guarded(async (_request, response) => {
        const feedback = await state.listFeedback(LIST_LIMIT);
        send(response, 200, page('Feedback', '/admin/feedback', feedbackPage(feedback, now(), LIST_LIMIT)));
      }),
    },
  ];
}
