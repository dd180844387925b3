import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/kernel/index.js';
import { PermissionCatalog } from '../../src/modules/identity/access.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import type { SignedUp } from '../support/factories.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { identityOf, login, uniqueEmail } from './helpers.js';

const PASSWORD = 'a perfectly fine passphrase';

let t: TestApp;
let owner: SignedUp;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp();
  const applied = await t.app.inject({ method: 'POST', url: '/api/v1/accounts/apply-template', headers: owner.headers, payload: { template: 'small_business' } });
  expect(applied.statusCode, applied.body).toBe(200);
});
afterAll(async () => t?.close());

async function createRole(headers: Record<string, string>, permissions: string[], name = `Role ${uniqueEmail()}`) {
  return t.app.inject({ method: 'POST', url: '/api/v1/roles', headers, payload: { name, permissions } });
}

/** A new user holding custom role `roleId` in the owner's tenant, signed in to it. */
async function memberWith(roleId: string): Promise<Record<string, string>> {
  const email = uniqueEmail('alias');
  const { id } = await identityOf(t).service.registerUser({ email, name: 'Alias user', password: PASSWORD });
  await t.db.withTenant(owner.tenantId, (tx) =>
    tx.insertInto('identity.memberships').values({ tenant_id: owner.tenantId, user_id: id, role: 'custom', custom_role_id: roleId }).execute(),
  );
  return (await login(t, email, PASSWORD, { tenantId: owner.tenantId })).headers;
}

describe('the permission catalog', () => {
  const catalog = new PermissionCatalog([
    { key: 'shop.item.read', description: 'See items', aliases: ['items:read'] },
    { key: 'shop.item.create', description: 'Add items', aliases: ['items:write'] },
    { key: 'shop.item.delete', description: 'Delete items', aliases: ['items:write'] },
    { key: 'shop.report.read', description: 'See reports', aliases: ['reports:read'] },
  ]);

  it('expands an alias to the keys that declare it, :write bringing the :read keys along', () => {
    expect(catalog.expand(['items:read'])).toEqual(['shop.item.read']);
    expect(catalog.expand(['items:write'])).toEqual(['shop.item.create', 'shop.item.delete', 'shop.item.read']);
    expect(catalog.expand(['reports:read', 'shop.item.read', 'items:read'])).toEqual(['shop.report.read', 'shop.item.read']);
    expect(catalog.aliases()).toEqual([
      { alias: 'items:read', keys: ['shop.item.read'] },
      { alias: 'items:write', keys: ['shop.item.create', 'shop.item.delete', 'shop.item.read'] },
      { alias: 'reports:read', keys: ['shop.report.read'] },
    ]);
  });

  it('keeps module wildcards of known modules as they are', () => {
    expect(catalog.expand(['shop.*'])).toEqual(['shop.*']);
    expect(() => catalog.expand(['nothing.*'])).toThrow(expect.objectContaining({ code: 'IDENTITY.UNKNOWN_PERMISSION' }));
  });

  it('refuses an unknown alias with 422 and the index of the entry', () => {
    let error: unknown;
    try {
      catalog.expand(['items:read', 'reports:write']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'unprocessable', code: 'IDENTITY.UNKNOWN_PERMISSION_ALIAS', errors: [{ path: 'body.permissions[1]' }] });
  });

  it('refuses a module that declares a malformed alias', () => {
    expect(() => new PermissionCatalog([{ key: 'shop.item.read', description: 'x', aliases: ['Items-Read'] }])).toThrow(/Items-Read/);
    // A key that is not module.resource.action would never be grantable: refused loudly at start-up.
    expect(() => new PermissionCatalog([{ key: 'tax.calculate', description: 'x' }])).toThrow(/tax\.calculate/);
  });
});

describe('aliases in custom roles and API keys', () => {
  it('are declared by every module: the identity module hands all definitions to its catalog', () => {
    const declared = identityOf(t).catalog.aliases().map((a) => a.alias);
    expect(declared, 'src/modules/identity/module.ts: new PermissionCatalog([...IDENTITY_PERMISSIONS, ...ctx.permissions]), without .map((p) => p.key)').toEqual(
      expect.arrayContaining(['accounts:read', 'journal:write', 'members:write']),
    );
  });

  it('saves a role built from aliases as the keys they stand for, and the role then works', async () => {
    const created = await createRole(owner.headers, ['accounts:read', 'journal:write', 'reports:read', 'members:write']);
    expect(created.statusCode, created.body).toBe(201);
    const role = created.json() as { id: string; permissions: string[] };
    expect(role.permissions).toEqual(
      [
        'identity.members.manage',
        'identity.members.read',
        'ledger.account.read',
        'ledger.entry.create',
        'ledger.entry.post',
        'ledger.entry.read',
        'ledger.entry.reverse',
        'ledger.report.read',
        'ledger.transaction.create',
        'ledger.transaction.delete',
        'ledger.transaction.read',
        'ledger.transaction.update',
      ].sort(),
    );
    const stored = await adminQuery(t.testDb.ownerUrl, 'select permissions from identity.roles where id = $1', [role.id]);
    expect((stored.rows[0] as { permissions: string[] }).permissions.some((p) => p.includes(':'))).toBe(false);

    const clerk = await memberWith(role.id);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/accounts', headers: clerk })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/reports/trial-balance?asOf=2026-12-31', headers: clerk })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${owner.tenantId}/members`, headers: clerk })).statusCode).toBe(200);
    // accounts:read does not bring accounts:write, and nothing here reaches the ledger settings.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/accounts', headers: clerk, payload: { code: '9999', name: 'Nope', type: 'expense' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/ledger/settings', headers: clerk })).statusCode).toBe(403);
  });

  it('refuses an unknown alias with 422 and its field path, writing nothing', async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const refused = await createRole(owner.headers, ['accounts:read', 'spaceships:write']);
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json()).toMatchObject({ code: 'IDENTITY.UNKNOWN_PERMISSION_ALIAS', aliases: ['spaceships:write'], errors: [{ path: 'body.permissions[1]' }] });
    const key = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: owner.headers, payload: { name: 'k', permissions: ['ledger:read'] } });
    expect(key.statusCode).toBe(422);
    expect(key.json()).toMatchObject({ code: 'IDENTITY.UNKNOWN_PERMISSION_ALIAS', errors: [{ path: 'body.permissions[0]' }] });
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('gives an API key the keys of its alias, and no more', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: owner.headers, payload: { name: 'Reports', permissions: ['reports:read'] } });
    expect(created.statusCode, created.body).toBe(201);
    const key = created.json() as { key: string; permissions: string[] };
    expect(key.permissions).toEqual(['ledger.report.read']);
    const headers = { 'x-api-key': key.key };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/reports/trial-balance?asOf=2026-12-31', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/accounts', headers })).statusCode).toBe(403);
  });

  it('grants through an alias only what the granter holds', async () => {
    const created = await createRole(owner.headers, ['roles:write', 'accounts:read']);
    const manager = await memberWith((created.json() as { id: string }).id);
    const escalate = await createRole(manager, ['journal:write']);
    expect(escalate.statusCode).toBe(403);
    expect(escalate.json()).toMatchObject({ code: 'IDENTITY.CANNOT_GRANT' });
    expect((await createRole(manager, ['accounts:read'])).statusCode).toBe(201);
  });

  it('accepts a module wildcard and stores it as such', async () => {
    const created = await createRole(owner.headers, ['ledger.*']);
    expect(created.statusCode, created.body).toBe(201);
    expect((created.json() as { permissions: string[] }).permissions).toEqual(['ledger.*']);
    const bookkeeper = await memberWith((created.json() as { id: string }).id);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/ledger/settings', headers: bookkeeper })).statusCode).toBe(200);
  });
});

describe('listing', () => {
  it('GET /api/v1/permissions shows every key with its description and aliases, and every alias with its keys', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/permissions', headers: owner.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: { key: string; description: string | null; aliases: string[] }[]; aliases: { alias: string; keys: string[] }[] };
    const aliases = new Map(body.aliases.map((a) => [a.alias, a.keys]));
    for (const alias of ['accounts:read', 'accounts:write', 'journal:write', 'reports:read', 'members:read', 'members:write']) expect(aliases.has(alias), alias).toBe(true);
    expect(aliases.get('accounts:write')).toEqual(['ledger.account.archive', 'ledger.account.create', 'ledger.account.read', 'ledger.account.update', 'ledger.template.apply']);
    expect(aliases.get('members:write')).toEqual(['identity.members.manage', 'identity.members.read']);
    expect(body.items.find((i) => i.key === 'ledger.account.read')).toEqual({ key: 'ledger.account.read', description: 'See the chart of accounts', aliases: ['accounts:read', 'accounts:write'] });

    const roles = (await t.app.inject({ method: 'GET', url: '/api/v1/roles', headers: owner.headers })).json() as { aliases: { alias: string; keys: string[] }[] };
    expect(roles.aliases).toEqual(body.aliases);
  });
});
