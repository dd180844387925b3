import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../kernel/index.js';
import { pageQuery, requirePrincipal, type KontorApp } from '../../platform/http/index.js';
import type { AccountService } from './account-service.js';
import { accessClaimsOf } from './authenticator.js';
import * as s from './auth-schemas.js';
import type { AuthService, Grant, RequestMeta } from './auth-service.js';
import { clearSessionCookies, cookieCredentials, isWebClient, setSessionCookies, type CookiePolicy } from './cookies.js';
import { refreshTokenRequired, userRequired } from './domain/errors.js';
import { loginBody, switchTenantBody } from './schemas.js';
import { MAX_ACTIVE_SESSIONS } from './sessions.js';

export function metaOf(request: FastifyRequest): RequestMeta {
  const agent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof agent === 'string' ? agent.slice(0, 512) : null, requestId: request.id, web: isWebClient(request) };
}

/** 429 answers carry `Retry-After` (the problem handler keeps headers set before the error). */
export async function withRetryAfter<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error) && typeof error.extra.retryAfterSeconds === 'number') reply.header('retry-after', String(error.extra.retryAfterSeconds));
    throw error;
  }
}

/**
 * Responses of these routes carry credentials: they must never be stored for idempotent replay,
 * so an `Idempotency-Key` on them is ignored (dropped before the idempotency hook sees it).
 */
export async function ignoreIdempotencyKey(request: FastifyRequest): Promise<void> {
  delete request.headers['idempotency-key'];
}

export function requireUserSession(request: FastifyRequest): { userId: string; sessionId: string } {
  const principal = requirePrincipal(request);
  const claims = accessClaimsOf(request);
  if (principal.type !== 'user' || !claims) throw userRequired();
  return { userId: principal.id, sessionId: claims.sessionId };
}

function grantBody(grant: Grant, web: boolean) {
  return {
    accessToken: grant.accessToken,
    tokenType: grant.tokenType,
    expiresIn: grant.expiresIn,
    sessionId: grant.sessionId,
    ...(grant.refreshToken && !web && { refreshToken: grant.refreshToken }),
    ...(grant.refreshExpiresAt && { refreshExpiresAt: new Date(grant.refreshExpiresAt).toISOString() }),
    ...(grant.csrfToken && { csrfToken: grant.csrfToken }),
    user: grant.user,
    tenant: grant.tenant,
  };
}

export interface AuthRouteDeps {
  auth: AuthService;
  accounts: AccountService;
  cookies: CookiePolicy;
}

export function authRoutes(app: KontorApp, { auth, accounts, cookies }: AuthRouteDeps): void {
  /** Web clients get the refresh token and CSRF token as cookies; API clients in the body. */
  function sendGrant(request: FastifyRequest, reply: FastifyReply, grant: Grant, web = isWebClient(request)) {
    if (web && grant.refreshToken && grant.csrfToken && grant.refreshExpiresAt) {
      setSessionCookies(request, reply, cookies, { refreshToken: grant.refreshToken, csrfToken: grant.csrfToken, expiresAt: new Date(grant.refreshExpiresAt) });
    }
    reply.header('cache-control', 'no-store');
    return grantBody(grant, web);
  }

  /** The refresh token from the body, else from the cookie (then with its CSRF echo). */
  function refreshCredentials(request: FastifyRequest, body: { refreshToken?: string | undefined } | null | undefined) {
    if (body?.refreshToken) return { refreshToken: body.refreshToken, csrf: undefined };
    return cookieCredentials(request);
  }

  app.post(
    '/api/v1/auth/register',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Create an account; a verification code is mailed (the answer is the same whether or not the address already has an account)',
        body: s.registerBody,
        response: { 202: s.acceptedResponse },
      },
    },
    async (request, reply) => {
      await withRetryAfter(reply, () => accounts.register(request.body, metaOf(request)));
      return reply.code(202).send({ status: 'verification_sent', detail: 'If the address can be used, a verification code is on its way' });
    },
  );

  app.post(
    '/api/v1/auth/verify-otp',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Check a mailed one-time code: verify_email uses it up and verifies the address; reset_password only checks it',
        body: s.verifyCodeBody,
        response: { 200: s.verifiedResponse },
      },
    },
    async (request, reply) => {
      await withRetryAfter(reply, () => accounts.verifyCode(request.body, metaOf(request)));
      return { purpose: request.body.purpose, verified: true as const };
    },
  );

  app.post(
    '/api/v1/auth/resend-verification',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Mail a new email verification code', body: s.emailOnlyBody, response: { 202: s.acceptedResponse } },
    },
    async (request, reply) => {
      await withRetryAfter(reply, () => accounts.resendVerification(request.body.email, metaOf(request)));
      return reply.code(202).send({ status: 'code_sent', detail: 'If the address has an unverified account, a new code is on its way' });
    },
  );

  app.post(
    '/api/v1/auth/forgot-password',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Mail a one-time password reset code', body: s.emailOnlyBody, response: { 202: s.acceptedResponse } },
    },
    async (request, reply) => {
      await withRetryAfter(reply, () => accounts.forgotPassword(request.body.email, metaOf(request)));
      return reply.code(202).send({ status: 'code_sent', detail: 'If the address has an account, a reset code is on its way' });
    },
  );

  app.post(
    '/api/v1/auth/reset-password',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a mailed reset code; ends every session of the account',
        body: s.resetPasswordBody,
        response: { 200: s.resetResponse },
      },
    },
    async (request, reply) => {
      const { sessionsEnded } = await withRetryAfter(reply, () => accounts.resetPassword(request.body, metaOf(request)));
      return { status: 'password_reset' as const, sessionsEnded };
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true },
      onRequest: ignoreIdempotencyKey,
      schema: {
        tags: ['auth'],
        summary:
          'Sign in with email and password (send X-Kontor-Client: web for the cookie flow). With two-factor on, the answer is 202 with a challenge for /login/2fa instead of tokens',
        body: loginBody,
        response: { 200: s.grantResponse, 202: s.challengeResponse },
      },
    },
    async (request, reply) => {
      const { email, password, tenantId } = request.body;
      const outcome = await withRetryAfter(reply, () => auth.login(email, password, tenantId, metaOf(request)));
      if ('mfaRequired' in outcome) {
        reply.header('cache-control', 'no-store');
        return reply.code(202).send({
          mfaRequired: true as const,
          challenge: outcome.challenge,
          expiresAt: outcome.expiresAt.toISOString(),
          methods: ['totp' as const, 'recovery_code' as const],
        });
      }
      return sendGrant(request, reply, outcome);
    },
  );

  app.post(
    '/api/v1/auth/login/2fa',
    {
      config: { public: true },
      onRequest: ignoreIdempotencyKey,
      schema: {
        tags: ['auth'],
        summary: 'Second sign-in step: the challenge from /login and a code from the authenticator app (or a recovery code); answers like /login',
        body: s.secondFactorBody,
        response: { 200: s.grantResponse },
      },
    },
    async (request, reply) => {
      const { challenge, code, recoveryCode } = request.body;
      const factor = code !== undefined ? { code } : { recoveryCode: recoveryCode ?? '' };
      const grant = await withRetryAfter(reply, () => auth.loginWithSecondFactor(challenge, factor, metaOf(request)));
      return sendGrant(request, reply, grant);
    },
  );

  app.post(
    '/api/v1/auth/refresh',
    {
      config: { public: true },
      onRequest: ignoreIdempotencyKey,
      schema: {
        tags: ['auth'],
        summary: 'Trade a refresh token (body, or the web cookie plus X-CSRF-Token) for new tokens; each refresh token works once',
        body: s.refreshBody,
        response: { 200: s.grantResponse },
      },
    },
    async (request, reply) => {
      const credentials = refreshCredentials(request, request.body);
      if (!credentials) throw refreshTokenRequired();
      // A refresh through the cookie stays in the cookie flow, header or not.
      const meta = { ...metaOf(request), web: isWebClient(request) || credentials.csrf !== undefined };
      try {
        return sendGrant(request, reply, await auth.refresh(credentials.refreshToken, meta, credentials.csrf), meta.web);
      } catch (error) {
        if (credentials.csrf !== undefined && isAppError(error) && error.status === 401) clearSessionCookies(request, reply, cookies);
        throw error;
      }
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'End the session: of the bearer token, else of the refresh token in the body or the web cookie',
        body: s.refreshBody,
        response: { 204: s.noContent },
      },
    },
    async (request, reply) => {
      const meta = metaOf(request);
      if (request.principal) {
        const { userId, sessionId } = requireUserSession(request);
        await auth.logout(userId, sessionId, meta);
      } else {
        const credentials = refreshCredentials(request, request.body);
        if (!credentials) throw new AppError('unauthenticated', 'AUTH.REQUIRED', 'Send an access token, a refresh token or the session cookie');
        await auth.logoutWithRefreshToken(credentials.refreshToken, meta, credentials.csrf);
      }
      clearSessionCookies(request, reply, cookies);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/switch-tenant',
    {
      config: { authenticated: true },
      onRequest: ignoreIdempotencyKey,
      schema: { tags: ['auth'], summary: 'Get a token for another tenant you belong to (same session)', body: switchTenantBody, response: { 200: s.grantResponse } },
    },
    async (request, reply) => {
      const { userId, sessionId } = requireUserSession(request);
      return sendGrant(request, reply, await auth.switchTenant(userId, sessionId, request.body.tenantId, metaOf(request)));
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    {
      config: { authenticated: true },
      schema: { tags: ['auth'], summary: `Your active sessions, newest first (at most ${MAX_ACTIVE_SESSIONS})`, response: { 200: s.sessionList } },
    },
    async (request) => {
      const { userId, sessionId } = requireUserSession(request);
      const sessions = await auth.listSessions(userId);
      return {
        items: sessions.map((x) => ({
          id: x.id,
          current: x.id === sessionId,
          createdAt: new Date(x.created_at).toISOString(),
          lastUsedAt: new Date(x.last_used_at).toISOString(),
          expiresAt: new Date(x.expires_at).toISOString(),
          ip: x.ip,
          userAgent: x.user_agent,
          actingTenantId: x.acting_tenant_id,
        })),
      };
    },
  );

  app.delete(
    '/api/v1/auth/sessions/:id',
    {
      config: { authenticated: true },
      schema: { tags: ['auth'], summary: 'End one of your sessions (its access and refresh tokens stop working)', params: s.sessionParams, response: { 204: s.noContent } },
    },
    async (request, reply) => {
      const { userId } = requireUserSession(request);
      await auth.revokeSession(userId, request.params.id, metaOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/security-events',
    {
      config: { authenticated: true },
      schema: {
        tags: ['auth'],
        summary: 'Your account security log: sign-ins, failed sign-ins, sign-outs, resets (newest first)',
        querystring: pageQuery,
        response: { 200: s.securityEventPage },
      },
    },
    async (request) => {
      const { userId } = requireUserSession(request);
      const page = await auth.securityEvents(userId, request.query);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((e) => ({
          id: e.id,
          type: e.type,
          sessionId: e.session_id,
          actingTenantId: e.acting_tenant_id,
          ip: e.ip,
          userAgent: e.user_agent,
          detail: e.detail,
          occurredAt: new Date(e.occurred_at).toISOString(),
        })),
      };
    },
  );
}
