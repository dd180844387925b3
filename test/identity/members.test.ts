import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_PERMISSIONS } from '../../src/app.js';
import { ALL_MODULES } from '../../src/modules/registry.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { identityOf, lastMail, login, uniqueEmail } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const PASSWORD = 'a perfectly fine passphrase';

async function upgrade(headers: Record<string, string>, tenantId: string, plan: string) {
  const r = await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${tenantId}/subscription/upgrade`, headers, payload: { plan } });
  expect(r.statusCode).toBe(200);
}

/** Invites `email` with `role`, returns the token from the mail. */
async function invite(headers: Record<string, string>, tenantId: string, email: string, role: string, customRoleId?: string) {
  const r = await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${tenantId}/members`, headers, payload: { email, role, ...(customRoleId && { customRoleId }) } });
  expect(r.statusCode, r.body).toBe(201);
  const mail = await lastMail(t, email, 'identity.invitation');
  const token = /#token=(kinv_[A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error('no invitation token mailed');
  return { invitation: r.json() as { id: string; status: string }, token };
}

/** A registered user who joins `tenantId` through an invitation; returns headers acting in it. */
async function join(owner: { headers: Record<string, string>; tenantId: string }, role: string, customRoleId?: string) {
  const email = uniqueEmail(role);
  const { id: userId } = await identityOf(t).service.registerUser({ email, name: `A ${role}`, password: PASSWORD });
  const { token } = await invite(owner.headers, owner.tenantId, email, role, customRoleId);
  const session = await login(t, email, PASSWORD);
  const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, headers: session.headers });
  expect(accepted.statusCode, accepted.body).toBe(200);
  const inTenant = await login(t, email, PASSWORD, { tenantId: owner.tenantId });
  return { userId, email, headers: inTenant.headers, token };
}

describe('invitations', () => {
  it('mails a one-time token (stored hashed), accepted once by the invited address, and audits it', async () => {
    const owner = await t.signUp();
    const email = uniqueEmail('invitee');
    await identityOf(t).service.registerUser({ email, name: 'Invitee', password: PASSWORD });
    const { invitation, token } = await invite(owner.headers, owner.tenantId, email.toUpperCase().replace('@EXAMPLE.TEST', '@example.test'), 'accountant');
    expect(invitation.status).toBe('open');

    const stored = await adminQuery(t.testDb.ownerUrl, 'select encode(token_hash, $2) as h from identity.invitations where id = $1', [invitation.id, 'hex']);
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    // Someone else, signed in, cannot use it.
    const stranger = await t.signUp();
    const wrong = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, headers: stranger.headers });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'IDENTITY.INVITATION_EMAIL_MISMATCH' });
    // Not signed in: 401.
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept` })).statusCode).toBe(401);

    const session = await login(t, email, PASSWORD);
    const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, headers: session.headers });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ tenantId: owner.tenantId, member: { email, role: 'accountant' } });
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, headers: session.headers });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ code: 'IDENTITY.INVITATION_INVALID' });

    const list = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: owner.headers });
    expect((list.json() as { items: { role: string }[] }).items.map((m) => m.role).sort()).toEqual(['accountant', 'owner']);

    const audit = await adminQuery(t.testDb.ownerUrl, `select action from platform.audit_log where tenant_id = $1 and action like 'member.%' order by seq`, [owner.tenantId]);
    expect((audit.rows as { action: string }[]).map((r) => r.action)).toEqual(['member.invited', 'member.joined']);
  });

  it('works for someone who registers with the invited address after the invitation (token in the body)', async () => {
    const owner = await t.signUp();
    const email = uniqueEmail('later');
    const { token } = await invite(owner.headers, owner.tenantId, email, 'viewer');
    const mail = await lastMail(t, email, 'identity.invitation');
    expect(mail?.text).toContain(`/invitations/accept#token=${token}`);
    await identityOf(t).service.registerUser({ email, name: 'Later', password: PASSWORD });
    const session = await login(t, email, PASSWORD);
    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', headers: session.headers, payload: { token } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ tenantId: owner.tenantId, member: { role: 'viewer' } });
  });

  it('refuses expired and revoked invitations, and unknown tokens', async () => {
    const owner = await t.signUp();
    const email = uniqueEmail('expired');
    await identityOf(t).service.registerUser({ email, name: 'Late', password: PASSWORD });
    const { invitation, token } = await invite(owner.headers, owner.tenantId, email, 'viewer');
    await adminQuery(t.testDb.ownerUrl, `update identity.invitations set expires_at = now() - interval '1 second' where id = $1`, [invitation.id]);
    const session = await login(t, email, PASSWORD);
    const expired = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, headers: session.headers });
    expect(expired.json()).toMatchObject({ code: 'IDENTITY.INVITATION_INVALID' });

    const second = await invite(owner.headers, owner.tenantId, email, 'viewer');
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/tenants/${owner.tenantId}/invitations/${second.invitation.id}`, headers: owner.headers });
    expect(revoked.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${second.token}/accept`, headers: session.headers })).statusCode).toBe(404);
    const unknown = `kinv_${'A'.repeat(43)}`;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${unknown}/accept`, headers: session.headers })).statusCode).toBe(404);
  });
});

describe('roles of members', () => {
  it('changes a role, applies it to the next request (not the next refresh), and audits it', async () => {
    const owner = await t.signUp();
    await upgrade(owner.headers, owner.tenantId, 'standard');
    const member = await join(owner, 'viewer');
    const readMembers = () => t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: member.headers });
    expect((await readMembers()).statusCode).toBe(200);
    const invite403 = await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: member.headers, payload: { email: uniqueEmail(), role: 'viewer' } });
    expect(invite403.statusCode).toBe(403);

    const changed = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}/members/${member.userId}`, headers: owner.headers, payload: { role: 'sales' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'sales' });
    // Same access token, new permissions at once: sales may not read the member list.
    expect((await readMembers()).statusCode).toBe(403);

    const audit = await adminQuery(t.testDb.ownerUrl, `select before, after from platform.audit_log where tenant_id = $1 and action = 'member.role_changed'`, [owner.tenantId]);
    expect(audit.rows[0]).toMatchObject({ before: { role: 'viewer' }, after: { role: 'sales' } });
  });

  it('never removes or demotes the last owner', async () => {
    const owner = await t.signUp();
    const demote = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}/members/${owner.userId}`, headers: owner.headers, payload: { role: 'admin' } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ code: 'IDENTITY.LAST_OWNER' });
    const remove = await t.app.inject({ method: 'DELETE', url: `/api/v1/tenants/${owner.tenantId}/members/${owner.userId}`, headers: owner.headers });
    expect(remove.statusCode).toBe(409);
    expect(remove.json()).toMatchObject({ code: 'IDENTITY.LAST_OWNER' });
  });

  it('lets only owners make or touch owners; admins manage the rest', async () => {
    const owner = await t.signUp();
    await upgrade(owner.headers, owner.tenantId, 'standard');
    const admin = await join(owner, 'admin');
    const viewer = await join(owner, 'viewer');
    const toOwner = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}/members/${viewer.userId}`, headers: admin.headers, payload: { role: 'owner' } });
    expect(toOwner.json()).toMatchObject({ code: 'IDENTITY.CANNOT_GRANT' });
    const removeOwner = await t.app.inject({ method: 'DELETE', url: `/api/v1/tenants/${owner.tenantId}/members/${owner.userId}`, headers: admin.headers });
    expect(removeOwner.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}/members/${viewer.userId}`, headers: admin.headers, payload: { role: 'accountant' } });
    expect(ok.statusCode).toBe(200);

    // A second owner lets the first step down.
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}/members/${admin.userId}`, headers: owner.headers, payload: { role: 'owner' } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}/members/${owner.userId}`, headers: owner.headers, payload: { role: 'admin' } })).statusCode).toBe(200);
  });

  it('removes a member: their token stops acting in the tenant at once', async () => {
    const owner = await t.signUp();
    const member = await join(owner, 'viewer');
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/v1/tenants/${owner.tenantId}/members/${member.userId}`, headers: owner.headers });
    expect(removed.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: member.headers });
    expect(after.statusCode).toBe(403);
    const missing = await t.app.inject({ method: 'DELETE', url: `/api/v1/tenants/${owner.tenantId}/members/${member.userId}`, headers: owner.headers });
    expect(missing.statusCode).toBe(404);
    const audit = await adminQuery(t.testDb.ownerUrl, `select count(*)::int as n from platform.audit_log where tenant_id = $1 and action = 'member.removed'`, [owner.tenantId]);
    expect(audit.rows[0]).toEqual({ n: 1 });
  });

  it('counts members and open invitations against the plan (free: 2 users)', async () => {
    const owner = await t.signUp();
    await invite(owner.headers, owner.tenantId, uniqueEmail(), 'viewer');
    const third = await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: owner.headers, payload: { email: uniqueEmail(), role: 'viewer' } });
    expect(third.statusCode).toBe(403);
    expect(third.json()).toMatchObject({ code: 'PLAN.USERS_LIMIT_REACHED', limit: 2, plan: 'free' });
  });
});

describe('custom roles', () => {
  it('tells each caller what it may do in its business: the owner everything, a custom role its own keys', async () => {
    const owner = await t.signUp();
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/auth/permissions', headers: owner.headers });
    expect(own.json()).toEqual({ tenantId: owner.tenantId, permissions: ['*'] });
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/roles', headers: owner.headers, payload: { name: 'Bookkeeper', permissions: ['ledger.account.read', 'identity.members.read'] } });
    const keeper = await join(owner, 'custom', (created.json() as { id: string }).id);
    const theirs = await t.app.inject({ method: 'GET', url: '/api/v1/auth/permissions', headers: keeper.headers });
    expect(theirs.json()).toEqual({ tenantId: owner.tenantId, permissions: ['identity.members.read', 'ledger.account.read'] });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/permissions' })).statusCode).toBe(401);
  });

  it('builds a role from declared permissions, resolves it per request, and refuses unknown keys and escalation', async () => {
    const owner = await t.signUp();
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/roles', headers: owner.headers, payload: { name: 'Clerk', permissions: ['identity.members.read', 'invoices.made_up.write'] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'IDENTITY.UNKNOWN_PERMISSION', permissions: ['invoices.made_up.write'] });
    const builtInName = await t.app.inject({ method: 'POST', url: '/api/v1/roles', headers: owner.headers, payload: { name: 'Admin', permissions: ['identity.members.read'] } });
    expect(builtInName.statusCode).toBe(409);

    const created = await t.app.inject({ method: 'POST', url: '/api/v1/roles', headers: owner.headers, payload: { name: 'Clerk', permissions: ['identity.members.read', 'identity.members.manage'] } });
    expect(created.statusCode).toBe(201);
    const role = created.json() as { id: string; version: number };
    const dup = await t.app.inject({ method: 'POST', url: '/api/v1/roles', headers: owner.headers, payload: { name: 'clerk', permissions: ['identity.members.read'] } });
    expect(dup.json()).toMatchObject({ code: 'IDENTITY.ROLE_NAME_TAKEN' });

    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/roles', headers: owner.headers })).json() as { items: { name: string; builtIn: boolean }[]; permissions: string[] };
    expect(listed.items.map((r) => r.name)).toEqual(['owner', 'admin', 'accountant', 'sales', 'viewer', 'Clerk']);
    expect(listed.permissions).toContain('identity.stores.manage');

    const clerk = await join(owner, 'custom', role.id);
    const members = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: clerk.headers });
    expect(members.statusCode).toBe(200);
    expect((members.json() as { items: { role: string; customRoleName: string | null }[] }).items).toContainEqual(expect.objectContaining({ role: 'custom', customRoleName: 'Clerk' }));
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: clerk.headers })).statusCode).toBe(403);

    // The clerk may invite, but not hand out more than they hold.
    const escalate = await t.app.inject({ method: 'POST', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: clerk.headers, payload: { email: uniqueEmail(), role: 'admin' } });
    expect(escalate.json()).toMatchObject({ code: 'IDENTITY.CANNOT_GRANT' });

    // Editing the role changes the clerk's next request.
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/roles/${role.id}`,
      headers: { ...owner.headers, 'if-match': `"v${role.version}"` },
      payload: { name: 'Clerk', permissions: ['identity.tenant.read'] },
    });
    expect(edited.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}`, headers: clerk.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: clerk.headers })).statusCode).toBe(403);

    const stale = await t.app.inject({ method: 'PUT', url: `/api/v1/roles/${role.id}`, headers: { ...owner.headers, 'if-match': `"v${role.version}"` }, payload: { name: 'Clerk', permissions: ['identity.tenant.read'] } });
    expect(stale.statusCode).toBe(412);

    const inUse = await t.app.inject({ method: 'DELETE', url: `/api/v1/roles/${role.id}`, headers: owner.headers });
    expect(inUse.json()).toMatchObject({ code: 'IDENTITY.ROLE_IN_USE' });
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/tenants/${owner.tenantId}/members/${clerk.userId}`, headers: owner.headers, payload: { role: 'viewer' } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/roles/${role.id}`, headers: owner.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/roles/${role.id}`, headers: owner.headers })).statusCode).toBe(404);

    const audit = await adminQuery(t.testDb.ownerUrl, `select action from platform.audit_log where tenant_id = $1 and action like 'role.%' order by seq`, [owner.tenantId]);
    expect((audit.rows as { action: string }[]).map((r) => r.action)).toEqual(['role.created', 'role.updated', 'role.deleted']);
  });
});

describe('route declarations', () => {
  it('every API route declares its access, and every permission it names is declared by a module', () => {
    const declared = new Set([...PLATFORM_PERMISSIONS, ...ALL_MODULES.flatMap((m) => m.permissions)].map((p) => p.key));
    const problems: string[] = [];
    for (const route of t.routes.filter((r) => r.url.startsWith('/api/'))) {
      const config = (route.config ?? {}) as { permission?: string; public?: boolean; authenticated?: boolean };
      const kinds = [config.permission !== undefined, config.public === true, config.authenticated === true].filter(Boolean).length;
      if (kinds !== 1) problems.push(`${String(route.method)} ${route.url}: declares ${kinds} access rules`);
      if (config.permission !== undefined && !declared.has(config.permission)) problems.push(`${String(route.method)} ${route.url}: ${config.permission} not in the catalog`);
    }
    expect(problems).toEqual([]);
    // Custom roles and API keys may name every declared key that guards a route.
    const catalog = new Set(identityOf(t).catalog.list());
    const routeKeys = t.routes.map((r) => (r.config as { permission?: string } | undefined)?.permission).filter((k): k is string => k !== undefined);
    expect(routeKeys.filter((k) => !catalog.has(k))).toEqual([]);
    expect([...catalog].filter((k) => !declared.has(k))).toEqual([]);
  });
});
