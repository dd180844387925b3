import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isAppError } from '../../kernel/index.js';
import type { KontorApp } from '../../platform/http/index.js';
import type { ModuleContext } from '../../platform/module.js';
import type { RequestMeta } from './auth-service.js';
import { cookiePolicy, setSessionCookies, type CookiePolicy } from './cookies.js';
import { OidcProviders } from './oidc-client.js';
import { OIDC_STATE_TTL_MS, OidcService, type OidcTwoFactor } from './oidc-service.js';
import type { SessionGuard } from './sessions.js';
import type { AuthThrottle } from './throttle.js';

/**
 * The state and PKCE verifier of a started sign-in, kept by the browser that started it (so a
 * callback works only there: no login CSRF). httpOnly; SameSite=Lax
 * because the callback is a top-level navigation coming from the provider's site, which a Strict
 * cookie would not accompany. Scoped to the OIDC routes and gone after the callback.
 */
export const OIDC_STATE_COOKIE = 'kontor_oidc_state';
const OIDC_COOKIE_PATH = '/api/v1/auth/oidc';
const SIGN_IN_PAGE = '/sign-in';

const providerParams = z.object({ provider: z.string().regex(/^[a-z][a-z0-9]{0,31}$/) });
const startQuery = z.object({ redirect: z.string().max(512).optional().describe('A path of the web app to return to after signing in') });
/** What providers send back; other parameters are passed through to the code exchange untouched. */
const callbackQuery = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(2048).optional(),
});
const providerList = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), startUrl: z.string() })) });
const redirect = z.null().describe('302 to the provider, or back to the web app (to the sign-in page with `notice` and `oidcError` when it failed)');

function metaOf(request: FastifyRequest): RequestMeta {
  const agent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof agent === 'string' ? agent.slice(0, 512) : null, requestId: request.id, web: true };
}

function redirectTo(reply: FastifyReply, location: string) {
  return reply.code(302).header('cache-control', 'no-store').header('location', location).send();
}

/** A refused or failed browser sign-in lands on the sign-in page; unexpected errors stay 500s. */
function failed(reply: FastifyReply, error: unknown) {
  if (!isAppError(error)) throw error;
  return redirectTo(reply, `${SIGN_IN_PAGE}?${new URLSearchParams({ notice: error.message, oidcError: error.code }).toString()}`);
}

export interface OidcRouteDeps {
  sessions: SessionGuard;
  throttle: AuthThrottle;
  twoFactor?: OidcTwoFactor;
}

export function oidcRoutes(app: KontorApp, ctx: ModuleContext, deps: OidcRouteDeps): OidcService {
  const providers = new OidcProviders(ctx.config.oidcProviders);
  const service = new OidcService(ctx.db, providers, deps.sessions, deps.throttle, ctx.config.publicUrl, ctx.logger, deps.twoFactor);
  const cookies: CookiePolicy = cookiePolicy(ctx.config.publicUrl);
  const stateCookie = (request: FastifyRequest) =>
    ({ httpOnly: true, secure: cookies.secure(request), sameSite: 'lax', path: OIDC_COOKIE_PATH }) as const;

  app.get(
    '/api/v1/auth/oidc/providers',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'OpenID Connect providers you can sign in with (none when none is configured)', response: { 200: providerList } },
    },
    async () => ({
      items: service.listProviders().map((p) => ({ ...p, startUrl: `/api/v1/auth/oidc/${p.id}/start` })),
    }),
  );

  app.get(
    '/api/v1/auth/oidc/:provider/start',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Start signing in with an OpenID Connect provider (a browser navigation; answers 302 to the provider)',
        params: providerParams,
        querystring: startQuery,
        response: { 302: redirect },
      },
    },
    async (request, reply) => {
      try {
        const started = await service.start(request.params.provider, request.query.redirect, metaOf(request));
        reply.setCookie(OIDC_STATE_COOKIE, started.browserSecret, { ...stateCookie(request), maxAge: OIDC_STATE_TTL_MS / 1000 });
        return redirectTo(reply, started.location);
      } catch (error) {
        return failed(reply, error);
      }
    },
  );

  app.get(
    '/api/v1/auth/oidc/:provider/callback',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Where the provider sends the browser back: signs in (web session cookies) and redirects to the web app',
        params: providerParams,
        querystring: callbackQuery,
        response: { 302: redirect },
      },
    },
    async (request, reply) => {
      const browserSecret = request.cookies[OIDC_STATE_COOKIE];
      reply.clearCookie(OIDC_STATE_COOKIE, stateCookie(request));
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      try {
        const signedIn = await service.complete(request.params.provider, search, browserSecret, metaOf(request));
        if ('secondFactor' in signedIn) {
          // In the fragment: the challenge never reaches a server log on its way to the code step.
          const fragment = new URLSearchParams({ mfa: signedIn.secondFactor.challenge, redirect: signedIn.returnTo });
          return redirectTo(reply, `${SIGN_IN_PAGE}#${fragment.toString()}`);
        }
        setSessionCookies(request, reply, cookies, { refreshToken: signedIn.refreshToken, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt });
        return redirectTo(reply, signedIn.returnTo);
      } catch (error) {
        return failed(reply, error);
      }
    },
  );

  return service;
}
