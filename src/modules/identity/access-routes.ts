import type { FastifyRequest } from 'fastify';
import type { Invocation } from '../../kernel/index.js';
import type { PermissionDefinition } from '../../platform/module.js';
import { actorOf, requireIfMatch, requirePrincipal, requireTenant, setEtag, type KontorApp } from '../../platform/http/index.js';
import type { AccessResolver, PermissionCatalog } from './access.js';
import * as s from './access-schemas.js';
import { apiKeyView, type ApiKeyService } from './api-keys.js';
import { builtInRoleViews, customRoleView, type CustomRolesService } from './custom-roles.js';
import { tenantNotFound, userRequired } from './domain/errors.js';
import { PLAN_LIMITS, PLANS } from './domain/plans.js';
import { invitationView, memberView, type Caller, type MembersService, type RoleChoice } from './members.js';
import type { PlanService } from './plans.js';
import { storeView, type StoreService } from './stores.js';

export interface AccessRouteDeps {
  members: MembersService;
  roles: CustomRolesService;
  apiKeys: ApiKeyService;
  plans: PlanService;
  stores: StoreService;
  access: AccessResolver;
  catalog: PermissionCatalog;
}

/** Permission keys the routes below are guarded by (declared in the module definition). */
export const ACCESS_PERMISSIONS = [
  { key: 'identity.members.read', description: 'See the members of the tenant and open invitations', aliases: ['members:read'] },
  { key: 'identity.members.manage', description: 'Invite, change the role of and remove members', aliases: ['members:write'] },
  { key: 'identity.roles.read', description: 'See built-in and custom roles', aliases: ['roles:read'] },
  { key: 'identity.roles.manage', description: 'Create, change and delete custom roles', aliases: ['roles:write'] },
  { key: 'identity.api_keys.read', description: 'See the API keys of the tenant', aliases: ['api_keys:read'] },
  { key: 'identity.api_keys.manage', description: 'Create and revoke API keys', aliases: ['api_keys:write'] },
  { key: 'identity.subscription.read', description: 'See the plan, its limits and usage', aliases: ['subscription:read'] },
  { key: 'identity.subscription.manage', description: 'Change the plan', aliases: ['subscription:write'] },
  { key: 'identity.stores.read', description: 'See stores and branches', aliases: ['stores:read'] },
  { key: 'identity.stores.manage', description: 'Create, change and archive stores', aliases: ['stores:write'] },
] as const satisfies readonly PermissionDefinition[];

function invocation(request: FastifyRequest): Invocation {
  const principal = requirePrincipal(request);
  return { actor: actorOf(principal), tenantId: requireTenant(request), requestId: request.id, ip: request.ip };
}

/** The tenant in the path must be the one the caller acts in; any other looks like no tenant at all. */
function sameTenant(request: FastifyRequest, id: string): void {
  if (id !== requireTenant(request)) throw tenantNotFound();
}

function choiceOf(body: { role: string; customRoleId?: string | undefined }): RoleChoice {
  return body.role === 'custom' ? { role: 'custom', customRoleId: body.customRoleId ?? '' } : ({ role: body.role } as RoleChoice);
}

function plansList() {
  return PLANS.map((plan) => ({ plan, limits: PLAN_LIMITS[plan] }));
}

export function accessRoutes(app: KontorApp, deps: AccessRouteDeps): void {
  const { members, roles, apiKeys, plans, stores, access, catalog } = deps;

  async function callerOf(request: FastifyRequest): Promise<Caller> {
    const inv = invocation(request);
    const principal = requirePrincipal(request);
    const role = principal.type === 'user' ? ((await access.memberAccess(inv.tenantId, principal.id))?.role ?? null) : null;
    return { inv, permissions: principal.permissions, role };
  }

  // ---- members and invitations
  app.get(
    '/api/v1/tenants/:id/members',
    { config: { permission: 'identity.members.read' }, schema: { tags: ['members'], summary: 'Members of the tenant with their roles', params: s.tenantMemberParams, response: { 200: s.memberList } } },
    async (request) => {
      sameTenant(request, request.params.id);
      return { items: (await members.list(request.params.id)).map(memberView) };
    },
  );

  app.post(
    '/api/v1/tenants/:id/members',
    {
      config: { permission: 'identity.members.manage' },
      schema: {
        tags: ['members'],
        summary: 'Invite someone by email; they get a one-time link valid 7 days',
        params: s.tenantMemberParams,
        body: s.inviteBody,
        response: { 201: s.invitationResponse },
      },
    },
    async (request, reply) => {
      sameTenant(request, request.params.id);
      const principal = requirePrincipal(request);
      if (principal.type !== 'user') throw userRequired();
      const row = await members.invite(await callerOf(request), principal.id, { email: request.body.email, ...choiceOf(request.body) });
      return reply.code(201).send(invitationView(row));
    },
  );

  app.put(
    '/api/v1/tenants/:id/members/:userId',
    {
      config: { permission: 'identity.members.manage' },
      schema: { tags: ['members'], summary: "Change a member's role", params: s.memberParams, body: s.changeRoleBody, response: { 200: s.memberResponse } },
    },
    async (request) => {
      sameTenant(request, request.params.id);
      return memberView(await members.changeRole(await callerOf(request), request.params.userId, choiceOf(request.body)));
    },
  );

  app.delete(
    '/api/v1/tenants/:id/members/:userId',
    {
      config: { permission: 'identity.members.manage' },
      schema: { tags: ['members'], summary: 'Remove a member (never the last owner)', params: s.memberParams, response: { 204: s.noContent } },
    },
    async (request, reply) => {
      sameTenant(request, request.params.id);
      await members.remove(await callerOf(request), request.params.userId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/tenants/:id/invitations',
    { config: { permission: 'identity.members.read' }, schema: { tags: ['members'], summary: 'Invitations, newest first', params: s.tenantMemberParams, response: { 200: s.invitationList } } },
    async (request) => {
      sameTenant(request, request.params.id);
      return { items: (await members.listInvitations(request.params.id)).map((i) => invitationView(i)) };
    },
  );

  app.delete(
    '/api/v1/tenants/:id/invitations/:invitationId',
    {
      config: { permission: 'identity.members.manage' },
      schema: { tags: ['members'], summary: 'Revoke an open invitation', params: s.invitationParams, response: { 204: s.noContent } },
    },
    async (request, reply) => {
      sameTenant(request, request.params.id);
      await members.revokeInvitation(await callerOf(request), request.params.invitationId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/invitations/accept',
    {
      config: { authenticated: true },
      schema: {
        tags: ['members'],
        summary: 'Accept an invitation, token in the body (preferred: URLs end up in access logs)',
        body: s.acceptInvitationBody,
        response: { 200: s.acceptResponse },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      if (principal.type !== 'user') throw userRequired();
      const { tenantId, member } = await members.accept(principal.id, request.body.token, { requestId: request.id, ip: request.ip });
      return { tenantId, member: memberView(member) };
    },
  );

  app.post(
    '/api/v1/invitations/:token/accept',
    {
      config: { authenticated: true },
      schema: {
        tags: ['members'],
        summary: 'Accept an invitation: the signed-in user (whose email it was sent to) joins the tenant; then switch to it',
        params: s.invitationTokenParams,
        response: { 200: s.acceptResponse },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      if (principal.type !== 'user') throw userRequired();
      const { tenantId, member } = await members.accept(principal.id, request.params.token, { requestId: request.id, ip: request.ip });
      return { tenantId, member: memberView(member) };
    },
  );

  // ---- roles
  app.get(
    '/api/v1/roles',
    { config: { permission: 'identity.roles.read' }, schema: { tags: ['roles'], summary: 'Built-in and custom roles, and every permission key a role can hold', response: { 200: s.roleList } } },
    async (request) => {
      const tenantId = requireTenant(request);
      return { items: [...builtInRoleViews(), ...(await roles.list(tenantId)).map(customRoleView)], permissions: catalog.list(), aliases: catalog.aliases() };
    },
  );

  app.get(
    '/api/v1/auth/permissions',
    {
      config: { authenticated: true },
      schema: {
        tags: ['auth'],
        summary: 'What the caller may do in the business it acts in (for hiding what it cannot use; every call is still checked)',
        response: { 200: s.callerPermissionsResponse },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      return { tenantId: principal.tenantId, permissions: [...principal.permissions].sort() };
    },
  );

  app.get(
    '/api/v1/permissions',
    {
      config: { permission: 'identity.roles.read' },
      schema: { tags: ['roles'], summary: 'Every permission key with its description and aliases, and every alias with the keys it stands for', response: { 200: s.permissionCatalogResponse } },
    },
    async () => {
      const aliases = catalog.aliases();
      const items = catalog.definitions().map((d) => ({ ...d, aliases: aliases.filter((a) => a.keys.includes(d.key)).map((a) => a.alias) }));
      return { items, aliases };
    },
  );

  app.post(
    '/api/v1/roles',
    { config: { permission: 'identity.roles.manage' }, schema: { tags: ['roles'], summary: 'Create a custom role', body: s.roleBody, response: { 201: s.roleResponse } } },
    async (request, reply) => {
      const row = await roles.create(await callerOf(request), request.body);
      setEtag(reply, row.version);
      reply.header('location', `/api/v1/roles/${row.id}`);
      return reply.code(201).send(customRoleView(row));
    },
  );

  app.get(
    '/api/v1/roles/:id',
    { config: { permission: 'identity.roles.read' }, schema: { tags: ['roles'], summary: 'A custom role', params: s.idParams, response: { 200: s.roleResponse } } },
    async (request, reply) => {
      const row = await roles.get(requireTenant(request), request.params.id);
      setEtag(reply, row.version);
      return customRoleView(row);
    },
  );

  app.put(
    '/api/v1/roles/:id',
    {
      config: { permission: 'identity.roles.manage' },
      schema: { tags: ['roles'], summary: 'Change a custom role (If-Match); members holding it get the new permissions at once', params: s.idParams, body: s.roleBody, response: { 200: s.roleResponse } },
    },
    async (request, reply) => {
      const caller = await callerOf(request);
      const row = await roles.update(caller, request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, row.version);
      return customRoleView(row);
    },
  );

  app.delete(
    '/api/v1/roles/:id',
    { config: { permission: 'identity.roles.manage' }, schema: { tags: ['roles'], summary: 'Delete a custom role nobody holds', params: s.idParams, response: { 204: s.noContent } } },
    async (request, reply) => {
      await roles.delete(await callerOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  // ---- API keys
  app.get(
    '/api/v1/api-keys',
    { config: { permission: 'identity.api_keys.read' }, schema: { tags: ['api-keys'], summary: 'API keys of the tenant (never the secret)', response: { 200: s.apiKeyList } } },
    async (request) => ({ items: (await apiKeys.list(requireTenant(request))).map(apiKeyView) }),
  );

  app.post(
    '/api/v1/api-keys',
    {
      config: { permission: 'identity.api_keys.manage' },
      schema: { tags: ['api-keys'], summary: 'Create an API key; the secret is in this answer only', body: s.apiKeyBody, response: { 201: s.apiKeyCreated } },
    },
    async (request, reply) => {
      const { key, secret } = await apiKeys.create(await callerOf(request), request.body);
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ ...apiKeyView(key), key: secret });
    },
  );

  app.delete(
    '/api/v1/api-keys/:id',
    { config: { permission: 'identity.api_keys.manage' }, schema: { tags: ['api-keys'], summary: 'Revoke an API key (it stops working at once)', params: s.idParams, response: { 204: s.noContent } } },
    async (request, reply) => {
      await apiKeys.revoke(await callerOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  // ---- subscription
  app.get(
    '/api/v1/tenants/:id/subscription',
    {
      config: { permission: 'identity.subscription.read' },
      schema: { tags: ['tenants'], summary: 'The plan, its limits and this month’s usage', params: s.tenantMemberParams, response: { 200: s.subscriptionResponse } },
    },
    async (request) => {
      sameTenant(request, request.params.id);
      return { ...(await plans.subscription(request.params.id)), plans: plansList() };
    },
  );

  app.post(
    '/api/v1/tenants/:id/subscription/upgrade',
    {
      config: { permission: 'identity.subscription.manage' },
      schema: {
        tags: ['tenants'],
        summary: 'Change the plan (no payment processor yet: the change and its limits are real); refused if usage exceeds the new limits',
        params: s.tenantMemberParams,
        body: s.upgradeBody,
        response: { 200: s.subscriptionResponse },
      },
    },
    async (request) => {
      sameTenant(request, request.params.id);
      return { ...(await plans.changePlan(invocation(request), request.body.plan)), plans: plansList() };
    },
  );

  // ---- stores
  app.get(
    '/api/v1/stores',
    { config: { permission: 'identity.stores.read' }, schema: { tags: ['stores'], summary: 'Stores and branches, oldest first', querystring: s.storeListQuery, response: { 200: s.storePage } } },
    async (request) => {
      const page = await stores.list(requireTenant(request), request.query);
      return { items: page.items.map(storeView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/stores',
    { config: { permission: 'identity.stores.manage' }, schema: { tags: ['stores'], summary: 'Add a store (plan limits apply)', body: s.createStoreBody, response: { 201: s.storeResponse } } },
    async (request, reply) => {
      const row = await stores.create(invocation(request), request.body);
      setEtag(reply, row.version);
      reply.header('location', `/api/v1/stores/${row.id}`);
      return reply.code(201).send(storeView(row));
    },
  );

  app.get(
    '/api/v1/stores/:id',
    { config: { permission: 'identity.stores.read' }, schema: { tags: ['stores'], summary: 'A store', params: s.idParams, response: { 200: s.storeResponse } } },
    async (request, reply) => {
      const row = await stores.get(requireTenant(request), request.params.id);
      setEtag(reply, row.version);
      return storeView(row);
    },
  );

  app.put(
    '/api/v1/stores/:id',
    {
      config: { permission: 'identity.stores.manage' },
      schema: { tags: ['stores'], summary: 'Change a store (If-Match)', params: s.idParams, body: s.updateStoreBody, response: { 200: s.storeResponse } },
    },
    async (request, reply) => {
      const inv = invocation(request);
      const row = await stores.update(inv, request.params.id, requireIfMatch(request), request.body);
      setEtag(reply, row.version);
      return storeView(row);
    },
  );

  app.post(
    '/api/v1/stores/:id/archive',
    { config: { permission: 'identity.stores.manage' }, schema: { tags: ['stores'], summary: 'Archive a store (it no longer counts against the plan)', params: s.idParams, response: { 200: s.storeResponse } } },
    async (request, reply) => {
      const row = await stores.archive(invocation(request), request.params.id);
      setEtag(reply, row.version);
      return storeView(row);
    },
  );
}
