import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { login, type SignedUp } from '../support/factories.js';

interface AuditItem {
  id: string;
  seq: number;
  action: string;
  entityType: string;
  entityId: string;
  actor: { type: string; id: string };
  before: { name?: string } | null;
  after: { name?: string } | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}
interface Page {
  items: AuditItem[];
  nextCursor: string | null;
}

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let viewer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  a = await t.signUp({ tenantName: 'Audit A', timezone: 'UTC' });
  b = await t.signUp({ tenantName: 'Audit B', timezone: 'UTC' });
  const renamed = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/tenants/${a.tenantId}`,
    headers: { ...a.headers, 'if-match': '"v1"', 'x-request-id': 'req-rename-1' },
    payload: { name: 'Audit A Renamed' },
  });
  expect(renamed.statusCode).toBe(200);
  await adminQuery(t.testDb.ownerUrl, `insert into identity.memberships (tenant_id, user_id, role) values ($1, $2, 'viewer')`, [a.tenantId, b.userId]);
  viewer = { authorization: `Bearer ${await login(t.app, b.email, b.password, a.tenantId)}` };
});
afterAll(async () => t?.close());

const list = async (headers: Record<string, string>, query = '') => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit-logs${query}`, headers });
  return { status: response.statusCode, body: response.json() as Page };
};
const verify = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/v1/admin/audit/verify', headers });

describe('GET /api/v1/audit-logs', () => {
  it('lists the caller’s tenant trail newest first, with who, what, when and where', async () => {
    const { status, body } = await list(a.headers);
    expect(status).toBe(200);
    expect(body.nextCursor).toBeNull();
    // Sign-ins into the tenant are audited too (identity): signUp's and the viewer's.
    expect(body.items.map((r) => [r.seq, r.action])).toEqual([
      [4, 'user.signed_in'],
      [3, 'tenant.updated'],
      [2, 'user.signed_in'],
      [1, 'tenant.created'],
    ]);
    const [viewerSignIn, updated, ownerSignIn, created] = body.items;
    expect(viewerSignIn).toMatchObject({ entityType: 'user', entityId: b.userId, actor: { type: 'user', id: b.userId } });
    expect(ownerSignIn).toMatchObject({ entityType: 'user', entityId: a.userId, prevHash: created!.hash });
    expect(updated).toMatchObject({
      entityType: 'tenant',
      entityId: a.tenantId,
      actor: { type: 'user', id: a.userId },
      requestId: 'req-rename-1',
      ip: '127.0.0.1',
      before: { name: 'Audit A' },
      after: { name: 'Audit A Renamed' },
      prevHash: ownerSignIn!.hash,
    });
    expect(created!.before).toBeNull();
  });

  it('pages with a cursor', async () => {
    const first = await list(a.headers, '?limit=3');
    expect(first.body.items.map((r) => r.seq)).toEqual([4, 3, 2]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await list(a.headers, `?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((r) => r.seq)).toEqual([1]);
    expect(second.body.nextCursor).toBeNull();
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?cursor=bm9wZQ', headers: a.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'REQUEST.INVALID_CURSOR' });
  });

  it('filters by entity and action', async () => {
    expect((await list(a.headers, '?action=tenant.created')).body.items.map((r) => r.seq)).toEqual([1]);
    expect((await list(a.headers, `?entityType=tenant&entityId=${a.tenantId}`)).body.items).toHaveLength(2);
    expect((await list(a.headers, `?entityType=invoice`)).body.items).toEqual([]);
  });

  it('shows each tenant only its own records', async () => {
    const { body } = await list(b.headers);
    expect(body.items.map((r) => [r.action, r.entityId])).toEqual([
      ['user.signed_in', b.userId],
      ['tenant.created', b.tenantId],
    ]);
  });

  it('needs authentication and the audit read permission', async () => {
    expect((await list({})).status).toBe(401);
    expect((await list(viewer)).body.items).toHaveLength(4);
  });
});

describe('POST /api/v1/admin/audit/verify', () => {
  it('is refused to a role without platform.audit.verify', async () => {
    const response = await verify(viewer);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'AUTH.FORBIDDEN', permission: 'platform.audit.verify' });
  });

  it('reports an intact chain, then the record changed with SQL', async () => {
    const intact = await verify(a.headers);
    expect(intact.statusCode).toBe(200);
    expect(intact.json()).toEqual({ ok: true, checked: 4, firstBroken: null });

    const { rows } = await adminQuery(
      t.testDb.ownerUrl,
      `update platform.audit_log set after = jsonb_set(after, '{name}', '"Someone Else"') where tenant_id = $1 and seq = 3 returning id`,
      [a.tenantId],
    );
    const broken = await verify(a.headers);
    expect(broken.statusCode).toBe(200);
    expect(broken.json()).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, id: (rows[0] as { id: string }).id, reason: 'hash_mismatch', message: expect.any(String) },
    });
    expect((await verify(b.headers)).json()).toEqual({ ok: true, checked: 2, firstBroken: null });
    const misdirected = await t.app.inject({ method: 'POST', url: '/api/v1/admin/audit/verify', headers: b.headers, payload: { tenantId: a.tenantId } });
    expect(misdirected.statusCode).toBe(400);
    const emptyBody = await t.app.inject({ method: 'POST', url: '/api/v1/admin/audit/verify', headers: b.headers, payload: {} });
    expect(emptyBody.json()).toEqual({ ok: true, checked: 2, firstBroken: null });
  });
});
