import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { identityOf, lastMail, login, mailCount, mailedCode, post, registerAndVerify, uniqueEmail } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('POST /api/v1/auth/register', () => {
  it('creates an unverified account and mails a verification code', async () => {
    const email = uniqueEmail('new');
    const response = await post(t, '/api/v1/auth/register', { email, password: 'a perfectly fine passphrase', name: 'Asha Verma' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ status: 'verification_sent' });
    const mail = await lastMail(t, email, 'identity.verify-email');
    expect(mail?.text).toMatch(/Hello Asha Verma/);
    expect(mail?.text).toMatch(/\b\d{6}\b/);

    const session = await login(t, email, 'a perfectly fine passphrase');
    const profile = await t.app.inject({ method: 'GET', url: '/api/v1/auth/profile', headers: session.headers });
    expect(profile.json()).toMatchObject({ email, name: 'Asha Verma', emailVerified: false, memberships: [] });
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select password_hash from identity.users where email = $1', [email]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers an address that already has an account exactly like a new one, and tells the owner by mail', async () => {
    const { email } = await registerAndVerify(t);
    const again = await post(t, '/api/v1/auth/register', { email: email.toUpperCase(), password: 'someone else entirely', name: 'Mallory' });
    const fresh = await post(t, '/api/v1/auth/register', { email: uniqueEmail('fresh'), password: 'someone else entirely', name: 'Mallory' });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual(fresh.json());
    expect((await lastMail(t, email, 'identity.account-exists'))?.subject).toBe('You already have a Kontor account');
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from identity.users where lower(email) = lower($1)', [email]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses weak passwords with 422 and the reason per field, creating nothing', async () => {
    const email = uniqueEmail('weak');
    const short = await post(t, '/api/v1/auth/register', { email, password: 'short1', name: 'Weak' });
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({ code: 'IDENTITY.WEAK_PASSWORD', errors: [{ path: 'body.password', code: 'too_short' }] });
    const common = await post(t, '/api/v1/auth/register', { email, password: 'qwertyuiop123', name: 'Weak' });
    expect(common.json()).toMatchObject({ errors: [{ code: 'common' }] });
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select count(*)::int as n from identity.users where email = $1', [email]);
    expect(rows[0].n).toBe(0);
    expect(await mailCount(t, email)).toBe(0);
  });

  it('applies the same policy to accounts created through the API (demo, administration)', async () => {
    await expect(identityOf(t).service.registerUser({ email: uniqueEmail(), name: 'X', password: 'password' })).rejects.toMatchObject({
      code: 'IDENTITY.WEAK_PASSWORD',
    });
  });
});

describe('POST /api/v1/auth/verify-otp (verify_email)', () => {
  it('verifies the address with the mailed code, once', async () => {
    const email = uniqueEmail('verify');
    await post(t, '/api/v1/auth/register', { email, password: 'a perfectly fine passphrase', name: 'Ravi' });
    const code = await mailedCode(t, email, 'identity.verify-email');
    const ok = await post(t, '/api/v1/auth/verify-otp', { email, code, purpose: 'verify_email' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ purpose: 'verify_email', verified: true });
    const again = await post(t, '/api/v1/auth/verify-otp', { email, code, purpose: 'verify_email' });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'AUTH.INVALID_CODE' });
    const session = await login(t, email, 'a perfectly fine passphrase');
    const profile = await t.app.inject({ method: 'GET', url: '/api/v1/auth/profile', headers: session.headers });
    expect(profile.json()).toMatchObject({ emailVerified: true });
  });

  it('burns a code after five wrong guesses, so the right one no longer works', async () => {
    const email = uniqueEmail('guess');
    await post(t, '/api/v1/auth/register', { email, password: 'a perfectly fine passphrase', name: 'Ravi' });
    const code = await mailedCode(t, email, 'identity.verify-email');
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i += 1) {
      expect((await post(t, '/api/v1/auth/verify-otp', { email, code: wrong, purpose: 'verify_email' })).statusCode).toBe(400);
    }
    expect((await post(t, '/api/v1/auth/verify-otp', { email, code, purpose: 'verify_email' })).statusCode).toBe(400);
  });

  it('gives an unknown address the same answer as a wrong code', async () => {
    const response = await post(t, '/api/v1/auth/verify-otp', { email: uniqueEmail('nobody'), code: '123456', purpose: 'verify_email' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'AUTH.INVALID_CODE' });
  });

  it('resends a code that replaces the old one', async () => {
    const email = uniqueEmail('resend');
    await post(t, '/api/v1/auth/register', { email, password: 'a perfectly fine passphrase', name: 'Ravi' });
    const first = await mailedCode(t, email, 'identity.verify-email');
    await new Promise((r) => setTimeout(r, 5)); // mail files sort by millisecond
    const resent = await post(t, '/api/v1/auth/resend-verification', { email });
    expect(resent.statusCode).toBe(202);
    const second = await mailedCode(t, email, 'identity.verify-email');
    expect(await mailCount(t, email)).toBe(2);
    if (first !== second) {
      expect((await post(t, '/api/v1/auth/verify-otp', { email, code: first, purpose: 'verify_email' })).statusCode).toBe(400);
    }
    expect((await post(t, '/api/v1/auth/verify-otp', { email, code: second, purpose: 'verify_email' })).statusCode).toBe(200);
    // Verified addresses get no more verification mail.
    await post(t, '/api/v1/auth/resend-verification', { email });
    expect(await mailCount(t, email)).toBe(2);
  });
});
