import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { dumpAllTables } from '../support/row-counts.js';
import { identityOf, login, mailedCode, post, uniqueEmail } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const everything = () => dumpAllTables(t.testDb.ownerUrl);

describe('secrets at rest', () => {
  it('keeps no password, code, refresh token, access token or CSRF token in any table', async () => {
    const email = uniqueEmail('secret');
    const password = 'my very secret passphrase';
    await post(t, '/api/v1/auth/register', { email, password, name: 'Secret Keeper' });
    const verifyCode = await mailedCode(t, email, 'identity.verify-email');
    await post(t, '/api/v1/auth/verify-otp', { email, code: verifyCode, purpose: 'verify_email' });
    const created = await t.signUp({ password: 'another secret passphrase' });
    const web = await post(t, '/api/v1/auth/login', { email, password }, { headers: { 'x-kontor-client': 'web' } });
    const csrf = (web.json() as { csrfToken: string }).csrfToken;
    const api = await login(t, email, password);
    const rotated = (await post(t, '/api/v1/auth/refresh', { refreshToken: api.refreshToken })).json() as { refreshToken: string; accessToken: string };
    await post(t, '/api/v1/auth/login', { email, password: 'a wrong guess of mine' });
    await post(t, '/api/v1/auth/forgot-password', { email });
    const resetCode = await mailedCode(t, email, 'identity.reset-password');
    await post(t, '/api/v1/auth/reset-password', { email, code: resetCode, newPassword: 'the replacement passphrase' });

    await identityOf(t).idle();
    const dump = await everything();
    expect(dump).toContain(email); // the dump really covers the identity tables
    for (const secret of [
      password,
      'another secret passphrase',
      'a wrong guess of mine',
      'the replacement passphrase',
      api.refreshToken,
      rotated.refreshToken,
      api.accessToken,
      rotated.accessToken,
      created.token,
      csrf,
    ]) {
      expect(dump.includes(secret), `found a secret in the database: ${secret.slice(0, 12)}…`).toBe(false);
    }
    // Six-digit codes could collide with other digits by chance: look for them only where they would be stored.
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select string_agg(c::text, '') as s from identity.one_time_codes c`);
    expect(rows[0].s).not.toContain(verifyCode);
    expect(rows[0].s).not.toContain(resetCode);
  });
});
