import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';
import { identityOf, login, mailedCode, post, uniqueEmail } from './helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** Every row of every table Kontor owns, as text. */
async function everything(): Promise<string> {
  const { rows: tables } = await adminQuery(
    t.testDb.ownerUrl,
    `select quote_ident(table_schema) || '.' || quote_ident(table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema in ('identity', 'platform')`,
  );
  const parts: string[] = [];
  for (const { name } of tables as { name: string }[]) {
    const { rows } = await adminQuery(t.testDb.ownerUrl, `select coalesce(string_agg(x::text, '\n'), '') as dump from ${name} x`);
    parts.push(rows[0].dump as string);
  }
  return parts.join('\n');
}

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
