import { createHash } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, resetClock, setClock } from '../../src/kernel/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { identityModule } from '../../src/modules/identity/index.js';
import { identityOf, login, post } from './helpers.js';

let t: TestApp;
const clock = fixedClock(new Date());

beforeAll(async () => {
  setClock(clock);
  t = await createTestApp();
});
afterAll(async () => {
  resetClock();
  await t?.close();
});

const profile = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/profile', headers });
const refresh = (refreshToken: string) => post(t, '/api/v1/auth/refresh', { refreshToken });

describe('tokens', () => {
  it('signs a 15-minute EdDSA access token naming its key and session, and an opaque refresh token', async () => {
    const owner = await t.signUp();
    const response = await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password, tenantId: owner.tenantId });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json() as { accessToken: string; refreshToken: string; sessionId: string; expiresIn: number; refreshExpiresAt: string };
    expect(body.expiresIn).toBe(900);
    const header = decodeProtectedHeader(body.accessToken);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'JWT' });
    expect(header.kid).toEqual(expect.any(String));
    const claims = decodeJwt(body.accessToken);
    expect(claims).toMatchObject({ sub: owner.userId, tid: owner.tenantId, role: 'owner', sid: body.sessionId, iss: 'kontor', aud: 'kontor-api' });
    expect(claims.exp! - claims.iat!).toBe(900);
    expect(body.refreshToken).toMatch(/^krt_[A-Za-z0-9_-]{43}$/);
    expect(new Date(body.refreshExpiresAt).getTime() - clock.now().getTime()).toBe(30 * 24 * 3_600_000);
  });

  it('stores refresh tokens only as sha256 digests', async () => {
    const owner = await t.signUp();
    const session = await login(t, owner.email, owner.password);
    const digest = createHash('sha256').update(session.refreshToken).digest();
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select token_hash, session_id from identity.refresh_tokens where session_id = $1', [session.sessionId]);
    expect(rows).toHaveLength(1);
    expect(Buffer.compare(rows[0].token_hash, digest)).toBe(0);
    const dump = await adminQuery(t.testDb.ownerUrl, `select string_agg(t::text, '|') as s from identity.refresh_tokens t`);
    expect(dump.rows[0].s).not.toContain(session.refreshToken.slice(4));
  });

  it('refuses an expired access token', async () => {
    const owner = await t.signUp();
    clock.advance(15 * 60_000 + 1_000);
    expect((await profile(owner.headers)).statusCode).toBe(401);
  });

  it('rotates signing keys: new tokens name the new key, tokens of the retired key work until their grace ends', async () => {
    const owner = await t.signUp();
    const before = decodeProtectedHeader(owner.token).kid;
    const kid = await identityOf(t).tokens.rotateSigningKey();
    expect(kid).not.toBe(before);
    const fresh = await login(t, owner.email, owner.password);
    expect(decodeProtectedHeader(fresh.accessToken).kid).toBe(kid);
    expect((await profile(owner.headers)).statusCode).toBe(200); // signed with the retired key
    clock.advance(21 * 60_000); // past the 15 min token life + 5 min grace
    const reissued = await refresh(fresh.refreshToken);
    expect(reissued.statusCode).toBe(200);
    expect((await profile({ authorization: `Bearer ${reissued.json().accessToken}` })).statusCode).toBe(200);
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from identity.signing_keys where retired_at is null');
    expect(rows[0].n).toBe(1);
  });
});

describe('refresh token rotation', () => {
  it('trades a refresh token for new tokens once, in the same session', async () => {
    const owner = await t.signUp();
    const first = await login(t, owner.email, owner.password, { tenantId: owner.tenantId });
    const response = await refresh(first.refreshToken);
    expect(response.statusCode).toBe(200);
    const second = response.json() as { accessToken: string; refreshToken: string; sessionId: string; tenant: { id: string; role: string } };
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.tenant).toMatchObject({ id: owner.tenantId, role: 'owner' });
    expect(decodeJwt(second.accessToken)).toMatchObject({ sid: first.sessionId, tid: owner.tenantId });
    expect((await profile({ authorization: `Bearer ${second.accessToken}` })).statusCode).toBe(200);
  });

  it('revokes the whole family when a used refresh token comes back', async () => {
    const owner = await t.signUp();
    const stolen = await login(t, owner.email, owner.password);
    const legit = (await refresh(stolen.refreshToken)).json() as { accessToken: string; refreshToken: string };
    const newest = (await refresh(legit.refreshToken)).json() as { accessToken: string; refreshToken: string };

    const replay = await refresh(stolen.refreshToken); // the attacker replays the old token
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'AUTH.REFRESH_TOKEN_REUSED' });

    // Every token of the family is dead: the newest refresh token and the access tokens.
    const after = await refresh(newest.refreshToken);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'AUTH.INVALID_REFRESH_TOKEN' });
    expect((await profile({ authorization: `Bearer ${newest.accessToken}` })).statusCode).toBe(401);
    expect((await profile({ authorization: `Bearer ${stolen.accessToken}` })).statusCode).toBe(401);

    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select revoked_reason from identity.sessions where id = $1', [stolen.sessionId]);
    expect(rows[0].revoked_reason).toBe('token_reuse');
    // Other sessions of the user are untouched.
    expect((await profile(owner.headers)).statusCode).toBe(200);
    // The owner's tenant audit trail and security log show it.
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?limit=50', headers: owner.headers });
    expect((audit.json() as { items: { action: string }[] }).items.map((r) => r.action)).toContain('user.refresh_token_reused');
  });

  it('lets only one of two concurrent uses of the same token win, and then ends the session', async () => {
    const owner = await t.signUp();
    const session = await login(t, owner.email, owner.password);
    const [a, b] = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 401]);
    const winner = (a.statusCode === 200 ? a : b).json() as { refreshToken: string };
    expect((await refresh(winner.refreshToken)).statusCode).toBe(401);
  });

  it('refuses unknown tokens and a missing token', async () => {
    const unknown = await refresh('krt_' + 'A'.repeat(43));
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({ code: 'AUTH.INVALID_REFRESH_TOKEN' });
    const missing = await post(t, '/api/v1/auth/refresh', {});
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ code: 'AUTH.REFRESH_TOKEN_REQUIRED' });
  });

  it('slides the session 30 days from each refresh, and ends it after 30 idle days', async () => {
    const owner = await t.signUp();
    let current = await login(t, owner.email, owner.password);
    clock.advance(29 * 24 * 3_600_000);
    const renewed = await refresh(current.refreshToken);
    expect(renewed.statusCode).toBe(200);
    expect(new Date(renewed.json().refreshExpiresAt).getTime() - clock.now().getTime()).toBe(30 * 24 * 3_600_000);
    current = renewed.json();
    clock.advance(30 * 24 * 3_600_000 + 1_000);
    expect((await refresh(current.refreshToken)).statusCode).toBe(401);
  });

  it('never keeps a session past 90 days, however often it is refreshed', async () => {
    const owner = await t.signUp();
    let token = (await login(t, owner.email, owner.password)).refreshToken;
    for (let i = 0; i < 4; i += 1) {
      clock.advance(20 * 24 * 3_600_000); // days 20, 40, 60, 80
      const response = await refresh(token);
      expect(response.statusCode).toBe(200);
      token = response.json().refreshToken;
    }
    clock.advance(11 * 24 * 3_600_000); // day 91 from sign-in, only 11 days after the last refresh
    expect((await refresh(token)).statusCode).toBe(401);
  });

  it('drops a tenant from the token when the membership is gone', async () => {
    const owner = await t.signUp();
    const session = await login(t, owner.email, owner.password, { tenantId: owner.tenantId });
    await adminQuery(t.testDb.ownerUrl, 'delete from identity.memberships where user_id = $1', [owner.userId]);
    const response = await refresh(session.refreshToken);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ tenant: null });
    expect(decodeJwt(response.json().accessToken).tid).toBeNull();
  });
});

describe('logout and the session list', () => {
  it('logout ends the session at once: its access token and refresh token stop working', async () => {
    const owner = await t.signUp();
    const session = await login(t, owner.email, owner.password, { tenantId: owner.tenantId });
    expect((await profile(session.headers)).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect(out.body).toBe('');
    const denied = await profile(session.headers);
    expect(denied.statusCode).toBe(401);
    expect(denied.json()).toMatchObject({ code: 'AUTH.INVALID_TOKEN' });
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
    expect((await profile(owner.headers)).statusCode).toBe(200); // another session of the same user
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?limit=5', headers: owner.headers });
    expect((audit.json() as { items: { action: string }[] }).items[0]!.action).toBe('user.signed_out');
  });

  it('logout with only the refresh token (access token already expired)', async () => {
    const owner = await t.signUp();
    const session = await login(t, owner.email, owner.password);
    clock.advance(16 * 60_000);
    const out = await post(t, '/api/v1/auth/logout', { refreshToken: session.refreshToken });
    expect(out.statusCode).toBe(204);
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
    expect((await post(t, '/api/v1/auth/logout', {})).statusCode).toBe(401);
  });

  it('lists active sessions with the current one marked, and revokes one by id', async () => {
    const owner = await t.signUp();
    const phone = await login(t, owner.email, owner.password, { headers: { 'user-agent': 'KontorPhone/2.1' }, remoteAddress: '192.0.2.44' });
    const laptop = await login(t, owner.email, owner.password, { headers: { 'user-agent': 'KontorLaptop/1.0' } });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: laptop.headers });
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: { id: string; current: boolean; userAgent: string; ip: string }[] }).items;
    expect(items.length).toBe(4); // two from signUp, phone, laptop
    expect(items.find((s) => s.current)?.id).toBe(laptop.sessionId);
    expect(items.find((s) => s.id === phone.sessionId)).toMatchObject({ userAgent: 'KontorPhone/2.1', ip: '192.0.2.44', current: false });

    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${phone.sessionId}`, headers: laptop.headers });
    expect(revoked.statusCode).toBe(204);
    expect((await profile(phone.headers)).statusCode).toBe(401);
    expect((await refresh(phone.refreshToken)).statusCode).toBe(401);
    expect((await profile(laptop.headers)).statusCode).toBe(200);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${phone.sessionId}`, headers: laptop.headers });
    expect(again.statusCode).toBe(404);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: laptop.headers })).json() as { items: { id: string }[] };
    expect(listed.items.map((s) => s.id)).not.toContain(phone.sessionId);
  });

  it("cannot see or end another user's sessions", async () => {
    const alice = await t.signUp();
    const bob = await t.signUp();
    const bobSession = await login(t, bob.email, bob.password);
    const attempt = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${bobSession.sessionId}`, headers: alice.headers });
    expect(attempt.statusCode).toBe(404);
    expect((await profile(bobSession.headers)).statusCode).toBe(200);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: alice.headers })).json() as { items: { id: string }[] };
    expect(list.items.map((s) => s.id)).not.toContain(bobSession.sessionId);
  });

  it('switch-tenant keeps the session, and refresh then stays in the new tenant', async () => {
    const owner = await t.signUp();
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      headers: owner.headers,
      payload: { name: 'Second Shop', countryCode: 'IN', baseCurrency: 'INR', timezone: 'Asia/Kolkata' },
    });
    const secondId = (second.json() as { id: string }).id;
    const session = await login(t, owner.email, owner.password, { tenantId: owner.tenantId });
    const switched = await t.app.inject({ method: 'POST', url: '/api/v1/auth/switch-tenant', headers: session.headers, payload: { tenantId: secondId } });
    expect(switched.statusCode).toBe(200);
    const body = switched.json() as { accessToken: string; sessionId: string; refreshToken?: string; tenant: { id: string } };
    expect(body.sessionId).toBe(session.sessionId);
    expect(body.refreshToken).toBeUndefined();
    expect(body.tenant.id).toBe(secondId);
    const refreshed = await refresh(session.refreshToken);
    expect(refreshed.json()).toMatchObject({ tenant: { id: secondId } });
  });

  it('ignores Idempotency-Key on credential-minting routes, so tokens are never stored for replay', async () => {
    const owner = await t.signUp();
    const headers = { 'idempotency-key': `login-${owner.userId}` };
    const a = await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password }, { headers });
    const b = await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password }, { headers });
    expect(a.statusCode).toBe(200);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(a.json().refreshToken).not.toBe(b.json().refreshToken);
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from platform.idempotency_keys where key = $1', [headers['idempotency-key']]);
    expect(rows[0].n).toBe(0);
  });
});

describe('housekeeping', () => {
  it('prunes sessions and their tokens 30 days after they ended, keeping live ones', async () => {
    const owner = await t.signUp();
    const ended = await login(t, owner.email, owner.password);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: ended.headers });
    clock.advance(29 * 24 * 3_600_000);
    const live = await login(t, owner.email, owner.password);
    clock.advance(2 * 24 * 3_600_000);
    await identityModule.jobs!.find((j) => j.name === 'prune-sessions')!.run(t.context);
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select id from identity.sessions where user_id = $1', [owner.userId]);
    const ids = rows.map((r: { id: string }) => r.id);
    expect(ids).not.toContain(ended.sessionId);
    expect(ids).toContain(live.sessionId);
    const tokens = await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from identity.refresh_tokens where session_id = $1', [ended.sessionId]);
    expect(tokens.rows[0].n).toBe(0);
    expect((await refresh(live.refreshToken)).statusCode).toBe(200);
  });
});
