import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, resetClock, setClock } from '../../src/kernel/index.js';
import { verifyTenantChain } from '../../src/platform/audit/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { changedTables, rowCounts } from '../support/row-counts.js';
import { accountKey, ipKey } from '../../src/modules/identity/throttle.js';
import { identityOf, login, post, uniqueEmail } from './helpers.js';

let t: TestApp;
const clock = fixedClock(new Date());
let ipCounter = 0;
/** A fresh client address per test, so the per-IP counter of one test does not leak into the next. */
const nextIp = () => `198.51.100.${(ipCounter += 1)}`;

beforeAll(async () => {
  setClock(clock);
  t = await createTestApp({ config: { loginMaxFailuresPerAccount: 5, loginMaxFailuresPerIp: 12, loginThrottleWindowSeconds: 900 } });
});
afterAll(async () => {
  resetClock();
  await t?.close();
});
afterEach(() => clock.advance(901_000)); // every test starts with empty windows

const attempt = (email: string, password: string, remoteAddress: string) => post(t, '/api/v1/auth/login', { email, password }, { remoteAddress });

describe('login throttling per account', () => {
  it('turns a brute force into 429 with Retry-After, refusing even the right password until the window passes', async () => {
    const owner = await t.signUp();
    const ip = nextIp();
    for (let i = 0; i < 5; i += 1) {
      const failed = await attempt(owner.email, `wrong guess ${i}`, ip);
      expect(failed.statusCode).toBe(401);
      expect(failed.json()).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
    }
    const refused = await attempt(owner.email, owner.password, ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({ status: 429, code: 'AUTH.TOO_MANY_ATTEMPTS' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);

    // From another address too: the lock is on the account.
    expect((await attempt(owner.email, owner.password, nextIp())).statusCode).toBe(429);

    clock.advance(retryAfter * 1000);
    expect((await attempt(owner.email, owner.password, ip)).statusCode).toBe(200);
  });

  it('forgives earlier failures after a successful sign-in', async () => {
    const owner = await t.signUp();
    const ip = nextIp();
    for (let i = 0; i < 4; i += 1) await attempt(owner.email, `wrong ${i}`, ip);
    expect((await attempt(owner.email, owner.password, ip)).statusCode).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await attempt(owner.email, `wrong again ${i}`, ip)).statusCode).toBe(401);
    expect((await attempt(owner.email, owner.password, ip)).statusCode).toBe(200);
  });

  it('throttles unknown addresses the same way, so a 429 tells nothing about which accounts exist', async () => {
    const email = uniqueEmail('ghost');
    const ip = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await attempt(email, `guess ${i}`, ip)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('answers a parallel burst with at most `limit` password checks', async () => {
    const owner = await t.signUp();
    const ip = nextIp();
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(owner.email, `parallel ${i}`, ip)));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });
});

describe('login throttling per IP', () => {
  it('stops one address guessing across many accounts, without touching other addresses', async () => {
    const ip = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 13; i += 1) statuses.push((await attempt(uniqueEmail('spray'), 'Spring2026-guess', ip)).statusCode);
    expect(statuses.slice(0, 12).every((s) => s === 401)).toBe(true);
    expect(statuses[12]).toBe(429);
    const owner = await t.signUp();
    expect((await attempt(owner.email, owner.password, ip)).statusCode).toBe(429);
    expect((await attempt(owner.email, owner.password, nextIp())).statusCode).toBe(200);
  });

  it('counts only failures: many successful sign-ins from one office address are fine', async () => {
    const owner = await t.signUp();
    const ip = nextIp();
    for (let i = 0; i < 15; i += 1) expect((await attempt(owner.email, owner.password, ip)).statusCode).toBe(200);
  });

  it('groups IPv6 clients by /64 and reads IPv4-mapped addresses as IPv4', async () => {
    expect(ipKey('2001:db8:42:7::1')).toBe(ipKey('2001:0db8:0042:0007:ffff:1:2:3'));
    expect(ipKey('2001:db8:42:7::1')).not.toBe(ipKey('2001:db8:42:8::1'));
    expect(ipKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    const statuses: number[] = [];
    for (let i = 1; i <= 13; i += 1) statuses.push((await attempt(uniqueEmail('v6'), 'Spring2026-guess', `2001:db8:42:7::${i.toString(16)}`)).statusCode);
    expect(statuses[12]).toBe(429);
    expect((await attempt(uniqueEmail('v6'), 'Spring2026-guess', '2001:db8:42:8::1')).statusCode).toBe(401);
  });
});

describe('audit of sign-in and failed sign-in', () => {
  it("records a sign-in and a failed sign-in in the tenant's hash chain, with no secret in it", async () => {
    const owner = await t.signUp();
    const ip = nextIp();
    await attempt(owner.email, 'not my password at all', ip);
    await login(t, owner.email, owner.password, { tenantId: owner.tenantId, remoteAddress: ip, headers: { 'user-agent': 'KontorTest/1.0' } });
    await identityOf(t).idle(); // failed sign-ins are recorded after the answer
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?limit=50', headers: owner.headers });
    expect(page.statusCode).toBe(200);
    const records = (page.json() as { items: { action: string; entityId: string; ip: string | null; actor: { type: string }; after: unknown }[] }).items;
    const failed = records.find((r) => r.action === 'user.sign_in_failed');
    const signedIn = records.filter((r) => r.action === 'user.signed_in');
    expect(failed).toMatchObject({ entityId: owner.userId, ip, actor: { type: 'system' }, after: { reason: 'wrong_password' } });
    expect(signedIn.at(0)).toMatchObject({ entityId: owner.userId, ip, actor: { type: 'user' }, after: { method: 'password', userAgent: 'KontorTest/1.0' } });
    expect(JSON.stringify(records)).not.toContain('not my password at all');
    expect(JSON.stringify(records)).not.toContain(owner.password);
    const chain = await verifyTenantChain(t.db.system, owner.tenantId);
    expect(chain.ok).toBe(true);
  });

  it("keeps the user's own security log of sign-ins, failures and throttling", async () => {
    const owner = await t.signUp();
    const ip = nextIp();
    for (let i = 0; i < 7; i += 1) await attempt(owner.email, `wrong ${i}`, ip);
    clock.advance(901_000);
    const session = await login(t, owner.email, owner.password, { remoteAddress: ip });
    await identityOf(t).idle();
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/security-events?limit=5', headers: session.headers });
    expect(response.statusCode).toBe(200);
    const page = response.json() as { items: { type: string; ip: string }[]; nextCursor: string | null };
    expect(page.items.map((e) => e.type)).toEqual([
      'auth.signed_in',
      'auth.sign_in_throttled', // once per window, however often the locked account is tried
      'auth.sign_in_failed',
      'auth.sign_in_failed',
      'auth.sign_in_failed',
    ]);
    expect(page.items[0]!.ip).toBe(ip);
    const next = await t.app.inject({ method: 'GET', url: `/api/v1/auth/security-events?limit=50&cursor=${page.nextCursor}`, headers: session.headers });
    const rest = (next.json() as { items: { type: string }[] }).items.map((e) => e.type);
    expect(rest.filter((type) => type === 'auth.sign_in_failed')).toHaveLength(2);
    expect(rest).toContain('auth.signed_in'); // the sign-ins signUp made
  });

  it('writes nothing to the database for failed attempts on unknown accounts', async () => {
    const before = await rowCounts(t.testDb.ownerUrl);
    const ip = nextIp();
    for (let i = 0; i < 7; i += 1) await attempt(uniqueEmail('unknown'), 'whatever it may be', ip);
    await identityOf(t).idle();
    expect(changedTables(before, await rowCounts(t.testDb.ownerUrl))).toEqual([]);
  });

  it('keys account counters by a hash of the normalised address, never the address itself', async () => {
    const email = uniqueEmail('private');
    await attempt(email, 'whatever it may be', nextIp());
    const key = accountKey(email);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(accountKey(`  ${email.toUpperCase()} `)).toBe(key);
    const { limiter, throttle } = identityOf(t);
    expect((await limiter.peek(throttle.rules.loginAccount, key)).count).toBe(1);
  });
});
