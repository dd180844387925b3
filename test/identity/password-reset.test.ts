import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, resetClock, setClock } from '../../src/kernel/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { lastMail, login, mailCount, mailedCode, post, uniqueEmail } from './helpers.js';

let t: TestApp;
const clock = fixedClock(new Date());
const NEW_PASSWORD = 'a brand new passphrase';

beforeAll(async () => {
  setClock(clock);
  t = await createTestApp();
});
afterAll(async () => {
  resetClock();
  await t?.close();
});

const profile = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/profile', headers });

async function requestReset(email: string): Promise<string> {
  const response = await post(t, '/api/v1/auth/forgot-password', { email });
  expect(response.statusCode).toBe(202);
  return mailedCode(t, email, 'identity.reset-password');
}

describe('POST /api/v1/auth/forgot-password', () => {
  it('mails a one-time code to a known address, and answers an unknown one identically without mail', async () => {
    const owner = await t.signUp();
    const known = await post(t, '/api/v1/auth/forgot-password', { email: owner.email });
    const ghost = uniqueEmail('ghost');
    const unknown = await post(t, '/api/v1/auth/forgot-password', { email: ghost });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual(known.json());
    const mail = await lastMail(t, owner.email, 'identity.reset-password');
    expect(mail?.text).toMatch(/expires in 30 minutes/);
    expect(await mailCount(t, ghost)).toBe(0);
  });

  it('limits reset mails per address (429 with Retry-After), known or not', async () => {
    const owner = await t.signUp();
    const ghost = uniqueEmail('ghost');
    for (const email of [owner.email, ghost]) {
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 6; i += 1) {
        last = await post(t, '/api/v1/auth/forgot-password', { email });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
      expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    }
    clock.advance(3_600_001);
  });
});

describe('POST /api/v1/auth/verify-otp (reset_password) and /reset-password', () => {
  it('checks a reset code without using it up', async () => {
    const owner = await t.signUp();
    const code = await requestReset(owner.email);
    const check = await post(t, '/api/v1/auth/verify-otp', { email: owner.email, code, purpose: 'reset_password' });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toEqual({ purpose: 'reset_password', verified: true });
    const reset = await post(t, '/api/v1/auth/reset-password', { email: owner.email, code, newPassword: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
  });

  it('sets the new password and ends every session of the account', async () => {
    const owner = await t.signUp();
    const phone = await login(t, owner.email, owner.password);
    const code = await requestReset(owner.email);
    const reset = await post(t, '/api/v1/auth/reset-password', { email: owner.email, code, newPassword: NEW_PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ status: 'password_reset', sessionsEnded: 3 }); // two from signUp, one phone

    expect((await profile(owner.headers)).statusCode).toBe(401);
    expect((await profile(phone.headers)).statusCode).toBe(401);
    expect((await post(t, '/api/v1/auth/refresh', { refreshToken: phone.refreshToken })).statusCode).toBe(401);
    expect((await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password })).statusCode).toBe(401);
    const fresh = await login(t, owner.email, NEW_PASSWORD, { tenantId: owner.tenantId });
    expect((await profile(fresh.headers)).json()).toMatchObject({ emailVerified: true });

    expect((await lastMail(t, owner.email, 'identity.password-changed'))?.subject).toBe('Your Kontor password was changed');
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?limit=10', headers: fresh.headers });
    const actions = (audit.json() as { items: { action: string; after: unknown }[] }).items;
    expect(actions.find((r) => r.action === 'user.password_reset')).toMatchObject({ after: { method: 'emailed_code', sessionsEnded: 3 } });
    expect(JSON.stringify(actions)).not.toContain(code);
  });

  it('works once: the same code cannot reset again', async () => {
    const owner = await t.signUp();
    const code = await requestReset(owner.email);
    expect((await post(t, '/api/v1/auth/reset-password', { email: owner.email, code, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    const again = await post(t, '/api/v1/auth/reset-password', { email: owner.email, code, newPassword: 'yet another passphrase' });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'AUTH.INVALID_CODE' });
  });

  it('expires after 30 minutes', async () => {
    const owner = await t.signUp();
    const code = await requestReset(owner.email);
    clock.advance(30 * 60_000 + 1_000);
    const late = await post(t, '/api/v1/auth/reset-password', { email: owner.email, code, newPassword: NEW_PASSWORD });
    expect(late.statusCode).toBe(400);
    expect((await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password })).statusCode).toBe(200);
  });

  it('only the newest code works', async () => {
    const owner = await t.signUp();
    const first = await requestReset(owner.email);
    clock.advance(5);
    const second = await requestReset(owner.email);
    if (first !== second) {
      expect((await post(t, '/api/v1/auth/reset-password', { email: owner.email, code: first, newPassword: NEW_PASSWORD })).statusCode).toBe(400);
    }
    expect((await post(t, '/api/v1/auth/reset-password', { email: owner.email, code: second, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('refuses a weak new password without using up the code', async () => {
    const owner = await t.signUp();
    const code = await requestReset(owner.email);
    const weak = await post(t, '/api/v1/auth/reset-password', { email: owner.email, code, newPassword: 'password123' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ code: 'IDENTITY.WEAK_PASSWORD', errors: [{ path: 'body.newPassword' }] });
    expect((await post(t, '/api/v1/auth/reset-password', { email: owner.email, code, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('burns the code after five wrong guesses', async () => {
    const owner = await t.signUp();
    const code = await requestReset(owner.email);
    const wrong = code === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i += 1) {
      expect((await post(t, '/api/v1/auth/reset-password', { email: owner.email, code: wrong, newPassword: NEW_PASSWORD })).statusCode).toBe(400);
    }
    expect((await post(t, '/api/v1/auth/reset-password', { email: owner.email, code, newPassword: NEW_PASSWORD })).statusCode).toBe(400);
  });

  it('lifts a sign-in lockout, so the owner can sign in right after resetting', async () => {
    const owner = await t.signUp();
    for (let i = 0; i < 6; i += 1) await post(t, '/api/v1/auth/login', { email: owner.email, password: `attacker guess ${i}` }, { remoteAddress: '192.0.2.200' });
    expect((await post(t, '/api/v1/auth/login', { email: owner.email, password: owner.password })).statusCode).toBe(429);
    const code = await requestReset(owner.email);
    expect((await post(t, '/api/v1/auth/reset-password', { email: owner.email, code, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await post(t, '/api/v1/auth/login', { email: owner.email, password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('stores codes only as argon2id hashes', async () => {
    const owner = await t.signUp();
    const code = await requestReset(owner.email);
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select code_hash, row_to_json(c)::text as row from identity.one_time_codes c where user_id = $1`, [owner.userId]);
    expect(rows[0].code_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].row).not.toContain(code);
  });
});
