import { actorOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import { ignoreIdempotencyKey, metaOf, requireUserSession, withRetryAfter } from './auth-routes.js';
import { noContent } from './auth-schemas.js';
import { tenantNotFound } from './domain/errors.js';
import { tenantParams, tenantResponse } from './schemas.js';
import { tenantView, type IdentityService } from './service.js';
import type { TwoFactorPolicy } from './two-factor-policy.js';
import * as s from './two-factor-schemas.js';
import type { TwoFactorService } from './two-factor.js';

export interface TwoFactorRouteDeps {
  service: IdentityService;
  twoFactor: TwoFactorService;
  twoFactorPolicy: TwoFactorPolicy;
}

/** Two-factor enrolment and management for the signed-in user, and the tenant policy. */
export function twoFactorRoutes(app: KontorApp, { service, twoFactor, twoFactorPolicy }: TwoFactorRouteDeps): void {
  app.get(
    '/api/v1/auth/2fa',
    {
      config: { authenticated: true },
      schema: { tags: ['auth'], summary: 'Your two-factor authentication: on or off, recovery codes left, businesses that require it', response: { 200: s.statusResponse } },
    },
    async (request) => {
      const { userId } = requireUserSession(request);
      const status = await twoFactor.status(userId);
      return { ...status, enabledAt: status.enabledAt ? new Date(status.enabledAt).toISOString() : null };
    },
  );

  app.post(
    '/api/v1/auth/2fa/setup',
    {
      config: { authenticated: true },
      onRequest: ignoreIdempotencyKey,
      schema: {
        tags: ['auth'],
        summary: 'Start two-factor set-up (your password again): a new secret and its otpauth:// URI for the QR code; confirm with /2fa/enable',
        body: s.setupBody,
        response: { 200: s.setupResponse },
      },
    },
    async (request, reply) => {
      const { userId } = requireUserSession(request);
      const setup = await withRetryAfter(reply, () => twoFactor.setup(userId, request.body.password, metaOf(request)));
      reply.header('cache-control', 'no-store');
      return setup;
    },
  );

  app.post(
    '/api/v1/auth/2fa/enable',
    {
      config: { authenticated: true },
      onRequest: ignoreIdempotencyKey,
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor on with the first code from the app; answers the ten recovery codes, once',
        body: s.enableBody,
        response: { 200: s.recoveryCodesResponse },
      },
    },
    async (request, reply) => {
      const { userId } = requireUserSession(request);
      const { recoveryCodes } = await twoFactor.enable(userId, request.body.code, metaOf(request));
      reply.header('cache-control', 'no-store');
      return { enabled: true as const, recoveryCodes };
    },
  );

  app.post(
    '/api/v1/auth/2fa/disable',
    {
      config: { authenticated: true },
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor off: your password and a code from the app (or a recovery code)',
        body: s.disableBody,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { userId } = requireUserSession(request);
      const { password, code, recoveryCode } = request.body;
      const factor = code !== undefined ? { code } : { recoveryCode: recoveryCode ?? '' };
      await withRetryAfter(reply, () => twoFactor.disable(userId, password, factor, metaOf(request)));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/2fa/recovery-codes',
    {
      config: { authenticated: true },
      onRequest: ignoreIdempotencyKey,
      schema: {
        tags: ['auth'],
        summary: 'Ten new recovery codes (a code from the app is required); the old ones stop working',
        body: s.regenerateBody,
        response: { 200: s.recoveryCodesResponse },
      },
    },
    async (request, reply) => {
      const { userId } = requireUserSession(request);
      const { recoveryCodes } = await withRetryAfter(reply, () => twoFactor.regenerateRecoveryCodes(userId, request.body.code, metaOf(request)));
      reply.header('cache-control', 'no-store');
      return { enabled: true as const, recoveryCodes };
    },
  );

  app.put(
    '/api/v1/tenants/:id/two-factor-policy',
    {
      config: { permission: 'identity.tenant.update' },
      schema: {
        tags: ['tenants'],
        summary: 'Require two-factor authentication of members with chosen roles (send If-Match with the tenant ETag)',
        params: tenantParams,
        body: s.policyBody,
        response: { 200: tenantResponse },
      },
    },
    async (request, reply) => {
      const tenantId = requireTenant(request);
      if (request.params.id !== tenantId) throw tenantNotFound();
      const expected = requireIfMatch(request);
      const principal = requirePrincipal(request);
      const roles = request.body.require2faRoles;
      if (principal.type === 'user') await twoFactor.assertMayRequire(tenantId, principal.id, roles);
      const tenant = await service.updateTenant({ actor: actorOf(principal), requestId: request.id, ip: request.ip, tenantId }, expected, { require_2fa_roles: roles });
      twoFactorPolicy.forget();
      setEtag(reply, tenant.version);
      return tenantView(tenant);
    },
  );
}
