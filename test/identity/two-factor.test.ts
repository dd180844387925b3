import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, now, resetClock, setClock } from '../../src/kernel/index.js';
import { totpCode } from '../../src/modules/identity/domain/totp.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { dumpAllTables } from '../support/row-counts.js';
import { identityOf, lastMail, login, post, uniqueEmail } from './helpers.js';

let t: TestApp;
const clock = fixedClock(new Date());
let ipCounter = 0;
/** A fresh client address per test, so one test's failures do not count in the next. */
const nextIp = () => `203.0.113.${(ipCounter += 1)}`;
/** The next 30-second step: a code from the app that was not used yet. */
const nextStep = () => clock.advance(30_000);

beforeAll(async () => {
  setClock(clock);
  t = await createTestApp({ config: { loginMaxFailuresPerAccount: 8, loginMaxFailuresPerIp: 50, loginThrottleWindowSeconds: 900 } });
});
afterAll(async () => {
  resetClock();
  await t?.close();
});
afterEach(() => clock.advance(901_000));

type Owner = Awaited<ReturnType<TestApp['signUp']>>;

function call(method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: unknown, remoteAddress?: string) {
  return t.app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }), ...(remoteAddress && { remoteAddress }) });
}

/** Sets up and turns on 2FA for a signed-in user; returns the secret and recovery codes. */
async function enrol(user: { headers: Record<string, string>; password: string }) {
  const setup = await call('POST', '/api/v1/auth/2fa/setup', user.headers, { password: user.password });
  expect(setup.statusCode, setup.body).toBe(200);
  const { secret } = setup.json() as { secret: string };
  const enabled = await call('POST', '/api/v1/auth/2fa/enable', user.headers, { code: totpCode(secret, now()) });
  expect(enabled.statusCode, enabled.body).toBe(200);
  return { secret, recoveryCodes: (enabled.json() as { recoveryCodes: string[] }).recoveryCodes };
}

async function passwordStep(email: string, password: string, ip: string, extra: Record<string, unknown> = {}) {
  const response = await post(t, '/api/v1/auth/login', { email, password, ...extra }, { remoteAddress: ip });
  expect(response.statusCode, response.body).toBe(202);
  return (response.json() as { challenge: string }).challenge;
}

const secondStep = (payload: Record<string, unknown>, ip: string, headers: Record<string, string> = {}) =>
  post(t, '/api/v1/auth/login/2fa', payload, { remoteAddress: ip, headers });

function expectProblem(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status, code });
}

async function securityEventTypes(headers: Record<string, string>): Promise<string[]> {
  const page = await call('GET', '/api/v1/auth/security-events?limit=100', headers);
  return (page.json() as { items: { type: string }[] }).items.map((e) => e.type);
}

async function auditActions(tenantId: string, userId: string): Promise<string[]> {
  const { rows } = await adminQuery(
    t.testDb.ownerUrl,
    `select action from platform.audit_log where tenant_id = $1 and entity_id = $2 order by seq`,
    [tenantId, userId],
  );
  return rows.map((r: { action: string }) => r.action);
}

describe('two-factor enrolment', () => {
  it('re-checks the password, hands out a secret and otpauth URI, and turns on with the first code (recovery codes once)', async () => {
    const owner = await t.signUp();
    expectProblem(await call('POST', '/api/v1/auth/2fa/setup', owner.headers, { password: 'not my password at all' }), 403, 'IDENTITY.PASSWORD_INCORRECT');

    const setup = await call('POST', '/api/v1/auth/2fa/setup', owner.headers, { password: owner.password });
    expect(setup.statusCode).toBe(200);
    expect(setup.headers['cache-control']).toBe('no-store');
    const { secret, otpauthUri, issuer, account } = setup.json() as { secret: string; otpauthUri: string; issuer: string; account: string };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(issuer).toBe('Kontor');
    expect(account).toBe(owner.email);
    const uri = new URL(otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe(`/Kontor:${owner.email}`);
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ issuer: 'Kontor', secret, algorithm: 'SHA1', digits: '6', period: '30' });

    const pending = (await call('GET', '/api/v1/auth/2fa', owner.headers)).json();
    expect(pending).toMatchObject({ enabled: false, pending: true, recoveryCodesRemaining: 0 });
    // Not on yet: signing in still gives tokens at once.
    expect((await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password })).statusCode).toBe(200);

    const wrong = await call('POST', '/api/v1/auth/2fa/enable', owner.headers, { code: totpCode(secret, new Date(now().getTime() - 300_000)) });
    expectProblem(wrong, 400, 'AUTH.INVALID_TWO_FACTOR_CODE');
    expect(wrong.json()).toMatchObject({ errors: [{ path: 'body.code' }] });
    expectProblem(await call('POST', '/api/v1/auth/2fa/enable', owner.headers, { code: '12345' }), 400, 'REQUEST.VALIDATION_FAILED');

    const enabled = await call('POST', '/api/v1/auth/2fa/enable', owner.headers, { code: totpCode(secret, now()) });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.headers['cache-control']).toBe('no-store');
    const { recoveryCodes } = enabled.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);

    const status = (await call('GET', '/api/v1/auth/2fa', owner.headers)).json();
    expect(status).toMatchObject({ enabled: true, pending: false, recoveryCodesRemaining: 10, requiredBy: [] });
    expect(typeof (status as { enabledAt: string }).enabledAt).toBe('string');
    // A second set-up would silently replace the app in use: refused.
    expectProblem(await call('POST', '/api/v1/auth/2fa/setup', owner.headers, { password: owner.password }), 409, 'IDENTITY.TWO_FACTOR_ALREADY_ENABLED');
    expectProblem(await call('POST', '/api/v1/auth/2fa/enable', owner.headers, { code: totpCode(secret, now()) }), 409, 'IDENTITY.TWO_FACTOR_ALREADY_ENABLED');

    await identityOf(t).idle();
    expect(await securityEventTypes(owner.headers)).toContain('auth.two_factor_enabled');
    expect(await auditActions(owner.tenantId, owner.userId)).toContain('user.two_factor_enabled');
  });

  it('is for signed-in users only', async () => {
    expectProblem(await post(t, '/api/v1/auth/2fa/setup', { password: 'whatever it is' }), 401, 'AUTH.REQUIRED');
    const owner = await t.signUp();
    const created = await call('POST', '/api/v1/api-keys', owner.headers, { name: 'k', permissions: ['identity.tenant.read'] });
    const key = (created.json() as { key: string }).key;
    expectProblem(await call('GET', '/api/v1/auth/2fa', { 'x-api-key': key }), 403, 'AUTH.USER_REQUIRED');
    expectProblem(await call('POST', '/api/v1/auth/2fa/enable', owner.headers, { code: '123456' }), 409, 'IDENTITY.TWO_FACTOR_NOT_SET_UP');
    expectProblem(await call('POST', '/api/v1/auth/2fa/recovery-codes', owner.headers, { code: '123456' }), 409, 'IDENTITY.TWO_FACTOR_NOT_ENABLED');
  });
});

describe('signing in with two-factor on', () => {
  it('answers a right password with a challenge, not tokens; a code from the app then gives the normal session', async () => {
    const owner = await t.signUp();
    const { secret } = await enrol(owner);
    const ip = nextIp();
    nextStep();

    const first = await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password }, { remoteAddress: ip, headers: { 'x-kontor-client': 'web' } });
    expect(first.statusCode).toBe(202);
    const body = first.json() as Record<string, unknown>;
    expect(body).toMatchObject({ mfaRequired: true, methods: ['totp', 'recovery_code'] });
    expect(body.challenge).toMatch(/^kmfa_[A-Za-z0-9_-]{43}$/);
    expect(new Date(body.expiresAt as string).getTime() - now().getTime()).toBe(5 * 60_000);
    expect(body).not.toHaveProperty('accessToken');
    expect(first.headers['set-cookie']).toBeUndefined();
    // A wrong password still is a plain 401.
    expectProblem(await post(t, '/api/v1/auth/login', { email: owner.email, password: 'wrong wrong wrong' }, { remoteAddress: ip }), 401, 'AUTH.INVALID_CREDENTIALS');

    const wrong = await secondStep({ challenge: body.challenge, code: totpCode(secret, new Date(now().getTime() - 600_000)) }, ip);
    expectProblem(wrong, 400, 'AUTH.INVALID_TWO_FACTOR_CODE');

    const web = await secondStep({ challenge: body.challenge, code: totpCode(secret, now()) }, ip, { 'x-kontor-client': 'web' });
    expect(web.statusCode, web.body).toBe(200);
    const grant = web.json() as { accessToken: string; csrfToken: string; tenant: { id: string }; refreshToken?: string };
    expect(grant.tenant.id).toBe(owner.tenantId);
    expect(grant.csrfToken).toBeTruthy();
    expect(grant.refreshToken).toBeUndefined(); // web: the refresh token is in the httpOnly cookie
    expect(String(web.headers['set-cookie'])).toContain('kontor_refresh=');
    const profile = await call('GET', '/api/v1/auth/profile', { authorization: `Bearer ${grant.accessToken}` });
    expect(profile.statusCode).toBe(200);

    // The challenge is used up.
    expectProblem(await secondStep({ challenge: body.challenge, code: totpCode(secret, now()) }, ip), 401, 'AUTH.INVALID_CHALLENGE');
    // The same code cannot sign in again (replay), even with a fresh challenge.
    const again = await passwordStep(owner.email, owner.password, ip);
    expectProblem(await secondStep({ challenge: again, code: totpCode(secret, now()) }, ip), 400, 'AUTH.INVALID_TWO_FACTOR_CODE');
    nextStep();
    const api = await secondStep({ challenge: again, code: totpCode(secret, now()) }, ip);
    expect(api.statusCode, api.body).toBe(200);
    expect(api.json()).toHaveProperty('refreshToken');

    await identityOf(t).idle();
    const events = await securityEventTypes(owner.headers);
    expect(events).toContain('auth.two_factor_failed');
    const actions = await auditActions(owner.tenantId, owner.userId);
    expect(actions).toContain('user.two_factor_failed');
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select detail->>'method' as method from identity.security_events where user_id = $1 and type = 'auth.signed_in' order by occurred_at`, [owner.userId]);
    expect(rows.map((r: { method: string }) => r.method)).toContain('password+totp');
  });

  it('accepts each recovery code once, and tells how many are left', async () => {
    const owner = await t.signUp();
    const { recoveryCodes } = await enrol(owner);
    const ip = nextIp();
    const challenge = await passwordStep(owner.email, owner.password, ip);
    // Typed sloppily: upper case, spaces instead of dashes.
    const typed = recoveryCodes[3]!.toUpperCase().replace(/-/g, ' ');
    const used = await secondStep({ challenge, recoveryCode: typed }, ip);
    expect(used.statusCode, used.body).toBe(200);

    const again = await passwordStep(owner.email, owner.password, ip);
    const reused = await secondStep({ challenge: again, recoveryCode: recoveryCodes[3] }, ip);
    expectProblem(reused, 400, 'AUTH.INVALID_TWO_FACTOR_CODE');
    expect(reused.json()).toMatchObject({ errors: [{ path: 'body.recoveryCode' }] });
    expect((await secondStep({ challenge: again, recoveryCode: recoveryCodes[4] }, ip)).statusCode).toBe(200);

    expect((await call('GET', '/api/v1/auth/2fa', owner.headers)).json()).toMatchObject({ recoveryCodesRemaining: 8 });
    await identityOf(t).idle();
    expect(await securityEventTypes(owner.headers)).toContain('auth.recovery_code_used');
    expect(await auditActions(owner.tenantId, owner.userId)).toContain('user.recovery_code_used');
  });

  it('lets a challenge live five minutes and take five tries, and counts wrong codes in the sign-in throttle (429)', async () => {
    const owner = await t.signUp();
    const { secret } = await enrol(owner);
    const ip = nextIp();
    nextStep();

    const stale = await passwordStep(owner.email, owner.password, ip); // attempt 1
    clock.advance(5 * 60_000 + 1_000);
    expectProblem(await secondStep({ challenge: stale, code: totpCode(secret, now()) }, ip), 401, 'AUTH.INVALID_CHALLENGE');
    clock.advance(901_000); // a fresh throttle window

    const challenge = await passwordStep(owner.email, owner.password, ip); // attempt 1
    for (let i = 0; i < 5; i += 1) {
      expectProblem(await secondStep({ challenge, code: '000000' }, ip), 400, 'AUTH.INVALID_TWO_FACTOR_CODE'); // attempts 2-6
    }
    // Five wrong tries burn the challenge: even the right code is refused now.
    expectProblem(await secondStep({ challenge, code: totpCode(secret, now()) }, ip), 401, 'AUTH.INVALID_CHALLENGE');

    // A used-up challenge checks nothing, so it counts nothing; the next tries do.
    const next = await passwordStep(owner.email, owner.password, ip); // attempt 7
    expectProblem(await secondStep({ challenge: next, code: '000000' }, ip), 400, 'AUTH.INVALID_TWO_FACTOR_CODE'); // attempt 8
    const throttled = await secondStep({ challenge: next, code: totpCode(secret, now()) }, ip); // attempt 9: over the limit of 8
    expectProblem(throttled, 429, 'AUTH.TOO_MANY_ATTEMPTS');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // And the password step is refused too, until the window passes.
    expectProblem(await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password }, { remoteAddress: ip }), 429, 'AUTH.TOO_MANY_ATTEMPTS');

    clock.advance(901_000);
    const fresh = await passwordStep(owner.email, owner.password, ip);
    expect((await secondStep({ challenge: fresh, code: totpCode(secret, now()) }, ip)).statusCode).toBe(200);
  });

  it('keeps the tenant asked for at the password step, and refuses a tenant the user is not in before the code', async () => {
    const owner = await t.signUp();
    const { secret } = await enrol(owner);
    const other = await t.signUp();
    const ip = nextIp();
    nextStep();
    expectProblem(await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password, tenantId: other.tenantId }, { remoteAddress: ip }), 403, 'AUTH.NOT_A_MEMBER');
    const challenge = await passwordStep(owner.email, owner.password, ip, { tenantId: owner.tenantId });
    const grant = await secondStep({ challenge, code: totpCode(secret, now()) }, ip);
    expect(grant.json()).toMatchObject({ tenant: { id: owner.tenantId, role: 'owner' } });
  });

  it('lets one code sign in once even when sent twice at the same moment', async () => {
    const owner = await t.signUp();
    const { secret } = await enrol(owner);
    const ip = nextIp();
    nextStep();
    const [a, b] = [await passwordStep(owner.email, owner.password, ip), await passwordStep(owner.email, owner.password, ip)];
    const code = totpCode(secret, now());
    const answers = await Promise.all([secondStep({ challenge: a, code }, ip), secondStep({ challenge: b, code }, ip)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 400]);

    nextStep();
    const c = await passwordStep(owner.email, owner.password, ip);
    const fresh = totpCode(secret, now());
    const same = await Promise.all([secondStep({ challenge: c, code: fresh }, ip), secondStep({ challenge: c, code: fresh }, ip)]);
    expect(same.filter((r) => r.statusCode === 200)).toHaveLength(1);
  });

  it('rejects malformed second steps with field paths, never a 500', async () => {
    const ip = nextIp();
    const both = await secondStep({ challenge: 'kmfa_x', code: '123456', recoveryCode: 'abcd-efgh-jkmn' }, ip);
    expectProblem(both, 400, 'REQUEST.VALIDATION_FAILED');
    expect(JSON.stringify(both.json())).toContain('body.code');
    expectProblem(await secondStep({ challenge: 'kmfa_x' }, ip), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await secondStep({ challenge: 'kmfa_x', code: '123456', extra: 1 }, ip), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await secondStep({ challenge: 'kmfa_unknown', code: '123456' }, ip), 401, 'AUTH.INVALID_CHALLENGE');
  });
});

describe('managing two-factor', () => {
  it('turns off with password and code, after which sign-in needs the password only', async () => {
    const owner = await t.signUp();
    const { secret, recoveryCodes } = await enrol(owner);
    nextStep();
    expectProblem(await call('POST', '/api/v1/auth/2fa/disable', owner.headers, { password: 'not the password', code: totpCode(secret, now()) }), 403, 'IDENTITY.PASSWORD_INCORRECT');
    expectProblem(await call('POST', '/api/v1/auth/2fa/disable', owner.headers, { password: owner.password, code: '000000' }), 400, 'AUTH.INVALID_TWO_FACTOR_CODE');
    const off = await call('POST', '/api/v1/auth/2fa/disable', owner.headers, { password: owner.password, recoveryCode: recoveryCodes[0] });
    expect(off.statusCode, off.body).toBe(204);
    expect((await call('GET', '/api/v1/auth/2fa', owner.headers)).json()).toMatchObject({ enabled: false, pending: false, recoveryCodesRemaining: 0 });
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select (select count(*) from identity.two_factor where user_id = $1)::int as f, (select count(*) from identity.recovery_codes where user_id = $1)::int as r', [owner.userId]);
    expect(rows[0]).toEqual({ f: 0, r: 0 });
    expect((await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password })).statusCode).toBe(200);

    await identityOf(t).idle();
    const events = await securityEventTypes(owner.headers);
    expect(events).toEqual(expect.arrayContaining(['auth.two_factor_disabled', 'auth.password_check_failed', 'auth.two_factor_failed']));
    expect(await auditActions(owner.tenantId, owner.userId)).toEqual(expect.arrayContaining(['user.two_factor_enabled', 'user.two_factor_disabled']));
  });

  it('regenerates recovery codes with a current code; the old ones stop working', async () => {
    const owner = await t.signUp();
    const { secret, recoveryCodes: old } = await enrol(owner);
    nextStep();
    expectProblem(await call('POST', '/api/v1/auth/2fa/recovery-codes', owner.headers, { code: '000000' }), 400, 'AUTH.INVALID_TWO_FACTOR_CODE');
    const fresh = await call('POST', '/api/v1/auth/2fa/recovery-codes', owner.headers, { code: totpCode(secret, now()) });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.headers['cache-control']).toBe('no-store');
    const codes = (fresh.json() as { recoveryCodes: string[] }).recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(codes.filter((c) => old.includes(c))).toEqual([]);

    const ip = nextIp();
    const challenge = await passwordStep(owner.email, owner.password, ip);
    expectProblem(await secondStep({ challenge, recoveryCode: old[0] }, ip), 400, 'AUTH.INVALID_TWO_FACTOR_CODE');
    expect((await secondStep({ challenge, recoveryCode: codes[0] }, ip)).statusCode).toBe(200);
    await identityOf(t).idle();
    expect(await auditActions(owner.tenantId, owner.userId)).toContain('user.recovery_codes_regenerated');
  });

  it('keeps the TOTP secret encrypted and recovery codes and challenges hashed at rest', async () => {
    const owner = await t.signUp();
    const { secret, recoveryCodes } = await enrol(owner);
    const challenge = await passwordStep(owner.email, owner.password, nextIp());
    await identityOf(t).idle();
    const dump = await dumpAllTables(t.testDb.ownerUrl);
    expect(dump).toContain(owner.email);
    for (const value of [secret, secret.toLowerCase(), challenge, challenge.slice('kmfa_'.length), ...recoveryCodes, ...recoveryCodes.map((c) => c.replace(/-/g, ''))]) {
      expect(dump.includes(value), `found a secret in the database: ${value.slice(0, 8)}…`).toBe(false);
    }
    // The application role cannot read the key that would decrypt the secret.
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select has_table_privilege('kontor_app', 'identity.encryption_keys', 'select') as can`);
    expect(rows[0].can).toBe(false);
  });
});

describe('tenant policy: two-factor required for chosen roles', () => {
  const PASSWORD = 'a perfectly fine passphrase';

  async function join(owner: Owner, role: string) {
    const email = uniqueEmail(role);
    await identityOf(t).service.registerUser({ email, name: `A ${role}`, password: PASSWORD });
    const invited = await call('POST', `/api/v1/tenants/${owner.tenantId}/members`, owner.headers, { email, role });
    expect(invited.statusCode, invited.body).toBe(201);
    const token = /#token=(kinv_[A-Za-z0-9_-]{43})/.exec((await lastMail(t, email, 'identity.invitation'))?.text ?? '')?.[1];
    const session = await login(t, email, PASSWORD);
    expect((await call('POST', `/api/v1/invitations/${token}/accept`, session.headers)).statusCode).toBe(200);
    const inTenant = await login(t, email, PASSWORD, { tenantId: owner.tenantId });
    return { email, password: PASSWORD, headers: inTenant.headers };
  }

  async function setPolicy(owner: Owner, roles: string[]) {
    const current = await call('GET', `/api/v1/tenants/${owner.tenantId}`, owner.headers);
    return call('PUT', `/api/v1/tenants/${owner.tenantId}/two-factor-policy`, { ...owner.headers, 'if-match': String(current.headers.etag) }, { require2faRoles: roles });
  }

  it('blocks members of a required role without 2FA from tenant routes with a clear 403 until they enrol', async () => {
    const owner = await t.signUp();
    const upgraded = await call('POST', `/api/v1/tenants/${owner.tenantId}/subscription/upgrade`, owner.headers, { plan: 'standard' });
    expect(upgraded.statusCode, upgraded.body).toBe(200);
    const accountant = await join(owner, 'accountant');
    const viewer = await join(owner, 'viewer');
    const tenantUrl = `/api/v1/tenants/${owner.tenantId}`;
    expect((await call('GET', tenantUrl, accountant.headers)).statusCode).toBe(200);

    const changed = await setPolicy(owner, ['accountant', 'admin']);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ require2faRoles: ['accountant', 'admin'] });
    expect((await call('GET', tenantUrl, owner.headers)).json()).toMatchObject({ require2faRoles: ['accountant', 'admin'] });

    const blocked = await call('GET', tenantUrl, accountant.headers);
    expectProblem(blocked, 403, 'IDENTITY.TWO_FACTOR_REQUIRED');
    expectProblem(await call('GET', '/api/v1/accounts', accountant.headers), 403, 'IDENTITY.TWO_FACTOR_REQUIRED');
    // Other roles, and the owner, are not affected.
    expect((await call('GET', tenantUrl, viewer.headers)).statusCode).toBe(200);
    // The blocked member can still see their profile and why, enrol, and sign out.
    const status = await call('GET', '/api/v1/auth/2fa', accountant.headers);
    expect(status.json()).toMatchObject({ enabled: false, requiredBy: [{ tenantId: owner.tenantId, role: 'accountant' }] });
    expect((await call('GET', '/api/v1/auth/profile', accountant.headers)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/auth/sessions', accountant.headers)).statusCode).toBe(200);
    // API keys are not people: the policy does not apply to them.
    const key = (await call('POST', '/api/v1/api-keys', owner.headers, { name: 'books sync', permissions: ['identity.tenant.read'] })).json() as { key: string };
    expect((await call('GET', tenantUrl, { 'x-api-key': key.key })).statusCode).toBe(200);
    await enrol(accountant);
    expect((await call('GET', tenantUrl, accountant.headers)).statusCode).toBe(200);

    // A member who cannot update the tenant cannot change the policy.
    const denied = await call('PUT', `${tenantUrl}/two-factor-policy`, { ...accountant.headers, 'if-match': '"1"' }, { require2faRoles: [] });
    expect(denied.statusCode).toBe(403);
    await identityOf(t).idle();
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select after->'require2faRoles' as roles from platform.audit_log where tenant_id = $1 and action = 'tenant.updated'`, [owner.tenantId]);
    expect(rows.map((r: { roles: unknown }) => r.roles)).toContainEqual(['accountant', 'admin']);
  });

  it('refuses to require 2FA of the caller\'s own role before they have it, and validates the list', async () => {
    const owner = await t.signUp();
    const refused = await setPolicy(owner, ['owner']);
    expectProblem(refused, 409, 'IDENTITY.ENABLE_TWO_FACTOR_FIRST');
    expectProblem(await setPolicy(owner, ['boss']), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await setPolicy(owner, ['admin', 'admin']), 400, 'REQUEST.VALIDATION_FAILED');
    const noIfMatch = await call('PUT', `/api/v1/tenants/${owner.tenantId}/two-factor-policy`, owner.headers, { require2faRoles: [] });
    expect(noIfMatch.statusCode).toBe(428);

    await enrol(owner);
    expect((await setPolicy(owner, ['owner'])).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/tenants/${owner.tenantId}`, owner.headers)).statusCode).toBe(200);
    expect((await setPolicy(owner, [])).json()).toMatchObject({ require2faRoles: [] });
  });
});
