import type { FastifyRequest } from 'fastify';
import { actorOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import { tenantNotFound, userRequired } from './domain/errors.js';
import * as s from './schemas.js';
import { tenantView, type IdentityService } from './service.js';

function invocationMeta(request: FastifyRequest) {
  return { actor: actorOf(requirePrincipal(request)), requestId: request.id, ip: request.ip };
}

export function identityRoutes(app: KontorApp, service: IdentityService): void {
  app.get(
    '/api/v1/auth/profile',
    { config: { authenticated: true }, schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: s.profileResponse } } },
    async (request) => {
      const principal = requirePrincipal(request);
      if (principal.type !== 'user') throw userRequired();
      const { user, memberships } = await service.profile(principal.id);
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        emailVerified: user.email_verified_at !== null,
        currentTenantId: principal.tenantId,
        memberships: memberships.map((m) => ({ tenantId: m.tenant_id, tenantName: m.tenant_name, role: m.role })),
      };
    },
  );

  app.post(
    '/api/v1/tenants',
    {
      config: { authenticated: true },
      schema: { tags: ['tenants'], summary: 'Create a business; you become its owner', body: s.createTenantBody, response: { 201: s.tenantResponse } },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      if (principal.type !== 'user') throw userRequired();
      const tenant = await service.createTenant(principal.id, request.body, invocationMeta(request));
      setEtag(reply, tenant.version);
      reply.header('location', `/api/v1/tenants/${tenant.id}`);
      return reply.code(201).send(tenantView(tenant));
    },
  );

  app.get(
    '/api/v1/tenants/:id',
    {
      config: { permission: 'identity.tenant.read' },
      schema: { tags: ['tenants'], summary: 'Your current tenant', params: s.tenantParams, response: { 200: s.tenantResponse } },
    },
    async (request, reply) => {
      const tenantId = requireTenant(request);
      if (request.params.id !== tenantId) throw tenantNotFound();
      const tenant = await service.getTenant(tenantId);
      setEtag(reply, tenant.version);
      return tenantView(tenant);
    },
  );

  app.put(
    '/api/v1/tenants/:id',
    {
      config: { permission: 'identity.tenant.update' },
      schema: {
        tags: ['tenants'],
        summary: 'Change tenant settings (send If-Match with the ETag you read)',
        params: s.tenantParams,
        body: s.updateTenantBody,
        response: { 200: s.tenantResponse },
      },
    },
    async (request, reply) => {
      const tenantId = requireTenant(request);
      if (request.params.id !== tenantId) throw tenantNotFound();
      const expected = requireIfMatch(request);
      const { name, legalName, timezone, fiscalYearStartMonth, kind, gstin, stateCode, gstRegistration } = request.body;
      const tenant = await service.updateTenant(
        { ...invocationMeta(request), tenantId },
        expected,
        {
          ...(name !== undefined && { name }),
          ...(legalName !== undefined && { legal_name: legalName }),
          ...(timezone !== undefined && { timezone }),
          ...(fiscalYearStartMonth !== undefined && { fiscal_year_start_month: fiscalYearStartMonth }),
          ...(kind !== undefined && { kind }),
        },
        { gstin, stateCode, gstRegistration },
      );
      setEtag(reply, tenant.version);
      return tenantView(tenant);
    },
  );
}
